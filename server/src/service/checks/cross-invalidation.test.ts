/**
 * Cross-document results are kept until something they depend on changes —
 * the facts of a symbol the document cites (in any document), the catalogs,
 * the settings — and closed documents (version -1, read from disk) do not
 * keep their parsed model. Each case here would give a stale or wrong
 * diagnostic if the invalidation missed it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../language-service';
import { brief, frontMatter } from '../../../../test/support/structure-testkit';

const A = 'file:///ws/a.vbhc.md';
const B = 'file:///ws/b.vbhc.md';
const C = 'file:///ws/c.vbhc.md';

const a = `${frontMatter()}\nThực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND tỉnh.\n\nĐoạn cuối./.\n`;
const b = (date: string, before = '') => `${frontMatter()}\n${before}Theo Kế hoạch số 12/KH-UBND ngày ${date} của UBND tỉnh.\n\nMột đoạn khác.\n\nĐoạn cuối./.\n`;
const c = `${frontMatter()}\nCăn cứ Quyết định số 7/QĐ-UBND ngày 01/02/2025 của UBND tỉnh./.\n`;

function workspace() {
  const ls = createLanguageService();
  ls.setDocument(A, a, -1);
  ls.setDocument(B, b('15/3/2025'), -1);
  ls.setDocument(C, c, -1);
  return ls;
}

const conflicts = (ls: ReturnType<typeof createLanguageService>, uri: string) => ls.getDiagnostics(uri).filter((d) => d.code === 'ref.date-conflict');

test('a date fixed in another document clears the conflict; one broken there brings it back', () => {
  const ls = workspace();
  assert.deepEqual(brief(conflicts(ls, A)), ['16:ref.date-conflict']);
  assert.match(conflicts(ls, A)[0].message, /15\/3\/2025 \(b\.vbhc\.md:16\)/);
  ls.setDocument(B, b('05/3/2025'), -1);
  assert.deepEqual(conflicts(ls, A), []);
  ls.setDocument(B, b('25/3/2025'), -1);
  assert.match(conflicts(ls, A)[0].message, /25\/3\/2025 \(b\.vbhc\.md:16\)/);
});

test('a citation moved to another line in another document: the message names the new line', () => {
  const ls = workspace();
  assert.match(conflicts(ls, A)[0].message, /b\.vbhc\.md:16/);
  ls.setDocument(B, b('15/3/2025', 'Mở đầu.\n\n'), -1);
  assert.match(conflicts(ls, A)[0].message, /b\.vbhc\.md:18/);
});

test('an edit that changes no fact of a cited symbol keeps the other documents\' results as they were', () => {
  const ls = workspace();
  const before = ls.getDiagnostics(A);
  const beforeC = ls.getDiagnostics(C);
  ls.setDocument(B, b('15/3/2025').replace('Một đoạn khác.', 'Một đoạn khác hẳn.'), -1);
  assert.equal(ls.getDiagnostics(A), before, 'same list, not re-run');
  assert.equal(ls.getDiagnostics(C), beforeC);
  ls.setDocument(B, b('16/3/2025'), -1);
  assert.notEqual(ls.getDiagnostics(A), before, 'a fact of 12/KH-UBND changed: re-run');
  assert.equal(ls.getDiagnostics(C), beforeC, 'C cites nothing of B');
});

test('a document removed, then added again, is followed by the others', () => {
  const ls = workspace();
  assert.equal(conflicts(ls, A).length, 1);
  ls.removeDocument(B);
  assert.deepEqual(conflicts(ls, A), []);
  ls.setDocument(B, b('15/3/2025'), -1);
  assert.equal(conflicts(ls, A).length, 1);
});

test('a catalog that gives the symbol another date re-runs the cross-document check', () => {
  const ls = workspace();
  ls.setDocument(B, b('05/3/2025'), -1);
  assert.deepEqual(conflicts(ls, A), []);
  ls.setCatalogDocument('file:///ws/danh-muc.vanban.yaml', '- so_ky_hieu: 12/KH-UBND\n  loai: Kế hoạch\n  ngay: 2025-03-09\n  co_quan: UBND tỉnh\n  trich_yeu: về việc thử\n  nguon: thử nghiệm\n');
  assert.match(conflicts(ls, A)[0]?.message ?? '', /09\/03\/2025|9\/3\/2025/);
});

test('a closed document gives the same diagnostics whether its model was kept or let go, and an open one keeps its model', () => {
  const ls = workspace();
  const first = ls.getDiagnostics(A);
  ls.configure({ lang: 'en' });
  ls.configure({ lang: 'vi' });
  assert.deepEqual(ls.getDiagnostics(A), first, 'parsed again after a settings change: same result');
  ls.setDocument(C, c, 3);
  const doc = ls.getDocument(C);
  ls.getDiagnostics(C);
  assert.equal(ls.getDocument(C), doc, 'an open document keeps its model');
});

test('documents prepared one by one (as a server reading a workspace does) give the diagnostics of the first check doing it all', () => {
  const all = workspace();
  const prepared = workspace();
  for (const u of [A, B, C]) prepared.prepareDocument(u);
  for (const u of [A, B, C]) assert.deepEqual(prepared.getDiagnostics(u), all.getDiagnostics(u), u);
  prepared.setDocument(B, b('05/3/2025'), -1);
  prepared.prepareDocument(B);
  assert.deepEqual(conflicts(prepared, A), [], 'a document prepared again after a change is followed');
});

test('while preparation is deferred, unprepared closed documents are left out of the index, then caught up', () => {
  const ls = createLanguageService();
  ls.deferUnprepared(true);
  ls.setDocument(A, a, 1); // open
  ls.setDocument(B, b('15/3/2025'), -1); // closed, not prepared yet
  assert.deepEqual(conflicts(ls, A), [], 'B is not read yet: no parse of every file in one turn');
  ls.prepareDocument(B);
  assert.equal(conflicts(ls, A).length, 1, 'B prepared: its citation counts');
  ls.setDocument(C, c, -1);
  ls.deferUnprepared(false);
  assert.deepEqual(conflicts(ls, C), [], 'deferral off: every document is read');
  assert.equal(conflicts(ls, A).length, 1);
});

test('date groups kept across edits: after every edit of a chain, the date conflicts equal a fresh workspace\'s', () => {
  const texts = [
    b('15/3/2025').replace('Một đoạn khác.', 'Một đoạn khác hẳn.'),
    b('05/3/2025'),
    b('05/3/2025', 'Mở đầu.\n\n'),
    b('25/3/2025', 'Mở đầu.\n\n'),
    b('25/3/2025', 'Mở đầu.\n\n').replace('Một đoạn khác.', 'Theo Kế hoạch số 12/KH-UBND ngày 26/3/2025 của UBND tỉnh.'),
    b('25/3/2025').replace('Một đoạn khác.', 'Đoạn thay thế.'),
    `${frontMatter()}\nKhông dẫn văn bản nào.\n\nĐoạn cuối./.\n`,
    b('15/3/2025'),
  ];
  const ls = workspace();
  ls.setDocument(B, b('15/3/2025'), 1);
  conflicts(ls, A);
  conflicts(ls, B);
  texts.forEach((text, i) => {
    ls.setDocument(B, text, i + 2);
    const fresh = createLanguageService();
    fresh.setDocument(A, a, -1);
    fresh.setDocument(B, text, 1);
    fresh.setDocument(C, c, -1);
    for (const uri of [A, B]) {
      const got = conflicts(ls, uri).map((d) => [d.range.start.line, d.message]);
      assert.deepEqual(got, conflicts(fresh, uri).map((d) => [d.range.start.line, d.message]), `edit ${i}, ${uri}`);
    }
  });
});

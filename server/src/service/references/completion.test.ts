import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../language-service';
import type { CatalogEntry } from './catalog-entry';
import { ReferenceState } from './reference-state';
import { completeReferences } from './completion';
import { parseDocument } from '../model/document';

const FM = '---\nloai: BC\nky_hieu: SKHCN\nngay: 2025-05-30\n---\n\n';
const URI = 'file:///t.vbhc.md';

/** Completion at the end of `body` (after the front matter). */
function completeAtEnd(body: string, ls = createLanguageService()) {
  const text = FM + body;
  ls.setDocument(URI, text);
  const lines = text.split('\n');
  return ls.getCompletions(URI, { line: lines.length - 1, character: lines[lines.length - 1].length });
}

test('at "Chỉ thị số 33" the 33/CT-TTg item comes first and inserts the full citation', () => {
  const r = completeAtEnd('Thực hiện Chỉ thị số 33');
  assert.equal(r.items[0].label, 'Chỉ thị số 33/CT-TTg');
  assert.equal(
    r.items[0].textEdit!.newText,
    'Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới',
  );
  // The edit replaces what was typed from the type name on.
  assert.deepEqual(r.items[0].textEdit!.range, { start: { line: 6, character: 10 }, end: { line: 6, character: 23 } });
  assert.equal(r.isIncomplete, true);
});

test('at "chi thi 33" (no diacritics, lower case) the 33/CT-TTg item comes first too, with the type written properly', () => {
  const r = completeAtEnd('Thực hiện chi thi 33');
  assert.equal(r.items[0].label, 'Chỉ thị số 33/CT-TTg');
  assert.match(r.items[0].textEdit!.newText, /^Chỉ thị số 33\/CT-TTg ngày 26\/11\/2021/);
  assert.ok(r.items[0].filterText!.startsWith('chi thi 33'), 'the filter text starts with what was typed, so the editor keeps the item');
});

test('after a type name alone, items of that type come, newest first; an item of another type keeps its own type name', () => {
  const r = completeAtEnd('Thực hiện Chỉ thị ');
  assert.ok(r.items.length >= 2);
  assert.ok(r.items.every((i) => i.label.startsWith('Chỉ thị')));
  const other = completeAtEnd('Thực hiện Chỉ thị số 33').items.find((i) => !i.label.startsWith('Chỉ thị'));
  if (other) assert.ok(!other.textEdit!.newText.startsWith('Chỉ thị'), other.textEdit!.newText);
});

test('a later citation of a symbol already cited in full inserts the short form', () => {
  const r = completeAtEnd('Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n\nTiếp tục thực hiện Chỉ thị số 33');
  assert.equal(r.items[0].textEdit!.newText, 'Chỉ thị số 33/CT-TTg');
  assert.match(r.items[0].documentation!.value, /đã dẫn ở trên/);
});

test('after "số" and a symbol prefix, and on a bare "33/C", the symbol is completed without repeating the type', () => {
  // The generic "văn bản" gives way to the document's own type name.
  assert.match(completeAtEnd('văn bản số 33/C').items[0].textEdit!.newText, /^Chỉ thị số 33\/CT-TTg ngày/);
  assert.match(completeAtEnd('tại số 33/C').items[0].textEdit!.newText, /^số 33\/CT-TTg ngày/);
  assert.match(completeAtEnd('(33/CT').items[0].textEdit!.newText, /^33\/CT-TTg ngày 26\/11\/2021/);
});

test('after "của" and "về" of a known symbol, the issuer and the subject are offered', () => {
  const c = completeAtEnd('Chỉ thị số 33/CT-TTg ngày 26/11/2021 của ');
  assert.deepEqual(c.items.map((i) => i.textEdit!.newText.slice(0, 30)), ['Thủ tướng Chính phủ về tiếp tụ', 'Thủ tướng Chính phủ']);
  const v = completeAtEnd('Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ về ti');
  assert.match(v.items[0].textEdit!.newText, /^tiếp tục tăng cường/);
});

test('plain prose, numbers without "số" and dates offer nothing', () => {
  assert.deepEqual(completeAtEnd('Sở hiện có 91').items, []);
  assert.deepEqual(completeAtEnd('ngày 26').items, []);
  assert.deepEqual(completeAtEnd('Chỉ thị').items, []);
});

test('a user catalog entry is completed and a learned full citation from another document too', () => {
  const ls = createLanguageService();
  ls.setCatalogDocument('file:///c.vanban.yaml', '- so_ky_hieu: 77/KH-UBND\n  loai: Kế hoạch\n  ngay: 2025-01-02\n  co_quan: UBND tỉnh\n  trich_yeu: về chuyển đổi số\n');
  ls.setDocument('file:///other.vbhc.md', `${FM}Kế hoạch số 78/KH-UBND ngày 03/01/2025 của UBND tỉnh về cải cách hành chính./.\n`);
  const r = completeAtEnd('Thực hiện Kế hoạch số 7', ls);
  const labels = r.items.map((i) => i.label);
  assert.ok(labels.includes('Kế hoạch số 77/KH-UBND'), labels.join());
  assert.ok(labels.includes('Kế hoạch số 78/KH-UBND'), labels.join());
  const learned = r.items.find((i) => i.label === 'Kế hoạch số 78/KH-UBND')!;
  assert.equal(learned.textEdit!.newText, 'Kế hoạch số 78/KH-UBND ngày 03/01/2025 của UBND tỉnh về cải cách hành chính');
});

test('front matter: keys at a line start, loai codes and quyen_han prefixes', () => {
  const ls = createLanguageService();
  const text = '---\nloai: \nky:\n  quyen_han: \n  \nco\n---\n';
  ls.setDocument(URI, text);
  const loai = ls.getCompletions(URI, { line: 1, character: 6 }).items.map((i) => i.label);
  assert.ok(loai.includes('BC') && loai.includes('KH') && loai.includes('CV'));
  const qh = ls.getCompletions(URI, { line: 3, character: 13 }).items.map((i) => i.label);
  assert.deepEqual(qh, ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']);
  const kyKeys = ls.getCompletions(URI, { line: 4, character: 2 }).items.map((i) => i.label);
  assert.deepEqual(kyKeys, ['chuc_vu', 'ho_ten']);
  const top = ls.getCompletions(URI, { line: 5, character: 2 }).items.map((i) => i.label);
  assert.ok(top.includes('co_quan') && top.includes('ngay') && !top.includes('loai'));
});

test('completion with a 10,000-entry catalog: 33/CT-TTg still first, and p95 under 5 ms (20 ms allowed on a loaded machine)', () => {
  const entries: CatalogEntry[] = [];
  const types = [['Kế hoạch', 'KH'], ['Quyết định', 'QĐ'], ['Chỉ thị', 'CT'], ['Công văn', '']] as const;
  for (let i = 0; i < 10_000; i++) {
    const [loai, code] = types[i % types.length];
    const n = 1 + (i % 2000);
    entries.push({ so_ky_hieu: code ? `${n}/${code}-UB${i}` : `${n}/UB${i}-VP`, loai, ngay: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 9}`, co_quan: `Ủy ban ${i}`, trich_yeu: `về việc số ${i}` });
  }
  entries.push({ so_ky_hieu: '33/CT-TTg', loai: 'Chỉ thị', ngay: '2021-11-26', co_quan: 'Thủ tướng Chính phủ', trich_yeu: 'về công tác dân vận' });
  let docs = [parseDocument(URI, `${FM}Thực hiện chi thi 33`)];
  let epoch = 0;
  const state = new ReferenceState({ documents: () => docs, epoch: () => epoch });
  state.setBuiltin(entries);
  // The service builds the search maps when catalogs load; do it here before timing.
  void state.catalog;
  completeReferences(docs[0], docs[0].source.text.length, state, 'vi');
  const times: number[] = [];
  let first = '';
  for (let k = 0; k < 200; k++) {
    const body = k % 2 ? 'Thực hiện chi thi 33' : 'Thực hiện Chỉ thị số 33';
    const doc = parseDocument(URI, `${FM}${body}`);
    docs = [doc];
    epoch++;
    const offset = doc.source.text.length;
    const t0 = performance.now();
    const r = completeReferences(doc, offset, state, 'vi');
    times.push(performance.now() - t0);
    first = r.items[0]?.label ?? '';
    assert.equal(first, 'Chỉ thị số 33/CT-TTg');
  }
  times.sort((a, b) => a - b);
  const p95 = times[Math.floor(times.length * 0.95)];
  assert.ok(p95 < 20, `p95 ${p95.toFixed(2)} ms`);
  console.log(`completion p95 with 10,000 entries: ${p95.toFixed(3)} ms`);
});

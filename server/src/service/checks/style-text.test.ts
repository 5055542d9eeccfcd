import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEdited } from '../model/incremental';
import { parseDocument } from '../model/document';
import { frontMatter, service, TEST_URI } from '../../../../test/support/structure-testkit';
import { styleAbbreviation } from './style-abbreviation';
import { styleCapitalization } from './style-capitalization';
import { styleSpacing } from './style-spacing';
import { proseLines } from './style-text';

const RULES = [styleSpacing, styleCapitalization, styleAbbreviation];
const PARAGRAPHS = [
  'Sở đã tổ chức hội nghị tổng kết công tác năm 2025 tại hội trường.',
  'Các phòng chuyên môn đã Triển Khai kế hoạch kiểm tra định kỳ.',
  'Việc cải cách thủ tục hành chính (TTHC) được thực hiện đúng tiến độ.',
  '- đơn vị gửi báo cáo trước ngày 15 hằng tháng.',
];
const doc = (paragraphs: readonly string[]) => `${frontMatter()}\n${paragraphs.join('\n\n')}\n`;

/** Code, line and quoted text of each finding. */
function findings(ls: ReturnType<typeof service>, text: string): string[] {
  const lines = text.split('\n');
  return ls.getDiagnostics(TEST_URI).map((d) => `${d.code} ${d.range.start.line}:${lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)}`);
}

/** What a fresh service finds in `text` (nothing read before). */
function fresh(text: string): string[] {
  return findings(service(text, RULES), text);
}

test('an edit that adds or removes a writing finding shows up after earlier checks of the same text', () => {
  const ls = service(doc(PARAGRAPHS), RULES);
  const before = findings(ls, doc(PARAGRAPHS));
  assert.ok(before.some((f) => f.startsWith('style.capitalization') && f.endsWith('Triển Khai')));
  // The first paragraph gets two spaces; the second loses its capitals; the others move down.
  const edited = [PARAGRAPHS[0].replace('hội nghị', 'hội  nghị'), PARAGRAPHS[1].replace('Triển Khai', 'triển khai'), ...PARAGRAPHS.slice(2)];
  for (const [i, text] of [doc(edited), doc(PARAGRAPHS), doc(edited)].entries()) {
    ls.setDocument(TEST_URI, text, i + 1);
    assert.deepEqual(findings(ls, text), fresh(text));
  }
  const after = findings(ls, doc(edited));
  assert.ok(after.some((f) => f.startsWith('style.spacing') && f.endsWith('  ')));
  assert.ok(!after.some((f) => f.endsWith('Triển Khai')));
});

test('a paragraph moved by an edit above it keeps its findings, at its new place', () => {
  const ls = service(doc(PARAGRAPHS), RULES);
  findings(ls, doc(PARAGRAPHS));
  const longer = [`${PARAGRAPHS[0]} Hội nghị có sự tham dự của lãnh đạo các phòng.`, ...PARAGRAPHS.slice(1)];
  ls.setDocument(TEST_URI, doc(longer), 1);
  assert.deepEqual(findings(ls, doc(longer)), fresh(doc(longer)));
});

test('the prose of a block an edit leaves alone is read once: its lines share their results with the previous parse', () => {
  const text = doc(PARAGRAPHS);
  const prev = parseDocument(TEST_URI, text, 1);
  const before = proseLines(prev);
  const edited = doc([PARAGRAPHS[0].replace('hội nghị', 'hội thảo'), ...PARAGRAPHS.slice(1)]);
  const next = parseEdited(prev, TEST_URI, edited, 2);
  const after = proseLines(next);
  assert.equal(after.length, before.length);
  const changed = after.findIndex((l) => l.text.includes('hội thảo'));
  assert.ok(changed >= 0);
  after.forEach((l, i) => {
    if (i === changed) assert.notEqual(l.memo, before[i].memo, 'the edited line is read again');
    else assert.equal(l.memo, before[i].memo, `line ${i} is found again`);
    assert.equal(edited.slice(l.start, l.start + l.text.length), l.text, 'offsets are those of the new text');
  });
});

test('the prose of a closed workspace file is read for its check only; that of an open document is kept', () => {
  const text = doc([PARAGRAPHS[2].replace('đúng', 'kịp')]);
  const memoOf = (version: number) => proseLines(parseDocument(TEST_URI, text, version))[0].memo;
  assert.notEqual(memoOf(-1), memoOf(-1));
  assert.equal(memoOf(3), memoOf(4));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BLANK_LINE_MARK, bodyProseGroups, bodyProseText, daysInMonth, markBlankLines, parseDocument, parseDocDate } from './document';

const DOC = `---
loai: BC
co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
ky_hieu: SKHCN
dia_danh: "Quảng Ngãi"
ngay: 2025-05-30
trich_yeu: "kết quả công tác"
noi_nhan:
  - "Sở Nội vụ"
  - "Lưu: VT, VP"
ky:
  quyen_han: "KT. GIÁM ĐỐC"
  chuc_vu: "PHÓ GIÁM ĐỐC"
  ho_ten: "Trần Văn A"
---

Mở đầu.

# I. KẾT QUẢ

## 1. Công tác chỉ đạo

- Ý thứ nhất;
+ ý phụ.

| Cột | Giá trị |
|---|---|
| a | 1 |

## 2. Hạn chế

# II. PHƯƠNG HƯỚNG

Kết thúc./.[^1]

[^1]: Chú thích.
`;

test('front matter keys keep their value ranges', () => {
  const doc = parseDocument('file:///a.vbhc.md', DOC);
  const f = doc.frontMatter!.fields.get('ky.chuc_vu')!;
  assert.equal(doc.source.text.slice(f.valueStart, f.valueEnd), '"PHÓ GIÁM ĐỐC"');
  assert.equal(doc.frontMatter!.fields.get('noi_nhan.1')!.value, 'Lưu: VT, VP');
  assert.equal(doc.loai, 'BC');
  assert.deepEqual(doc.date, { year: 2025, month: 5, day: 30 });
});

test('headings carry level, label, title and their parent section', () => {
  const doc = parseDocument('file:///a.vbhc.md', DOC);
  const hs = doc.body.headings.map((h) => [h.level, h.label?.text, h.title, h.parent]);
  assert.deepEqual(hs, [
    [1, 'I.', 'KẾT QUẢ', -1],
    [2, '1.', 'Công tác chỉ đạo', 0],
    [2, '2.', 'Hạn chế', 0],
    [1, 'II.', 'PHƯƠNG HƯỚNG', -1],
  ]);
  assert.equal(doc.body.headings[0].sectionEndLine, doc.body.headings[3].startLine);
});

test('dash items, tables and footnotes become blocks with line ranges', () => {
  const doc = parseDocument('file:///a.vbhc.md', DOC);
  const kinds = doc.body.blocks.map((b) => b.kind + (b.marker ?? ''));
  assert.ok(kinds.includes('dash-'));
  assert.ok(kinds.includes('dash+'));
  assert.ok(kinds.includes('table'));
  assert.ok(kinds.includes('footnote'));
  const table = doc.body.blocks.find((b) => b.kind === 'table')!;
  assert.equal(table.rows!.length, 2);
});

test('a document without front matter has a body from line 0', () => {
  const doc = parseDocument('file:///b.vbhc.md', '# I. A\n\nText./.\n');
  assert.equal(doc.frontMatter, undefined);
  assert.equal(doc.body.headings.length, 1);
});

test('ngay accepts full, month and year forms and rejects impossible dates', () => {
  assert.deepEqual(parseDocDate('2025-05'), { year: 2025, month: 5, day: undefined });
  assert.deepEqual(parseDocDate(2025), { year: 2025, month: undefined, day: undefined });
  assert.equal(parseDocDate('2025-02-29'), undefined);
  assert.equal(parseDocDate('30/5/2025'), undefined);
});

test('an empty file and a file of only "---" parse without throwing', () => {
  assert.equal(parseDocument('file:///e.vbhc.md', '').body.blocks.length, 0);
  const d = parseDocument('file:///f.vbhc.md', '---\n');
  assert.equal(d.frontMatter!.closed, false);
});

test('markBlankLines marks the line break of every blank line, as a line-by-line walk does', () => {
  const walk = (text: string): string => {
    let out = '';
    let lineStart = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', lineStart)) {
      const line = text.slice(lineStart, nl);
      out += line + (/^[ \t]*$/.test(line) ? BLANK_LINE_MARK : '\n');
      lineStart = nl + 1;
    }
    return out + text.slice(lineStart);
  };
  const pieces = ['\n', '\n', ' ', '\t', 'a', 'ạ', '\r', ' \n', '\n\n'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const cases = ['', '\n', '\n\n', ' \n\t\n', 'a\n\nb', 'a\n \nb\n', 'a', ' '];
  for (let k = 0; k < 2000; k++) cases.push(Array.from({ length: Math.floor(next() * 20) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
  for (const c of cases) assert.equal(markBlankLines(c), walk(c), JSON.stringify(c));
  const unchanged = 'một dòng\nhai dòng';
  assert.equal(markBlankLines(unchanged), unchanged);
});

test('bodyProseGroups are the stretches of bodyProseText between blank-line marks, read without the copy or with it', () => {
  const split = (text: string) => {
    const out: { from: number; text: string }[] = [];
    text.split(BLANK_LINE_MARK).reduce((from, part) => (part && out.push({ from, text: part }), from + part.length + 1), 0);
    return out;
  };
  const pieces = ['\n', '\n', ' ', '\t', 'Ngày 5/3/2025', 'a', '- ý\n', '```\nmã 1/2025\n\n```\n', '# I. MỤC ĐÍCH\n', BLANK_LINE_MARK, '    thụt\n'];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const cases = ['', '\n', 'a\n\nb', '---\nloai: BC\n---\n\nMột.\n \nHai.\n\n', 'a\n```\nx\n\ny\n```\nb\n\nc'];
  for (let k = 0; k < 600; k++) {
    const body = Array.from({ length: Math.floor(next() * 16) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    cases.push(next() < 0.5 ? body : `---\nloai: KH\n---\n${body}`);
  }
  for (const c of cases) {
    const direct = bodyProseGroups(parseDocument('file:///g.vbhc.md', c, 1));
    const copy = parseDocument('file:///g.vbhc.md', c, 1);
    const expected = split(bodyProseText(copy).text);
    assert.deepEqual(direct.groups, expected, JSON.stringify(c));
    assert.deepEqual(bodyProseGroups(copy).groups, expected, JSON.stringify(c));
    assert.equal(direct.start, bodyProseText(copy).start);
  }
});

test('daysInMonth is the calendar: the days Date gives, leap years included', () => {
  const byDate = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  for (const y of [0, 1, 4, 99, 100, 1000, 1582, 1900, 1999, 2000, 2024, 2025, 2100, 2400, 9999, 199_999, 250_000]) {
    for (let m = -1; m <= 14; m++) assert.equal(daysInMonth(y, m), byDate(y, m), `${y}-${m}`);
  }
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(2100, 2), 28);
  assert.ok(Number.isNaN(daysInMonth(Number.NaN, 2)));
});

test('a document keeps its own prose groups while others are read, and an edited version reads its own text', async () => {
  const { reparseAfterEdit } = await import('./incremental');
  const a = parseDocument('file:///a.vbhc.md', DOC, 1);
  const b = parseDocument('file:///b.vbhc.md', DOC.replace('kết quả công tác', 'kết quả năm'), 1);
  const groups = bodyProseGroups(a).groups;
  bodyProseText(a);
  bodyProseGroups(b);
  bodyProseText(b);
  assert.equal(bodyProseGroups(a).groups, groups, 'made once for the document, not again after another was read');
  const edited = reparseAfterEdit(a, DOC.replace('Mở đầu.', 'Mở đầu ngắn.'), 2);
  assert.ok(edited, 'an edit inside a paragraph');
  assert.notEqual(bodyProseGroups(edited).groups, groups);
  assert.equal(bodyProseText(edited).text, bodyProseText(parseDocument('file:///a.vbhc.md', edited.source.original, 2)).text);
  assert.deepEqual(bodyProseGroups(edited).groups, bodyProseGroups(parseDocument('file:///a.vbhc.md', edited.source.original, 2)).groups);
});

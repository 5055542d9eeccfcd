import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../model/document';
import { parseEdited } from '../model/incremental';
import { buildRenderModel, printable } from './render-model';
import { openingTokenIndex, type Body } from '../model/body';

/** printable as two replaces on every text, before it skipped texts with nothing to change. */
const reference = (s: string) =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

test('printable drops what XML 1.0 forbids and replaces lone surrogates, as the two replaces did', () => {
  const chars = ['a', 'ệ', ' ', '\t', '\n', '\r', '\u0000', '\u0008', '\u000b', '\u000c', '\u000e', '\u001f', '\u0020', '\u007f', '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff', '\ue000', '\ufffd', '\ufffe', '\uffff'];
  // Every string of up to three of these characters (12,000 of them): every neighbour of every boundary.
  const texts = [''];
  for (let len = 1; len <= 3; len++) for (let n = 0; n < chars.length ** len; n++) {
    let s = '';
    for (let k = 0, m = n; k < len; k++, m = Math.floor(m / chars.length)) s += chars[m % chars.length];
    texts.push(s);
  }
  for (const s of texts) assert.equal(printable(s), reference(s), JSON.stringify(s));
  assert.equal(printable('Báo cáo 😀 đủ'), 'Báo cáo 😀 đủ');
  assert.equal(printable('Văn bản\u0007 lỗi \ud83d hết'), 'Văn bản lỗi \ufffd hết');
});

test('printable returns a text with nothing to change as it is', () => {
  const s = 'Ủy ban nhân dân tỉnh'.repeat(3);
  assert.equal(printable(s), s);
});

/** A body the document model's blocks describe whole: every printed thing is one block. */
const REGULAR = [
  '# I. TÌNH HÌNH CHUNG',
  '',
  'Đoạn mở đầu có **chữ đậm**, *chữ nghiêng* và chú thích[^1].',
  '',
  '- ý thứ nhất',
  '  - ý lồng bên trong',
  '* ý viết bằng dấu sao',
  '',
  '1. bước một',
  '2) bước hai',
  '',
  '> Lời trích dẫn của văn bản.',
  '',
  '| STT | Nội dung | Số tiền |',
  '|:---:|---|--:|',
  '| 1 | Chi thường xuyên | 1.000 |',
  '',
  '```',
  'dòng mã',
  '```',
  '',
  '---',
  '',
  '<!-- pagebreak -->',
  '',
  '###### Đề mục cấp sáu',
  '',
  '[^1]: Chú thích một đoạn.',
  '',
].join('\n');

test('the render model of a body of headings, paragraphs, list items, quotes, tables, code and footnotes is read from the model blocks', () => {
  const doc = parseDocument('file:///bao-cao.vbhc.md', REGULAR, 0, { keepTokens: true });
  assert.equal(doc.body.parts, undefined, 'the blocks hold everything printed');
  const derived = buildRenderModel(doc);
  assert.deepEqual(
    derived.nodes.map((n) => n.kind),
    ['heading', 'paragraph', 'dash', 'dash', 'dash', 'paragraph', 'paragraph', 'paragraph', 'table', 'code', 'hr', 'pagebreak', 'heading'],
  );
  const items = derived.nodes.filter((n) => n.kind === 'dash');
  assert.deepEqual(items.map((n) => [n.marker, n.depth]), [['-', 0], ['-', 1], ['-', 0]]);
  const ordered = derived.nodes.filter((n) => n.kind === 'paragraph' && n.runs[0]?.text.match(/^\d/));
  assert.deepEqual(ordered.map((n) => (n as { runs: { text: string }[] }).runs[0].text), ['1. ', '2) ']);
  const quote = derived.nodes.find((n) => n.kind === 'paragraph' && n.quote);
  assert.equal(quote?.line, 11);
  const table = derived.nodes.find((n) => n.kind === 'table');
  assert.deepEqual(table?.kind === 'table' && [table.align, table.headerRows, table.rows.length], [['center', '', 'right'], 1, 2]);
  assert.equal(derived.footnotes.get(1)?.paragraphs.length, 1);
  assert.equal(derived.notes.length, 1, 'the level-6 heading is noted');
});

test('a body edited inside a paragraph is read from its blocks as a fresh parse of its text is', () => {
  const prev = parseDocument('file:///bao-cao.vbhc.md', REGULAR, 0);
  const text = REGULAR.replace('Đoạn mở đầu', 'Đoạn đầu tiên');
  const edited = parseEdited(prev, 'file:///bao-cao.vbhc.md', text, 1);
  const fresh = parseDocument('file:///bao-cao.vbhc.md', text, 1, { keepTokens: true });
  assert.deepEqual(buildRenderModel(edited), buildRenderModel(fresh));
});

test('content the model keeps no block of is printed from the parts the model keeps of it', () => {
  const cases: [string, string[]][] = [
    // A list item of two paragraphs: the second prints as a paragraph of its own.
    ['- ý thứ nhất\n\n  đoạn thứ hai của ý\n', ['dash', 'paragraph']],
    // A heading in a quote prints as a paragraph.
    ['> # Đề mục trong trích dẫn\n', ['paragraph']],
    // A footnote of two paragraphs keeps both.
    ['Câu có chú thích[^a].\n\n[^a]: Đoạn một.\n\n    Đoạn hai.\n', ['paragraph']],
    // An inline footnote has no definition block.
    ['Câu có chú thích ^[viết ngay trong câu].\n', ['paragraph']],
  ];
  for (const [text, kinds] of cases) {
    const doc = parseDocument('file:///x.vbhc.md', text, 0, { keepTokens: true });
    assert.ok(doc.body.parts, text);
    const model = buildRenderModel(doc);
    assert.deepEqual(model.nodes.map((n) => n.kind), kinds, text);
  }
  const twoParagraphs = buildRenderModel(parseDocument('file:///x.vbhc.md', cases[2][0], 0, { keepTokens: true }));
  assert.deepEqual(twoParagraphs.footnotes.get(1)?.paragraphs.map((p) => p.map((r) => r.text).join('')), ['Đoạn một.', 'Đoạn hai.']);
  const inline = buildRenderModel(parseDocument('file:///x.vbhc.md', cases[3][0], 0, { keepTokens: true }));
  assert.equal(inline.footnotes.size, 1);
});

test('a list in a footnote stays in the footnote, an item opened by a heading or by a nested item keeps its marker, and no empty dash is left behind', () => {
  const text = (runs: readonly { text: string }[]) => runs.map((r) => r.text).join('');
  const read = (body: string) => buildRenderModel(parseDocument('file:///x.vbhc.md', body, 0, { keepTokens: true }));
  const printed = (body: string) => read(body).nodes.map((n) => (n.kind === 'dash' ? `${'  '.repeat(n.depth)}${n.marker} ${text(n.runs)}`.trimEnd() : n.kind === 'paragraph' ? text(n.runs) : n.kind));

  const inFootnote = read('Báo cáo có chú thích[^1].\n\n[^1]: Gồm các đơn vị:\n    - phòng Kế hoạch\n    - phòng Tài chính\n\nĐoạn sau chú thích.\n');
  assert.deepEqual(inFootnote.nodes.map((n) => n.kind === 'paragraph' ? text(n.runs) : n.kind), ['Báo cáo có chú thích.', 'Đoạn sau chú thích.']);
  assert.deepEqual(inFootnote.footnotes.get(1)?.paragraphs.map(text), ['Gồm các đơn vị:', '- phòng Kế hoạch', '- phòng Tài chính']);
  const numbered = read('Câu[^g].\n\n[^g]: Các bước:\n    1. lập danh sách\n    2. gửi Sở\n');
  assert.deepEqual(numbered.footnotes.get(1)?.paragraphs.map(text), ['Các bước:', '1. lập danh sách', '2. gửi Sở']);

  assert.deepEqual(printed('- # Nhiệm vụ trọng tâm\n- ý thường\n'), ['- Nhiệm vụ trọng tâm', '- ý thường']);
  assert.deepEqual(printed('- \n  - ý lồng bên trong\n- ý sau\n'), ['-', '  - ý lồng bên trong', '- ý sau']);
  assert.deepEqual(printed('Đoạn đầu.\n\n-\n'), ['Đoạn đầu.', '-']);
  // An item opened by a table, code or a rule prints its marker on a line of its own before it; one opened by an empty quote, at its end.
  assert.deepEqual(printed('- | a |\n  |---|\n  | 1 |\n- ý sau\n'), ['-', 'table', '- ý sau']);
  assert.deepEqual(printed('1. ```\n   mã\n   ```\n'), ['1.', 'code']);
  assert.deepEqual(printed('- ***\n'), ['-', 'hr']);
  assert.deepEqual(printed('- >\n- ý sau\n'), ['-', '- ý sau']);

  // Code in a footnote stays in the footnote, a paragraph per line; the body keeps only its own paragraphs.
  const code = read('Câu có chú thích[^m].\n\n[^m]: Lệnh chạy:\n\n        vbhc check\n        vbhc export\n\nĐoạn cuối.\n');
  assert.deepEqual(code.nodes.map((n) => n.kind), ['paragraph', 'paragraph']);
  assert.deepEqual(code.footnotes.get(1)?.paragraphs.map((p) => p.map((r) => (r.lineBreak ? '\n' : r.text)).join('')), ['Lệnh chạy:', 'vbhc check', 'vbhc export']);
});

/** Pieces of a body, written for this test: every construct the exporter prints, alone and nested. */
const PIECES = [
  '# I. TÌNH HÌNH CHUNG',
  '## 1. Kết quả đạt được',
  '####### Dòng có bảy dấu thăng',
  '###### Đề mục cấp sáu',
  'Đoạn văn có **chữ đậm**, *chữ nghiêng* và `mã` nội dòng.',
  'Đoạn có chú thích[^a].',
  'Đoạn có hai chú thích[^b] và[^a].',
  'Tham chiếu tới[^d][^e].',
  '- ý thứ nhất',
  '- ý thứ hai\n  - ý lồng bên trong',
  '* ý viết bằng dấu sao',
  '+ ý viết bằng dấu cộng',
  '1. bước một\n2. bước hai',
  '1) bước a\n\n   đoạn thứ hai của bước',
  '-',
  '- \n  - ý lồng ngay dòng sau',
  '- # đề mục trong danh sách',
  '- ý có bảng\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |',
  '- ý có mã\n\n      dòng mã trong ý',
  '- ý\n\n  đoạn thứ hai của ý',
  '- a\n- b\n\n- c',
  '1. a\n   - b\n   - c\n2. d',
  '1. [](dia-chi)',
  '- [](dia-chi)',
  '> Lời trích dẫn.',
  '> # Đề mục trong trích dẫn',
  '> - ý trong trích dẫn',
  '> <!-- pagebreak -->',
  '<!-- pagebreak -->',
  '<!-- phu-luc -->',
  '<!-- phu-luc ngang -->',
  '# PHỤ LỤC I',
  'Danh mục các đơn vị',
  '```\ndòng mã\n```',
  '    mã thụt lề',
  '---',
  '| STT | Nội dung | Số tiền |\n|:---:|---|--:|\n| 1 | Chi thường xuyên | 1.000 |\n| 2 | Chi đầu tư[^a] | 2 |',
  '[^a]: Chú thích a.',
  '[^b]: Chú thích b.\n\n    Đoạn thứ hai của chú thích b.',
  '[^a]:\n    ```\n    mã trong chú thích\n    ```',
  '[^d]: - ý trong chú thích',
  '[^e]: # đề mục trong chú thích',
  'Chú thích nội dòng ^[viết ngay trong câu] ở đây.',
  'Căn cứ Luật Tổ chức chính quyền địa phương;',
  'QUYẾT ĐỊNH:',
  'Điều 1. Ban hành kèm theo Quyết định này.',
  'Điều 2. Quyết định có hiệu lực.',
  '![sơ đồ tổ chức](so-do.png)',
  'Dòng một  \ndòng hai',
];

/** Token types that open something printed. */
const PRINTED = new Set(['heading_open', 'paragraph_open', 'list_item_open', 'fence', 'code_block', 'hr', 'table_open', 'footnote_open']);

/**
 * Every token that opens something printed is held by one block or one
 * part, or is the first paragraph of a list item or footnote (printed with
 * it); every other part is the end of a list item.
 */
function assertAllHeld(body: Body, text: string): void {
  const tokens = body.tokens;
  const held = new Set<number>();
  const hold = (i: number | undefined) => {
    assert.ok(i !== undefined && !held.has(i), `token ${i} held twice or not at all\n${text}`);
    held.add(i);
  };
  for (const b of body.blocks) hold(openingTokenIndex(b));
  for (const p of body.parts ?? []) hold(p.open);
  tokens.forEach((t, i) => {
    const own = t.type === 'paragraph_open' && (tokens[i - 1]?.type === 'list_item_open' || tokens[i - 1]?.type === 'footnote_open');
    if (PRINTED.has(t.type)) assert.equal(held.has(i), !own, `${t.type} at ${i}\n${text}`);
    else assert.ok(!held.has(i) || t.type === 'list_item_close', `${t.type} at ${i}\n${text}`);
  });
}

test('on random bodies, everything printed is held by a block or a part, and the render model does not depend on how the body was made', () => {
  let seed = 20251205;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const fronts = ['', '---\nloai: QD\n---\n', '---\nloai: BC\n---\n'];
  let withParts = 0;
  let edited = 0;
  for (let k = 0; k < 1000; k++) {
    const pieces = Array.from({ length: 1 + next(8) }, () => PIECES[next(PIECES.length)]);
    const text = fronts[next(fronts.length)] + pieces.join(next(4) === 0 ? '\n' : '\n\n') + '\n';
    const doc = parseDocument('file:///x.vbhc.md', text, 0, { keepTokens: true });
    assertAllHeld(doc.body, text);
    if (doc.body.parts) withParts++;
    const model = buildRenderModel(doc);
    // A body whose token stream is rebuilt on first use (a workspace document) reads the same parts.
    assert.deepEqual(buildRenderModel(parseDocument('file:///x.vbhc.md', text, 0)), model, text);
    // An edit inside a paragraph, which the incremental parse carries when it can.
    if (!/Đoạn (văn )?có/.test(text)) continue;
    const changed = text.replace(/Đoạn (văn )?có/, 'Đoạn $1đã có');
    const after = parseEdited(parseDocument('file:///x.vbhc.md', text, 0), 'file:///x.vbhc.md', changed, 1);
    edited++;
    assertAllHeld(after.body, changed);
    assert.deepEqual(buildRenderModel(after), buildRenderModel(parseDocument('file:///x.vbhc.md', changed, 1, { keepTokens: true })), changed);
  }
  // Both kinds of body came up, and edited ones.
  assert.ok(withParts > 50 && withParts < 950 && edited > 50, `${withParts} with parts, ${edited} edited`);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from './document';
import { parseEdited } from './incremental';
import { openingTokenIndex } from './body';

const TEXT = [
  '# I. MỤC ĐÍCH',
  '',
  'Đoạn văn có chú thích[^1].',
  '',
  '- ý một',
  '  - ý lồng',
  '',
  '1. bước một',
  '',
  '> Lời trích dẫn.',
  '',
  '| A | B |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  '```',
  'mã',
  '```',
  '',
  '---',
  '',
  '[^1]: Nội dung chú thích.',
  '',
].join('\n');

/** The token type that opens each kind of block. */
const OPENS: Record<string, string[]> = {
  heading: ['heading_open'],
  paragraph: ['paragraph_open', 'list_item_open'],
  quote: ['paragraph_open'],
  dash: ['list_item_open'],
  table: ['table_open'],
  code: ['fence', 'code_block'],
  hr: ['hr'],
  footnote: ['footnote_open'],
};

test('every block knows the token that opens it, and a body of blocks only keeps no printed parts', () => {
  const doc = parseDocument('file:///x.vbhc.md', TEXT, 0, { keepTokens: true });
  const tokens = doc.body.tokens;
  assert.deepEqual(doc.body.blocks.map((b) => b.kind), ['heading', 'paragraph', 'dash', 'dash', 'paragraph', 'quote', 'table', 'code', 'hr', 'footnote']);
  for (const b of doc.body.blocks) {
    const open = openingTokenIndex(b);
    assert.ok(open !== undefined && OPENS[b.kind].includes(tokens[open].type), `${b.kind} at line ${b.startLine}`);
    if (b.kind !== 'footnote') assert.equal(tokens[open].map?.[0], b.startLine);
  }
  assert.equal(doc.body.parts, undefined);
});

test('what no block holds is kept as parts, with the lists and quote around each', () => {
  const text = ['- ý một', '', '  đoạn hai của ý', '', '> 1. # đề mục trong ý số', '', 'Câu[^a].', '', '[^a]: Chú thích.', '', '    Đoạn hai.', ''].join('\n');
  const doc = parseDocument('file:///x.vbhc.md', text, 0, { keepTokens: true });
  const tokens = doc.body.tokens;
  const parts = (doc.body.parts ?? []).map((p) => ({ type: tokens[p.open].type, line: tokens[p.open].map?.[0], lists: p.lists, ordered: p.ordered, quote: p.quote }));
  assert.deepEqual(parts, [
    { type: 'paragraph_open', line: 2, lists: 1, ordered: false, quote: false },
    { type: 'heading_open', line: 4, lists: 1, ordered: true, quote: true },
    // The item opened by a heading: its end, where a marker no paragraph took would be printed.
    { type: 'list_item_close', line: undefined, lists: 1, ordered: true, quote: true },
    { type: 'paragraph_open', line: 10, lists: 0, ordered: false, quote: false },
  ]);
});

test('an edited body finds the opening tokens and the parts in the stream rebuilt from its text', () => {
  const prev = parseDocument('file:///x.vbhc.md', TEXT, 0);
  const edited = parseEdited(prev, 'file:///x.vbhc.md', TEXT.replace('Đoạn văn', 'Một đoạn văn'), 1);
  const tokens = edited.body.tokens;
  for (const b of edited.body.blocks) {
    const open = openingTokenIndex(b);
    assert.ok(open !== undefined && OPENS[b.kind].includes(tokens[open].type), `${b.kind} at line ${b.startLine}`);
  }
  assert.equal(edited.body.parts, undefined);
  const withParts = TEXT.replace('- ý một', '- ý một\n\n  đoạn hai');
  const before = parseDocument('file:///x.vbhc.md', withParts, 0);
  const after = parseEdited(before, 'file:///x.vbhc.md', withParts.replace('Đoạn văn', 'Một đoạn văn'), 1);
  const fresh = parseDocument('file:///x.vbhc.md', withParts.replace('Đoạn văn', 'Một đoạn văn'), 1, { keepTokens: true });
  assert.deepEqual(after.body.parts, fresh.body.parts);
  assert.equal(after.body.parts?.length, 1);
  assert.match(tokens[openingTokenIndex(edited.body.blocks[1])! + 1].content, /^Một đoạn văn/);
});

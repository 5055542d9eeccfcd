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

test('every block knows the token that opens it, and the walk counts the tokens that open something printed', () => {
  const doc = parseDocument('file:///x.vbhc.md', TEXT, 0, { keepTokens: true });
  const tokens = doc.body.tokens;
  assert.deepEqual(doc.body.blocks.map((b) => b.kind), ['heading', 'paragraph', 'dash', 'dash', 'paragraph', 'quote', 'table', 'code', 'hr', 'footnote']);
  for (const b of doc.body.blocks) {
    const open = openingTokenIndex(b);
    assert.ok(open !== undefined && OPENS[b.kind].includes(tokens[open].type), `${b.kind} at line ${b.startLine}`);
    if (b.kind !== 'footnote') assert.equal(tokens[open].map?.[0], b.startLine);
  }
  // heading, 1 paragraph, 3 list items and their paragraphs, the quote's paragraph, table, fence, hr, the footnote and its paragraph.
  assert.equal(doc.body.printedTokens, 1 + 1 + 3 * 2 + 1 + 1 + 1 + 1 + 2);
});

test('an edited body finds the opening tokens and the count in the stream rebuilt from its text', () => {
  const prev = parseDocument('file:///x.vbhc.md', TEXT, 0);
  const edited = parseEdited(prev, 'file:///x.vbhc.md', TEXT.replace('Đoạn văn', 'Một đoạn văn'), 1);
  const tokens = edited.body.tokens;
  for (const b of edited.body.blocks) {
    const open = openingTokenIndex(b);
    assert.ok(open !== undefined && OPENS[b.kind].includes(tokens[open].type), `${b.kind} at line ${b.startLine}`);
  }
  assert.equal(edited.body.printedTokens, prev.body.printedTokens);
  assert.match(tokens[openingTokenIndex(edited.body.blocks[1])! + 1].content, /^Một đoạn văn/);
});

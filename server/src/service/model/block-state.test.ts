// The block state with line tables found by indexOf: the same tables as
// markdown-it's own StateBlock on any text, and the same tokens from a parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { withLineTables } from './block-state';

const md = new MarkdownIt('commonmark');
const Original = md.block.State;
const Fast = withLineTables(Original);
const TABLES = ['bMarks', 'eMarks', 'tShift', 'sCount', 'bsCount', 'lineMax', 'line', 'level', 'blkIndent', 'parentType'] as const;

function tables(State: typeof Original, text: string) {
  const s = new State(text, md, {}, []);
  return Object.fromEntries(TABLES.map((k) => [k, s[k]]));
}

test('line tables equal markdown-it’s on edge cases: empty text, no final line feed, blank and indented last lines, tabs', () => {
  const cases = ['', 'a', '\n', '\n\n', '   ', '\t', '  a', 'a\n', 'a\n  ', 'a\n \t', 'a\n  b', '\t x\n\n  \t\n  y  ', ' \t\t  q\n', 'x\n \n', '  \t\n', 'Đoạn một.\n\n- Ý một\n\t- Ý con\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'];
  for (const text of cases) assert.deepEqual(tables(Fast, text), tables(Original, text), JSON.stringify(text));
});

test('property: line tables equal markdown-it’s on any text of spaces, tabs, line feeds and letters', () => {
  const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\n\n', 'a', 'ư', '#', '>', '-', '|');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(tables(Fast, text), tables(Original, text));
    }),
    { numRuns: 2000 },
  );
});

test('a parse with the fast state gives the same tokens as markdown-it', () => {
  const fast = new MarkdownIt('commonmark');
  fast.block.State = withLineTables(fast.block.State);
  const text = '# Tiêu đề\n\n  Đoạn thụt lề\n\tvà tab.\n\n- Ý một\n    - Ý con\n\n> Trích dẫn\n\n    mã\n\n1. Một\n2. Hai\n   ';
  assert.deepEqual(fast.parse(text, {}), md.parse(text, {}));
});

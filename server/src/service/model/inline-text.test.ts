// The inline text rule found by one search: the same tokens as markdown-it's own rule on any text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { inlineText } from './inline-text';

// The default preset too: its strikethrough rule starts at `~`.
const PRESETS = ['commonmark', 'default'] as const;
const pairs = PRESETS.map((preset) => {
  const fast = new MarkdownIt(preset);
  fast.inline.ruler.at('text', inlineText);
  return { original: new MarkdownIt(preset), fast };
});

test('every character markdown-it ends a text run at ends one here, and no other', () => {
  const terminators = '\n!#$%&*+-:<=>@[\\]^_`{}~';
  for (let c = 0; c < 0x80; c++) {
    const ch = String.fromCharCode(c);
    for (const { original, fast } of pairs) {
      for (const text of [`ab${ch}cd`, `ab${ch}${ch}cd${ch}${ch}`]) assert.deepEqual(fast.parseInline(text, {}), original.parseInline(text, {}), JSON.stringify(text));
    }
  }
  assert.equal(terminators.length, 23);
});

test('property: inline tokens equal markdown-it’s on text mixing prose, marks, links, code, footnote-like brackets and line breaks', () => {
  const piece = fc.constantFrom('Văn bản ', 'số ', '30', '/', '-', ':', '*', '_', '`', '[', ']', '(', ')', '!', '<', '>', '\\', '&amp;', '\n', '  \n', ' ', 'ư', '~', '^', '{', '}', '@', '#', '$', '%', '=', '+');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 50 }), (parts) => {
      const text = parts.join('');
      for (const { original, fast } of pairs) {
        assert.deepEqual(fast.parseInline(text, {}), original.parseInline(text, {}));
        assert.deepEqual(fast.parse(text, {}), original.parse(text, {}));
      }
    }),
    { numRuns: 1000 },
  );
});

/**
 * The body keeps token positions, not tokens: the markdown-it stream is
 * rebuilt on first use (only the exporters need it) and blocks' `inline`
 * and `rows` point into that one stream.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from './document';

const TEXT = [
  '---',
  'loai: BC',
  '---',
  '',
  '# I. KẾT QUẢ',
  '',
  'Đoạn văn có chú thích[^1].',
  '',
  '- Ý thứ nhất;',
  '- Ý thứ hai.',
  '',
  '| STT | Nội dung |',
  '|---|---|',
  '| 1 | Văn phòng Sở |',
  '',
  '[^1]: Số liệu tổng hợp./.',
  '',
].join('\n');

test('blocks point into the same token stream, built once on demand', () => {
  const body = parseDocument('file:///t.vbhc.md', TEXT).body;
  const tokens = body.tokens;
  assert.equal(body.tokens, tokens);
  const withInline = body.blocks.filter((b) => b.inline);
  assert.deepEqual(withInline.map((b) => b.kind), ['heading', 'paragraph', 'dash', 'dash', 'footnote']);
  for (const b of withInline) assert.ok(tokens.includes(b.inline!), `${b.kind} inline token is in the stream`);
  assert.equal(body.blocks.find((b) => b.kind === 'heading')!.inline!.content, 'I. KẾT QUẢ');
  const table = body.blocks.find((b) => b.kind === 'table')!;
  assert.deepEqual(table.rows!.map((r) => r.map((c) => c.content)), [['STT', 'Nội dung'], ['1', 'Văn phòng Sở']]);
  assert.ok(table.rows!.flat().every((c) => tokens.includes(c)));
  assert.equal(table.rows, table.rows);
});

test('a block without inline content has none, and assigning one stores it', () => {
  const body = parseDocument('file:///t.vbhc.md', '---\nloai: BC\n---\n\n```\ncode\n```\n').body;
  const code = body.blocks.find((b) => b.kind === 'code')!;
  assert.equal(code.inline, undefined);
  const t = body.tokens[0];
  code.inline = t;
  assert.equal(code.inline, t);
});

test('keepTokens keeps the first parse: the same blocks and tokens, no second parse', () => {
  const lazy = parseDocument('file:///t.vbhc.md', TEXT).body;
  const kept = parseDocument('file:///t.vbhc.md', TEXT, 0, { keepTokens: true }).body;
  assert.deepEqual(kept.tokens.map((t) => [t.type, t.map, t.content]), lazy.tokens.map((t) => [t.type, t.map, t.content]));
  const inlines = kept.blocks.filter((b) => b.inline).map((b) => b.inline!);
  for (const t of inlines) assert.ok(kept.tokens.includes(t));
  assert.deepEqual(inlines.map((t) => t.content), lazy.blocks.filter((b) => b.inline).map((b) => b.inline!.content));
  assert.deepEqual(kept.blocks.find((b) => b.kind === 'table')!.rows!.map((r) => r.map((c) => c.content)), [['STT', 'Nội dung'], ['1', 'Văn phòng Sở']]);
});

test('the body is parsed from its first line with maps moved: the tokens of the text with the lines before it blanked', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { markdown } = await import('./markdown');
  // Deep nesting makes the parser note flattened lines, which move too.
  const deep = `${TEXT}\n${Array.from({ length: 45 }, (_, i) => `${'  '.repeat(i)}- mức ${i + 1}`).join('\n')}\n`;
  // Every kind of block markdown-it maps (each token's map moved once, none shared).
  const kinds = `${TEXT}\n> Trích dẫn\n> hai dòng\n\n\`\`\`\nmã\n\`\`\`\n\n    thụt lề\n\n---\n\nTiêu đề gạch\n===\n\n<div>\nkhối\n</div>\n\n1. Một\n   - lồng\n2. Hai\n\n| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\n[^2]: Chú thích hai.\n    tiếp.\n`;
  const shared = parseDocument('file:///t.vbhc.md', kinds).body.tokens.filter((t) => t.map).map((t) => t.map);
  assert.equal(new Set(shared).size, shared.length, 'no two tokens share a map');
  const texts = [TEXT, deep, kinds, ...readdirSync('examples').filter((f) => f.endsWith('.vbhc.md')).map((f) => readFileSync(join('examples', f), 'utf8'))];
  for (const text of texts) {
    const doc = parseDocument('file:///t.vbhc.md', text);
    const start = doc.body.startLine;
    assert.ok(start > 0);
    const env: { flattened?: number[] } = {};
    const masked = '\n'.repeat(start) + doc.source.text.slice(doc.source.lineStart(start));
    const expected = markdown().parse(masked, env);
    assert.deepEqual(JSON.parse(JSON.stringify(doc.body.tokens)), JSON.parse(JSON.stringify(expected)));
    assert.deepEqual(doc.body.flattened, env.flattened ?? []);
  }
  assert.ok(parseDocument('file:///t.vbhc.md', deep).body.flattened.length > 0, 'the deep list is flattened');
});

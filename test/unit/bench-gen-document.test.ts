/**
 * The bench's generated documents hold what bench/README.md says they hold:
 * pipe tables about every three pages, a group of dash items about every
 * page and a footnote about every two pages, besides the prose — counted in
 * the parsed documents, at every size the bench measures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCatalog } from '../../bench/src/gen-catalog';
import { BLOCK_EVERY_WORDS, generateDocument, WORDS_PER_PAGE } from '../../bench/src/gen-document';
import { parseDocument } from '../../server/src/service/model/document';
import { buildRenderModel } from '../../server/src/service/export/render-model';

const cited = generateCatalog({ entries: 400, seed: 7 });

for (const pages of [10, 100, 1000]) {
  test(`a ${pages}-page bench document has its share of tables, dash items and footnotes`, () => {
    const g = generateDocument({ pages, seed: 20250530 + pages, cited });
    const model = buildRenderModel(parseDocument('file:///bench.vbhc.md', g.text));
    const count = (kind: string) => model.nodes.filter((n) => n.kind === kind).length;
    const tables = count('table');
    // A group of dash items is a run of consecutive dash nodes.
    const dashGroups = model.nodes.filter((n, i) => n.kind === 'dash' && model.nodes[i - 1]?.kind !== 'dash').length;
    const footnotes = model.footnotes.size;
    const words = g.words;
    const expect = (every: number) => words / every;
    const near = (name: string, got: number, every: number) => {
      const want = expect(every);
      assert.ok(got >= Math.floor(want * 0.7) && got <= Math.ceil(want * 1.3) + 1, `${name}: ${got} in ${words} words, want ≈ ${want.toFixed(1)}`);
    };
    assert.ok(Math.abs(words - pages * WORDS_PER_PAGE) <= pages * WORDS_PER_PAGE * 0.05, `${words} words for ${pages} pages`);
    near('tables', tables, BLOCK_EVERY_WORDS.table);
    near('dash groups', dashGroups, BLOCK_EVERY_WORDS.dashGroup);
    near('footnotes', footnotes, BLOCK_EVERY_WORDS.footnote);
    // Every footnote is referenced from the prose, and every table has a header row and body rows.
    const refs = new Set(model.nodes.flatMap((n) => ('runs' in n ? n.runs : []).filter((r) => r.footnote !== undefined).map((r) => r.footnote)));
    assert.equal(refs.size, footnotes);
    for (const t of model.nodes) if (t.kind === 'table') assert.ok(t.headerRows === 1 && t.rows.length >= 4, `table at line ${t.line + 1}`);
    // The line the one-line edit changes is a paragraph of prose past the middle (tables and dash groups span several lines before it).
    const doc = parseDocument('file:///bench.vbhc.md', g.text);
    const line = g.middleParagraphLine;
    const block = doc.body.blocks.find((b) => b.startLine <= line && line < b.endLine);
    assert.equal(block?.kind, 'paragraph', `line ${line + 1}: ${JSON.stringify(g.text.split('\n')[line])}`);
    assert.equal(block?.marker, undefined);
    assert.match(g.text.split('\n')[line], / được /, 'the word the edit changes');
    assert.ok(line > doc.source.lineCount / 3, `line ${line + 1} of ${doc.source.lineCount}`);
  });
}

test('the edit row alternates two texts that differ in one line of a paragraph, with different lengths (every offset after it moves)', async () => {
  const { editVariants } = await import('../../bench/src/in-process');
  const g = generateDocument({ pages: 100, seed: 20250530 + 100, cited });
  const { line, variants } = editVariants(g);
  const [a, b] = variants.map((v) => v.split('\n'));
  const differing = a.map((_, i) => i).filter((i) => a[i] !== b[i]);
  assert.deepEqual(differing, [line]);
  assert.notEqual(variants[0].length, variants[1].length);
  assert.notEqual(variants[0], g.text);
  const doc = parseDocument('file:///bench.vbhc.md', variants[0]);
  const block = doc.body.blocks.find((x) => x.startLine <= line && line < x.endLine);
  assert.equal(block?.kind, 'paragraph');
});

/**
 * splicedAfterEdit, which every carried list goes through after a paragraph
 * edit, against the splice written out plainly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splicedAfterEdit, type ParagraphEdit } from './analysis';
import type { Block } from './body';

interface Item {
  at: number;
  tag: string;
}

/** The splice written out: items before the paragraph kept, those in it replaced by `found`, those after moved. */
function plainSplice(old: readonly Item[], from: number, to: number, found: readonly Item[], by: number): Item[] {
  return [...old.filter((x) => x.at < from), ...found, ...old.filter((x) => x.at > to).map((x) => ({ at: x.at + by, tag: `${x.tag}+` }))];
}

test('a carried list is the items before the paragraph, then those found in it, then the others moved, whatever the counts', () => {
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
  let sameCount = 0;
  let otherCount = 0;
  for (let round = 0; round < 2000; round++) {
    const n = rand(12);
    const old: Item[] = [];
    for (let k = 0, at = 0; k < n; k++) old.push({ at: (at += 1 + rand(4)), tag: `o${k}` });
    const from = rand(50);
    const to = from + rand(15);
    const by = rand(7) - 3;
    const inside = old.filter((x) => x.at >= from && x.at <= to).length;
    const count = rand(3) === 0 ? inside : rand(5);
    const found = Array.from({ length: count }, (_, k) => ({ at: from + k, tag: `n${k}` }));
    if (count === inside) sameCount++;
    else otherCount++;
    const edit = { index: 0, oldBlock: { start: from, end: to } as Block, newBlock: { start: from, end: to + by } as Block, delta: by } satisfies ParagraphEdit;
    const frozen = old.map((x) => ({ ...x }));
    const moved = (x: Item) => ({ at: x.at + by, tag: `${x.tag}+` });
    assert.deepEqual(splicedAfterEdit(old, (x) => x.at, edit, found, moved), plainSplice(old, from, to, found, by), JSON.stringify({ old, from, to, found }));
    assert.deepEqual(splicedAfterEdit(old, (x) => x.at, edit, new Set(found), moved), plainSplice(old, from, to, found, by), 'found as any iterable');
    assert.deepEqual(old, frozen, 'the old list is left as it was');
  }
  assert.ok(sameCount > 300 && otherCount > 300, `${sameCount} / ${otherCount}`);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STEP_ITEMS } from './catalog';
import type { CatalogEntry } from './catalog-entry';
import { ReferenceState } from './reference-state';

/** A built-in catalog of `n` documents of a few types and issuers. */
function entries(n: number): CatalogEntry[] {
  const types = ['Quyết định', 'Kế hoạch', 'Thông tư'];
  return Array.from({ length: n }, (_, i) => ({
    so_ky_hieu: `${i + 1}/${['QĐ-UBND', 'KH-UBND', 'TT-BNV'][i % 3]}`,
    loai: types[i % 3],
    ngay: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 9}`,
    co_quan: ['Ủy ban nhân dân tỉnh', 'Bộ Nội vụ'][i % 2],
    trich_yeu: `về việc giao chỉ tiêu số ${i}`,
  }));
}

function state(list: readonly CatalogEntry[]): ReferenceState {
  const s = new ReferenceState({ documents: () => [], epoch: () => 0 });
  s.setBuiltin(list);
  return s;
}

test('the catalogs prepared in steps pause every few hundred items and hold what they hold built at once', () => {
  const list = entries(2000);
  const stepped = state(list);
  const whole = state(list);
  let pauses = 0;
  for (const _ of stepped.prepareSteps(false)) pauses++;
  assert.ok(pauses >= Math.floor(2000 / STEP_ITEMS), `${pauses} pauses making the items`);
  assert.deepEqual(stepped.catalog.items, whole.catalog.items);
  assert.deepEqual(stepped.catalog.withNumberPrefix('12'), whole.catalog.withNumberPrefix('12'));
  let wordPauses = 0;
  for (const _ of stepped.prepareSteps(true)) wordPauses++;
  assert.ok(wordPauses >= Math.floor(2000 / STEP_ITEMS), `${wordPauses} pauses indexing the words`);
  for (const q of [['giao', 'chi', 'tieu'], ['so', '1999'], ['ke', 'hoa'], ['bo', 'noi', 'vu', '12']]) assert.deepEqual(stepped.catalog.withWords(q), whole.catalog.withWords(q), q.join(' '));
  assert.equal([...stepped.prepareSteps(true)].length, 0, 'nothing left to do');
});

test('a catalog changed while it is prepared in steps is the changed one when the steps end', () => {
  const s = state(entries(600));
  const steps = s.prepareSteps(false);
  steps.next();
  s.setBuiltin(entries(10));
  for (let r = steps.next(); !r.done; r = steps.next());
  assert.equal(s.catalog.items.length, 10);
});

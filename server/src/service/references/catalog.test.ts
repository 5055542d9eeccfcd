import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CatalogSet, STEP_ITEMS, itemWords, makeItem, newestFirst, type CatalogItem } from './catalog';
import type { CatalogEntry } from './catalog-entry';
import { fold } from '../text/fold';

/** A small deterministic generator (the same catalog on every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

const TYPES = ['Quyết định', 'Kế hoạch', 'Chỉ thị', 'Nghị định', 'Thông tư', 'Công văn'];
const WORDS = ['về', 'việc', 'giao', 'chỉ', 'tiêu', 'chi', 'tiếu', 'số', 'hóa', 'hoá', 'ĐẤT', 'đai', 'Đà', 'Nẵng', 'A&B', 'R&D', 'kế', 'hoạch', 'ke', '2025', '12', '120', '1205', 'công-tác', 'lưu trữ', 'Ủy', 'ban', 'nhân', 'dân'];

/** Items of many shapes: repeated words in one item, missing fields, case and diacritics, `&`, numbers, punctuation. */
function items(n: number): CatalogItem[] {
  const r = random(7);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const phrase = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(pick([' ', ', ', ' – ', '/']));
  const out: CatalogItem[] = [];
  for (let i = 0; i < n; i++) {
    const num = String(1 + Math.floor(r() * (r() < 0.5 ? 30 : 3000)));
    const entry: CatalogEntry = {
      so_ky_hieu: `${num}/${pick(['', '2020/', '2024/'])}${pick(['QĐ-UBND', 'KH-UBND', 'CT-TTg', 'NĐ-CP'])}`,
      loai: pick(TYPES),
      ngay: r() < 0.2 ? '' : `20${10 + Math.floor(r() * 15)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
      co_quan: r() < 0.2 ? (undefined as unknown as string) : phrase(1 + Math.floor(r() * 3)),
      trich_yeu: r() < 0.1 ? '' : phrase(Math.floor(r() * 8)),
    };
    out.push(makeItem(entry, 'user'));
  }
  return out;
}

/** What `withWords` means, read off `itemWords` item by item. */
function byHand(set: CatalogSet, words: readonly string[], lastWhole: boolean): CatalogItem[] {
  const vocab = new Set(set.items.flatMap(itemWords));
  return set.items.filter((it) => {
    const own = itemWords(it);
    return words.every((w, i) => {
      const asPrefix = i === words.length - 1 ? !lastWhole : !vocab.has(w);
      return asPrefix ? own.some((o) => o.startsWith(w)) : own.includes(w);
    });
  });
}

test('the word index finds what a search of every item\'s words finds, in the same order', () => {
  const set = new CatalogSet(items(600));
  const vocab = [...new Set(set.items.flatMap(itemWords))];
  const queries: string[][] = [['zzz'], ['ke', 'hoach'], ['ke', 'hoa'], ['12'], ['1'], ['r&d'], ['a&'], ['quyet', 'dinh', 'so', '1'], ['chi', 'tieu'], ['x', 'chi']];
  for (const w of vocab) queries.push([w], [w.slice(0, 1)], [w.slice(0, 2), w]);
  for (let i = 0; i + 2 < vocab.length; i += 3) queries.push([vocab[i], vocab[i + 1].slice(0, 2), vocab[i + 2]]);
  let found = 0;
  for (const q of queries) {
    for (const lastWhole of [false, true]) {
      const got = set.withWords(q, lastWhole)!;
      assert.deepEqual(got, byHand(set, q, lastWhole), `${q.join(' ')} ${lastWhole}`);
      found += got.length;
    }
  }
  assert.ok(found > 1000, 'the queries find items');
  assert.equal(set.withWords([]), undefined);
});

test('number prefixes and type names find what a filter of every item finds, newest first', () => {
  const set = new CatalogSet(items(600));
  for (const p of ['1', '12', '120', '1205', '9', '99999', '1234567', '0', '']) {
    assert.deepEqual(set.withNumberPrefix(p), p ? set.items.filter((it) => it.number.startsWith(p)) : [], p);
  }
  for (const t of TYPES) assert.deepEqual(set.ofType(fold(t)), set.items.filter((it) => it.typeFold === fold(t)));
  assert.ok(set.withNumberPrefix('1').length > 50);
});

test('the word index built in steps pauses every few hundred items and finds what the one built at once finds', () => {
  const stepped = new CatalogSet(items(1000));
  const whole = new CatalogSet(items(1000));
  whole.prepare();
  let pauses = 0;
  for (const _ of stepped.prepareSteps()) pauses++;
  assert.ok(pauses >= Math.floor(1000 / STEP_ITEMS), `${pauses} pauses`);
  assert.equal([...stepped.prepareSteps()].length, 0, 'built once');
  const vocab = [...new Set(whole.items.flatMap(itemWords))];
  for (const w of vocab) for (const q of [[w], [w.slice(0, 2)], ['ke', w]]) assert.deepEqual(stepped.withWords(q), whole.withWords(q), q.join(' '));
});

test('items are newest first, then by symbol, as the comparison says; dates of another form keep that order too', () => {
  const all = items(600);
  assert.deepEqual(new CatalogSet(all).items, all.slice().sort(newestFirst));
  const odd = [...all.slice(0, 50), makeItem({ so_ky_hieu: '5/KH-UBND', loai: 'Kế hoạch', ngay: '2024', co_quan: '', trich_yeu: '' }, 'user'), makeItem({ so_ky_hieu: '6/KH-UBND', loai: 'Kế hoạch', ngay: '2024-1-5', co_quan: '', trich_yeu: '' }, 'user')];
  assert.deepEqual(new CatalogSet(odd).items, odd.slice().sort(newestFirst));
  // One symbol twice in one source: both stay, in the order given.
  const twice = [makeItem({ so_ky_hieu: '7/KH-UBND', loai: 'Kế hoạch', ngay: '2024-01-05', co_quan: 'A', trich_yeu: '' }, 'user'), makeItem({ so_ky_hieu: '7/KH-UBND', loai: 'Kế hoạch', ngay: '2024-01-05', co_quan: 'B', trich_yeu: '' }, 'user')];
  assert.deepEqual(new CatalogSet(twice).items.map((it) => it.entry.co_quan), ['A', 'B']);
});

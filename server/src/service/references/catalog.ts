/**
 * Catalog items and the search structures over them. An item is a
 * catalogued document (dialect §4) with where it came from (the built-in
 * catalog, a user `*.vanban.yaml` file, or a full citation learned from the
 * workspace) and keys folded once at build time, so that a completion
 * request only looks up maps: by symbol, by every prefix of the number, and
 * by type name. Nothing here re-indexes per keystroke.
 */
import type { Range } from '../types';
import type { CatalogEntry } from './catalog-entry';
import { fold, foldCode, foldedWords, isWordCode } from '../text/fold';
import { symbolKey } from './symbol';

/** Where an item comes from, in order of trust. */
export type CatalogSource = 'user' | 'builtin' | 'learned';

/** A place in a file. */
export interface Location {
  uri: string;
  range: Range;
}

/** One catalogued document with its search keys. */
export interface CatalogItem {
  entry: CatalogEntry;
  source: CatalogSource;
  /** User catalogs: the entry in its file; learned: the full citation it was learned from. */
  location?: Location;
  /** symbolKey of the symbol. */
  key: string;
  /** Registration number (leading digits of the symbol). */
  number: string;
  /** Folded symbol (`33/ct-ttg`). */
  symbolFold: string;
  /** Folded type name (`chi thi`). */
  typeFold: string;
  /** `ngay` as a sortable string (empty when unknown). */
  sortDate: string;
}

/** Folded type names: a few names shared by thousands of items, folded and held once. */
const typeFolds = new Map<string, string>();

function typeFold(loai: string): string {
  let f = typeFolds.get(loai);
  if (f === undefined) {
    f = fold(loai);
    if (typeFolds.size < MAX_TYPE_FOLDS) typeFolds.set(loai, f);
  }
  return f;
}

const MAX_TYPE_FOLDS = 1000;

/** Builds an item (folding its keys once); `key` when the symbol's key is known already. */
export function makeItem(entry: CatalogEntry, source: CatalogSource, location?: Location, key = symbolKey(entry.so_ky_hieu)): CatalogItem {
  const number = /^\d+/.exec(entry.so_ky_hieu)?.[0] ?? '';
  return {
    entry,
    source,
    location,
    key,
    number,
    symbolFold: fold(entry.so_ky_hieu),
    typeFold: typeFold(entry.loai ?? ''),
    sortDate: entry.ngay ?? '',
  };
}

/** The folded words an item is found by: type, symbol parts, issuer and subject. */
export function itemWords(it: CatalogItem): string[] {
  const e = it.entry;
  return foldedWords(`${e.loai ?? ''} ${e.so_ky_hieu} ${e.co_quan ?? ''} ${e.trich_yeu ?? ''}`);
}

/** Catalog items made or indexed between two pauses of a preparation in steps (see ReferenceState.prepareSteps). */
export const STEP_ITEMS = 256;

const SOURCE_RANK: Record<CatalogSource, number> = { user: 0, builtin: 1, learned: 2 };
const MAX_NUMBER_PREFIX_CHARS = 6;

/** An immutable set of items with its lookup maps. */
export class CatalogSet {
  /** The item of each symbol (the most trusted source wins). */
  readonly byKey = new Map<string, CatalogItem>();
  /** Items by every prefix of their number (its `prefixKey`), newest first. */
  private readonly byNumberPrefix = new Map<number, CatalogItem[]>();
  /** Items by folded type name, newest first. */
  private readonly byType = new Map<string, CatalogItem[]>();
  /** Every item, newest first (two documents of one source that share a symbol are both here). */
  readonly items: CatalogItem[];
  private words?: WordIndex;
  /**
   * The items in the order given (most often the order they were made in,
   * so the order they lie in memory) and the place of each in that order
   * (`items[i]` is `unsorted.items[unsorted.order[i]]`), until the word
   * index is built: it reads the items' text in that order, which is several
   * times faster on a big catalog than reading it newest first.
   */
  private unsorted?: { items: readonly CatalogItem[]; order: Int32Array };

  constructor(items: readonly CatalogItem[]) {
    for (const it of items) {
      const old = this.byKey.get(it.key);
      if (!old || SOURCE_RANK[it.source] < SOURCE_RANK[old.source]) this.byKey.set(it.key, it);
    }
    const kept = items.filter((it) => this.byKey.get(it.key)!.source === it.source);
    const order = newestFirstOrder(kept);
    this.items = new Array<CatalogItem>(kept.length);
    for (let i = 0; i < kept.length; i++) this.items[i] = kept[order[i]];
    this.unsorted = { items: kept, order };
    // What the maps need of each item, read in the order given (see `unsorted`): its number's first digits and its type.
    const numbers = new Int32Array(kept.length);
    const digits = new Uint8Array(kept.length);
    const types = new Array<string>(kept.length);
    for (let i = 0; i < kept.length; i++) {
      const number = kept[i].number;
      const n = Math.min(number.length, MAX_NUMBER_PREFIX_CHARS);
      let v = 0;
      for (let k = 0; k < n; k++) v = v * 10 + number.charCodeAt(k) - 48;
      numbers[i] = v;
      digits[i] = n;
      types[i] = kept[i].typeFold;
    }
    for (let p = 0; p < this.items.length; p++) {
      const it = this.items[p];
      const i = order[p];
      // The number's prefixes, longest first: `v` loses its last digit each time.
      for (let n = digits[i], v = numbers[i]; n >= 1; n--, v = Math.floor(v / 10)) push(this.byNumberPrefix, v * 8 + n, it);
      push(this.byType, types[i], it);
    }
  }

  /** The item of a symbol key. */
  get(key: string): CatalogItem | undefined {
    return this.byKey.get(key);
  }

  /** Items whose number starts with `prefix` (digits), newest first. */
  withNumberPrefix(prefix: string): readonly CatalogItem[] {
    if (prefix.length <= MAX_NUMBER_PREFIX_CHARS) return this.byNumberPrefix.get(prefixKey(prefix)) ?? [];
    return (this.byNumberPrefix.get(prefixKey(prefix.slice(0, MAX_NUMBER_PREFIX_CHARS))) ?? []).filter((i) => i.number.startsWith(prefix));
  }

  /** Items of a folded type name, newest first. */
  ofType(typeFold: string): readonly CatalogItem[] {
    return this.byType.get(typeFold) ?? [];
  }

  /** Builds the word index now (it is otherwise built on the first search). */
  prepare(): void {
    if (this.words) return;
    const steps = WordIndex.build(this.unsorted!.items, this.unsorted!.order);
    let r = steps.next();
    while (!r.done) r = steps.next();
    this.words = r.value;
    this.unsorted = undefined;
  }

  /** `prepare` in steps, pausing every STEP_ITEMS items (see ReferenceState.prepareSteps). */
  *prepareSteps(): Generator<void, void, void> {
    if (this.words) return;
    const steps = WordIndex.build(this.unsorted!.items, this.unsorted!.order);
    for (let r = steps.next(); ; r = steps.next()) {
      if (r.done) {
        this.words ??= r.value;
        this.unsorted = undefined;
        return;
      }
      yield;
    }
  }

  /**
   * Items that have every word of a folded query (`nghi dinh cong tac van
   * thu`): each word whole, the last one also as the start of a word unless
   * `lastWhole`. Newest first; undefined for an empty query.
   */
  withWords(words: readonly string[], lastWhole = false): CatalogItem[] | undefined {
    if (words.length === 0) return undefined;
    this.prepare();
    return this.words!.match(words, lastWhole).map((i) => this.items[i]);
  }
}

/**
 * An inverted index of the items' folded words: a sorted vocabulary and,
 * for each word, the positions of the items that have it (ascending, so
 * newest first) — all postings in one typed array, word `r`'s at
 * `positions[starts[r]]` up to `positions[starts[r + 1]]`. Built without
 * a folded copy of each item's text or a string per word occurrence:
 * words are folded as they are read and interned by their units, so a
 * 100,000-entry catalog allocates a string per distinct word only.
 */
class WordIndex {
  private constructor(
    private readonly vocab: string[],
    private readonly starts: Int32Array,
    private readonly positions: Int32Array,
  ) {}

  /**
   * Builds the index of the items `items[order[0]]`, `items[order[1]]`, …
   * (positions are places in that order), reading `items` as given, and
   * pausing every STEP_ITEMS items.
   */
  static *build(items: readonly CatalogItem[], order: Int32Array): Generator<void, WordIndex, void> {
    const table = new WordTable();
    // The distinct words of each item, as word ids, item after item in the order given.
    const itemEnd = new Int32Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const e = items[i].entry;
      table.addRepeated(e.loai ?? '', i);
      table.add(e.so_ky_hieu, i);
      table.addRepeated(e.co_quan ?? '', i);
      table.add(e.trich_yeu ?? '', i);
      itemEnd[i] = table.occLen;
      if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    }
    yield;
    const occ = table.occ;
    const vocab = table.words.slice().sort();
    const rank = new Int32Array(vocab.length);
    for (let r = 0; r < vocab.length; r++) rank[table.find(vocab[r])] = r;
    const starts = new Int32Array(vocab.length + 1);
    for (let k = 0; k < table.occLen; k++) starts[rank[occ[k]] + 1]++;
    for (let r = 0; r < vocab.length; r++) starts[r + 1] += starts[r];
    const fill = starts.slice(0, vocab.length);
    const positions = new Int32Array(table.occLen);
    // Position by position, so each word's positions come out ascending.
    for (let p = 0; p < order.length; p++) {
      const i = order[p];
      for (let k = i === 0 ? 0 : itemEnd[i - 1]; k < itemEnd[i]; k++) positions[fill[rank[occ[k]]]++] = p;
    }
    return new WordIndex(vocab, starts, positions);
  }

  /** Positions of the items having every word (see CatalogSet.withWords). */
  match(words: readonly string[], lastWhole: boolean): number[] {
    const lists: Int32Array[] = [];
    for (let i = 0; i < words.length; i++) {
      const exact = this.exact(words[i]);
      const asPrefix = i === words.length - 1 ? !lastWhole : !exact;
      const list = asPrefix ? this.prefixed(words[i]) : exact;
      if (!list || list.length === 0) return [];
      lists.push(list);
    }
    lists.sort((a, b) => a.length - b.length);
    let out = Array.from(lists[0]);
    for (let k = 1; k < lists.length && out.length; k++) out = out.filter((p) => has(lists[k], p));
    return out;
  }

  private postings(r: number): Int32Array {
    return this.positions.subarray(this.starts[r], this.starts[r + 1]);
  }

  private exact(w: string): Int32Array | undefined {
    const i = lowerBound(this.vocab, w);
    return this.vocab[i] === w ? this.postings(i) : undefined;
  }

  /** Union of the postings of every word starting with `p`, ascending. */
  private prefixed(p: string): Int32Array {
    const from = lowerBound(this.vocab, p);
    let to = from;
    while (to < this.vocab.length && this.vocab[to].startsWith(p)) to++;
    if (to - from === 1) return this.postings(from);
    // The words' postings lie side by side: sort their span and drop repeats.
    const all = this.positions.slice(this.starts[from], this.starts[to]).sort();
    let n = 0;
    for (let k = 0; k < all.length; k++) if (n === 0 || all[k] !== all[n - 1]) all[n++] = all[k];
    return all.subarray(0, n);
  }
}

/**
 * Distinct folded words, each with an id (its place in `words`), found by
 * their units in an open-addressing hash table: a word read from an item
 * is looked up without being made into a string first.
 */
class WordTable {
  readonly words: string[] = [];
  /** The ids of each item's distinct words, item after item (`occLen` in use). */
  occ = new Int32Array(1 << 16);
  occLen = 0;
  /** Word id → 1 + the last item that had it. */
  private lastItem = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  /** 1 + word id, or 0 for an empty slot. */
  private slots = new Int32Array(2048);
  /** The units of the word being read. */
  private buf = new Uint16Array(64);
  /** The ids of the words of the text read last (`scan`). */
  private ids = new Int32Array(64);
  /** The word ids of texts that recur from item to item (a type, an issuer). */
  private readonly repeated = new Map<string, Int32Array>();

  /** Records the words of `s` as item `item`'s. */
  add(s: string, item: number): void {
    this.record(this.ids, this.scan(s), item);
  }

  /** `add` for a text many items share: its words are read once. */
  addRepeated(s: string, item: number): void {
    let ids = this.repeated.get(s);
    if (!ids) {
      ids = this.ids.slice(0, this.scan(s));
      if (this.repeated.size < MAX_REPEATED) this.repeated.set(s, ids);
    }
    this.record(ids, ids.length, item);
  }

  private record(ids: Int32Array, count: number, item: number): void {
    for (let k = 0; k < count; k++) {
      const id = ids[k];
      if (this.lastItem[id] === item + 1) continue;
      this.lastItem[id] = item + 1;
      if (this.occLen === this.occ.length) this.occ = grown(this.occ, this.occLen + 1);
      this.occ[this.occLen++] = id;
    }
  }

  /** Reads the folded words of `s` (as `foldedWords` splits it) into `ids`; their count. */
  private scan(s: string): number {
    let buf = this.buf;
    let count = 0;
    let len = 0;
    let h = HASH_SEED;
    for (let k = 0; k <= s.length; k++) {
      const c = k < s.length ? foldCode(s.charCodeAt(k)) : 32;
      if (isWordCode(c)) {
        if (len === buf.length) buf = this.buf = grown(buf, len + 1);
        buf[len++] = c;
        h = Math.imul(h ^ c, HASH_PRIME);
      } else if (len > 0) {
        const id = this.intern(s, k - len, len, h);
        if (count === this.ids.length) this.ids = grown(this.ids, count + 1);
        this.ids[count++] = id;
        len = 0;
        h = HASH_SEED;
      }
    }
    return count;
  }

  /** The id of a folded word already in the table. */
  find(w: string): number {
    let h = HASH_SEED;
    for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), HASH_PRIME);
    return this.lookup(w, w.length, h);
  }

  /** The id of the word in `buf[0..len)`, read at `s[at..at+len)`; added when new. */
  private intern(s: string, at: number, len: number, h: number): number {
    const found = this.lookup(undefined, len, h);
    if (found >= 0) return found;
    const id = this.words.length;
    this.words.push(fold(s.slice(at, at + len)));
    if (id === this.hashes.length) {
      this.hashes = grown(this.hashes, id + 1);
      this.lastItem = grown(this.lastItem, id + 1);
    }
    this.hashes[id] = h;
    if (2 * (id + 1) > this.slots.length) this.rehash();
    else this.place(id);
    return id;
  }

  /** The id of the word in `buf` (or `w` itself when given), or -1. */
  private lookup(w: string | undefined, len: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at];
      if (slot === 0) return -1;
      const id = slot - 1;
      if (this.hashes[id] !== h) continue;
      const word = this.words[id];
      if (word.length !== len) continue;
      if (w !== undefined ? word === w : this.sameAsBuf(word, len)) return id;
    }
  }

  private sameAsBuf(word: string, len: number): boolean {
    for (let k = 0; k < len; k++) if (word.charCodeAt(k) !== this.buf[k]) return false;
    return true;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let at = this.hashes[id] & mask;
    while (this.slots[at] !== 0) at = (at + 1) & mask;
    this.slots[at] = id + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }
}

/** Texts whose words are remembered (`addRepeated`): more distinct types and issuers than a catalog has. */
const MAX_REPEATED = 10_000;
const HASH_SEED = -2128831035; // FNV-1a
const HASH_PRIME = 16777619;

/** A copy of a typed array with room for at least `min` elements. */
function grown<T extends Int32Array | Uint16Array>(a: T, min: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

function lowerBound(sorted: readonly string[], w: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < w) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function has(sorted: Int32Array, x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid];
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/**
 * The key of a number prefix in `byNumberPrefix`: its value and length
 * (`012` and `12` differ), no string per prefix; -1 (no items) unless 1 to
 * MAX_NUMBER_PREFIX_CHARS digits.
 */
function prefixKey(prefix: string): number {
  if (prefix.length === 0 || prefix.length > MAX_NUMBER_PREFIX_CHARS) return -1;
  let v = 0;
  for (let i = 0; i < prefix.length; i++) {
    const d = prefix.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v * 8 + prefix.length;
}

/**
 * The order of `items` by `newestFirst` (a stable sort): `order[k]` is the
 * index of the k-th. Dates written YYYY-MM-DD (or none) are compared as
 * numbers read once per item rather than as strings in every comparison.
 */
function newestFirstOrder(items: readonly CatalogItem[]): Int32Array {
  const n = items.length;
  const dates = new Int32Array(n);
  let numeric = true;
  for (let i = 0; i < n && numeric; i++) {
    const d = dateNumber(items[i].sortDate);
    if (d < 0) numeric = false;
    else dates[i] = d;
  }
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (!numeric) order.sort((a, b) => newestFirst(items[a], items[b]));
  else
    order.sort((a, b) => {
      if (dates[a] !== dates[b]) return dates[b] - dates[a];
      const ka = items[a].key;
      const kb = items[b].key;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  return Int32Array.from(order);
}

/** `YYYY-MM-DD` as the number YYYYMMDD + 1, no date as 0 (the same order as the strings); -1 for anything else. */
function dateNumber(d: string): number {
  if (d === '') return 0;
  if (d.length !== 10 || d.charCodeAt(4) !== 45 || d.charCodeAt(7) !== 45) return -1;
  let v = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = d.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v + 1;
}

/** Newer documents first, then by symbol. */
export function newestFirst(a: CatalogItem, b: CatalogItem): number {
  return a.sortDate < b.sortDate ? 1 : a.sortDate > b.sortDate ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

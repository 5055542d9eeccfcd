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
import { fold, foldedWords } from '../text/fold';
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

const SOURCE_RANK: Record<CatalogSource, number> = { user: 0, builtin: 1, learned: 2 };
const MAX_NUMBER_PREFIX_CHARS = 6;

/** An immutable set of items with its lookup maps. */
export class CatalogSet {
  /** The item of each symbol (the most trusted source wins). */
  readonly byKey = new Map<string, CatalogItem>();
  /** Items by every prefix of their number, newest first. */
  private readonly byNumberPrefix = new Map<string, CatalogItem[]>();
  /** Items by folded type name, newest first. */
  private readonly byType = new Map<string, CatalogItem[]>();
  /** Every item, newest first (two documents of one source that share a symbol are both here). */
  readonly items: CatalogItem[];
  private words?: WordIndex;

  constructor(items: readonly CatalogItem[]) {
    for (const it of items) {
      const old = this.byKey.get(it.key);
      if (!old || SOURCE_RANK[it.source] < SOURCE_RANK[old.source]) this.byKey.set(it.key, it);
    }
    this.items = items.filter((it) => this.byKey.get(it.key)!.source === it.source).sort(newestFirst);
    for (const it of this.items) {
      for (let n = 1; n <= Math.min(it.number.length, MAX_NUMBER_PREFIX_CHARS); n++) push(this.byNumberPrefix, it.number.slice(0, n), it);
      push(this.byType, it.typeFold, it);
    }
  }

  /** The item of a symbol key. */
  get(key: string): CatalogItem | undefined {
    return this.byKey.get(key);
  }

  /** Items whose number starts with `prefix` (digits), newest first. */
  withNumberPrefix(prefix: string): readonly CatalogItem[] {
    if (prefix.length <= MAX_NUMBER_PREFIX_CHARS) return this.byNumberPrefix.get(prefix) ?? [];
    return (this.byNumberPrefix.get(prefix.slice(0, MAX_NUMBER_PREFIX_CHARS)) ?? []).filter((i) => i.number.startsWith(prefix));
  }

  /** Items of a folded type name, newest first. */
  ofType(typeFold: string): readonly CatalogItem[] {
    return this.byType.get(typeFold) ?? [];
  }

  /** Builds the word index now (it is otherwise built on the first search). */
  prepare(): void {
    this.words ??= new WordIndex(this.items);
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
 * newest first), kept in typed arrays.
 */
class WordIndex {
  private readonly vocab: string[];
  private readonly postings: Int32Array[];

  constructor(items: readonly CatalogItem[]) {
    const map = new Map<string, number[]>();
    for (let i = 0; i < items.length; i++) {
      for (const w of itemWords(items[i])) {
        const list = map.get(w);
        if (!list) map.set(w, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
    this.vocab = [...map.keys()].sort();
    this.postings = this.vocab.map((w) => Int32Array.from(map.get(w)!));
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

  private exact(w: string): Int32Array | undefined {
    const i = lowerBound(this.vocab, w);
    return this.vocab[i] === w ? this.postings[i] : undefined;
  }

  /** Union of the postings of every word starting with `p`. */
  private prefixed(p: string): Int32Array {
    const from = lowerBound(this.vocab, p);
    let to = from;
    while (to < this.vocab.length && this.vocab[to].startsWith(p)) to++;
    if (to - from === 1) return this.postings[from];
    const seen = new Set<number>();
    for (let i = from; i < to; i++) for (const x of this.postings[i]) seen.add(x);
    return Int32Array.from([...seen].sort((a, b) => a - b));
  }
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

/** Newer documents first, then by symbol. */
export function newestFirst(a: CatalogItem, b: CatalogItem): number {
  return a.sortDate < b.sortDate ? 1 : a.sortDate > b.sortDate ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

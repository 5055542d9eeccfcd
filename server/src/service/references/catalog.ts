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
import { fold, foldWords } from './fold';
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
  /** Folded words of everything searchable, space-padded. */
  haystack: string;
  /** `ngay` as a sortable string (empty when unknown). */
  sortDate: string;
}

/** Builds an item (folding its keys once). */
export function makeItem(entry: CatalogEntry, source: CatalogSource, location?: Location): CatalogItem {
  const number = /^\d+/.exec(entry.so_ky_hieu)?.[0] ?? '';
  return {
    entry,
    source,
    location,
    key: symbolKey(entry.so_ky_hieu),
    number,
    symbolFold: fold(entry.so_ky_hieu),
    typeFold: fold(entry.loai ?? ''),
    haystack: foldWords(`${entry.loai} so ${entry.so_ky_hieu} ${entry.so_ky_hieu.replace(/[/-]/g, ' ')} ${entry.ngay ?? ''} ${entry.co_quan ?? ''} ${entry.trich_yeu ?? ''}`),
    sortDate: entry.ngay ?? '',
  };
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
  /** Every distinct item, newest first. */
  readonly items: CatalogItem[];

  constructor(items: readonly CatalogItem[]) {
    for (const it of items) {
      const old = this.byKey.get(it.key);
      if (!old || SOURCE_RANK[it.source] < SOURCE_RANK[old.source]) this.byKey.set(it.key, it);
    }
    this.items = [...this.byKey.values()].sort(newestFirst);
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

  /**
   * Free search for the pick list: every word of the query (folded) must
   * occur in the item; a number equal to the item's number, a symbol
   * prefix and a type name rank first, then newer documents.
   */
  search(query: string, limit: number): CatalogItem[] {
    return this.searchScored(query, limit).map((s) => s.it);
  }

  /** `search` with each item's score (to merge the results of several sets). */
  searchScored(query: string, limit: number): { it: CatalogItem; score: number }[] {
    const words = foldWords(query).trim().split(' ').filter(Boolean);
    if (words.length === 0) return this.items.slice(0, limit).map((it) => ({ it, score: 0 }));
    const q = fold(query.trim());
    const scored: { it: CatalogItem; score: number }[] = [];
    for (const it of this.items) {
      let ok = true;
      for (const w of words) {
        if (!it.haystack.includes(w)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      let score = 0;
      for (const w of words) {
        if (w === it.number) score += 100;
        else if (it.haystack.includes(` ${w} `)) score += 10;
      }
      if (q && it.symbolFold.startsWith(q)) score += 200;
      scored.push({ it, score });
    }
    scored.sort((a, b) => b.score - a.score || newestFirst(a.it, b.it));
    return scored.slice(0, limit);
  }
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

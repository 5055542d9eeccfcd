/**
 * Which catalogued documents a clerk most likely means, best first — one
 * order for completion, the "insert legal reference" pick list and `vbhc
 * catalog search`:
 *
 * 1. documents of the type named (a Quyết định query offers Quyết định);
 * 2. the exact number before numbers that only start with it;
 * 3. for words of a subject, documents where more of them stand side by
 *    side as typed (`công tác văn thư`);
 * 4. documents in force before expired or replaced ones;
 * 5. the writer's own: entries of the workspace (its catalogs and the
 *    documents it cites), of the document's own agency code (`ky_hieu`) or
 *    naming its province (`dia_danh`), before the rest;
 * 6. records whose facts are sure before flagged ones (single source,
 *    disagreeing sources, a citation learned from the workspace): accepting
 *    an item writes its date, issuer and title into the document, so the
 *    one a clerk can write without checking comes first;
 * 7. recent before old.
 *
 * "Nghị định số 30" thus offers 30/2020/NĐ-CP (on công tác văn thư, a
 * clean record in force) before the newer 30/2022/NĐ-CP and 30/2021/NĐ-CP,
 * whose records are flagged: recency alone put the flagged ones first.
 *
 * Queries are folded (case and diacritics ignored): `nghi dinh cong tac van
 * thu` is `Nghị định công tác văn thư`.
 */
import type { VbhcDocument } from '../model/document';
import { CITED_TYPES, type CitedType } from './data/cited-types';
import { itemWords, type CatalogItem, type CatalogSet } from './catalog';
import { fold, foldWords, foldedWords } from '../text/fold';
import { parseSymbol } from './symbol';
import { isCertain } from './describe';

/** What makes a document the writer's own. */
export interface OwnContext {
  /** Folded place name (`quang ngai`). */
  place?: string;
  /** The document's own issuer code (`SKHCN`). */
  code?: string;
}

/** A search: what was typed, understood. */
export interface CatalogQuery {
  /** The type named, if any. */
  type?: CitedType;
  /** The registration number typed (digits). */
  number?: string;
  /** Folded symbol typed beyond the number (`33/ct`); candidates must start with it. */
  symbolPrefix?: string;
  /** Folded words every candidate must have (the last also as a word's start unless `lastWhole`). */
  words?: string[];
  lastWhole?: boolean;
  own?: OwnContext;
}

const FOLDED_TYPES = [...CITED_TYPES].sort((a, b) => b.name.length - a.name.length).map((t) => ({ type: t, words: fold(t.name).split(' ') }));

/** The writer's own context, from a document's front matter. */
export function ownContext(doc: VbhcDocument | undefined): OwnContext {
  const data = doc?.frontMatter?.data ?? {};
  const place = typeof data.dia_danh === 'string' && data.dia_danh.trim() ? foldWords(data.dia_danh).trim() : undefined;
  const code = doc?.kyHieu?.split('-')[0]?.trim().toUpperCase() || undefined;
  return { place, code };
}

/**
 * Reads a free query (`33 chi thi`, `nghị định công tác văn thư`,
 * `12/KH-UBND`): a type name anywhere, a number, a symbol, and the words
 * every result must have.
 */
export function parseQuery(text: string, own?: OwnContext): CatalogQuery {
  const q: CatalogQuery = { own };
  const trimmed = text.trim();
  const sym = /(?:^|\s)(\d{1,5}[/-][^\s]*)/u.exec(trimmed);
  if (sym) {
    q.number = /^\d+/.exec(sym[1])![0];
    q.symbolPrefix = fold(sym[1]);
  }
  const words = foldedWords(trimmed);
  for (let i = 0; i < words.length && !q.type; i++) {
    const t = FOLDED_TYPES.find((ft) => ft.words.every((w, k) => words[i + k] === w));
    if (t && !t.type.generic) q.type = t.type;
  }
  if (!q.number) q.number = words.find((w) => /^\d+$/.test(w));
  // `số` before a number is not a word of the document.
  q.words = words.filter((w, i) => !(w === 'so' && /^\d/.test(words[i + 1] ?? '')));
  q.lastWhole = /\s$/.test(text);
  return q;
}

/** Higher is better; ties go to the newer document. */
export function score(it: CatalogItem, q: CatalogQuery): number {
  let s = 0;
  if (q.type && typeMatches(it, q.type)) s += 10_000;
  if (q.number && it.number === q.number) s += 1_000;
  if (q.words && q.words.length > 1) s += 100 * Math.min(9, adjacentPairs(it, q.words));
  if (inForce(it)) s += 10;
  if (q.own && isOwn(it, q.own)) s += 8;
  if (isCertain(it)) s += 4;
  return s;
}

/** How many pairs of consecutive query words stand side by side in the item (a phrase typed as it is written). */
function adjacentPairs(it: CatalogItem, words: readonly string[]): number {
  const text = ` ${itemWords(it).join(' ')} `;
  let n = 0;
  for (let i = 0; i + 1 < words.length; i++) if (text.includes(` ${words[i]} ${words[i + 1]}`)) n++;
  return n;
}

/** Not marked expired or replaced. */
export function inForce(it: CatalogItem): boolean {
  return it.entry.hieu_luc !== 'het' && !it.entry.thay_the_boi;
}

function typeMatches(it: CatalogItem, type: CitedType): boolean {
  if (it.typeFold) return it.typeFold === fold(type.name);
  // A learned citation written with a generic type: judge by the symbol's type code.
  const code = parseSymbol(it.entry.so_ky_hieu)?.typeCode?.toUpperCase();
  return !!code && [...type.stateCodes, ...type.partyCodes].some((c) => c.toUpperCase() === code);
}

function isOwn(it: CatalogItem, own: OwnContext): boolean {
  if (it.source !== 'builtin') return true;
  if (own.code && parseSymbol(it.entry.so_ky_hieu)?.issuers.some((c) => c.toUpperCase() === own.code)) return true;
  return !!own.place && foldWords(`${it.entry.co_quan} ${it.entry.trich_yeu}`).includes(` ${own.place} `);
}

/** The `limit` best of `items` (deduplicated by symbol key and date, the first set's item kept). */
export function best(items: Iterable<CatalogItem>, q: CatalogQuery, limit: number): CatalogItem[] {
  const top: { it: CatalogItem; s: number }[] = [];
  const seen = new Set<string>();
  const worse = (a: { it: CatalogItem; s: number }, b: { it: CatalogItem; s: number }) => a.s < b.s || (a.s === b.s && a.it.sortDate < b.it.sortDate);
  for (const it of items) {
    const id = `${it.key}\u0000${it.sortDate}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const cand = { it, s: score(it, q) };
    if (top.length === limit && !worse(top[top.length - 1], cand)) continue;
    let i = top.length;
    while (i > 0 && worse(top[i - 1], cand)) i--;
    top.splice(i, 0, cand);
    if (top.length > limit) top.pop();
  }
  return top.map((c) => c.it);
}

/** Items ranked when a query names nothing (the newest of each set). */
const UNFILTERED_POOL = 500;

/** Candidates of a query in several sets (in order of trust), best first. */
export function searchSets(sets: readonly CatalogSet[], q: CatalogQuery, limit: number): CatalogItem[] {
  const pools: Iterable<CatalogItem>[] = [];
  for (const set of sets) {
    let pool: readonly CatalogItem[];
    if (q.words && q.words.length) pool = set.withWords(q.words, q.lastWhole) ?? [];
    else if (q.number) pool = set.withNumberPrefix(q.number);
    else if (q.type && !q.type.generic) pool = set.ofType(fold(q.type.name));
    else pool = set.items.slice(0, UNFILTERED_POOL);
    pools.push(q.symbolPrefix && q.symbolPrefix.length > (q.number?.length ?? 0) ? pool.filter((it) => it.symbolFold.startsWith(q.symbolPrefix!)) : pool);
  }
  return best(concat(pools), q, limit);
}

function* concat<T>(lists: readonly Iterable<T>[]): Iterable<T> {
  for (const l of lists) yield* l;
}

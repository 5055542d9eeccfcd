/**
 * User catalogs (`*.vanban.yaml`, the setting `vbhc.catalogs`, the CLI's
 * `--catalog`): a YAML list of entries with the keys of the dialect's
 * section 4. A malformed file yields diagnostics in the file itself and the
 * entries that are sound; it never throws and never breaks the rest.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { msg, type Msg } from '../i18n';
import { SourceText } from '../text/source-text';
import type { Severity } from '../types';
import type { CatalogEntry, HieuLuc } from './catalog-entry';
import { makeItem, type CatalogItem } from './catalog';
import { parseSymbol } from './symbol';

/** A problem of a catalog file, in analysis offsets, with a bilingual message. */
export interface CatalogProblem {
  code: 'catalog.yaml' | 'catalog.invalid-entry' | 'catalog.unknown-key' | 'catalog.duplicate';
  severity: Severity;
  start: number;
  end: number;
  message: Msg;
}

/** A parsed catalog file. */
export interface CatalogFile {
  uri: string;
  source: SourceText;
  items: CatalogItem[];
  problems: CatalogProblem[];
}

const KEYS = ['so_ky_hieu', 'loai', 'ngay', 'co_quan', 'trich_yeu', 'hieu_luc', 'thay_the_boi', 'nguon'] as const;
const REQUIRED = ['so_ky_hieu', 'loai'] as const;
const HIEU_LUC: readonly HieuLuc[] = ['con', 'het', 'khong-ro'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One item of the list: its offsets and its keys (undefined when the item
 * is not a map), flat — `PAIR` slots a key: its name, key start and end,
 * value start and end (analysis offsets) and value (undefined when it is
 * not a single value). Flat, because a big catalog has a million keys.
 */
interface RawItem {
  ns: number;
  ne: number;
  pairs?: unknown[];
}

const PAIR = 6;

/** The value offsets of a key of an item. */
function valueRange(pairs: readonly unknown[], key: string): [number, number] {
  for (let i = 0; i < pairs.length; i += PAIR) if (pairs[i] === key) return [pairs[i + 3] as number, pairs[i + 4] as number];
  return [0, 0];
}

/**
 * Parses a catalog file's text. A file in the plain shape every catalog
 * tool writes (`- key: value` items, `  key: value` lines, comments,
 * quoted or plain single-line values) is read line by line — a
 * 100,000-entry catalog in well under a second; anything else (flow or
 * block scalars, anchors, tags, multi-line values, syntax errors) goes
 * through the full YAML parser, with the same results (`fullParser`
 * forces it, for tests).
 */
export function parseCatalogFile(uri: string, text: string, opts: { fullParser?: boolean } = {}): CatalogFile {
  const source = new SourceText(text);
  const out: CatalogFile = { uri, source, items: [], problems: [] };
  const raw = (opts.fullParser ? undefined : fastItems(source.text)) ?? yamlItems(source.text, out);
  if (raw) checkItems(raw, out);
  return out;
}

function addProblem(out: CatalogFile, code: CatalogProblem['code'], severity: Severity, start: number, end: number, message: Msg): void {
  out.problems.push({ code, severity, start: Math.max(0, start), end: Math.max(start, end), message });
}

/** Items through the full YAML parser; undefined when the file has no list to read (its problem is recorded). */
function yamlItems(text: string, out: CatalogFile): RawItem[] | undefined {
  const problem = (code: CatalogProblem['code'], severity: Severity, start: number, end: number, message: Msg) => addProblem(out, code, severity, start, end, message);
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    problem('catalog.yaml', 'error', 0, 0, msg(`Không đọc được danh mục: ${(e as Error).message}`, `Cannot read the catalog: ${(e as Error).message}`));
    return undefined;
  }
  for (const err of doc.errors) {
    const [s, e] = err.pos ?? [0, 0];
    problem('catalog.yaml', 'error', s, e, msg(`Lỗi cú pháp YAML: ${err.message}`, `YAML syntax error: ${err.message}`));
  }
  if (doc.errors.length > 0 && !doc.contents) return undefined;
  const root = doc.contents;
  if (root === null || root === undefined || (isScalar(root) && (root.value === null || root.value === ''))) return undefined;
  if (!isSeq(root)) {
    const [s, e] = range(root);
    problem('catalog.yaml', 'error', s, e, msg('Danh mục phải là một danh sách YAML: mỗi văn bản bắt đầu bằng "- so_ky_hieu: …".', 'A catalog must be a YAML list: each document starts with "- so_ky_hieu: …".'));
    return undefined;
  }
  return root.items.map((node) => {
    const [ns, ne] = range(node as Node);
    if (!isMap(node)) return { ns, ne };
    const pairs: unknown[] = [];
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const [ks, ke] = range(pair.key as Node);
      const [vs, ve] = pair.value ? range(pair.value as Node) : [ks, ke];
      const v = isScalar(pair.value) ? pair.value.value : pair.value === null ? null : undefined;
      pairs.push(key, ks, ke, vs, ve, v instanceof Date ? v.toISOString().slice(0, 10) : v);
    }
    return { ns, ne, pairs };
  });
}

const LINE = /(- |  )([A-Za-z_][A-Za-z0-9_]*):(?:( +)([^\n]*))?$/my;
/** Plain values the YAML core schema reads as something other than text. */
const TYPED_PLAIN = /^(?:true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** Items of a file in the plain shape, or undefined when the file needs the full parser. */
function fastItems(text: string): RawItem[] | undefined {
  const items: RawItem[] = [];
  let cur: RawItem | undefined;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let first = pos;
    while (first < end && text.charCodeAt(first) === 32) first++;
    if (first < end && text.charCodeAt(first) !== 35 /* # */) {
      LINE.lastIndex = pos;
      const m = LINE.exec(text);
      if (!m || m.index + m[0].length !== end || m[0].includes('\t') || m[0].includes('\r')) return undefined;
      if (m[1] === '- ') {
        cur = { ns: pos + 2, ne: pos + 2, pairs: [] };
        items.push(cur);
      } else if (!cur) return undefined;
      const pairs = cur.pairs!;
      const key = m[2];
      for (let i = 0; i < pairs.length; i += PAIR) if (pairs[i] === key) return undefined;
      const ks = pos + 2;
      const ke = ks + key.length;
      const rel = 2 + key.length + 1;
      const v = m[4] === undefined || m[4] === '' ? { value: null, vs: rel, ve: rel } : scalar(m[4], rel + m[3].length);
      if (!v) return undefined;
      pairs.push(key, ks, ke, pos + v.vs, pos + v.ve, v.value);
      cur.ne = pos + v.ve;
    } else if (first < end && text.slice(pos, end).includes('\t')) return undefined;
    pos = end + 1;
  }
  return items;
}

/** A single-line value starting at `at` of its line: its value and offsets in the line, or undefined when the full parser is needed. */
function scalar(v: string, at: number): { value: unknown; vs: number; ve: number } | undefined {
  const c = v.charAt(0);
  if (c === '"') {
    const close = closingQuote(v);
    if (close < 0 || !emptyOrComment(v.slice(close + 1))) return undefined;
    try {
      const value = JSON.parse(v.slice(0, close + 1));
      return typeof value === 'string' ? { value, vs: at, ve: at + close + 1 } : undefined;
    } catch {
      return undefined;
    }
  }
  if (c === "'") {
    let i = 1;
    let value = '';
    for (;;) {
      const q = v.indexOf("'", i);
      if (q < 0) return undefined;
      value += v.slice(i, q);
      if (v.charAt(q + 1) === "'") {
        value += "'";
        i = q + 2;
        continue;
      }
      if (!emptyOrComment(v.slice(q + 1))) return undefined;
      return { value, vs: at, ve: at + q + 1 };
    }
  }
  if (/^[[\]{}&*!|>%@`,]/.test(c) || /^[-?:](?:\s|$)/.test(v)) return undefined;
  const hash = v.search(/\s#/);
  const body = (hash >= 0 ? v.slice(0, hash) : v).trimEnd();
  if (/:(?:\s|$)/.test(body) || body.includes('\r')) return undefined;
  if (body === 'null' || body === 'Null' || body === 'NULL' || body === '~') return { value: null, vs: at, ve: at + body.length };
  if (TYPED_PLAIN.test(body)) return undefined;
  return { value: body, vs: at, ve: at + body.length };
}

/** Index of the closing double quote of a double-quoted value, or -1. */
function closingQuote(v: string): number {
  for (let i = 1; i < v.length; i++) {
    const ch = v.charCodeAt(i);
    if (ch === 92 /* \\ */) i++;
    else if (ch === 34 /* " */) return i;
  }
  return -1;
}

function emptyOrComment(rest: string): boolean {
  return /^(?:\s*|\s+#.*)$/.test(rest);
}

/** Checks the items and keeps the sound ones. */
function checkItems(items: readonly RawItem[], out: CatalogFile): void {
  const { uri, source } = out;
  const problem = (code: CatalogProblem['code'], severity: Severity, start: number, end: number, message: Msg) => addProblem(out, code, severity, start, end, message);
  const seen = new Map<string, number>();
  for (const node of items) {
    const { ns, ne } = node;
    if (!node.pairs) {
      problem('catalog.invalid-entry', 'error', ns, ne, msg('Mỗi mục của danh mục phải là một bảng khóa: giá trị (so_ky_hieu, loai, ngay, …).', 'Each catalog item must be a map of keys (so_ky_hieu, loai, ngay, …).'));
      continue;
    }
    const pairs = node.pairs;
    const entry: Record<string, unknown> = {};
    let bad = false;
    for (let i = 0; i < pairs.length; i += PAIR) {
      const key = pairs[i] as string;
      const [ks, ke, vs, ve] = [pairs[i + 1] as number, pairs[i + 2] as number, pairs[i + 3] as number, pairs[i + 4] as number];
      const v = pairs[i + 5];
      if (!(KEYS as readonly string[]).includes(key)) {
        problem('catalog.unknown-key', 'warning', ks, ke, msg(`Khóa "${key}" không có trong danh mục; các khóa hợp lệ: ${KEYS.join(', ')}.`, `Unknown key "${key}"; valid keys: ${KEYS.join(', ')}.`));
        continue;
      }
      if (v === undefined) {
        problem('catalog.invalid-entry', 'error', vs, ve, msg(`"${key}" phải là một giá trị đơn (chuỗi hoặc ngày).`, `"${key}" must be a single value (text or date).`));
        bad = true;
        continue;
      }
      entry[key] = v;
    }
    for (const k of REQUIRED) {
      if (typeof entry[k] !== 'string' || !(entry[k] as string).trim()) {
        problem('catalog.invalid-entry', 'error', ns, Math.min(ne, ns + 1), msg(`Mục thiếu khóa bắt buộc "${k}".`, `The item lacks the required key "${k}".`));
        bad = true;
      }
    }
    if (bad) continue;
    const so = String(entry.so_ky_hieu).trim();
    const [ss, se] = valueRange(pairs, 'so_ky_hieu');
    // Whether a symbol has a document's form does not depend on its number's digits: check its shape, memoised.
    const shape = /^\d{1,5}(?=[/-])/.test(so) ? so.replace(/^\d+/, '1') : so;
    const parsed = parseSymbol(shape) && !parseSymbol(shape)!.problem ? parseSymbol(shape) : parseSymbol(so);
    if (!parsed || parsed.problem) {
      const hint = parsed?.suggestion ? msg(` Có lẽ là "${parsed.suggestion}".`, ` Perhaps "${parsed.suggestion}".`) : msg('', '');
      problem('catalog.invalid-entry', 'warning', ss, se, msg(`Số, ký hiệu "${so}" không đúng dạng nào của văn bản (ví dụ 33/CT-TTg, 30/2020/NĐ-CP, 114-KL/TW).${hint.vi}`, `The symbol "${so}" fits no document form (e.g. 33/CT-TTg, 30/2020/NĐ-CP, 114-KL/TW).${hint.en}`));
    }
    const ngay = entry.ngay;
    if (ngay !== undefined && ngay !== null && !(typeof ngay === 'string' && ISO_DATE.test(ngay) && realIso(ngay))) {
      const [s, e] = valueRange(pairs, 'ngay');
      problem('catalog.invalid-entry', 'error', s, e, msg(`"ngay" phải là ngày có thật dạng YYYY-MM-DD (ví dụ 2021-11-26), không phải "${String(ngay)}".`, `"ngay" must be a real date as YYYY-MM-DD (e.g. 2021-11-26), not "${String(ngay)}".`));
      continue;
    }
    const hl = entry.hieu_luc;
    if (hl !== undefined && hl !== null && !HIEU_LUC.includes(hl as HieuLuc)) {
      const [s, e] = valueRange(pairs, 'hieu_luc');
      problem('catalog.invalid-entry', 'error', s, e, msg(`"hieu_luc" nhận một trong: con, het, khong-ro (không phải "${String(hl)}").`, `"hieu_luc" takes one of: con, het, khong-ro (not "${String(hl)}").`));
      continue;
    }
    for (const k of ['co_quan', 'trich_yeu', 'thay_the_boi', 'nguon'] as const) {
      const v = entry[k];
      if (v !== undefined && v !== null && typeof v !== 'string') entry[k] = String(v);
    }
    const dup = seen.get(so.toUpperCase());
    if (dup !== undefined) {
      problem('catalog.duplicate', 'warning', ss, se, msg(`"${so}" đã có ở dòng ${source.positionAt(dup).line + 1}; mục sau được bỏ qua.`, `"${so}" is already listed on line ${source.positionAt(dup).line + 1}; this item is ignored.`));
      continue;
    }
    seen.set(so.toUpperCase(), ns);
    const ce: CatalogEntry = {
      so_ky_hieu: so,
      loai: String(entry.loai).trim(),
      ngay: typeof ngay === 'string' ? ngay : '',
      co_quan: typeof entry.co_quan === 'string' ? entry.co_quan : '',
      trich_yeu: typeof entry.trich_yeu === 'string' ? entry.trich_yeu : '',
      hieu_luc: (hl as HieuLuc | undefined) ?? undefined,
      thay_the_boi: (entry.thay_the_boi as string | null | undefined) ?? null,
      nguon: entry.nguon as string | undefined,
    };
    out.items.push(makeItem(ce, 'user', { uri, range: source.rangeOf(ns, ns) }));
  }
}

function range(node: Node | null | undefined): [number, number] {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? [r[0], r[1]] : [0, 0];
}

/** True for a real calendar date `YYYY-MM-DD`. */
export function realIso(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

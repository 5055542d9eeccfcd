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
import { CATALOG_KEYS, HIEU_LUC, type CatalogEntry, type HieuLuc } from './catalog-entry';
import { makeItem, type CatalogItem } from './catalog';
import { parseSymbol, symbolKey } from './symbol';

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
  /** The issuer codes of the entries' symbols (`parseSymbol(so_ky_hieu).issuers` of every item), read as they are checked. */
  issuerCodes: Set<string>;
}

const KEYS = CATALOG_KEYS;
const REQUIRED = ['so_ky_hieu', 'loai'] as const;
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
  const out: CatalogFile = { uri, source, items: [], problems: [], issuerCodes: new Set() };
  if (!opts.fullParser && readPlain(source, new ItemChecker(out))) return out;
  // Not the plain shape: whatever the plain reader kept goes, the full parser reads the file.
  out.items.length = 0;
  out.problems.length = 0;
  out.issuerCodes.clear();
  const raw = yamlItems(source.text, out);
  if (raw) {
    const check = new ItemChecker(out);
    for (const r of raw) check.item(r.ns, r.ne, r.pairs, r.pairs?.length ?? 0);
  }
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

/** Plain values the YAML core schema reads as something other than text. */
const TYPED_PLAIN = /^(?:true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const QUOTE = 34;
const BACKSLASH = 92;

/** A character of a key after its first: `[A-Za-z0-9_]`. */
function keyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The key written at `ks`–`ke`: one of KEYS without copying it, else a copy. */
function keyAt(text: string, ks: number, ke: number): string {
  const same = KEYS_OF_LENGTH[ke - ks];
  if (same) for (const k of same) if (text.startsWith(k, ks)) return k;
  return text.slice(ks, ke);
}

/** KEYS by their length. */
const KEYS_OF_LENGTH: (string[] | undefined)[] = [];
for (const k of KEYS) (KEYS_OF_LENGTH[k.length] ??= []).push(k);

/**
 * Reads a file in the plain shape, handing each item to `check` as soon as
 * it ends; false when the file needs the full parser (the items handed so
 * far are then to be dropped). Reads characters in place, line by line on
 * the source's own line starts (a 100,000-entry catalog has 800,000 lines):
 * no match arrays, no copies of keys or of quoted values without escapes,
 * and one key table for every item.
 */
function readPlain(source: SourceText, check: ItemChecker): boolean {
  const text = source.text;
  // A tab or CR anywhere makes each line be looked at for them; most files have none.
  const tabOrCr = text.includes('\t') || text.includes('\r');
  const pairs: unknown[] = [];
  let n = 0; // slots of `pairs` in use
  let ns = -1; // the current item's start, -1 before the first
  let nsLine = 0; // and its line
  let ne = 0;
  let value: unknown;
  for (let line = 0, lines = source.lineCount; line < lines; line++) {
    const pos = source.lineStart(line);
    const end = source.lineEnd(line);
    let first = pos;
    while (first < end && text.charCodeAt(first) === SPACE) first++;
    if (tabOrCr && first < end) {
      const l = text.slice(pos, end);
      if (l.includes('\t') || l.includes('\r')) return false;
    }
    if (first < end && text.charCodeAt(first) !== HASH) {
      // "- key:" opens an item, "  key:" continues it.
      const c0 = text.charCodeAt(pos);
      if (text.charCodeAt(pos + 1) !== SPACE || (c0 !== DASH && c0 !== SPACE)) return false;
      const ks = pos + 2;
      const k0 = text.charCodeAt(ks);
      if (!((k0 >= 97 && k0 <= 122) || (k0 >= 65 && k0 <= 90) || k0 === 95)) return false;
      let ke = ks + 1;
      while (ke < end && keyChar(text.charCodeAt(ke))) ke++;
      if (ke >= end || text.charCodeAt(ke) !== COLON) return false;
      if (c0 === DASH) {
        if (ns >= 0) check.item(ns, ne, pairs, n, nsLine);
        ns = ne = ks;
        nsLine = line;
        n = 0;
      } else if (ns < 0) return false;
      const key = keyAt(text, ks, ke);
      for (let i = 0; i < n; i += PAIR) if (pairs[i] === key) return false;
      let vs = ke + 1;
      if (vs < end && text.charCodeAt(vs) !== SPACE) return false; // "key:value" is not a key
      while (vs < end && text.charCodeAt(vs) === SPACE) vs++;
      if (vs === end) (valueStart = valueEnd = ke + 1), (value = null);
      else if ((value = scalar(text, vs, end)) === FULL_PARSER) return false;
      pairs[n] = key;
      pairs[n + 1] = ks;
      pairs[n + 2] = ke;
      pairs[n + 3] = valueStart;
      pairs[n + 4] = valueEnd;
      pairs[n + 5] = value;
      n += PAIR;
      ne = valueEnd;
    }
  }
  if (ns >= 0) check.item(ns, ne, pairs, n, nsLine);
  return true;
}

/** What `scalar` returns for a value only the full parser reads. */
const FULL_PARSER = Symbol('full parser');
/** The offsets of the value `scalar` read last (module state: a catalog has 800,000 values, each would be an object). */
let valueStart = 0;
let valueEnd = 0;

/** The single-line value at `at`–`end` of the text (its offsets in valueStart/valueEnd), or FULL_PARSER. */
function scalar(text: string, at: number, end: number): unknown {
  const c = text.charCodeAt(at);
  if (c === QUOTE) {
    let escaped = false;
    let close = -1;
    for (let i = at + 1; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === BACKSLASH) (escaped = true), i++;
      else if (ch === QUOTE) {
        close = i;
        break;
      } else if (ch < 0x20) escaped = true; // JSON's rules decide, as for escapes
    }
    if (close < 0 || !emptyOrCommentAt(text, close + 1, end)) return FULL_PARSER;
    if (!escaped) return found(text.slice(at + 1, close), at, close + 1);
    try {
      const value = JSON.parse(text.slice(at, close + 1));
      return typeof value === 'string' ? found(value, at, close + 1) : FULL_PARSER;
    } catch {
      return FULL_PARSER;
    }
  }
  const v = text.slice(at, end);
  if (c === 39 /* ' */) {
    let i = 1;
    let value = '';
    for (;;) {
      const q = v.indexOf("'", i);
      if (q < 0) return FULL_PARSER;
      value += v.slice(i, q);
      if (v.charAt(q + 1) === "'") {
        value += "'";
        i = q + 2;
        continue;
      }
      if (!emptyOrComment(v.slice(q + 1))) return FULL_PARSER;
      return found(value, at, at + q + 1);
    }
  }
  if (/^[[\]{}&*!|>%@`,]/.test(v) || /^[-?:](?:\s|$)/.test(v)) return FULL_PARSER;
  const hash = v.search(/\s#/);
  const body = (hash >= 0 ? v.slice(0, hash) : v).trimEnd();
  if (/:(?:\s|$)/.test(body) || body.includes('\r')) return FULL_PARSER;
  if (body === 'null' || body === 'Null' || body === 'NULL' || body === '~') return found(null, at, at + body.length);
  if (TYPED_PLAIN.test(body)) return FULL_PARSER;
  return found(body, at, at + body.length);
}

/** Records a value's offsets and returns it. */
function found(value: unknown, start: number, end: number): unknown {
  valueStart = start;
  valueEnd = end;
  return value;
}

/** True when `from`–`end` of the text is blank or a comment after a space. */
function emptyOrCommentAt(text: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && text.charCodeAt(i) === SPACE) i++;
  return i === end || (i > from && text.charCodeAt(i) === HASH);
}

function emptyOrComment(rest: string): boolean {
  return /^(?:\s*|\s+#.*)$/.test(rest);
}

/** The slot of each key in an item's key table (KEYS order). */
const KEY_SLOT = new Map<string, number>(KEYS.map((k, i) => [k, i]));
const [SO, LOAI, NGAY, CO_QUAN, TRICH_YEU, HL, THAY_THE_BOI, NGUON] = KEYS.map((_, i) => i);

const REQUIRED_SLOTS = [SO, LOAI];
/** Distinct shared values (see ItemChecker.shared) and the longest value shared. */
const MAX_SHARED = 10_000;
const MAX_SHARED_CHARS = 64;

/** The value of a key slot of an item (`at`: where each slot's pair starts, -1: absent). */
function slotValue(pairs: readonly unknown[], at: Int32Array, slot: number): unknown {
  return at[slot] < 0 ? undefined : pairs[at[slot] + 5];
}

/** A key's value as text: undefined or null as they are, anything else as a string. */
function slotText(pairs: readonly unknown[], at: Int32Array, slot: number): string | undefined {
  const v = slotValue(pairs, at, slot);
  return v === undefined || v === null ? (v as undefined) : typeof v === 'string' ? v : String(v);
}

/** Checks items one by one, in file order, and keeps the sound ones. */
class ItemChecker {
  private readonly seen = new Map<string, number>();
  /** Where each key's slots start in the item's pairs (-1: absent), reused from item to item. */
  private readonly at = new Int32Array(KEYS.length);

  constructor(private readonly out: CatalogFile) {}

  private problem(code: CatalogProblem['code'], severity: Severity, start: number, end: number, message: Msg): void {
    addProblem(this.out, code, severity, start, end, message);
  }

  /**
   * Checks the item at `ns`–`ne` with the first `count` slots of `pairs`
   * (see PAIR; undefined when it is not a map); `line`: the analysis line of
   * `ns`, when known.
   */
  item(ns: number, ne: number, pairs: readonly unknown[] | undefined, count: number, line = -1): void {
    const { uri, source } = this.out;
    if (!pairs) {
      this.problem('catalog.invalid-entry', 'error', ns, ne, msg('Mỗi mục của danh mục phải là một bảng khóa: giá trị (so_ky_hieu, loai, ngay, …).', 'Each catalog item must be a map of keys (so_ky_hieu, loai, ngay, …).'));
      return;
    }
    const at = this.at;
    at.fill(-1);
    let bad = false;
    for (let i = 0; i < count; i += PAIR) {
      const key = pairs[i] as string;
      const slot = KEY_SLOT.get(key);
      if (slot === undefined) {
        this.problem('catalog.unknown-key', 'warning', pairs[i + 1] as number, pairs[i + 2] as number, msg(`Khóa "${key}" không có trong danh mục; các khóa hợp lệ: ${KEYS.join(', ')}.`, `Unknown key "${key}"; valid keys: ${KEYS.join(', ')}.`));
        continue;
      }
      if (pairs[i + 5] === undefined) {
        this.problem('catalog.invalid-entry', 'error', pairs[i + 3] as number, pairs[i + 4] as number, msg(`"${key}" phải là một giá trị đơn (chuỗi hoặc ngày).`, `"${key}" must be a single value (text or date).`));
        bad = true;
        continue;
      }
      at[slot] = i;
    }
    for (const slot of REQUIRED_SLOTS) {
      const v = slotValue(pairs, at, slot);
      if (typeof v !== 'string' || !v.trim()) {
        this.problem('catalog.invalid-entry', 'error', ns, Math.min(ne, ns + 1), msg(`Mục thiếu khóa bắt buộc "${KEYS[slot]}".`, `The item lacks the required key "${KEYS[slot]}".`));
        bad = true;
      }
    }
    if (bad) return;
    const so = (slotValue(pairs, at, SO) as string).trim();
    const ss = pairs[at[SO] + 3] as number;
    const se = pairs[at[SO] + 4] as number;
    // Whether a symbol has a document's form does not depend on its number's digits: check its shape, memoised.
    const shape = /^\d{1,5}(?=[/-])/.test(so) ? so.replace(/^\d+/, '1') : so;
    const byShape = parseSymbol(shape);
    const parsed = byShape && !byShape.problem ? byShape : parseSymbol(so);
    if (!parsed || parsed.problem) {
      const hint = parsed?.suggestion ? msg(` Có lẽ là "${parsed.suggestion}".`, ` Perhaps "${parsed.suggestion}".`) : msg('', '');
      this.problem('catalog.invalid-entry', 'warning', ss, se, msg(`Số, ký hiệu "${so}" không đúng dạng nào của văn bản (ví dụ 33/CT-TTg, 30/2020/NĐ-CP, 114-KL/TW).${hint.vi}`, `The symbol "${so}" fits no document form (e.g. 33/CT-TTg, 30/2020/NĐ-CP, 114-KL/TW).${hint.en}`));
    }
    const ngay = slotValue(pairs, at, NGAY);
    if (ngay !== undefined && ngay !== null && !(typeof ngay === 'string' && realIso(ngay))) {
      this.problem('catalog.invalid-entry', 'error', pairs[at[NGAY] + 3] as number, pairs[at[NGAY] + 4] as number, msg(`"ngay" phải là ngày có thật dạng YYYY-MM-DD (ví dụ 2021-11-26), không phải "${String(ngay)}".`, `"ngay" must be a real date as YYYY-MM-DD (e.g. 2021-11-26), not "${String(ngay)}".`));
      return;
    }
    const hl = slotValue(pairs, at, HL);
    // The list's own string, not the file's copy of it: a catalog repeats it on every entry.
    const hlAt = hl === undefined || hl === null ? -1 : HIEU_LUC.indexOf(hl as HieuLuc);
    if (hl !== undefined && hl !== null && hlAt < 0) {
      this.problem('catalog.invalid-entry', 'error', pairs[at[HL] + 3] as number, pairs[at[HL] + 4] as number, msg(`"hieu_luc" nhận một trong: con, het, khong-ro (không phải "${String(hl)}").`, `"hieu_luc" takes one of: con, het, khong-ro (not "${String(hl)}").`));
      return;
    }
    const dupKey = so.toUpperCase();
    const dup = this.seen.get(dupKey);
    if (dup !== undefined) {
      this.problem('catalog.duplicate', 'warning', ss, se, msg(`"${so}" đã có ở dòng ${source.positionAt(dup).line + 1}; mục sau được bỏ qua.`, `"${so}" is already listed on line ${source.positionAt(dup).line + 1}; this item is ignored.`));
      return;
    }
    this.seen.set(dupKey, ns);
    // The symbol's key is its NFC upper-cased: the key of a symbol already in NFC (normalize gives it back) is dupKey.
    const key = so.normalize('NFC') === so ? dupKey : symbolKey(so);
    const coQuan = slotText(pairs, at, CO_QUAN);
    const trichYeu = slotText(pairs, at, TRICH_YEU);
    const thay = slotValue(pairs, at, THAY_THE_BOI);
    const ce: CatalogEntry = {
      so_ky_hieu: so,
      loai: this.shared((slotValue(pairs, at, LOAI) as string).trim()),
      ngay: typeof ngay === 'string' ? this.shared(ngay) : '',
      co_quan: typeof coQuan === 'string' ? this.shared(coQuan) : '',
      trich_yeu: typeof trichYeu === 'string' ? trichYeu : '',
      hieu_luc: hlAt < 0 ? (hl as undefined) ?? undefined : HIEU_LUC[hlAt],
      thay_the_boi: thay === undefined || thay === null ? null : String(thay),
      nguon: this.shared(slotText(pairs, at, NGUON)),
    };
    // An empty range: one position object serves as both ends.
    const pos = line < 0 ? source.positionAt(ns) : source.positionOnLine(ns, line);
    this.out.items.push(makeItem(ce, 'user', { uri, range: { start: pos, end: pos } }, key));
    // The issuers of a symbol do not depend on its number's digits either: the shape's are the symbol's.
    for (const c of parsed?.issuers ?? []) this.out.issuerCodes.add(c);
  }

  /** Values many entries repeat (a type, a date, an issuer, a source) held once, not as one copy per entry. */
  private shared<T extends string | undefined>(v: T): T {
    if (v === undefined || v.length > MAX_SHARED_CHARS) return v;
    const held = this.held.get(v);
    if (held !== undefined) return held as T;
    if (this.held.size < MAX_SHARED) this.held.set(v, v);
    return v;
  }

  private readonly held = new Map<string, string>();
}

function range(node: Node | null | undefined): [number, number] {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? [r[0], r[1]] : [0, 0];
}

/** True for a real calendar date `YYYY-MM-DD` (years from 100 on, as the calendar of `Date` reads them). */
export function realIso(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const y = +s.slice(0, 4);
  const m = +s.slice(5, 7);
  const d = +s.slice(8, 10);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= days;
}

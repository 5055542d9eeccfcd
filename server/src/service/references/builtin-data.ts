/**
 * The built-in catalog's file format (server/data/catalog/builtin.json,
 * written by scripts/build-catalog.ts): a JSON object with tables of the
 * repeated texts (type names, issuers, sources) and one row per document,
 * one row a line so that a rebuild reads as a diff, after a header with
 * each row's symbol key and the issuer codes of all symbols. A process
 * decodes the rows it needs (BuiltinCatalog).
 */
import { CATALOG_KEYS, type CatalogEntry } from './catalog-entry';
import { parseSymbol, symbolKey } from './symbol';

/** Why a record's facts are less certain (bits); a record with any bit never grounds a diagnostic. */
export const UNCERTAIN = {
  /** Known from a single source (one citing document, or no second source). */
  singleSource: 1,
  /** Sources disagree on a fact (date, issuer, validity), or one was corrected from another. */
  disagreement: 2,
  /** Known only from copies of web pages. */
  webOnly: 4,
  /** The title may be cut short or run on into the citing text. */
  title: 8,
  /** Two documents share this symbol. */
  ambiguous: 16,
} as const;

/** Quality notes that say nothing against the record's facts (which pháp điển snapshot last had it). */
const INFORMATIVE = [/^không còn trong bản pháp điển pd\d{4}$/, /^lần cuối thấy ở pd\d{4}$/];

/**
 * The bits of UNCERTAIN one quality note (`ghi_chu` of the national
 * metadata) sets; throws on a note it does not know, so that a new kind is
 * classified on purpose.
 */
export function classifyNote(note: string): number {
  if (INFORMATIVE.some((r) => r.test(note))) return 0;
  const cited = /^chỉ có trong trích dẫn của văn bản khác \((\d+) lần trong (\d+) tệp/.exec(note);
  if (cited) return Number(cited[2]) <= 1 ? UNCERTAIN.singleSource : 0;
  if (note === 'chưa có nguồn thứ hai') return UNCERTAIN.singleSource;
  if (/^chỉ có nguồn web/.test(note)) return UNCERTAIN.webOnly;
  if (/^trích yếu dài/.test(note)) return UNCERTAIN.title;
  if (
    /^trích dẫn không thống nhất/.test(note) ||
    /^trích dẫn trong văn bản khác ghi ngày/.test(note) ||
    /^ngày khác nhau giữa các ghi chú/.test(note) ||
    /^mâu thuẫn:/.test(note) ||
    /không khớp ký hiệu/.test(note) ||
    /^năm trong số ký hiệu/.test(note) ||
    /^ghi chú pháp điển ghi cơ quan/.test(note) ||
    /^dùng '.*' theo \d+ nguồn khác/.test(note) ||
    /^(co_quan|trich_yeu) nguồn ghi .*sửa thành/.test(note) ||
    // The second half of a "trích dẫn không thống nhất: A ×n; B ×m" note.
    /^\d{4}-\d{2}-\d{2} .* ×\d+$/.test(note)
  ) {
    return UNCERTAIN.disagreement;
  }
  throw new Error(`unknown quality note "${note}" — classify it in classifyNote`);
}

/** Splits `ghi_chu` into notes (`;` outside parentheses). */
export function notesOf(ghiChu: string | undefined): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of ghiChu ?? '') {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out.filter(Boolean);
}

/** One document as the build script writes it. */
export interface BuiltinRecord {
  so_ky_hieu: string;
  loai: string;
  ngay: string;
  co_quan: string;
  trich_yeu: string;
  /** `con`, `mot_phan` (partly repealed), `het`, or '' when unknown. */
  hieu_luc: '' | 'con' | 'mot_phan' | 'het';
  thay_the_boi: string[];
  nguon: string;
  /** vbpl.vn ItemIDs. */
  vbpl: string[];
  /** Bits of UNCERTAIN. */
  uncertain: number;
}

const FORMAT = 'vbhc-builtin-catalog';
const VERSION = 2;
const COLUMNS = [...CATALOG_KEYS, 'vbpl', 'uncertain'] as const;
/** What precedes the rows in the file; the header ends there. */
const ROWS_MARK = ',\n"rows":[\n';

type Row = [string, number, string, number, string, string, string, number, string, number];

/** The header of the file: tables of repeated texts and what the checks need without reading a row. */
interface Header {
  format?: string;
  version?: number;
  loai: string[];
  co_quan: string[];
  nguon: string[];
  /** Issuer codes of every row's symbol (sorted): the agencies the catalog knows. */
  issuers: string[];
  /** symbolKey of each row's symbol, in row order. */
  keys: string[];
}

/**
 * The file's text for a list of records (deterministic: same records, same
 * text). Besides the rows, the header carries each row's symbol key and the
 * issuer codes of all symbols, parsed here once, so that a process looks up
 * a symbol or asks whether an agency is known without decoding (or parsing
 * the symbols of) ten thousand rows.
 */
export function encodeBuiltinCatalog(records: readonly BuiltinRecord[]): string {
  const tables = { loai: new Map<string, number>(), co_quan: new Map<string, number>(), nguon: new Map<string, number>() };
  const idx = (t: Map<string, number>, v: string) => {
    let i = t.get(v);
    if (i === undefined) t.set(v, (i = t.size));
    return i;
  };
  const rows: Row[] = records.map((r) => [
    r.so_ky_hieu,
    idx(tables.loai, r.loai),
    r.ngay,
    idx(tables.co_quan, r.co_quan),
    r.trich_yeu,
    r.hieu_luc,
    r.thay_the_boi.join(' '),
    idx(tables.nguon, r.nguon),
    r.vbpl.join(' '),
    r.uncertain,
  ]);
  const issuers = new Set<string>();
  for (const r of records) for (const c of parseSymbol(r.so_ky_hieu)?.issuers ?? []) issuers.add(c);
  const head = [
    `"format":${JSON.stringify(FORMAT)}`,
    `"version":${VERSION}`,
    `"columns":${JSON.stringify(COLUMNS)}`,
    `"loai":${JSON.stringify([...tables.loai.keys()])}`,
    `"co_quan":${JSON.stringify([...tables.co_quan.keys()])}`,
    `"nguon":${JSON.stringify([...tables.nguon.keys()])}`,
    `"issuers":${JSON.stringify([...issuers].sort(byCodeUnits))}`,
    `"keys":${JSON.stringify(records.map((r) => symbolKey(r.so_ky_hieu)))}`,
  ];
  return `{${head.join(',\n')}${ROWS_MARK}${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Entries of the file's text; throws when the text is not this format. */
export function decodeBuiltinCatalog(text: string): CatalogEntry[] {
  return [...BuiltinCatalog.fromFile(Buffer.from(text, 'utf8')).entries()];
}

/**
 * The catalog's documents, decoded row by row on demand: looking up a symbol
 * decodes the rows of that symbol only, and the whole list is made only when
 * something needs every document (completion, search, statistics). Built
 * from the file's bytes (BuiltinCatalog.fromFile) or, in tests and for a
 * replaced built-in catalog, from a list of entries (fromEntries). Entries
 * are immutable and shared: treat them as read-only.
 */
export class BuiltinCatalog {
  private rowOfKey?: Map<string, number>;
  private all?: readonly CatalogEntry[];

  private constructor(
    private readonly keys: readonly string[],
    /** The known issuer codes. */
    readonly issuerCodes: ReadonlySet<string>,
    /** Decoded entries by row (filled on demand). */
    private readonly decoded: (CatalogEntry | undefined)[],
    private decodeRow: (row: number) => CatalogEntry,
    private decodeAll: () => CatalogEntry[],
  ) {}

  /** The catalog of a file's bytes; throws when they are not this format (the rows are checked when read). */
  static fromFile(bytes: Buffer): BuiltinCatalog {
    const mark = bytes.indexOf(ROWS_MARK);
    if (mark < 0) throw new Error('not a built-in catalog of this version');
    let header: Header;
    try {
      header = JSON.parse(`${bytes.toString('utf8', 0, mark)}}`) as Header;
    } catch {
      throw new Error('not a built-in catalog of this version');
    }
    if (header.format !== FORMAT || header.version !== VERSION || !Array.isArray(header.keys) || !Array.isArray(header.issuers)) {
      throw new Error('not a built-in catalog of this version');
    }
    const n = header.keys.length;
    const rowsStart = mark + ROWS_MARK.length;
    // Each row is one line; its start is found once, on the first row read.
    let starts: Int32Array | undefined;
    const lineStarts = (): Int32Array => {
      if (starts) return starts;
      const s = new Int32Array(n + 1);
      let at = rowsStart;
      for (let i = 0; i < n; i++) {
        s[i] = at;
        const nl = bytes.indexOf(10, at);
        if (nl < 0) throw new Error(`the built-in catalog is damaged (row ${i + 1} of ${n} missing)`);
        at = nl + 1;
      }
      s[n] = at;
      return (starts = s);
    };
    const toEntry = (row: Row) => rowEntry(row, header);
    const decoded = new Array<CatalogEntry | undefined>(n);
    const decodeRow = (i: number): CatalogEntry => {
      const s = lineStarts();
      let end = s[i + 1] - 1; // the newline
      if (bytes[end - 1] === 0x2c) end--; // the comma between rows
      return toEntry(JSON.parse(bytes.toString('utf8', s[i], end)) as Row);
    };
    // Row by row, as a look-up does: no copy of the whole file as one string, and little garbage at a time.
    const decodeAll = (): CatalogEntry[] => {
      if (lineStarts()[n] !== bytes.length - 3 || bytes.toString('latin1', bytes.length - 3) !== ']}\n') throw new Error('the built-in catalog is damaged (rows and keys differ)');
      // Rows decoded already (a look-up, or the catalog made in steps) are not decoded again.
      return Array.from({ length: n }, (_, i) => decoded[i] ?? decodeRow(i));
    };
    return new BuiltinCatalog(header.keys, new Set(header.issuers), decoded, decodeRow, decodeAll);
  }

  /** The catalog of a list of entries (malformed ones left out). */
  static fromEntries(list: readonly CatalogEntry[]): BuiltinCatalog {
    const entries = list.filter((e) => e && typeof e.so_ky_hieu === 'string');
    const issuers = new Set<string>();
    for (const e of entries) for (const c of parseSymbol(e.so_ky_hieu)?.issuers ?? []) issuers.add(c);
    return new BuiltinCatalog(
      entries.map((e) => symbolKey(e.so_ky_hieu)),
      issuers,
      [...entries],
      (i) => entries[i],
      () => entries,
    );
  }

  /** How many documents. */
  get size(): number {
    return this.keys.length;
  }

  /** The row of the first document of a symbol key, or -1. */
  rowOf(key: string): number {
    if (!this.rowOfKey) {
      const m = new Map<string, number>();
      for (let i = 0; i < this.keys.length; i++) if (!m.has(this.keys[i])) m.set(this.keys[i], i);
      this.rowOfKey = m;
    }
    return this.rowOfKey.get(key) ?? -1;
  }

  /** The symbol key of a row. */
  key(row: number): string {
    return this.keys[row];
  }

  /** The document of a row. */
  entry(row: number): CatalogEntry {
    return (this.decoded[row] ??= this.decodeRow(row));
  }

  /**
   * Every document, in file order (decoded at once on the first call; rows
   * already decoded are kept). Then no row is decoded again, so the
   * decoders and the file's bytes they read (2.4 MB) are let go.
   */
  entries(): readonly CatalogEntry[] {
    if (!this.all) {
      const fresh = this.decodeAll();
      for (let i = 0; i < fresh.length; i++) this.decoded[i] ??= fresh[i];
      const all = Object.freeze(this.decoded as CatalogEntry[]);
      this.all = all;
      this.decodeRow = (row) => all[row];
      this.decodeAll = () => [...all];
    }
    return this.all;
  }
}

function rowEntry(row: Row, t: Header): CatalogEntry {
  const [so, loai, ngay, coQuan, trichYeu, hieuLuc, thay, nguon, vbpl, uncertain] = row;
  const replacements = thay ? thay.split(' ') : [];
  const e: CatalogEntry = {
    so_ky_hieu: so,
    loai: t.loai[loai] ?? '',
    ngay,
    co_quan: t.co_quan[coQuan] ?? '',
    trich_yeu: trichYeu,
    hieu_luc: hieuLuc === 'het' ? 'het' : hieuLuc === 'con' || hieuLuc === 'mot_phan' ? 'con' : undefined,
    thay_the_boi: replacements[0] ?? null,
    nguon: t.nguon[nguon],
  };
  if (hieuLuc === 'mot_phan') e.partly = true;
  if (replacements.length > 1) e.also_replaced_by = replacements.slice(1);
  if (vbpl) e.vbpl = vbpl.split(' ');
  if (uncertain) e.uncertain = uncertain;
  return e;
}

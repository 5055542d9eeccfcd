/**
 * The built-in catalog's file format (server/data/catalog/builtin.json,
 * written by scripts/build-catalog.ts): a JSON object with tables of the
 * repeated texts (type names, issuers, sources) and one row per document,
 * one row a line so that a rebuild reads as a diff. Decoding is a
 * `JSON.parse` and one pass over the rows; the core never reads files —
 * the server and the CLI hand it the text (server/src/builtin-catalog-file.ts).
 */
import type { CatalogEntry } from './catalog-entry';

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
const VERSION = 1;
const COLUMNS = ['so_ky_hieu', 'loai', 'ngay', 'co_quan', 'trich_yeu', 'hieu_luc', 'thay_the_boi', 'nguon', 'vbpl', 'uncertain'] as const;

type Row = [string, number, string, number, string, string, string, number, string, number];

/** The file's text for a list of records (deterministic: same records, same text). */
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
  const head = [
    `"format":${JSON.stringify(FORMAT)}`,
    `"version":${VERSION}`,
    `"columns":${JSON.stringify(COLUMNS)}`,
    `"loai":${JSON.stringify([...tables.loai.keys()])}`,
    `"co_quan":${JSON.stringify([...tables.co_quan.keys()])}`,
    `"nguon":${JSON.stringify([...tables.nguon.keys()])}`,
  ];
  return `{${head.join(',\n')},\n"rows":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}

/** Entries of the file's text; throws when the text is not this format. */
export function decodeBuiltinCatalog(text: string): CatalogEntry[] {
  const data = JSON.parse(text) as { format?: string; version?: number; loai: string[]; co_quan: string[]; nguon: string[]; rows: Row[] };
  if (data.format !== FORMAT || data.version !== VERSION || !Array.isArray(data.rows)) throw new Error('not a built-in catalog of this version');
  const out: CatalogEntry[] = new Array(data.rows.length);
  for (let i = 0; i < data.rows.length; i++) {
    const [so, loai, ngay, coQuan, trichYeu, hieuLuc, thay, nguon, vbpl, uncertain] = data.rows[i];
    const replacements = thay ? thay.split(' ') : [];
    const e: CatalogEntry = {
      so_ky_hieu: so,
      loai: data.loai[loai] ?? '',
      ngay,
      co_quan: data.co_quan[coQuan] ?? '',
      trich_yeu: trichYeu,
      hieu_luc: hieuLuc === 'het' ? 'het' : hieuLuc === 'con' || hieuLuc === 'mot_phan' ? 'con' : undefined,
      thay_the_boi: replacements[0] ?? null,
      nguon: data.nguon[nguon],
    };
    if (hieuLuc === 'mot_phan') e.partly = true;
    if (replacements.length > 1) e.also_replaced_by = replacements.slice(1);
    if (vbpl) e.vbpl = vbpl.split(' ');
    if (uncertain) e.uncertain = uncertain;
    out[i] = e;
  }
  return out;
}

/**
 * Builds the built-in catalog the product ships (server/data/catalog/builtin.json)
 * from the national document metadata (`national.jsonl`, see its README) and
 * the hand-checked entries (server/data/catalog/hand-checked.yaml).
 *
 *   npm run catalog:build [-- --source DIR] [--out FILE]
 *
 * Same input, same bytes: records are sorted, tables are built in that order
 * and nothing depends on the clock or the machine. What goes in:
 * - every record whose symbol has a document's form; the audit path
 *   (`chung_cu`) and the raw quality notes (`ghi_chu`) stay out — a note is
 *   turned into bits of UNCERTAIN (a record with any bit is shown as less
 *   certain and never grounds a diagnostic); a note this script does not know
 *   stops the build, so that a new kind of flag is classified on purpose;
 * - titles in the prose form a citation uses (`về công tác văn thư`; a law's
 *   `Luật Tiếp cận thông tin` as `về tiếp cận thông tin`); a title cut to one
 *   or two words, or starting inside a symbol, is left out rather than shown;
 * - the hand-checked entries, which win over the pháp điển's facts (their
 *   vbpl.vn ItemIDs are kept) and count as clean;
 * - symbols held by two documents (`31/CT-TTg` of two years) are all marked
 *   ambiguous: a citation cannot be checked against either.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UNCERTAIN, classifyNote, encodeBuiltinCatalog, notesOf, type BuiltinRecord } from '../server/src/service/references/builtin-data';

export { classifyNote } from '../server/src/service/references/builtin-data';
import { parseSymbol, symbolKey } from '../server/src/service/references/symbol';

const ROOT = path.resolve(__dirname, '..');
export const DEFAULT_SOURCE = path.resolve(ROOT, '../shared/data/catalog');
export const HAND_CHECKED = path.join(ROOT, 'server/data/catalog/hand-checked.yaml');
export const DEFAULT_OUT = path.join(ROOT, 'server/data/catalog/builtin.json');

/** A line of national.jsonl (the fields this script reads). */
interface SourceRecord {
  so_ky_hieu: string;
  loai: string;
  ngay: string;
  co_quan: string | null;
  trich_yeu: string | null;
  hieu_luc: 'con' | 'mot_phan' | 'het' | 'unknown';
  thay_the_boi: string[];
  nguon?: string;
  vbpl_item_ids?: string[];
  ghi_chu?: string;
}

const LAW_TYPES = new Set(['Luật', 'Bộ luật', 'Pháp lệnh']);
/** First words a title may start with that are common words, lower-cased in prose. */
const LEAD_WORDS = /^(về|quy|ban|hướng|huớng|sửa|phê|bổ|bãi|biểu|thực|quản|công|tiếp|thí|điều|danh|thành|kết|tiêu|đẩy|một|xác|thẩm|áp|phối|ứng|chương|thông)$/iu;

/** The title as it reads after the symbol and issuer in prose; '' when the source's title is a cut. */
export function proseTitle(loai: string, raw: string | null): string {
  let t = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (!t || !/^\p{L}/u.test(t)) return '';
  if (LAW_TYPES.has(loai)) {
    const m = /^(Bộ luật|Luật|Pháp lệnh)\s+(.+)$/iu.exec(t);
    if (m) {
      const rest = m[2];
      if (/^(sửa đổi|bổ sung)/iu.test(rest)) return lowerFirst(rest);
      if (/^về\s/iu.test(rest)) return lowerFirst(rest);
      return `về ${lowerFirst(rest)}`;
    }
  }
  if (t.split(' ').length <= 2) return '';
  if (t === t.toUpperCase()) t = t.toLowerCase();
  const first = t.split(' ')[0];
  if (LEAD_WORDS.test(first) && first !== first.toUpperCase()) t = lowerFirst(t);
  return t;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** A readable sentence on where a record's facts were taken from. */
export function readableSource(r: SourceRecord): string {
  if (r.nguon?.startsWith('Bộ pháp điển điện tử')) return r.nguon;
  const where = /\[(phapdien|web|phapdien\+web)\]/.exec(r.ghi_chu ?? '')?.[1];
  if (where === 'phapdien') return 'trích dẫn đầy đủ trong văn bản khác của Bộ pháp điển điện tử (Bộ Tư pháp)';
  if (where === 'phapdien+web') return 'trích dẫn đầy đủ trong văn bản khác (Bộ pháp điển điện tử và trang web đăng văn bản)';
  if (where === 'web') return 'trích dẫn đầy đủ trong văn bản khác (trang web đăng văn bản)';
  throw new Error(`build-catalog: no readable source for ${r.so_ky_hieu} (nguon "${r.nguon}")`);
}

/** A hand-checked entry (dialect §4 keys). */
interface HandEntry {
  so_ky_hieu: string;
  loai: string;
  ngay: string;
  co_quan: string;
  trich_yeu: string;
  hieu_luc?: 'con' | 'het';
  thay_the_boi?: string | null;
  nguon: string;
}

/** Builds the records of the built-in catalog. */
export function buildRecords(nationalJsonl: string, handYaml: string): { records: BuiltinRecord[]; dropped: string[] } {
  const dropped: string[] = [];
  const byKey = new Map<string, BuiltinRecord[]>();
  const add = (r: BuiltinRecord) => {
    const k = symbolKey(r.so_ky_hieu);
    const list = byKey.get(k);
    if (list) list.push(r);
    else byKey.set(k, [r]);
  };
  for (const line of nationalJsonl.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as SourceRecord;
    const so = r.so_ky_hieu.trim();
    const parsed = parseSymbol(so);
    if (!parsed || !/[/-]/.test(so.slice(parsed.number.length))) {
      dropped.push(so);
      continue;
    }
    let uncertain = 0;
    for (const note of notesOf(r.ghi_chu)) uncertain |= classifyNote(note);
    const title = proseTitle(r.loai, r.trich_yeu);
    add({
      so_ky_hieu: so,
      loai: r.loai.trim(),
      ngay: r.ngay,
      co_quan: (r.co_quan ?? '').replace(/\s+/g, ' ').trim(),
      trich_yeu: title,
      hieu_luc: r.hieu_luc === 'unknown' ? '' : r.hieu_luc,
      thay_the_boi: r.thay_the_boi.map((s) => s.trim()).filter(Boolean),
      nguon: readableSource(r),
      vbpl: [...(r.vbpl_item_ids ?? [])].sort(),
      uncertain,
    });
  }
  const hand = parseYaml(handYaml) as HandEntry[];
  for (const h of hand) {
    const rawDate: unknown = h.ngay;
    const ngay = rawDate instanceof Date ? rawDate.toISOString().slice(0, 10) : String(rawDate);
    const k = symbolKey(h.so_ky_hieu);
    const same = (byKey.get(k) ?? []).filter((r) => r.ngay === ngay || byKey.get(k)!.length === 1);
    const others = (byKey.get(k) ?? []).filter((r) => !same.includes(r));
    const vbpl = [...new Set(same.flatMap((r) => r.vbpl))].sort();
    const fromCode = same.some((r) => r.nguon.startsWith('Bộ pháp điển điện tử'));
    const rec: BuiltinRecord = {
      so_ky_hieu: h.so_ky_hieu,
      loai: h.loai,
      ngay,
      co_quan: h.co_quan,
      trich_yeu: h.trich_yeu,
      hieu_luc: h.hieu_luc ?? '',
      thay_the_boi: h.thay_the_boi ? [h.thay_the_boi] : [],
      nguon: fromCode ? `${h.nguon}; Bộ pháp điển điện tử (Bộ Tư pháp)` : h.nguon,
      vbpl,
      uncertain: 0,
    };
    byKey.set(k, [...others, rec]);
  }
  const records: BuiltinRecord[] = [];
  for (const list of byKey.values()) {
    if (list.length > 1) for (const r of list) r.uncertain |= UNCERTAIN.ambiguous;
    records.push(...list);
  }
  records.sort((a, b) => cmp(a.so_ky_hieu, b.so_ky_hieu) || cmp(a.ngay, b.ngay) || cmp(a.loai, b.loai));
  return { records, dropped: dropped.sort(cmp) };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reads the sources and writes the built-in catalog; returns its text. */
export function buildCatalog(source = DEFAULT_SOURCE, out = DEFAULT_OUT): { text: string; records: number; dropped: string[] } {
  const national = readFileSync(path.join(source, 'national.jsonl'), 'utf8');
  const hand = readFileSync(HAND_CHECKED, 'utf8');
  const { records, dropped } = buildRecords(national, hand);
  const text = encodeBuiltinCatalog(records);
  if (out) writeFileSync(out, text);
  return { text, records: records.length, dropped };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? path.resolve(args[i + 1]) : dflt;
  };
  const r = buildCatalog(opt('--source', DEFAULT_SOURCE), opt('--out', DEFAULT_OUT));
  console.log(`build-catalog: ${r.records} entries, ${r.text.length} characters; ${r.dropped.length} records without a document's symbol left out (${r.dropped.slice(0, 8).join(', ')}${r.dropped.length > 8 ? ', …' : ''})`);
}

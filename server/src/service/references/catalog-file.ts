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

/** Parses a catalog file's text. */
export function parseCatalogFile(uri: string, text: string): CatalogFile {
  const source = new SourceText(text);
  const out: CatalogFile = { uri, source, items: [], problems: [] };
  const problem = (code: CatalogProblem['code'], severity: Severity, start: number, end: number, message: Msg) =>
    out.problems.push({ code, severity, start: Math.max(0, start), end: Math.max(start, end), message });
  let doc;
  try {
    doc = parseDocument(source.text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    problem('catalog.yaml', 'error', 0, 0, msg(`Không đọc được danh mục: ${(e as Error).message}`, `Cannot read the catalog: ${(e as Error).message}`));
    return out;
  }
  for (const err of doc.errors) {
    const [s, e] = err.pos ?? [0, 0];
    problem('catalog.yaml', 'error', s, e, msg(`Lỗi cú pháp YAML: ${err.message}`, `YAML syntax error: ${err.message}`));
  }
  if (doc.errors.length > 0 && !doc.contents) return out;
  const root = doc.contents;
  if (root === null || root === undefined || (isScalar(root) && (root.value === null || root.value === ''))) return out;
  if (!isSeq(root)) {
    const [s, e] = range(root);
    problem('catalog.yaml', 'error', s, e, msg('Danh mục phải là một danh sách YAML: mỗi văn bản bắt đầu bằng "- so_ky_hieu: …".', 'A catalog must be a YAML list: each document starts with "- so_ky_hieu: …".'));
    return out;
  }
  const seen = new Map<string, number>();
  for (const node of root.items) {
    const [ns, ne] = range(node as Node);
    if (!isMap(node)) {
      problem('catalog.invalid-entry', 'error', ns, ne, msg('Mỗi mục của danh mục phải là một bảng khóa: giá trị (so_ky_hieu, loai, ngay, …).', 'Each catalog item must be a map of keys (so_ky_hieu, loai, ngay, …).'));
      continue;
    }
    const entry: Record<string, unknown> = {};
    const keyRange = new Map<string, [number, number]>();
    let bad = false;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const [ks, ke] = range(pair.key as Node);
      const [vs, ve] = pair.value ? range(pair.value as Node) : [ks, ke];
      keyRange.set(key, [vs, ve]);
      if (!(KEYS as readonly string[]).includes(key)) {
        problem('catalog.unknown-key', 'warning', ks, ke, msg(`Khóa "${key}" không có trong danh mục; các khóa hợp lệ: ${KEYS.join(', ')}.`, `Unknown key "${key}"; valid keys: ${KEYS.join(', ')}.`));
        continue;
      }
      const v = isScalar(pair.value) ? pair.value.value : pair.value === null ? null : undefined;
      if (v === undefined) {
        problem('catalog.invalid-entry', 'error', vs, ve, msg(`"${key}" phải là một giá trị đơn (chuỗi hoặc ngày).`, `"${key}" must be a single value (text or date).`));
        bad = true;
        continue;
      }
      entry[key] = v instanceof Date ? v.toISOString().slice(0, 10) : v;
    }
    for (const k of REQUIRED) {
      if (typeof entry[k] !== 'string' || !(entry[k] as string).trim()) {
        problem('catalog.invalid-entry', 'error', ns, Math.min(ne, ns + 1), msg(`Mục thiếu khóa bắt buộc "${k}".`, `The item lacks the required key "${k}".`));
        bad = true;
      }
    }
    if (bad) continue;
    const so = String(entry.so_ky_hieu).trim();
    const [ss, se] = keyRange.get('so_ky_hieu')!;
    const parsed = parseSymbol(so);
    if (!parsed || parsed.problem) {
      const hint = parsed?.suggestion ? msg(` Có lẽ là "${parsed.suggestion}".`, ` Perhaps "${parsed.suggestion}".`) : msg('', '');
      problem('catalog.invalid-entry', 'warning', ss, se, msg(`Số, ký hiệu "${so}" không đúng dạng nào của văn bản (ví dụ 33/CT-TTg, 30/2020/NĐ-CP, 114-KL/TW).${hint.vi}`, `The symbol "${so}" fits no document form (e.g. 33/CT-TTg, 30/2020/NĐ-CP, 114-KL/TW).${hint.en}`));
    }
    const ngay = entry.ngay;
    if (ngay !== undefined && ngay !== null && !(typeof ngay === 'string' && ISO_DATE.test(ngay) && realIso(ngay))) {
      const [s, e] = keyRange.get('ngay')!;
      problem('catalog.invalid-entry', 'error', s, e, msg(`"ngay" phải là ngày có thật dạng YYYY-MM-DD (ví dụ 2021-11-26), không phải "${String(ngay)}".`, `"ngay" must be a real date as YYYY-MM-DD (e.g. 2021-11-26), not "${String(ngay)}".`));
      continue;
    }
    const hl = entry.hieu_luc;
    if (hl !== undefined && hl !== null && !HIEU_LUC.includes(hl as HieuLuc)) {
      const [s, e] = keyRange.get('hieu_luc')!;
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
  return out;
}

function range(node: Node | null | undefined): [number, number] {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? [r[0], r[1]] : [0, 0];
}

function realIso(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

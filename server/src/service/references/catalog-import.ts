/**
 * Importing a list of documents that a department or a province
 * distributes into a user catalog (`*.vanban.yaml`, dialect §4): the §4
 * YAML itself, JSON lines with the keys of the national metadata
 * (`so_ky_hieu`, `loai`, `ngay`, `co_quan`, `trich_yeu`, `hieu_luc`,
 * `thay_the_boi`, `nguon`, `ghi_chu`), or CSV whose header names those keys.
 * Pure: text in, catalog text and a report out; the CLI and the server
 * read and write the files.
 *
 * A record is rejected, with its line and the reason, when it lacks a
 * symbol or a type, when its symbol has no document's form, its date is
 * not a real date or its validity is not one the catalog knows, when it
 * repeats a symbol of the same list, or when a quality note says its facts
 * are uncertain (a user catalog's facts ground diagnostics, so doubtful
 * ones stay out). Entries of the existing catalog are kept; an imported
 * entry with the same symbol replaces it when a fact differs ("changed").
 */
import { CATALOG_KEYS, HIEU_LUC, type CatalogEntry, type HieuLuc } from './catalog-entry';
import { parseCatalogFile, realIso } from './catalog-file';
import { classifyNote, notesOf } from './builtin-data';
import { parseSymbol, symbolKey } from './symbol';

/** The list formats read. */
export type ImportFormat = 'yaml' | 'jsonl' | 'csv';

/** A rejected record: where it is and why. */
export interface Rejected {
  line: number;
  so_ky_hieu?: string;
  reason: string;
}

/** What an import did. */
export interface ImportReport {
  format: ImportFormat;
  added: string[];
  changed: string[];
  unchanged: number;
  rejected: Rejected[];
  /** The user catalog's new text. */
  text: string;
  /** Entries in the new catalog. */
  total: number;
}


/** The format of a file, from its name and then its first characters. */
export function importFormat(name: string, text: string): ImportFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || lower.endsWith('.json')) return 'jsonl';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'jsonl';
  if (head.startsWith('-') || head.startsWith('#')) return 'yaml';
  return 'csv';
}

/** Imports `text` (a list in `format`) into the catalog `existing` (its text; '' for a new one). */
export function importCatalog(text: string, format: ImportFormat, existing = '', sourceName = ''): ImportReport {
  const rejected: Rejected[] = [];
  const incoming: CatalogEntry[] = [];
  const seen = new Set<string>();
  const accept = (line: number, raw: Record<string, unknown>) => {
    const e = normalise(raw);
    const why = reason(e, raw);
    if (why) return rejected.push({ line, so_ky_hieu: e.so_ky_hieu || undefined, reason: why });
    const key = symbolKey(e.so_ky_hieu);
    if (seen.has(key)) return rejected.push({ line, so_ky_hieu: e.so_ky_hieu, reason: 'trùng số, ký hiệu với một dòng trước / repeats an earlier symbol' });
    seen.add(key);
    if (!e.nguon && sourceName) e.nguon = `danh sách ${sourceName}`;
    incoming.push(e);
  };
  if (format === 'yaml') {
    const f = parseCatalogFile('file:///import.vanban.yaml', text);
    for (const p of f.problems) if (p.severity === 'error' || p.code === 'catalog.duplicate') rejected.push({ line: f.source.positionAt(p.start).line + 1, reason: p.message.vi });
    for (const it of f.items) accept((it.location?.range.start.line ?? 0) + 1, it.entry as unknown as Record<string, unknown>);
  } else if (format === 'jsonl') {
    text.replace(/^\uFEFF/, '').split('\n').forEach((l, i) => {
      if (!l.trim()) return;
      let v: unknown;
      try {
        v = JSON.parse(l);
      } catch (e) {
        return rejected.push({ line: i + 1, reason: `không phải JSON / not JSON: ${(e as Error).message}` });
      }
      if (!v || typeof v !== 'object' || Array.isArray(v)) return rejected.push({ line: i + 1, reason: 'không phải một đối tượng JSON / not a JSON object' });
      accept(i + 1, v as Record<string, unknown>);
    });
  } else {
    const rows = parseCsv(text.replace(/^\uFEFF/, ''));
    const header = (rows.shift()?.cells ?? []).map((h) => h.trim().toLowerCase());
    if (!header.includes('so_ky_hieu') || !header.includes('loai')) {
      rejected.push({ line: 1, reason: 'dòng tiêu đề CSV phải có cột so_ky_hieu và loai / the CSV header must name so_ky_hieu and loai' });
    } else {
      for (const row of rows) {
        if (row.cells.every((c) => !c.trim())) continue;
        const raw: Record<string, unknown> = {};
        header.forEach((h, k) => {
          if (row.cells[k] !== undefined && row.cells[k].trim() !== '') raw[h] = row.cells[k].trim();
        });
        accept(row.line, raw);
      }
    }
  }
  return merge(existing, incoming, rejected, format);
}

/** An entry from a record's values (trimmed; `thay_the_boi` lists take their first symbol; national validity words mapped). */
function normalise(raw: Record<string, unknown>): CatalogEntry {
  const str = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : typeof v === 'number' ? String(v) : '');
  const thay = Array.isArray(raw.thay_the_boi) ? str(raw.thay_the_boi[0]) : str(raw.thay_the_boi);
  const hl = str(raw.hieu_luc);
  const hieu_luc = hl === 'mot_phan' ? 'con' : hl === 'unknown' ? 'khong-ro' : hl;
  const e: CatalogEntry = { so_ky_hieu: str(raw.so_ky_hieu), loai: str(raw.loai), ngay: str(raw.ngay), co_quan: str(raw.co_quan), trich_yeu: str(raw.trich_yeu) };
  if (hieu_luc) e.hieu_luc = hieu_luc as HieuLuc;
  e.thay_the_boi = thay && thay !== 'null' ? thay : null;
  if (str(raw.nguon)) e.nguon = str(raw.nguon);
  return e;
}

/** Why a record cannot go into a user catalog, or '' when it can. */
function reason(e: CatalogEntry, raw: Record<string, unknown>): string {
  if (!e.so_ky_hieu) return 'thiếu so_ky_hieu / no so_ky_hieu';
  if (!e.loai) return 'thiếu loai / no loai';
  const parsed = parseSymbol(e.so_ky_hieu);
  if (!parsed || parsed.problem || !/[/-]/.test(e.so_ky_hieu.slice(parsed.number.length))) return `số, ký hiệu "${e.so_ky_hieu}" không đúng dạng văn bản / "${e.so_ky_hieu}" is not a document symbol`;
  if (e.ngay && !realIso(e.ngay)) return `ngày "${e.ngay}" không phải ngày có thật dạng YYYY-MM-DD / "${e.ngay}" is not a real YYYY-MM-DD date`;
  if (e.hieu_luc && !(HIEU_LUC as readonly string[]).includes(e.hieu_luc)) return `hieu_luc "${e.hieu_luc}" không phải con, het hoặc khong-ro / hieu_luc "${e.hieu_luc}" is not con, het or khong-ro`;
  if (e.thay_the_boi && !parseSymbol(e.thay_the_boi)) return `thay_the_boi "${e.thay_the_boi}" không phải số, ký hiệu văn bản / thay_the_boi "${e.thay_the_boi}" is not a document symbol`;
  const notes = typeof raw.ghi_chu === 'string' ? notesOf(raw.ghi_chu) : [];
  for (const n of notes) {
    let doubtful: boolean;
    try {
      doubtful = classifyNote(n) !== 0;
    } catch {
      doubtful = true;
    }
    if (doubtful) return `ghi chú cho biết dữ kiện chưa chắc chắn ("${n.length > 80 ? `${n.slice(0, 79)}…` : n}") / a note says the facts are uncertain`;
  }
  return '';
}

/** The existing catalog with the incoming entries merged in, and the report. */
function merge(existing: string, incoming: readonly CatalogEntry[], rejected: Rejected[], format: ImportFormat): ImportReport {
  const old = existing.trim() ? parseCatalogFile('file:///existing.vanban.yaml', existing).items.map((it) => it.entry) : [];
  const byKey = new Map<string, CatalogEntry>();
  for (const e of old) byKey.set(symbolKey(e.so_ky_hieu), e);
  const added: string[] = [];
  const changed: string[] = [];
  let unchanged = 0;
  for (const e of incoming) {
    const key = symbolKey(e.so_ky_hieu);
    const before = byKey.get(key);
    if (!before) added.push(e.so_ky_hieu);
    else if (CATALOG_KEYS.some((k) => (before[k] ?? null) !== (e[k] ?? null) && !(k === 'nguon' && !e.nguon))) changed.push(e.so_ky_hieu);
    else {
      unchanged++;
      continue;
    }
    byKey.set(key, before && !e.nguon ? { ...e, nguon: before.nguon } : e);
  }
  const entries = [...byKey.values()];
  return { format, added, changed, unchanged, rejected, text: catalogText(entries), total: entries.length };
}

/** A user catalog's text (§4 YAML, values quoted). */
export function catalogText(entries: readonly CatalogEntry[]): string {
  const lines = ['# Danh mục văn bản (vbhc, dialect §4) / document catalog'];
  for (const e of entries) {
    lines.push(`- so_ky_hieu: ${JSON.stringify(e.so_ky_hieu)}`, `  loai: ${JSON.stringify(e.loai)}`);
    if (e.ngay) lines.push(`  ngay: ${e.ngay}`);
    if (e.co_quan) lines.push(`  co_quan: ${JSON.stringify(e.co_quan)}`);
    if (e.trich_yeu) lines.push(`  trich_yeu: ${JSON.stringify(e.trich_yeu)}`);
    if (e.hieu_luc) lines.push(`  hieu_luc: ${e.hieu_luc}`);
    if (e.thay_the_boi) lines.push(`  thay_the_boi: ${JSON.stringify(e.thay_the_boi)}`);
    if (e.nguon) lines.push(`  nguon: ${JSON.stringify(e.nguon)}`);
  }
  return lines.join('\n') + '\n';
}

/** CSV rows (RFC 4180: quoted fields, doubled quotes, CRLF or LF) with the line each starts on. */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  const sep = detectSeparator(text);
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}

/** `;` when the header line has more semicolons than commas (spreadsheets in Vietnamese locales), else `,`. */
function detectSeparator(text: string): string {
  const head = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  return (head.match(/;/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/**
 * `vbhc catalog …` (dialect §5):
 *
 *   vbhc catalog search QUERY [--format text|json] [--limit N] [--catalog FILE]...
 *   vbhc catalog stats [--format text|json] [--catalog FILE]...
 *   vbhc catalog import FILE [-o OUT]
 *
 * `search` uses the search and order of completion and the pick list
 * (service/references/ranking.ts) over the built-in catalog, the
 * `*.vanban.yaml` files under the current folder (`workspace`) and the
 * files of `--catalog` and `.vbhc.yaml` (`user`). `import` turns a list a
 * department distributes (§4 YAML, JSON lines, CSV with a header) into a
 * user catalog, merging into OUT when it exists, and reports what was
 * added, changed and rejected; OUT is written to a temporary file and
 * renamed, never left half-written.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { allValues, langOption, lastValue, OUTPUT_OPTION, readArgs, textOrJson, type ArgSpec } from './cli-args';
import { CliError, createCliService, type CliIO } from './cli-common';
import { ExportFileError, writeFileAtomic } from './export-file';
import { CATALOG_SUFFIX } from './service/workspace';
import { pathToUri } from './uri';
import { fullForm } from './service/references/citation-format';
import { certaintyText, lookupLink, sourceText, validityText } from './service/references/describe';
import type { CatalogItem } from './service/references/catalog';
import { importCatalog, importFormat } from './service/references/catalog-import';
import type { Lang } from './service/index';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 10_000;

/** The `source` of an entry in JSON output. */
type JsonSource = 'builtin' | 'workspace' | 'user' | 'learned';

const USAGE = 'vbhc catalog search QUERY [--format text|json] [--limit N] [--catalog FILE]... | vbhc catalog stats [--format text|json] [--catalog FILE]... | vbhc catalog import FILE [-o OUT]';

/** `vbhc catalog`. */
export async function catalogCommand(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'search') return search(rest, io);
  if (sub === 'stats') return stats(rest, io);
  if (sub === 'import') return importCommand(rest, io);
  throw new CliError(`cách dùng / usage: ${USAGE}`);
}

interface Options {
  format: 'text' | 'json';
  limit: number;
  catalogs: string[];
  out?: string;
  lang?: Lang;
  positional: string[];
}

/** Options shared by the catalog subcommands. */
const FORMAT = { '--format': 'format' };
const CATALOG = { '--catalog': 'catalog' };
const LANG = { '--lang': 'lang' };

function parseArgs(args: string[], values: ArgSpec['values']): Options {
  const given = readArgs('catalog', args, { values, usage: USAGE });
  const o: Options = { format: textOrJson(lastValue(given, 'format')) ?? 'text', limit: DEFAULT_LIMIT, catalogs: allValues(given, 'catalog'), positional: given.positional };
  const limit = lastValue(given, 'limit')?.value;
  if (limit !== undefined) {
    const n = Number(limit);
    if (!/^\d+$/.test(limit) || n < 1 || n > MAX_LIMIT) throw new CliError(`--limit nhận một số từ 1 đến ${MAX_LIMIT} / --limit takes a number from 1 to ${MAX_LIMIT}, not "${limit}"`);
    o.limit = n;
  }
  const out = lastValue(given, 'output')?.value;
  if (out !== undefined) o.out = out;
  const lang = langOption(lastValue(given, 'lang'));
  if (lang) o.lang = lang;
  return o;
}

/** A service with the built-in catalog, the folder's `*.vanban.yaml` files and the user's catalogs loaded. */
async function loadService(o: Options, io: CliIO) {
  const service = await createCliService(io.cwd, io.cwd, { catalogs: o.catalogs, lang: o.lang });
  await service.loadCatalogs([io.cwd], pathToUri);
  const userUris = new Set(service.settings.catalogs.map((c) => pathToUri(path.resolve(io.cwd, c))));
  const sourceOf = (it: CatalogItem): JsonSource => (it.source === 'user' ? (it.location && userUris.has(it.location.uri) ? 'user' : 'workspace') : it.source);
  return { service, sourceOf };
}

async function search(args: string[], io: CliIO): Promise<number> {
  const o = parseArgs(args, { ...FORMAT, '--limit': 'limit', ...CATALOG, ...LANG });
  if (o.positional.length === 0) throw new CliError(`thiếu từ khóa tìm kiếm / no query (${USAGE})`);
  const query = o.positional.join(' ');
  const { service, sourceOf } = await loadService(o, io);
  // Full citations in the folder's documents are found too (`learned`), as completion finds them in the workspace.
  await service.indexWorkspace([io.cwd], pathToUri);
  const found = service.findCatalogItems(query, o.limit);
  const lang = service.settings.lang;
  if (o.format === 'json') {
    const json = found.map((it) => ({
      so_ky_hieu: it.entry.so_ky_hieu,
      loai: it.entry.loai,
      ngay: it.entry.ngay,
      co_quan: it.entry.co_quan,
      trich_yeu: it.entry.trich_yeu,
      hieu_luc: it.entry.hieu_luc ?? 'khong-ro',
      thay_the_boi: it.entry.thay_the_boi ?? null,
      nguon: sourceText(it, lang),
      source: sourceOf(it),
    }));
    io.stdout(JSON.stringify(json, null, 2) + '\n');
    return 0;
  }
  if (found.length === 0) {
    io.stdout(lang === 'en' ? `No catalogued document matches "${query}".\n` : `Không có văn bản nào trong danh mục khớp "${query}".\n`);
    return 0;
  }
  const lines: string[] = [];
  for (const it of found) {
    const e = it.entry;
    lines.push(e.loai ? `${e.loai} ${fullForm(e)}` : fullForm(e).replace(/^số /, 'Số '));
    const facts = [validityText(it, lang), certaintyText(it, lang), sourceText(it, lang)].filter(Boolean).join(' · ');
    lines.push(`    ${facts}`);
    const link = /\((https:[^)]+)\)$/.exec(lookupLink(it, lang))?.[1];
    if (link) lines.push(`    ${link}`);
  }
  io.stdout(lines.join('\n') + '\n');
  return 0;
}

async function stats(args: string[], io: CliIO): Promise<number> {
  const o = parseArgs(args, { ...FORMAT, ...CATALOG, ...LANG });
  if (o.positional.length) throw new CliError(`cách dùng / usage: ${USAGE}`);
  const { service, sourceOf } = await loadService(o, io);
  const bySource: Record<string, Record<string, number>> = {};
  for (const it of service.catalogItems()) {
    const s = sourceOf(it);
    const types = (bySource[s] ??= {});
    const t = it.entry.loai || '?';
    types[t] = (types[t] ?? 0) + 1;
  }
  const order: JsonSource[] = ['builtin', 'workspace', 'user'];
  if (o.format === 'json') {
    const json = order.filter((s) => bySource[s]).map((s) => ({ source: s, entries: total(bySource[s]), types: sorted(bySource[s]).map(([loai, count]) => ({ loai, count })) }));
    io.stdout(JSON.stringify(json, null, 2) + '\n');
    return 0;
  }
  const en = service.settings.lang === 'en';
  const names: Record<string, string> = en
    ? { builtin: 'Built-in catalog', workspace: 'Catalogs in this folder (*.vanban.yaml)', user: 'Catalogs named by --catalog or .vbhc.yaml' }
    : { builtin: 'Danh mục có sẵn', workspace: 'Danh mục trong thư mục này (*.vanban.yaml)', user: 'Danh mục chỉ định (--catalog, .vbhc.yaml)' };
  const lines: string[] = [];
  for (const s of order) {
    if (!bySource[s]) continue;
    lines.push(`${names[s]}: ${total(bySource[s])} ${en ? 'documents' : 'văn bản'}`);
    for (const [loai, n] of sorted(bySource[s])) lines.push(`  ${loai}: ${n}`);
  }
  io.stdout(lines.join('\n') + '\n');
  return 0;
}

function total(types: Record<string, number>): number {
  return Object.values(types).reduce((a, b) => a + b, 0);
}

function sorted(types: Record<string, number>): [string, number][] {
  return Object.entries(types).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

async function importCommand(args: string[], io: CliIO): Promise<number> {
  const o = parseArgs(args, OUTPUT_OPTION);
  if (o.positional.length !== 1) throw new CliError(`cách dùng / usage: vbhc catalog import FILE [-o OUT]`);
  const input = path.resolve(io.cwd, o.positional[0]);
  let text: string;
  try {
    text = await fsp.readFile(input, 'utf8');
  } catch (e) {
    throw new CliError(`không đọc được "${o.positional[0]}" / cannot read "${o.positional[0]}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const out = path.resolve(io.cwd, o.out ?? defaultOut(input));
  if (!out.endsWith(CATALOG_SUFFIX)) throw new CliError(`tệp danh mục phải có đuôi .vanban.yaml / the catalog file must end with .vanban.yaml: ${o.out}`);
  if (out === input) throw new CliError('tệp nhập và tệp danh mục trùng nhau; dùng -o / the input is the output; give -o OUT');
  let existing = '';
  try {
    existing = await fsp.readFile(out, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(`không đọc được "${out}" / cannot read "${out}": ${(e as NodeJS.ErrnoException).code}`);
  }
  const report = importCatalog(text, importFormat(input, text), existing, path.basename(input));
  if (report.added.length || report.changed.length || !existing) {
    try {
      await writeFileAtomic(out, report.text, { sources: [input] });
    } catch (e) {
      if (e instanceof ExportFileError) throw new CliError(e.message);
      throw e;
    }
  }
  const rel = path.relative(io.cwd, out) || out;
  const lines = [
    `${rel}: thêm ${report.added.length}, thay đổi ${report.changed.length}, giữ nguyên ${report.unchanged}, loại ${report.rejected.length} (tổng ${report.total} văn bản) / added ${report.added.length}, changed ${report.changed.length}, unchanged ${report.unchanged}, rejected ${report.rejected.length} (${report.total} documents)`,
  ];
  if (report.changed.length) lines.push(`  thay đổi / changed: ${report.changed.join(', ')}`);
  for (const r of report.rejected) lines.push(`  ${o.positional[0]}:${r.line}: ${r.so_ky_hieu ? `${r.so_ky_hieu}: ` : ''}${r.reason}`);
  io.stdout(lines.join('\n') + '\n');
  return 0;
}

/** `danh-sach.csv` → `danh-sach.vanban.yaml` beside it. */
function defaultOut(input: string): string {
  const base = input.replace(/\.(vanban\.yaml|ya?ml|jsonl|ndjson|json|csv|txt)$/i, '');
  return `${base}${CATALOG_SUFFIX}`;
}

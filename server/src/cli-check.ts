/**
 * `vbhc check [--format text|json] [--catalog FILE]... [--lang vi|en] PATH...`
 * (dialect §5): checks files as one workspace — folders are searched for
 * `*.vbhc.md`, the user catalogs found beside them are loaded and checked
 * too, and so are the house-layout values of `.vbhc.yaml`. Exit 0 when no
 * diagnostic has error severity, 1 when some do.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { allValues, langOption, lastValue, readArgs, textOrJson } from './cli-args';
import { CliError, createCliService, readCliDocument, readProjectConfig, type CliIO } from './cli-common';
import { nodeFileSystem } from './node-fs';
import { readTextFile } from './read-text';
import type { Lang, VbhcDiagnostic } from './service/index';
import { VBHC_SUFFIX } from './service/workspace';
import { URI_TO_PATH, pathToUri } from './uri';
import { parseDocument } from './service/model/document';
import { SourceText } from './service/text/source-text';
import { houseLayoutDiagnostics } from './service/export/house-layout';

/** Parsed options of `check`. */
export interface CheckOptions {
  format: 'text' | 'json';
  catalogs: string[];
  lang?: Lang;
  paths: string[];
}

/** Parses `check` arguments. */
export function parseCheckArgs(args: readonly string[]): CheckOptions {
  const given = readArgs('check', args, { values: { '--format': 'format', '--catalog': 'catalog', '--lang': 'lang' } });
  if (given.positional.length === 0) throw new CliError('chưa chỉ tệp hoặc thư mục cần kiểm tra / no file or folder given');
  const opts: CheckOptions = { format: textOrJson(lastValue(given, 'format')) ?? 'text', catalogs: allValues(given, 'catalog'), paths: given.positional };
  const lang = langOption(lastValue(given, 'lang'));
  if (lang) opts.lang = lang;
  return opts;
}

/** Expands paths: files as given, folders searched for `*.vbhc.md`. */
async function expandPaths(paths: string[], cwd: string): Promise<{ display: string; abs: string }[]> {
  const out: { display: string; abs: string }[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let stat;
    try {
      stat = await fsp.stat(abs);
    } catch {
      throw new CliError(`không tìm thấy "${p}" / "${p}" not found`);
    }
    if (stat.isDirectory()) {
      const files = await nodeFileSystem.findFiles(abs, [VBHC_SUFFIX]);
      if (files.length === 0) throw new CliError(`không có tệp *.vbhc.md nào trong "${p}" / no *.vbhc.md file in "${p}"`);
      for (const f of files) if (!seen.has(f)) (seen.add(f), out.push({ display: path.join(p, path.relative(abs, f)), abs: f }));
    } else if (!seen.has(abs)) {
      seen.add(abs);
      out.push({ display: p, abs });
    }
  }
  return out;
}

/** `vbhc check`. */
export async function checkCommand(args: string[], io: CliIO): Promise<number> {
  const opts = parseCheckArgs(args);
  const files = await expandPaths(opts.paths, io.cwd);
  const service = await createCliService(opts.paths[0], io.cwd, { lang: opts.lang, catalogs: opts.catalogs, io });
  const uris: string[] = [];
  for (const f of files) {
    const text = await readCliDocument(f.abs, f.display, io);
    const uri = pathToUri(f.abs);
    service.setDocument(uri, text);
    uris.push(uri);
  }
  // User catalogs: --catalog files, .vbhc.yaml `catalogs`, and every *.vanban.yaml
  // in the folders checked (or beside the files checked).
  const roots = [...new Set(await Promise.all(opts.paths.map(async (p) => {
    const abs = path.resolve(io.cwd, p);
    return (await fsp.stat(abs)).isDirectory() ? abs : path.dirname(abs);
  })))];
  await service.loadCatalogs(roots, pathToUri);
  const results = files.map((f, i) => {
    const doc = service.getDocument(uris[i])!;
    return { file: f.display, doc, diagnostics: service.getDiagnostics(uris[i]) };
  });
  for (const uri of service.catalogUris()) {
    const diagnostics = service.getCatalogDiagnostics(uri);
    const p = URI_TO_PATH(uri);
    if (diagnostics.length === 0 || !p) continue;
    // The catalog's text as the service read it, so that positions agree.
    const text = await readTextFile(p).then((r) => r.text, () => '');
    results.push({ file: path.relative(io.cwd, p) || p, doc: parseDocument(uri, ''), diagnostics, source: new SourceText(text) } as (typeof results)[number]);
  }
  // The house layout of .vbhc.yaml: values outside the decree's range are findings in that file.
  const { file: config, text = '' } = await readProjectConfig(roots[0] ?? io.cwd);
  if (config) {
    const diagnostics = houseLayoutDiagnostics(text, service.settings.lang);
    if (diagnostics.length > 0) results.push({ file: path.relative(io.cwd, config) || config, doc: parseDocument(pathToUri(config), ''), diagnostics, source: new SourceText(text) } as (typeof results)[number]);
  }
  const errorCount = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
  if (opts.format === 'json') {
    const json = results.map((r) => ({
      file: r.file,
      diagnostics: r.diagnostics.map((d) => toCliDiagnostic(sourceOf(r), d)),
    }));
    io.stdout(JSON.stringify(json, null, 2) + '\n');
  } else {
    io.stdout(formatText(results, service.settings.lang));
  }
  return errorCount > 0 ? 1 : 0;
}

/** The text positions of a result come from: a document, or a catalog file's own text. */
function sourceOf(r: { doc: { source: SourceText }; source?: SourceText }): SourceText {
  return r.source ?? r.doc.source;
}

/** A diagnostic in the CLI's JSON shape: 1-based lines and columns in the original text. */
export function toCliDiagnostic(source: { displayColumn(p: { line: number; character: number }): number }, d: VbhcDiagnostic) {
  return {
    line: d.range.start.line + 1,
    column: source.displayColumn(d.range.start),
    endLine: d.range.end.line + 1,
    endColumn: source.displayColumn(d.range.end),
    severity: d.severity,
    code: d.code,
    message: d.message,
  };
}

const SEVERITY_LABEL: Record<Lang, Record<string, string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', information: 'thông tin', hint: 'gợi ý' },
  en: { error: 'error', warning: 'warning', information: 'info', hint: 'hint' },
};

function formatText(results: { file: string; doc: { source: SourceText }; source?: SourceText; diagnostics: VbhcDiagnostic[] }[], lang: Lang): string {
  const lines: string[] = [];
  const counts: Record<string, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      const c = toCliDiagnostic(sourceOf(r), d);
      lines.push(`${r.file}:${c.line}:${c.column}: ${SEVERITY_LABEL[lang][d.severity]} ${d.code}: ${d.message}`);
    }
  }
  const n = results.filter((r) => !r.source).length;
  lines.push(
    lang === 'en'
      ? `${n} file(s) checked: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.information} info, ${counts.hint} hint(s).`
      : `Đã kiểm tra ${n} tệp: ${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.information} thông tin, ${counts.hint} gợi ý.`,
  );
  return lines.join('\n') + '\n';
}

/**
 * The `vbhc` command line: another door onto the same core the language
 * server runs. `main(argv, io)` takes the arguments and the output streams
 * and returns the exit code; cli-main.ts only sets `process.exitCode`.
 *
 *   vbhc check [--format text|json] [--catalog FILE]... [--lang vi|en] PATH...
 *
 * Exit codes (dialect §5): 0 no error-severity diagnostic, 1 some, 2 usage
 * or input error with a one-line reason on stderr (never a stack trace).
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { createNodeFileSystem, nodeFileSystem, replacedBytesMessage } from './node-fs';
import { readTextFile, ReadTextError, type ReadText } from './read-text';
import { createLanguageService, silentLogger, type VbhcLanguageService, type Lang, type VbhcDiagnostic, type VbhcSettings } from './service/index';
import { VBHC_SUFFIX } from './service/workspace';
import { URI_TO_PATH, pathToUri } from './uri';
import { parseDocument } from './service/model/document';
import { SourceText } from './service/text/source-text';
import { houseLayoutDiagnostics } from './service/export/house-layout';
import { exportCommand } from './cli-export';
import { readProjectConfig as readConfigFile, ProjectConfigError, type ProjectConfig } from './project-config';
import { importCommand } from './cli-import';
import { catalogCommand } from './cli-catalog';

/** Where the CLI writes. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** A usage or input error: exit 2 with a one-line reason. */
export class CliError extends Error {}

/** One subcommand. */
type Command = (args: string[], io: CliIO) => Promise<number>;

const USAGE = [
  'Cách dùng / usage:',
  '  vbhc check [--format text|json] [--catalog FILE]... [--lang vi|en] PATH...',
  '  vbhc export PATH [-o OUT] [--format docx|html|pdf]',
  '  vbhc import PATH.docx|PATH.txt [-o OUT] [--force]',
  '  vbhc catalog search QUERY [--format text|json] [--limit N] [--catalog FILE]...',
  '  vbhc catalog stats [--format text|json] [--catalog FILE]...',
  '  vbhc catalog import FILE [-o OUT]',
  '  vbhc --version | --help',
].join('\n');

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  // Called lazily: cli-export.ts imports this module too.
  export: (args, io) => exportCommand(args, io),
  import: (args, io) => importCommand(args, io),
  catalog: (args, io) => catalogCommand(args, io),
};

/** Registers a subcommand (used by the export module). */
export function registerCommand(name: string, command: Command): void {
  COMMANDS[name] = command;
}

/**
 * Control characters other than tab and line feed — C0, DEL and C1, which
 * start terminal escape sequences — written as `\uXXXX`: text from a
 * document (`loai: "BC\u001b]0;PWNED\u0007"`), a file name or a message
 * cannot retitle or recolour the user's terminal. Inside JSON strings the
 * escape is the same character (JSON.stringify leaves DEL and C1 raw).
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Runs the CLI and returns the exit code. Everything it prints goes through terminalSafe. */
export async function main(argv: string[], rawIO: CliIO): Promise<number> {
  const io: CliIO = { ...rawIO, stdout: (t) => rawIO.stdout(terminalSafe(t)), stderr: (t) => rawIO.stderr(terminalSafe(t)) };
  const [cmd, ...rest] = argv;
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.stdout(USAGE + '\n');
      return cmd ? 0 : 2;
    }
    if (cmd === '--version' || cmd === '-v') {
      io.stdout('vbhc 0.1.0\n');
      return 0;
    }
    const command = COMMANDS[cmd];
    if (!command) throw new CliError(`lệnh không rõ "${cmd}" / unknown command "${cmd}" (vbhc --help)`);
    return await command(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`vbhc: ${e.message}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    io.stderr(`vbhc: lỗi / error: ${err?.message ?? String(e)}\n`);
    return 2;
  }
}

/** Parsed options of `check`. */
interface CheckOptions {
  format: 'text' | 'json';
  catalogs: string[];
  lang?: Lang;
  paths: string[];
}

/** Parses `check` arguments. */
export function parseCheckArgs(args: string[]): CheckOptions {
  const opts: CheckOptions = { format: 'text', catalogs: [], paths: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new CliError(`thiếu giá trị cho ${a} / ${a} needs a value`);
      return v;
    };
    if (a === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json') throw new CliError(`--format nhận text hoặc json, không nhận "${v}" / --format takes text or json`);
      opts.format = v;
    } else if (a.startsWith('--format=')) {
      args.splice(i + 1, 0, a.slice(9));
      i--;
      args[i + 1] = '--format';
    } else if (a === '--catalog') opts.catalogs.push(value());
    else if (a === '--lang') {
      const v = value();
      if (v !== 'vi' && v !== 'en') throw new CliError(`--lang nhận vi hoặc en / --lang takes vi or en`);
      opts.lang = v;
    } else if (a.startsWith('-') && a !== '-') throw new CliError(`tùy chọn không rõ "${a}" / unknown option "${a}"`);
    else opts.paths.push(a);
  }
  if (opts.paths.length === 0) throw new CliError('chưa chỉ tệp hoặc thư mục cần kiểm tra / no file or folder given');
  return opts;
}

/** Settings read from `.vbhc.yaml` (project-config.ts); a file that cannot be read or parsed is an input error. */
export async function readProjectConfig(startDir: string): Promise<ProjectConfig> {
  try {
    return await readConfigFile(startDir);
  } catch (e) {
    if (e instanceof ProjectConfigError) throw new CliError(e.message);
    throw e;
  }
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

/** The warning about a file read with bytes replaced, on stderr (both languages, as the CLI's errors). */
function warnReplaced(io: Pick<CliIO, 'stderr'>, display: string, read: ReadText): void {
  const m = replacedBytesMessage(display, read);
  io.stderr(`vbhc: cảnh báo / warning: ${m.vi} / ${m.en}\n`);
}

/**
 * Reads a document for the CLI: a file that is not read (not a regular file,
 * too large, an encoding vbhc cannot read) is an input error; bytes replaced
 * by U+FFFD are a warning on stderr.
 */
export async function readCliDocument(abs: string, display: string, io: Pick<CliIO, 'stderr'>): Promise<string> {
  let read: ReadText;
  try {
    read = await readTextFile(abs);
  } catch (e) {
    if (e instanceof ReadTextError) throw new CliError(e.message);
    throw new CliError(`không đọc được "${display}" / cannot read "${display}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (read.replaced > 0) warnReplaced(io, display, read);
  return read.text;
}

/** Creates a service for a set of files with the project config applied. */
export async function createCliService(firstPath: string, cwd: string, extra: { lang?: Lang; catalogs?: string[]; keepTokens?: boolean; io?: Pick<CliIO, 'stderr'> } = {}): Promise<VbhcLanguageService> {
  const abs = path.resolve(cwd, firstPath);
  let dir = abs;
  try {
    if (!(await fsp.stat(abs)).isDirectory()) dir = path.dirname(abs);
  } catch {
    dir = path.dirname(abs);
  }
  const { settings } = await readProjectConfig(dir);
  const catalogs = [...((settings.catalogs as string[]) ?? []), ...(extra.catalogs ?? []).map((c) => path.resolve(cwd, c))];
  for (const c of extra.catalogs ?? []) {
    if (!(await nodeFileSystem.isFile(path.resolve(cwd, c)))) throw new CliError(`không tìm thấy danh mục "${c}" / catalog "${c}" not found`);
  }
  const lang: Lang = extra.lang ?? (settings.language === 'en' ? 'en' : 'vi');
  return createLanguageService({
    fs: createNodeFileSystem((file, read) => extra.io && warnReplaced(extra.io, path.relative(cwd, file) || file, read)),
    // What the service cannot do (a catalog it cannot read) is said on stderr, in one line.
    logger: extra.io ? { info: () => undefined, error: (m) => extra.io!.stderr(`${m.split('\n')[0]}\n`) } : silentLogger,
    keepTokens: extra.keepTokens,
    settings: { lang, severity: settings.severity as VbhcSettings['severity'], catalogs, profiles: settings.profiles as VbhcSettings['profiles'], layout: settings.layout, dictionary: settings.dictionary as VbhcSettings['dictionary'] },
  });
}

/** `vbhc check`. */
async function checkCommand(args: string[], io: CliIO): Promise<number> {
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

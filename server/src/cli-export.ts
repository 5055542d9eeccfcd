/**
 * `vbhc export PATH [-o OUT] [--format docx|html|pdf]` (dialect §5): writes
 * the official layout of one document. Default OUT is the input path with
 * `.vbhc.md` replaced by the format's extension. Writing is atomic
 * (export-file.ts). A document with error-severity problems is exported all
 * the same (a draft is printed to be read), and their count goes to stderr.
 * Exit 0 when written (notes about degraded content go to stderr), 2 on a
 * usage or input error with a one-line reason.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { CliError, createCliService, readCliDocument, type CliIO } from './cli-common';
import { choiceOption, langOption, lastValue, ONE_FILE, OUTPUT_OPTION, readArgs } from './cli-args';
import { EXPORT_FORMATS, ExportFileError, exportSource, writeExport, type ExportFormat } from './export-file';
import { exportFileName } from './service/workspace';
import { pathToUri } from './uri';

export { EXPORT_FORMATS, type ExportFormat };

/** Parsed options of `export`. */
export interface ExportOptions {
  input: string;
  output?: string;
  format?: ExportFormat;
  lang?: 'vi' | 'en';
}

/** Parses `export` arguments. */
export function parseExportArgs(args: readonly string[]): ExportOptions {
  const given = readArgs('export', args, { values: { ...OUTPUT_OPTION, '--format': 'format', '-f': 'format', '--lang': 'lang' }, maxPositional: ONE_FILE });
  const input = given.positional[0];
  const opts: Partial<ExportOptions> = {};
  const output = lastValue(given, 'output')?.value;
  const lang = langOption(lastValue(given, 'lang'));
  const format = choiceOption(lastValue(given, 'format'), Object.keys(EXPORT_FORMATS) as ExportFormat[]);
  if (output !== undefined) opts.output = output;
  if (lang !== undefined) opts.lang = lang;
  if (format !== undefined) opts.format = format;
  if (!input) throw new CliError('chưa chỉ tệp cần xuất (vbhc export TỆP.vbhc.md) / no file given (vbhc export FILE.vbhc.md)');
  return { ...opts, input };
}

/** The format implied by an output file name, if any. */
function formatOfPath(p: string): ExportFormat | undefined {
  const ext = path.extname(p).toLowerCase();
  return (Object.keys(EXPORT_FORMATS) as ExportFormat[]).find((f) => EXPORT_FORMATS[f] === ext);
}

/** Default output path: `.vbhc.md` (or `.md`) replaced by the format's extension. */
export function defaultOutputPath(input: string, format: ExportFormat): string {
  return exportFileName(input, EXPORT_FORMATS[format]);
}

/** `vbhc export`. */
export async function exportCommand(args: string[], io: CliIO): Promise<number> {
  const opts = parseExportArgs(args);
  // The contract writes a file through a temporary file and a rename; standard output cannot be written so.
  if (opts.output === '-') throw new CliError('vbhc export ghi ra tệp, không ra đầu ra chuẩn: cho tên tệp sau -o (tệp tên "-": -o ./-) / vbhc export writes a file, not standard output: give a file name after -o (a file named "-": -o ./-)');
  const named = opts.output ? formatOfPath(opts.output) : undefined;
  if (opts.format && named && named !== opts.format) {
    throw new CliError(`--format ${opts.format} không ghi vào "${opts.output}" (đuôi của ${named}): đổi đuôi tệp hoặc bỏ --format / --format ${opts.format} does not write into "${opts.output}" (a ${named} name): change the extension or drop --format`);
  }
  const format: ExportFormat = opts.format ?? named ?? 'docx';
  const input = path.resolve(io.cwd, opts.input);
  let stat;
  try {
    stat = await fsp.stat(input);
  } catch {
    throw new CliError(`không tìm thấy "${opts.input}" / "${opts.input}" not found`);
  }
  if (!stat.isFile()) throw new CliError(`"${opts.input}" không phải là tệp / "${opts.input}" is not a file`);
  const output = path.resolve(io.cwd, opts.output ?? defaultOutputPath(opts.input, format));
  const text = await readCliDocument(input, opts.input, io);
  // One document parsed once and exported once: keep its tokens rather than parse it twice.
  const service = await createCliService(opts.input, io.cwd, { lang: opts.lang, keepTokens: true, io });
  const uri = pathToUri(input);
  // A closed file read from disk (version -1), as the service knows such files: read once and never edited, so
  // the checks that count its errors scan it whole and keep nothing for a later edit (a third less of their time).
  service.setDocument(uri, text, -1);
  const en = service.settings.lang === 'en';
  try {
    // The source is never replaced, whatever path names it (a symlinked folder, another letter case).
    const { notes } = await writeExport(exportSource(service, uri), format, output, { sources: [input] });
    for (const n of notes) io.stderr(`vbhc: ${en ? 'note' : 'ghi chú'}: ${n}\n`);
    const errors = service.getErrors(uri).length;
    if (errors > 0) {
      io.stderr(
        en
          ? `vbhc: the document has ${errors} error${errors === 1 ? '' : 's'}; exported anyway. List them with: vbhc check ${opts.input}\n`
          : `vbhc: văn bản còn ${errors} lỗi; vẫn xuất. Xem các lỗi: vbhc check ${opts.input}\n`,
      );
    }
    io.stdout(`${en ? 'Written' : 'Đã xuất'} ${path.relative(io.cwd, output) || output}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ExportFileError) throw new CliError(en ? e.en : e.vi);
    throw e;
  }
}

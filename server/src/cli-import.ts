/**
 * `vbhc import PATH [-o OUT] [--force]` (dialect §5): a Word document
 * (.docx) or a plain text (.txt) into a `*.vbhc.md` file. Default OUT is the
 * input path with its extension replaced by `.vbhc.md`; an existing OUT is
 * never overwritten without `--force`. Writing is atomic (export-file.ts).
 * Exit 0 when written (keys left as «…» placeholders and notes go to
 * stderr), 2 on a usage or input error with a one-line reason — nothing is
 * written then.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { CliError, type CliIO } from './cli-common';
import { langOption, lastValue, ONE_FILE, OUTPUT_OPTION, readArgs } from './cli-args';
import { ExportFileError, writeFileAtomic } from './export-file';
import { ImportError, importFile, importOutputPath } from './service/import/index';

/** Parsed options of `import`. */
export interface ImportOptions {
  input: string;
  output?: string;
  force: boolean;
  lang?: 'vi' | 'en';
}

/** Parses `import` arguments. */
export function parseImportArgs(args: readonly string[]): ImportOptions {
  const given = readArgs('import', args, { values: { ...OUTPUT_OPTION, '--lang': 'lang' }, flags: { '--force': 'force' }, maxPositional: ONE_FILE });
  const input = given.positional[0];
  if (!input) throw new CliError('chưa chỉ tệp cần nhập (vbhc import TỆP.docx) / no file given (vbhc import FILE.docx)');
  return { input, output: lastValue(given, 'output')?.value, force: given.flags.has('force'), lang: langOption(lastValue(given, 'lang')) };
}

/** `vbhc import`. */
export async function importCommand(args: string[], io: CliIO): Promise<number> {
  const opts = parseImportArgs(args);
  const en = opts.lang === 'en';
  const input = path.resolve(io.cwd, opts.input);
  let bytes: Uint8Array;
  try {
    if (!(await fsp.stat(input)).isFile()) throw new CliError(`"${opts.input}" không phải là tệp / "${opts.input}" is not a file`);
    bytes = await fsp.readFile(input);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`không tìm thấy "${opts.input}" / "${opts.input}" not found`);
    throw new CliError(`không đọc được "${opts.input}" / cannot read "${opts.input}": ${code ?? (e as Error).message}`);
  }
  const output = path.resolve(io.cwd, opts.output ?? importOutputPath(opts.input));
  if (output === input) throw new CliError(`tệp ra trùng tệp nguồn "${opts.input}" / the output would overwrite the input "${opts.input}"`);
  const shown = path.relative(io.cwd, output) || output;
  if (!opts.force && (await fsp.stat(output).then(() => true, () => false))) {
    throw new CliError(`đã có "${shown}", không ghi đè (thêm --force để ghi đè) / "${shown}" exists and is kept (add --force to overwrite)`);
  }
  let result;
  try {
    result = await importFile(input, bytes);
  } catch (e) {
    if (e instanceof ImportError) throw new CliError(`"${opts.input}": ${en ? e.en : e.vi}`);
    throw e;
  }
  try {
    await writeFileAtomic(output, result.text);
  } catch (e) {
    if (e instanceof ExportFileError) throw new CliError(en ? e.en : e.vi);
    throw e;
  }
  for (const n of result.notes) io.stderr(`vbhc: ${en ? 'note' : 'ghi chú'}: ${en ? n.en : n.vi}\n`);
  if (result.missing.length) {
    io.stderr(
      en
        ? `vbhc: not found in the file, left as «…» to fill in: ${result.missing.join(', ')}\n`
        : `vbhc: không thấy trong tệp, để «…» cần điền: ${result.missing.join(', ')}\n`,
    );
  }
  io.stdout(`${en ? 'Imported' : 'Đã nhập'} ${shown}\n`);
  return 0;
}

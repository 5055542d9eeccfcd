/**
 * What every `vbhc` subcommand shares: where it writes, its usage error
 * (exit 2 with a one-line reason), the project's settings (`.vbhc.yaml`),
 * reading a document, and a service with those settings applied.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { createNodeFileSystem, nodeFileSystem, replacedBytesMessage } from './node-fs';
import { readProjectConfig as readConfigFile, ProjectConfigError, settingsInput, type ProjectConfig } from './project-config';
import { readTextFile, ReadTextError, type ReadText } from './read-text';
import { createLanguageService, silentLogger, type VbhcLanguageService, type Lang, type VbhcSettings } from './service/index';

/** Where the CLI writes. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** A usage or input error: exit 2 with a one-line reason. */
export class CliError extends Error {}

/** Settings read from `.vbhc.yaml` (project-config.ts); a file that cannot be read or parsed is an input error. */
export async function readProjectConfig(startDir: string): Promise<ProjectConfig> {
  try {
    return await readConfigFile(startDir);
  } catch (e) {
    if (e instanceof ProjectConfigError) throw new CliError(e.message);
    throw e;
  }
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
    settings: settingsInput(settings, lang, catalogs),
  });
}

/**
 * The Node implementation of the core's IFileSystem, shared by the server and
 * the CLI. Skips node_modules and dot-folders; never follows symlinked folders.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { IFileSystem } from './service/workspace';
import { readTextFile, type ReadText } from './read-text';

const SKIP_DIRS = new Set(['node_modules', 'out', 'dist']);

/** Says that a file was read with bytes replaced (not valid in its encoding). */
export type ReplacedBytesReporter = (file: string, read: ReadText) => void;

/**
 * The real file system. Text is read by readTextFile (regular files only,
 * size cap, BOMs); `onReplaced` hears of files read with invalid bytes.
 */
export function createNodeFileSystem(onReplaced?: ReplacedBytesReporter): IFileSystem {
  return {
    ...nodeFileSystem,
    async readFile(p) {
      const read = await readTextFile(p);
      if (read.replaced > 0) onReplaced?.(p, read);
      return read.text;
    },
  };
}

/** The message about replaced bytes, in both languages. */
export function replacedBytesMessage(file: string, read: ReadText): { vi: string; en: string } {
  return {
    vi: `${file}: ${read.replaced} ký tự không đọc được ở mã ${read.encoding.toUpperCase()} đã thay bằng U+FFFD (ký tự đầu ở dòng ${read.firstReplacedLine}); hãy lưu lại tệp ở mã UTF-8`,
    en: `${file}: ${read.replaced} character(s) not valid ${read.encoding.toUpperCase()} replaced by U+FFFD (the first on line ${read.firstReplacedLine}); save the file as UTF-8`,
  };
}

/** Reads the real file system (no report of replaced bytes: see createNodeFileSystem). */
export const nodeFileSystem: IFileSystem = {
  async findFiles(root, suffixes) {
    const out: string[] = [];
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > 20) return;
      let entries: import('node:fs').Dirent[];
      try {
        entries = await fsp.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (e.name.startsWith('.')) continue;
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) await walk(p, depth + 1);
        } else if (e.isFile() && suffixes.some((s) => e.name.endsWith(s))) out.push(p);
      }
    };
    await walk(root, 0);
    return out.sort();
  },
  async readFile(p) {
    return (await readTextFile(p)).text;
  },
  async size(p) {
    return (await fsp.stat(p)).size;
  },
  async isFile(p) {
    try {
      return (await fsp.stat(p)).isFile();
    } catch {
      return false;
    }
  },
};

/**
 * Whether a file lies inside one of the workspace folders, both taken with
 * symbolic links resolved (a link in the workspace to a file outside it is
 * outside).
 */
export async function insideWorkspace(file: string, roots: readonly string[]): Promise<boolean> {
  const real = await fsp.realpath(file).catch(() => undefined);
  if (!real) return false;
  for (const root of roots) {
    const r = await fsp.realpath(root).catch(() => undefined);
    if (!r) continue;
    const rel = path.relative(r, real);
    if (rel !== '' && rel.split(path.sep)[0] !== '..' && !path.isAbsolute(rel)) return true;
  }
  return false;
}

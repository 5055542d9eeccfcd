/**
 * What the core needs from the world, injected by each door: list files of a
 * folder and read them. The server and the CLI give a Node implementation
 * (server/src/node-fs.ts); tests give an in-memory one.
 */

/** A read-only file system view, by absolute path. */
export interface IFileSystem {
  /** Absolute paths of files under `root` whose names end with a suffix (recursive). */
  findFiles(root: string, suffixes: readonly string[]): Promise<string[]>;
  /** The file's text (UTF-8). Rejects when it cannot be read. */
  readFile(path: string): Promise<string>;
  /** True when the path is an existing file. */
  isFile(path: string): Promise<boolean>;
}

/** Suffix of dialect documents. */
export const VBHC_SUFFIX = '.vbhc.md';
/** Suffix of user catalogs. */
export const CATALOG_SUFFIX = '.vanban.yaml';

/** Largest document the service analyses in full (bytes of UTF-16 text). */
export const MAX_DOCUMENT_CHARS = 8 * 1024 * 1024;

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
  /** The file's size in bytes, so that a huge file is refused before it is read (optional: without it the text is read first). */
  size?(path: string): Promise<number>;
}

/** Suffix of dialect documents. */
export const VBHC_SUFFIX = '.vbhc.md';
/** Suffix of user catalogs. */
export const CATALOG_SUFFIX = '.vanban.yaml';
/** Name of a project's settings file (the CLI's settings; in the editor, its layout). */
export const PROJECT_CONFIG_NAME = '.vbhc.yaml';
/**
 * The name of a document's export: `.vbhc.md` (or `.md`) replaced by the
 * format's extension (`.docx`, `.pdf`, `.html`), else the extension added —
 * so an export never takes the name of a source that is not Markdown. Used
 * by the CLI on its input path and by the editor on the file name.
 */
export function exportFileName(source: string, ext: string): string {
  if (source.toLowerCase().endsWith(VBHC_SUFFIX)) return source.slice(0, -VBHC_SUFFIX.length) + ext;
  if (/\.md$/i.test(source)) return source.slice(0, -'.md'.length) + ext;
  return source + ext;
}

/** The files whose changes on disk the language server follows: documents, catalogs, the project's settings. */
export const WATCHED_GLOBS = [`**/*${VBHC_SUFFIX}`, `**/*${CATALOG_SUFFIX}`, `**/${PROJECT_CONFIG_NAME}`] as const;

/**
 * Longest document checked in full, in UTF-16 characters: about 2,000
 * pages, checked in well under a second. Of a longer one only the front
 * matter is checked, and one `document.limit` diagnostic says so.
 */
export const MAX_DOCUMENT_CHARS = 4 * 1024 * 1024;

/**
 * Largest file read from disk, in bytes: room for MAX_DOCUMENT_CHARS
 * characters in UTF-8 (up to three bytes each for Vietnamese, more in NFD).
 * A larger file in the workspace is not read: the service holds it with
 * one `document.limit` diagnostic, and logs it.
 */
export const MAX_DOCUMENT_BYTES = 4 * MAX_DOCUMENT_CHARS;

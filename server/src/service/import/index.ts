/**
 * Import (dialect §5, `vbhc import`): a Word document (.docx) or a plain
 * text (.txt) into a `*.vbhc.md` text. Bytes in, text out — no file access
 * here; the CLI and the language server read and write. An input that is
 * damaged, encrypted, empty or not what its name says is refused with an
 * `ImportError` carrying a one-line reason in both languages.
 */
import { assembleDocument, type ImportResult } from './import-document';
import { readText } from './text-reader';
import { ImportError } from './types';
import { VBHC_SUFFIX } from '../workspace';

export { ImportError } from './types';
export type { ImportResult } from './import-document';

/** The file kinds import reads, by extension. */
export const IMPORT_EXTENSIONS = ['.docx', '.txt'] as const;

/** Extension of a file name, lower case (`.docx`). */
function extensionOf(name: string): string {
  const m = /\.[^./\\]+$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

/** The output name of an import: the extension replaced by `.vbhc.md`. */
export function importOutputPath(input: string): string {
  const ext = extensionOf(input);
  return (ext ? input.slice(0, -ext.length) : input) + VBHC_SUFFIX;
}

/**
 * Decodes a text file: UTF-8 (with or without BOM), UTF-16 with a BOM, else
 * Windows-1252 — the 8-bit code page legacy-font (TCVN3, VNI) files were
 * saved in, whose look-alike letters the reader converts.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Imports one file's bytes; `name` (its path or base name) gives the kind by its extension. */
export async function importFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
  const ext = extensionOf(name);
  if (ext === '.txt') {
    const text = decodeText(bytes);
    if (!text.replace(/^\ufeff/u, '').trim()) throw new ImportError('tệp rỗng, không có gì để nhập', 'the file is empty, nothing to import');
    return assembleDocument(readText(text), true);
  }
  if (ext === '.docx') {
    const { readDocx } = await import('./docx-reader');
    return assembleDocument(await readDocx(bytes), false);
  }
  throw new ImportError(
    `chỉ nhập được tệp .docx hoặc .txt, không nhận "${ext || name}"`,
    `only .docx and .txt files can be imported, not "${ext || name}"`,
  );
}

/**
 * The language server's side of "import a Word document / text file": the
 * client sends the file's bytes, the core maps them (service/import/), the
 * text goes back. A refused input becomes a ResponseError carrying its
 * one-line reason in the user's language.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { ImportDocumentParams, ImportDocumentResult } from './protocol';
import { ImportError, importFile } from './service/import/index';
import type { Lang } from './service/index';

/** Handles `vbhc/importDocument`. */
export async function importDocument(params: ImportDocumentParams, lang: Lang): Promise<ImportDocumentResult> {
  if (typeof params?.name !== 'string' || typeof params.base64 !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'name and base64 are required');
  try {
    const result = await importFile(params.name, Buffer.from(params.base64, 'base64'));
    return { text: result.text, missing: result.missing, notes: result.notes.map((n) => (lang === 'en' ? n.en : n.vi)) };
  } catch (e) {
    if (e instanceof ImportError) throw new ResponseError(ErrorCodes.InvalidParams, lang === 'en' ? e.en : e.vi);
    throw e;
  }
}

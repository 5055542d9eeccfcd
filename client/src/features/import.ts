/**
 * "Nhập văn bản từ Word/tệp văn bản" (`vbhc.importDocument [uri] [outputPath]`):
 * a .docx or .txt file — from the explorer's context menu, or picked in a
 * dialog from the palette — is read here, mapped by the server
 * (`vbhc/importDocument`, the same core as `vbhc import`), written next to
 * it as NAME.vbhc.md (atomically; an existing file is replaced only when the
 * user says so) and opened beside the current editor. Returns the written
 * path. A file the importer refuses gets its one-line reason.
 */
import * as vscode from 'vscode';
import { COMMANDS, VBHC_SUFFIX } from '../command-ids';
import { t } from '../i18n';
import { reportFailure, type Feature, type FeatureContext } from './feature';
import { writeFileAtomic } from '../../../server/src/export-file';
import { outputArgument } from './files';

/** Extensions the importer reads. */
const IMPORTABLE = /\.(docx|txt)$/i;

/** The import feature. */
export const importFeature: Feature = (ctx) =>
  vscode.commands.registerCommand(COMMANDS.importDocument, (uri?: unknown, out?: unknown) => reportFailure(ctx.output, t('Import failed'), () => importDocument(ctx, uri, out)));

/** The file to import: the URI given (explorer, tests), else one picked in a dialog. */
async function sourceFile(arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: t('Import'),
    filters: { [t('Word documents and text files')]: ['docx', 'txt'] },
  });
  return picked?.[0];
}

/** The output of an import: the source's name with its extension replaced by `.vbhc.md`. */
export function importTarget(source: vscode.Uri): vscode.Uri {
  return source.with({ path: source.path.replace(/\.[^./]*$/, '') + VBHC_SUFFIX });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function importDocument(ctx: FeatureContext, uriArg: unknown, outArg: unknown): Promise<string | undefined> {
  const source = await sourceFile(uriArg);
  if (!source) return undefined;
  if (!IMPORTABLE.test(source.path)) {
    void vscode.window.showWarningMessage(t('Only .docx and .txt files can be imported.'));
    return undefined;
  }
  const given = outputArgument(outArg);
  const target = given ? vscode.Uri.file(given) : importTarget(source);
  if (!given && (await exists(target))) {
    const replace = t('Replace');
    const choice = await vscode.window.showWarningMessage(t('{0} already exists. Replace it with the imported text?', vscode.workspace.asRelativePath(target)), { modal: true }, replace);
    if (choice !== replace) return undefined;
  }
  const bytes = await vscode.workspace.fs.readFile(source);
  let result;
  try {
    result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('Importing {0}…', vscode.workspace.asRelativePath(source)) }, () => ctx.requests.importDocument(source.path, bytes));
  } catch (e) {
    // The server's message is the importer's one-line reason, in the user's language.
    void vscode.window.showErrorMessage(t('Cannot import {0}: {1}', vscode.workspace.asRelativePath(source), (e as Error).message));
    return undefined;
  }
  // The writer of every file vbhc makes (server/src/export-file.ts): atomic, and never onto the imported file itself.
  await writeFileAtomic(target.fsPath, Buffer.from(result.text, 'utf8'), { sources: [source.fsPath], makeFolder: true });
  if (result.notes.length) {
    ctx.output.appendLine(t('Notes on {0}:', target.fsPath));
    for (const n of result.notes) ctx.output.appendLine(`  - ${n}`);
  }
  const doc = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  if (result.missing.length) {
    void vscode.window.showInformationMessage(t('Imported. Not found in the file, left as «…» to fill in: {0}', result.missing.join(', ')));
  }
  return target.fsPath;
}

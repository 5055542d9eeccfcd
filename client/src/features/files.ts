/**
 * File helpers of the export commands: where an export goes, and offering to
 * open it. (The language server writes the file: server/src/export-file.ts.)
 */
import * as vscode from 'vscode';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { VBHC_SUFFIX } from '../command-ids';

/** Setting (under `vbhc.`) naming the folder exports go to. */
export const OUTPUT_FOLDER_SETTING = 'export.outputFolder';

/** The output file name of a source for an extension (`.docx`, `.pdf`). */
export function outputName(sourcePath: string, ext: string): string {
  const base = basename(sourcePath);
  const stem = base.toLowerCase().endsWith(VBHC_SUFFIX) ? base.slice(0, -VBHC_SUFFIX.length) : base.replace(/\.[^.]*$/, '');
  return stem + ext;
}

/**
 * Where the export of a document goes: the folder of the setting
 * `vbhc.export.outputFolder` (relative to the document's workspace folder, or
 * absolute), else next to the source.
 */
export function defaultOutputPath(doc: vscode.TextDocument, ext: string): string {
  const configured = vscode.workspace.getConfiguration('vbhc', doc.uri).get<string>(OUTPUT_FOLDER_SETTING, '').trim();
  const source = doc.uri.fsPath;
  let folder = dirname(source);
  if (configured) {
    const root = vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.fsPath ?? dirname(source);
    folder = isAbsolute(configured) ? configured : join(root, configured);
  }
  return join(folder, outputName(source, ext));
}

/** Accepts an output path given as a command argument (string or file URI). */
export function outputArgument(arg: unknown): string | undefined {
  if (typeof arg === 'string' && arg.trim()) return arg;
  if (arg instanceof vscode.Uri && arg.scheme === 'file') return arg.fsPath;
  return undefined;
}

/** Offers "Open file" / "Open folder" for a written file (does not wait for the user). */
export function offerOpen(message: string, file: string, openFileLabel: string, openFolderLabel: string): void {
  void vscode.window.showInformationMessage(message, openFileLabel, openFolderLabel).then(async (choice) => {
    const uri = vscode.Uri.file(file);
    if (choice === openFileLabel) await vscode.env.openExternal(uri);
    else if (choice === openFolderLabel) {
      const desktop = vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName;
      await vscode.commands.executeCommand(desktop ? 'revealFileInOS' : 'revealInExplorer', uri);
    }
  });
}

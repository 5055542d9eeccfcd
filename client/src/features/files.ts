/**
 * File helpers of the export commands: where an export goes, and offering to
 * open it. (The language server writes the file: server/src/export-file.ts.)
 */
import * as vscode from 'vscode';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { exportFileName } from '../../../server/src/service/workspace';
import { t } from '../i18n';

/** Setting (under `vbhc.`) naming the folder exports go to. */
export const OUTPUT_FOLDER_SETTING = 'export.outputFolder';

/** The output file name of a source for an extension (`.docx`, `.pdf`). */
export function outputName(sourcePath: string, ext: string): string {
  return exportFileName(basename(sourcePath), ext);
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

/**
 * Offers what can be done with a written file (does not wait for the user).
 * On a local desktop: "Open file" with the system's default program and
 * "Open folder" in the system's file manager. In a remote or web workbench
 * the file is on another machine, where neither works: "Download" (through
 * the explorer) and "Show in explorer" instead, for a file of the workspace.
 */
export function offerOpen(message: string, file: string): void {
  const actions = fileActions(vscode.Uri.file(file));
  void vscode.window.showInformationMessage(message, ...actions.map((a) => a.label)).then((choice) => actions.find((a) => a.label === choice)?.run());
}

/** What the notification of a written file offers, by where the workbench runs. */
function fileActions(uri: vscode.Uri): Array<{ label: string; run: () => Thenable<unknown> }> {
  if (vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName) {
    return [
      { label: t('Open file'), run: () => vscode.env.openExternal(uri) },
      { label: t('Open folder'), run: () => vscode.commands.executeCommand('revealFileInOS', uri) },
    ];
  }
  if (!vscode.workspace.getWorkspaceFolder(uri)) return []; // the explorer shows (and downloads) only the workspace's files
  const reveal = () => vscode.commands.executeCommand('revealInExplorer', uri);
  return [
    { label: t('Download'), run: async () => (await reveal(), await vscode.commands.executeCommand('explorer.download')) },
    { label: t('Show in explorer'), run: reveal },
  ];
}

/**
 * "Thêm vào từ điển": the spelling check's quick fix runs this command with
 * the word; it is added to `vbhc.dictionary` in the settings of the
 * document's workspace folder (the user's settings when the document is in
 * none). The server re-checks on the settings change, so the finding goes.
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../command-ids';
import { t } from '../i18n';
import { reportFailure, type Feature } from './feature';

/** Adds `word` to the dictionary list of the settings target that holds the active document; returns the new list (tests). */
export async function addToDictionary(word: unknown): Promise<string[] | undefined> {
  if (typeof word !== 'string' || word.trim() === '') return undefined;
  const w = word.trim().normalize('NFC');
  const uri = vscode.window.activeTextEditor?.document.uri;
  const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : vscode.workspace.workspaceFolders?.[0];
  const config = vscode.workspace.getConfiguration('vbhc', folder?.uri);
  const inspect = config.inspect<string[]>('dictionary');
  const target = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  const current = (folder ? inspect?.workspaceFolderValue : inspect?.globalValue) ?? [];
  if (current.some((x) => x.toLowerCase() === w.toLowerCase())) return current;
  const next = [...current, w];
  await config.update('dictionary', next, target);
  return next;
}

/** The command behind the quick fix. */
export const dictionaryFeature: Feature = (ctx) =>
  vscode.commands.registerCommand(COMMANDS.addToDictionary, (word?: unknown) =>
    reportFailure(ctx.output, t('Adding the word to the dictionary failed'), () => addToDictionary(word)),
  );

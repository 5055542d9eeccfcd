/**
 * "Thêm vào từ điển": the spelling check's quick fix runs this command with
 * the word; it is added to `vbhc.dictionary` in the workspace's settings.
 * The server re-checks on the settings change, so the finding goes.
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../command-ids';
import { t } from '../i18n';
import { reportFailure, type Feature } from './feature';

/**
 * Adds `word` to `vbhc.dictionary` in the workspace's settings (the user's
 * when no folder is open): the level the server reads its settings at.
 * Returns the new list (tests).
 */
export async function addToDictionary(word: unknown): Promise<string[] | undefined> {
  if (typeof word !== 'string' || word.trim() === '') return undefined;
  const w = word.trim().normalize('NFC');
  const config = vscode.workspace.getConfiguration('vbhc');
  const inspect = config.inspect<string[]>('dictionary');
  const inWorkspace = !!vscode.workspace.workspaceFolders?.length;
  const current = (inWorkspace ? inspect?.workspaceValue : inspect?.globalValue) ?? [];
  if (current.some((x) => x.toLowerCase() === w.toLowerCase())) return current;
  const next = [...current, w];
  await config.update('dictionary', next, inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  return next;
}

/** The command behind the quick fix. */
export const dictionaryFeature: Feature = (ctx) =>
  vscode.commands.registerCommand(COMMANDS.addToDictionary, (word?: unknown) =>
    reportFailure(ctx.output, t('Adding the word to the dictionary failed'), () => addToDictionary(word)),
  );

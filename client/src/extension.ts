/**
 * Entry of the vbhc VS Code extension (bundled to dist/client.js). Starts
 * the language server, then composes the client features — each registers
 * itself and returns a disposable. A failed activation is shown to the user
 * and rethrown so VS Code records it too. Deactivation stops the server
 * within a time bound.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from './command-ids';
import { initI18n, t } from './i18n';
import { STOP_TIMEOUT_MS, VbhcRequests, startLanguageClient } from './language-client';
import type { Feature, FeatureContext, VbhcApi } from './features/feature';
import { statusBarFeature } from './features/status-bar';
import { exportFeature } from './features/export';
import { previewFeature } from './features/preview';
import { editCommandsFeature } from './features/edit-commands';
import { insertReferenceFeature } from './features/insert-reference';
import { importCatalogFeature } from './features/import-catalog';
import { newDocumentFeature } from './features/new-document';
import { insertTemplateFeature } from './features/insert-template';
import { importFeature } from './features/import';
import { dictionaryFeature } from './features/dictionary';

/** Every feature of the client, in the order they start. */
const FEATURES: readonly Feature[] = [statusBarFeature, exportFeature, previewFeature, editCommandsFeature, insertReferenceFeature, importCatalogFeature, newDocumentFeature, insertTemplateFeature, importFeature, dictionaryFeature];

let client: LanguageClient | undefined;

export type { VbhcApi };

/** Activates the extension. */
export async function activate(context: vscode.ExtensionContext): Promise<VbhcApi> {
  initI18n(context.extensionPath);
  const output = vscode.window.createOutputChannel('VBHC');
  context.subscriptions.push(output, vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show()));
  try {
    client = await startLanguageClient(context, output);
    const requests = new VbhcRequests(client);
    const api: VbhcApi = { requests };
    const ctx: FeatureContext = { extension: context, client, requests, output, api };
    for (const feature of FEATURES) context.subscriptions.push(feature(ctx));
    return api;
  } catch (e) {
    const err = e as Error;
    output.appendLine(`activation failed: ${err.stack ?? err.message}`);
    const show = t('Show output');
    void vscode.window.showErrorMessage(t('VBHC could not start: {0}', err.message), show).then((c) => (c === show ? output.show() : undefined));
    throw e;
  }
}

/** Stops the language server (bounded by STOP_TIMEOUT_MS). */
export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop(STOP_TIMEOUT_MS);
}

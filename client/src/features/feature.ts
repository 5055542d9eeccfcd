/**
 * What every client feature receives, and the shape of a feature: a function
 * that registers what it needs and returns one disposable undoing it all.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { VbhcRequests } from '../language-client';
import { LANGUAGE_ID, VBHC_SUFFIX } from '../command-ids';

/** Shared facts of the running extension. */
export interface FeatureContext {
  extension: vscode.ExtensionContext;
  client: LanguageClient;
  requests: VbhcRequests;
  output: vscode.OutputChannel;
  /** What `activate` returns; a feature may add its entry points for other extensions and tests. */
  api: VbhcApi;
}

/** What `activate` hands to other extensions and tests. */
export interface VbhcApi {
  requests: VbhcRequests;
  /** Shows the document previewed last in `panel`, as after a window reload (the preview's webview serializer). */
  restorePreview?: (panel: vscode.WebviewPanel) => Promise<void>;
}

/** A feature: registers itself and returns its disposable. */
export type Feature = (ctx: FeatureContext) => vscode.Disposable;

/** Whether a document is a vbhc document. */
export function isVbhcDocument(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return !!doc && (doc.languageId === LANGUAGE_ID || doc.uri.path.endsWith(VBHC_SUFFIX));
}

/**
 * The vbhc document a command acts on: the URI given (explorer menu, tests),
 * else the active editor's document. Opens the document when needed.
 */
export async function targetDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  const doc = vscode.window.activeTextEditor?.document;
  return isVbhcDocument(doc) ? doc : undefined;
}

/** The visible editor of a document, if any. */
export function editorOf(doc: vscode.TextDocument): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === doc.uri.toString());
}

/** Runs a command body and shows an unexpected failure instead of losing it. */
export async function reportFailure<T>(output: vscode.OutputChannel, what: string, body: () => Promise<T>): Promise<T | undefined> {
  try {
    return await body();
  } catch (e) {
    const err = e as Error;
    output.appendLine(`[${new Date().toISOString()}] ${what}: ${err.stack ?? err.message}`);
    void vscode.window.showErrorMessage(`${what}: ${err.message}`);
    return undefined;
  }
}

/**
 * Helpers of the integration suite: the fixture workspace, polling without
 * fixed sleeps, the harness client (screenshots and UI reads under
 * code-server; absent under test-electron) and the extension's API.
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as os from 'node:os';

/** The extension's id (publisher.name). */
export const EXTENSION_ID = 'vbhc.vbhc';

/** What the harness client offers (see ../shared/tools/vscode-harness). */
export interface HarnessClient {
  available: boolean;
  screenshot(name: string): Promise<string>;
  problems(): Promise<string[]>;
  webviewText(): Promise<string[]>;
  text(selector: string): Promise<string[]>;
  press(...keys: string[]): Promise<void>;
}

/** The harness client when running under vscode-harness, else a stub saying it is unavailable. */
export const harness: HarnessClient = process.env.VSCODE_HARNESS_CLIENT
  ? // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require(process.env.VSCODE_HARNESS_CLIENT) as HarnessClient)
  : ({ available: false } as HarnessClient);

/** Root folder of the fixture workspace. */
export function workspaceRoot(): string {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('the suite needs the fixture workspace test/vscode/workspace open');
  return f.uri.fsPath;
}

/** URI of a fixture file. */
export function fixture(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), name));
}

/** Polls `probe` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 30_000, everyMs = 100): Promise<T> {
  const t0 = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Opens a document in an editor and waits until the extension is active. */
export async function openFixture(name: string, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  const editor = await vscode.window.showTextDocument(doc, column);
  await activeExtension();
  return editor;
}

/** The extension, activated. */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  if (!ext.isActive) await ext.activate();
  return ext;
}

/** Waits for the server's diagnostics of a document to contain every code of `codes`. */
export function diagnosticsWith(uri: vscode.Uri, codes: readonly string[], timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics ${codes.join(', ')} on ${path.basename(uri.fsPath)}`, () => {
    const list = vscode.languages.getDiagnostics(uri);
    const have = new Set(list.map(codeOf));
    return codes.every((c) => have.has(c)) ? list : undefined;
  }, timeoutMs);
}

/** A diagnostic's code as a string. */
export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code ?? '');
}

/**
 * Takes a screenshot through the harness. With `VBHC_UPDATE_SCREENSHOTS=1`
 * it is copied to the repository's `docs/<file>` (the README shows those);
 * otherwise it stays in the harness's output folder, so a test run leaves the
 * work tree clean. Returns the screenshot's path, or undefined when there is
 * no harness.
 */
export async function screenshotTo(docsFile: string): Promise<string | undefined> {
  if (!harness.available) return undefined;
  const shot = await harness.screenshot(path.basename(docsFile, '.png'));
  if (process.env.VBHC_UPDATE_SCREENSHOTS !== '1') return shot;
  const ext = await activeExtension();
  const target = path.join(ext.extensionPath, 'docs', docsFile);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(shot, target);
  return target;
}

/** A fresh temporary folder for outputs (never inside the fixture workspace). */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

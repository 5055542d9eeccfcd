/**
 * Export commands: `.docx` through the server's `vbhc/exportDocx` (bytes as
 * base64, written atomically next to the source or into
 * `vbhc.export.outputFolder`), and PDF through LibreOffice converting that
 * .docx (path from `vbhc.libreOfficePath` or PATH; a plain message on how to
 * install it when absent; refused in untrusted workspaces). Both take an
 * optional document URI and output path as arguments (explorer menu, tests)
 * and return the written path; from the explorer with several files
 * selected, each is exported.
 */
import * as vscode from 'vscode';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { COMMANDS, VBHC_SUFFIX } from '../command-ids';
import { t } from '../i18n';
import { reportFailure, targetDocument, type Feature, type FeatureContext } from './feature';
import { defaultOutputPath, moveIntoPlace, offerOpen, outputArgument, outputName, writeFileAtomic } from './files';

/** Setting (under `vbhc.`) with the LibreOffice executable. */
export const LIBREOFFICE_SETTING = 'libreOfficePath';
/** Longest a PDF conversion may take. */
const PDF_TIMEOUT_MS = 120_000;
/** Executable names of LibreOffice looked up on PATH, in order. */
const SOFFICE_NAMES = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
/** Usual install locations, tried after PATH. */
const SOFFICE_KNOWN_PATHS: readonly string[] = [
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];

/** The export feature (both commands). */
export const exportFeature: Feature = (ctx) =>
  vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.exportDocx, (uri?: unknown, out?: unknown) =>
      reportFailure(ctx.output, t('Export .docx failed'), (): Promise<string | string[] | undefined> => (isMultiSelection(out) ? exportEach(ctx, out, exportDocx) : exportDocx(ctx, uri, out))),
    ),
    vscode.commands.registerCommand(COMMANDS.exportPdf, (uri?: unknown, out?: unknown) =>
      reportFailure(ctx.output, t('Export PDF failed'), (): Promise<string | string[] | undefined> => (isMultiSelection(out) ? exportEach(ctx, out, exportPdf) : exportPdf(ctx, uri, out))),
    ),
  );

/** The explorer passes the selected files as second argument: several means "export each". */
function isMultiSelection(v: unknown): v is vscode.Uri[] {
  return Array.isArray(v) && v.length > 1 && v.every((x) => x instanceof vscode.Uri);
}

type ExportOne = (ctx: FeatureContext, uri: unknown, out: unknown, notify?: boolean) => Promise<string | undefined>;

/** Exports every selected vbhc file; one summary notification. Returns the written paths. */
async function exportEach(ctx: FeatureContext, uris: vscode.Uri[], one: ExportOne): Promise<string[]> {
  const written: string[] = [];
  for (const uri of uris.filter((u) => u.path.endsWith(VBHC_SUFFIX))) {
    const p = await one(ctx, uri, undefined, false);
    if (p) written.push(p);
  }
  if (written.length) offerOpen(t('Exported {0} file(s) to {1}.', written.length, dirname(written[0])), written[0], t('Open file'), t('Open folder'));
  return written;
}

/** Finds the document to export, or explains why there is none. */
async function exportable(arg: unknown): Promise<vscode.TextDocument | undefined> {
  const doc = await targetDocument(arg);
  if (!doc) {
    void vscode.window.showWarningMessage(t('Open a .vbhc.md document to export it.'));
    return undefined;
  }
  if (doc.isUntitled) {
    void vscode.window.showWarningMessage(t('Save the document as a .vbhc.md file first, then export it.'));
    return undefined;
  }
  return doc;
}

/** Asks the server for the .docx bytes, with a cancellable progress notification. */
async function fetchDocx(ctx: FeatureContext, doc: vscode.TextDocument, title: string): Promise<{ bytes: Buffer; notes: string[] } | undefined> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (_progress, token) => {
    const result = await ctx.requests.exportDocx(doc.uri, token);
    if (token.isCancellationRequested) return undefined;
    if (!result || typeof result.base64 !== 'string' || result.base64.length === 0) throw new Error(t('the language server returned no file'));
    return { bytes: Buffer.from(result.base64, 'base64'), notes: result.notes ?? [] };
  });
}

function logNotes(ctx: FeatureContext, file: string, notes: readonly string[]): void {
  if (notes.length === 0) return;
  ctx.output.appendLine(t('Notes on {0}:', file));
  for (const n of notes) ctx.output.appendLine(`  - ${n}`);
}

/** `vbhc.exportDocx [uri] [outputPath]` → the written path. */
async function exportDocx(ctx: FeatureContext, uriArg: unknown, outArg: unknown, notify = true): Promise<string | undefined> {
  const doc = await exportable(uriArg);
  if (!doc) return undefined;
  const target = outputArgument(outArg) ?? defaultOutputPath(doc, '.docx');
  const docx = await fetchDocx(ctx, doc, t('Exporting {0}…', outputName(doc.uri.fsPath, '.docx')));
  if (!docx) return undefined;
  await writeFileAtomic(target, docx.bytes);
  logNotes(ctx, target, docx.notes);
  const note = docx.notes.length ? ' ' + t('{0} note(s) in the VBHC output.', docx.notes.length) : '';
  if (notify) offerOpen(t('Exported {0}.', target) + note, target, t('Open file'), t('Open folder'));
  return target;
}

/** `vbhc.exportPdf [uri] [outputPath]` → the written path. */
async function exportPdf(ctx: FeatureContext, uriArg: unknown, outArg: unknown, notify = true): Promise<string | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(t('PDF export runs LibreOffice, so it is turned off in an untrusted workspace. Trust the workspace to use it.'));
    return undefined;
  }
  const doc = await exportable(uriArg);
  if (!doc) return undefined;
  const soffice = findLibreOffice(doc);
  if (!soffice) {
    const settings = t('Open settings');
    void vscode.window
      .showErrorMessage(
        t('PDF export needs LibreOffice, which was not found. Install it from https://www.libreoffice.org (Debian/Ubuntu: sudo apt install libreoffice-writer), or set "vbhc.libreOfficePath" to its soffice program. Export .docx works without it.'),
        settings,
      )
      .then((c) => (c === settings ? vscode.commands.executeCommand('workbench.action.openSettings', 'vbhc.libreOfficePath') : undefined));
    return undefined;
  }
  const target = outputArgument(outArg) ?? defaultOutputPath(doc, '.pdf');
  const title = t('Exporting {0}…', outputName(doc.uri.fsPath, '.pdf'));
  const written = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (_p, token) => {
    const result = await ctx.requests.exportDocx(doc.uri, token);
    if (token.isCancellationRequested) return undefined;
    const work = await mkdtemp(join(tmpdir(), 'vbhc-pdf-'));
    try {
      const docxPath = join(work, outputName(doc.uri.fsPath, '.docx'));
      await writeFileAtomic(docxPath, Buffer.from(result.base64, 'base64'));
      await runLibreOffice(soffice, docxPath, work, token);
      if (token.isCancellationRequested) return undefined;
      const pdf = join(work, outputName(doc.uri.fsPath, '.pdf'));
      if (!existsSync(pdf)) throw new Error(t('LibreOffice produced no PDF (see the VBHC output).'));
      await moveIntoPlace(pdf, target);
      logNotes(ctx, target, result.notes ?? []);
      return target;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
  if (written && notify) offerOpen(t('Exported {0}.', written), written, t('Open file'), t('Open folder'));
  return written;
}

/** The LibreOffice executable: the setting when it names a file, else PATH, else usual places. */
export function findLibreOffice(doc?: vscode.TextDocument): string | undefined {
  const configured = vscode.workspace.getConfiguration('vbhc', doc?.uri).get<string>(LIBREOFFICE_SETTING, '').trim();
  if (configured) return existsSync(configured) ? configured : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of SOFFICE_NAMES) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
  }
  return SOFFICE_KNOWN_PATHS.find((p) => existsSync(p));
}

/** Runs `soffice --headless --convert-to pdf` with its own profile; rejects on failure or timeout. */
function runLibreOffice(soffice: string, docx: string, outDir: string, token: vscode.CancellationToken): Promise<void> {
  const profile = vscode.Uri.file(join(outDir, 'profile')).toString();
  const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docx];
  return new Promise((resolve, reject) => {
    const child = spawn(soffice, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(t('LibreOffice took longer than {0} s.', PDF_TIMEOUT_MS / 1000)));
    }, PDF_TIMEOUT_MS);
    const cancel = token.onCancellationRequested(() => child.kill());
    child.on('error', (e) => {
      clearTimeout(timer);
      cancel.dispose();
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      cancel.dispose();
      if (code === 0 || token.isCancellationRequested) resolve();
      else reject(new Error(t('LibreOffice exited with code {0}: {1}', code ?? -1, stderr.trim().split('\n').pop() ?? '')));
    });
  });
}

/**
 * Export commands. The language server writes the file (`vbhc/exportFile`)
 * with the writer `vbhc export` uses, so VS Code and the CLI refuse the same
 * targets (the document itself, a device, a pipe) and fail with the same
 * messages. `.docx` goes next to the source or into
 * `vbhc.export.outputFolder`; PDF is that .docx converted by LibreOffice
 * (path from `vbhc.libreOfficePath` or PATH; the server says how to install
 * it when absent, and refuses it in an untrusted workspace). Both take an
 * optional document URI and output path as arguments (explorer menu, tests)
 * and return the written path; from the explorer with several files
 * selected, each is exported. A document that still has errors is exported
 * only after one question (setting `vbhc.export.confirmErrors`).
 */
import * as vscode from 'vscode';
import { basename, dirname } from 'node:path';
import type { ExportFileErrorData } from '../../../server/src/protocol';
import { COMMANDS, VBHC_SUFFIX } from '../command-ids';
import { t, uiLang } from '../i18n';
import { reportFailure, targetDocument, type Feature, type FeatureContext } from './feature';
import { defaultOutputPath, offerOpen, outputArgument, outputName } from './files';

/** Setting (under `vbhc.`) with the LibreOffice executable. */
export const LIBREOFFICE_SETTING = 'libreOfficePath';
/** Setting (under `vbhc.`): ask before exporting a document that still has errors. */
export const CONFIRM_ERRORS_SETTING = 'export.confirmErrors';

/** The formats of the two commands and their extensions. */
const EXTENSION = { docx: '.docx', pdf: '.pdf' } as const;
type Format = keyof typeof EXTENSION;

/** The export feature (both commands). */
export const exportFeature: Feature = (ctx) =>
  vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.exportDocx, (uri?: unknown, out?: unknown) =>
      reportFailure(ctx.output, t('Export .docx failed'), (): Promise<string | string[] | undefined> => (isMultiSelection(out) ? exportEach(ctx, out, 'docx') : exportOne(ctx, 'docx', uri, out))),
    ),
    vscode.commands.registerCommand(COMMANDS.exportPdf, (uri?: unknown, out?: unknown) =>
      reportFailure(ctx.output, t('Export PDF failed'), (): Promise<string | string[] | undefined> => (isMultiSelection(out) ? exportEach(ctx, out, 'pdf') : exportOne(ctx, 'pdf', uri, out))),
    ),
  );

/** The explorer passes the selected files as second argument: several means "export each". */
function isMultiSelection(v: unknown): v is vscode.Uri[] {
  return Array.isArray(v) && v.length > 1 && v.every((x) => x instanceof vscode.Uri);
}

/** Exports every selected vbhc file; one summary notification. Returns the written paths. */
async function exportEach(ctx: FeatureContext, uris: vscode.Uri[], format: Format): Promise<string[]> {
  const selected = uris.filter((u) => u.path.endsWith(VBHC_SUFFIX));
  if (!(await confirmErrors(ctx, await Promise.all(selected.map((u) => vscode.workspace.openTextDocument(u)))))) return [];
  const written: string[] = [];
  for (const uri of selected) {
    const p = await exportOne(ctx, format, uri, undefined, false);
    if (p) written.push(p);
  }
  if (written.length) offerOpen(t('Exported {0} file(s) to the folder {1}.', written.length, basename(dirname(written[0]))), written[0]);
  return written;
}

/**
 * Asks once whether to export documents that still have errors (unless
 * `vbhc.export.confirmErrors` is off); true to go on. "Do not ask again"
 * turns the setting off and exports.
 */
async function confirmErrors(ctx: FeatureContext, docs: readonly vscode.TextDocument[]): Promise<boolean> {
  if (docs.length === 0 || !vscode.workspace.getConfiguration('vbhc', docs[0].uri).get<boolean>(CONFIRM_ERRORS_SETTING, true)) return true;
  const counts = await Promise.all(docs.map((d) => ctx.requests.documentInfo(d.uri).then((i) => i.errors, () => 0)));
  const errors = counts.reduce((a, b) => a + b, 0);
  if (errors === 0) return true;
  const message =
    docs.length === 1 ? t('The document still has {0} error(s). Export anyway?', errors) : t('{0} of the documents still have {1} error(s) in all. Export anyway?', counts.filter((n) => n > 0).length, errors);
  const go = t('Export anyway');
  const never = t('Export, do not ask again');
  const show = t('Show problems');
  // A notification, not a modal dialog: the user may look at the document before answering.
  const choice = await vscode.window.showWarningMessage(message, go, never, show);
  if (choice === never) await vscode.workspace.getConfiguration('vbhc').update(CONFIRM_ERRORS_SETTING, false, vscode.ConfigurationTarget.Global);
  if (choice === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
  return choice === go || choice === never;
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

function logNotes(ctx: FeatureContext, file: string, notes: readonly string[]): void {
  if (notes.length === 0) return;
  ctx.output.appendLine(t('Notes on {0}:', file));
  for (const n of notes) ctx.output.appendLine(`  - ${n}`);
}

/** The writer's refusal carried by a failed request, if that is what the error is. */
function writerFailure(e: unknown): ExportFileErrorData | undefined {
  const data = (e as { data?: Partial<ExportFileErrorData> } | undefined)?.data;
  return data && typeof data.code === 'string' && typeof data.vi === 'string' && typeof data.en === 'string' ? (data as ExportFileErrorData) : undefined;
}

/** Shows the writer's message in the user's language; LibreOffice missing offers its setting. */
function showWriterFailure(failure: ExportFileErrorData): void {
  const message = uiLang() === 'vi' ? failure.vi : failure.en;
  if (failure.code === 'untrusted') {
    void vscode.window.showWarningMessage(message);
    return;
  }
  const settings = t('Open settings');
  const actions = failure.code === 'no-libreoffice' ? [settings] : [];
  void vscode.window.showErrorMessage(message, ...actions).then((c) => (c === settings ? vscode.commands.executeCommand('workbench.action.openSettings', `vbhc.${LIBREOFFICE_SETTING}`) : undefined));
}

/** `vbhc.exportDocx|exportPdf [uri] [outputPath]` → the written path. */
async function exportOne(ctx: FeatureContext, format: Format, uriArg: unknown, outArg: unknown, notify = true): Promise<string | undefined> {
  const doc = await exportable(uriArg);
  if (!doc || (notify && !(await confirmErrors(ctx, [doc])))) return undefined;
  const target = outputArgument(outArg) ?? defaultOutputPath(doc, EXTENSION[format]);
  const libreOfficePath = format === 'pdf' ? vscode.workspace.getConfiguration('vbhc', doc.uri).get<string>(LIBREOFFICE_SETTING, '').trim() || undefined : undefined;
  const title = t('Exporting {0}…', outputName(doc.uri.fsPath, EXTENSION[format]));
  const written = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (_progress, token) => {
    try {
      // The output folder of the settings (or of a path given) is made when missing.
      return await ctx.requests.exportFile({ uri: doc.uri.toString(), format, target, makeFolder: true, libreOfficePath }, token);
    } catch (e) {
      if (token.isCancellationRequested) return undefined;
      const failure = writerFailure(e);
      if (!failure) throw e;
      ctx.output.appendLine(`[${new Date().toISOString()}] ${target}: ${failure.en}`);
      showWriterFailure(failure);
      return undefined;
    }
  });
  if (!written) return undefined;
  logNotes(ctx, written.path, written.notes);
  const note = written.notes.length ? ' ' + t('{0} note(s) in the VBHC output.', written.notes.length) : '';
  if (notify) offerOpen(t('Exported {0}.', basename(written.path)) + note, written.path);
  return written.path;
}

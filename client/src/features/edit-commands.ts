/**
 * Commands that edit the document with edits computed by the server:
 * "fix all" (`vbhc/fixAll`) and "renumber headings"
 * (`vbhc/renumberHeadings`). Each applies the edits as one undoable step and
 * says how many changes it made; it returns that number (tests).
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../command-ids';
import { t } from '../i18n';
import { editorOf, reportFailure, targetDocument, type Feature } from './feature';

/** The "fix all" and "renumber headings" commands. */
export const editCommandsFeature: Feature = (ctx) => {
  async function apply(arg: unknown, compute: (doc: vscode.TextDocument) => Promise<vscode.TextEdit[]>, none: string, done: (n: number) => string): Promise<number | undefined> {
    const doc = await targetDocument(arg);
    if (!doc) {
      void vscode.window.showWarningMessage(t('Open a .vbhc.md document first.'));
      return undefined;
    }
    const version = doc.version;
    const edits = await compute(doc);
    if (edits.length === 0) {
      void vscode.window.showInformationMessage(none);
      return 0;
    }
    if (doc.version !== version) {
      void vscode.window.showWarningMessage(t('The document changed while the edits were computed; run the command again.'));
      return undefined;
    }
    const we = new vscode.WorkspaceEdit();
    we.set(doc.uri, edits);
    if (!(await vscode.workspace.applyEdit(we))) throw new Error(t('VS Code refused the edits.'));
    void vscode.window.showInformationMessage(done(edits.length));
    return edits.length;
  }

  /** The problems the last "fix all" fixed, by code. */
  let counts: Record<string, number> = {};

  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.fixAll, (arg?: unknown) =>
      reportFailure(ctx.output, t('Fix all failed'), () =>
        apply(arg, (d) => ctx.requests.fixAll(d.uri).then((r) => ((counts = r.counts), r.edits)), t('Nothing to fix automatically.'), (n) => fixedMessage(counts, n)),
      ),
    ),
    vscode.commands.registerCommand(COMMANDS.renumberHeadings, (arg?: unknown) =>
      reportFailure(ctx.output, t('Renumbering failed'), () =>
        apply(arg, (d) => ctx.requests.renumberHeadings(d.uri), t('Heading labels are already in order.'), (n) => t('Renumbered {0} heading label(s).', n)),
      ),
    ),
    vscode.commands.registerCommand(COMMANDS.convertLegacy, (arg?: unknown) =>
      reportFailure(ctx.output, t('Conversion failed'), () =>
        apply(
          arg,
          (d) => ctx.requests.convertLegacy(d.uri, editorOf(d)?.selection),
          t('No text in a legacy encoding (TCVN3, VNI) was found.'),
          (n) => t('Converted {0} passage(s) to Unicode.', n),
        ),
      ),
    ),
  );
};

/** "Đã sửa 12 lỗi: 7 × style.spacing, 5 × ref.missing-so." — the problems fixed, most frequent code first. */
export function fixedMessage(counts: Record<string, number>, edits: number): string {
  const byCode = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = byCode.reduce((n, [, k]) => n + k, 0);
  if (total === 0) return t('Applied {0} automatic fix(es).', edits);
  return t('Fixed {0} problem(s): {1}.', total, byCode.map(([code, n]) => `${n} × ${code}`).join(', '));
}

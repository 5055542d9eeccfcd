/**
 * Status bar item for the active vbhc document: its type's name and its
 * symbol (e.g. `Báo cáo BC-SKHCN`; the name from the table of document
 * types, in the UI language) from `vbhc/documentInfo`, with its error and
 * warning counts.
 * Clicking it opens the Problems panel. Refreshes when the active editor or
 * the diagnostics change, debounced.
 */
import * as vscode from 'vscode';
import { docTypeByCode } from '../../../server/src/service/data/doc-types';
import { t, uiLang } from '../i18n';
import { isVbhcDocument, type Feature } from './feature';

/** Delay before the item is refreshed after a change. */
const REFRESH_DELAY_MS = 150;

/** The status bar feature. */
export const statusBarFeature: Feature = ({ requests, output }) => {
  const item = vscode.window.createStatusBarItem('vbhc.documentInfo', vscode.StatusBarAlignment.Left, 100);
  item.name = 'VBHC';
  item.command = 'workbench.actions.view.problems';
  let timer: NodeJS.Timeout | undefined;
  let source: vscode.CancellationTokenSource | undefined;

  async function refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!isVbhcDocument(doc)) {
      item.hide();
      return;
    }
    source?.cancel();
    const mine = (source = new vscode.CancellationTokenSource());
    try {
      const info = await requests.documentInfo(doc.uri, mine.token);
      if (mine.token.isCancellationRequested) return;
      const type = info.loai ? docTypeByCode(info.loai) : undefined;
      const name = type && (uiLang() === 'en' ? type.nameEn : type.name);
      const label = [name, info.symbol ?? info.loai].filter(Boolean).join(' ') || t('VBHC document');
      item.text = `$(file-text) ${label}  $(error) ${info.errors}  $(warning) ${info.warnings}`;
      item.tooltip = info.symbol
        ? t('Document {0}: {1} error(s), {2} warning(s). Click to open Problems.', info.symbol, info.errors, info.warnings)
        : t('Type and symbol are not filled in yet (loai, ky_hieu). {0} error(s), {1} warning(s).', info.errors, info.warnings);
      item.show();
    } catch (e) {
      if (!mine.token.isCancellationRequested) output.appendLine(`vbhc/documentInfo: ${(e as Error).message}`);
    }
  }

  function schedule(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void refresh(), REFRESH_DELAY_MS);
  }

  const subs = [
    item,
    vscode.window.onDidChangeActiveTextEditor(schedule),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) schedule();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) schedule();
    }),
    { dispose: () => (timer ? clearTimeout(timer) : undefined) },
  ];
  schedule();
  return vscode.Disposable.from(...subs);
};

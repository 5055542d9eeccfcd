/**
 * "Insert legal reference": a searchable pick list over the catalogs
 * (built-in, user and learned — the server's `vbhc/searchCatalog`), matched
 * by number, type, issuer and subject without regard to diacritics. The
 * chosen citation is inserted at the cursor, in the form the server offers
 * (full form for a first citation, short form after). Returns the inserted
 * text (tests).
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../command-ids';
import { t } from '../i18n';
import type { CatalogSearchItem, CatalogSearchResult } from '../language-client';
import { editorOf, reportFailure, targetDocument, type Feature, type FeatureContext } from './feature';

/** Delay after a keystroke in the pick list before the catalog is searched. */
const SEARCH_DELAY_MS = 120;
/** Most entries shown at once. */
const SEARCH_LIMIT = 50;
/** JSON-RPC code of a request the server does not know. */
const METHOD_NOT_FOUND = -32601;

interface CitationPick extends vscode.QuickPickItem {
  entry: CatalogSearchItem;
}

/** The insert-reference feature. */
export const insertReferenceFeature: Feature = (ctx) =>
  vscode.commands.registerCommand(COMMANDS.insertReference, (arg?: unknown, presetQuery?: unknown) =>
    reportFailure(ctx.output, t('Insert reference failed'), async () => {
      const doc = await targetDocument(arg instanceof vscode.Uri ? arg : undefined);
      const editor = doc && editorOf(doc);
      if (!doc || !editor) {
        void vscode.window.showWarningMessage(t('Place the cursor in a .vbhc.md document to insert a reference.'));
        return undefined;
      }
      // With a query argument (tests, keybindings with args) the best match is inserted without a pick list.
      const entry = typeof presetQuery === 'string' ? (await search(ctx, presetQuery, doc))[0] : await pick(ctx, doc);
      if (!entry) return undefined;
      const text = citationText(entry);
      await editor.insertSnippet(new vscode.SnippetString().appendText(text), editor.selection);
      return text;
    }),
  );

async function search(ctx: FeatureContext, query: string, doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<CatalogSearchItem[]> {
  try {
    const r: CatalogSearchResult = await ctx.requests.searchCatalog({ query, uri: doc.uri.toString(), limit: SEARCH_LIMIT }, token);
    return Array.isArray(r) ? r : (r?.items ?? []);
  } catch (e) {
    if ((e as { code?: number }).code === METHOD_NOT_FOUND) throw new Error(t('this version of the language server has no catalog search yet'));
    throw e;
  }
}

/** Shows the pick list; resolves to the chosen entry or undefined. */
function pick(ctx: FeatureContext, doc: vscode.TextDocument): Promise<CatalogSearchItem | undefined> {
  const qp = vscode.window.createQuickPick<CitationPick>();
  qp.placeholder = t('Search by number, type, issuer or subject (e.g. "chi thi 33")');
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  let timer: NodeJS.Timeout | undefined;
  let source: vscode.CancellationTokenSource | undefined;
  const refresh = (query: string): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(async () => {
      source?.cancel();
      const mine = (source = new vscode.CancellationTokenSource());
      qp.busy = true;
      try {
        const entries = await search(ctx, query, doc, mine.token);
        if (mine.token.isCancellationRequested) return;
        // The server has matched already (diacritics folded): keep its order, and let VS Code show all.
        qp.items = entries.map((entry) => ({ ...describe(entry), alwaysShow: true, entry }));
      } catch (e) {
        qp.hide();
        void vscode.window.showErrorMessage(t('Insert reference failed') + ': ' + (e as Error).message);
      } finally {
        if (!mine.token.isCancellationRequested) qp.busy = false;
      }
    }, SEARCH_DELAY_MS);
  };
  return new Promise((resolve) => {
    let chosen: CatalogSearchItem | undefined;
    qp.onDidChangeValue(refresh);
    qp.onDidAccept(() => {
      chosen = qp.selectedItems[0]?.entry;
      qp.hide();
    });
    qp.onDidHide(() => {
      if (timer) clearTimeout(timer);
      source?.cancel();
      qp.dispose();
      resolve(chosen);
    });
    qp.show();
    refresh('');
  });
}

/** How an entry appears in the pick list. */
function describe(e: CatalogSearchItem): vscode.QuickPickItem {
  const symbol = e.so_ky_hieu ?? e.symbol ?? '';
  const label = e.label ?? [e.loai, symbol].filter(Boolean).join(' ');
  const validity = e.hieu_luc === 'het' ? t('no longer in force') : e.hieu_luc === 'con' ? t('in force') : '';
  return {
    label,
    description: e.description ?? [e.ngay, e.co_quan, validity].filter(Boolean).join(' · '),
    detail: e.detail ?? e.trich_yeu,
  };
}

/** The text inserted for an entry: the server's when given, else the full citation. */
export function citationText(e: CatalogSearchItem): string {
  if (e.insertText) return e.insertText;
  const symbol = e.so_ky_hieu ?? e.symbol ?? '';
  const parts = [e.loai, symbol ? `số ${symbol}` : ''];
  if (e.ngay) parts.push(`ngày ${dmy(e.ngay)}`);
  if (e.co_quan) parts.push(`của ${e.co_quan}`);
  if (e.trich_yeu) parts.push(e.trich_yeu.startsWith('về ') ? e.trich_yeu : `về ${e.trich_yeu}`);
  return parts.filter(Boolean).join(' ');
}

/** `2021-11-26` → `26/11/2021`; anything else unchanged. */
function dmy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

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
import type { SearchCatalogItem } from '../../../server/src/protocol';
import { editorOf, reportFailure, targetDocument, type Feature, type FeatureContext } from './feature';

/** Delay after a keystroke in the pick list before the catalog is searched. */
const SEARCH_DELAY_MS = 120;
/** Most entries shown at once. */
const SEARCH_LIMIT = 50;

interface CitationPick extends vscode.QuickPickItem {
  entry: SearchCatalogItem;
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
      const at = editor.selection.start;
      const entry = typeof presetQuery === 'string' ? (await search(ctx, presetQuery, doc, at))[0] : await pick(ctx, doc, at);
      if (!entry) return undefined;
      const text = entry.insertText;
      await editor.insertSnippet(new vscode.SnippetString().appendText(text), editor.selection);
      return text;
    }),
  );

async function search(ctx: FeatureContext, query: string, doc: vscode.TextDocument, at: vscode.Position, token?: vscode.CancellationToken): Promise<SearchCatalogItem[]> {
  const position = { line: at.line, character: at.character };
  const r = await ctx.requests.searchCatalog({ query, uri: doc.uri.toString(), position, limit: SEARCH_LIMIT }, token);
  return r?.items ?? [];
}

/** Shows the pick list; resolves to the chosen entry or undefined. */
function pick(ctx: FeatureContext, doc: vscode.TextDocument, at: vscode.Position): Promise<SearchCatalogItem | undefined> {
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
        const entries = await search(ctx, query, doc, at, mine.token);
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
    let chosen: SearchCatalogItem | undefined;
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

/** How an entry appears in the pick list (the server words label, description and detail). */
function describe(e: SearchCatalogItem): vscode.QuickPickItem {
  const validity = e.hieu_luc === 'het' ? '$(warning) ' : '';
  return { label: validity + e.label, description: e.description, detail: e.detail };
}

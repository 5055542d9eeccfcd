/**
 * "Open preview to the side": a webview showing the HTML the server renders
 * for a document (`vbhc/renderHtml`). Every render gets a fresh nonce; the
 * page runs under `default-src 'none'` with styles and scripts allowed only
 * with that nonce, loads nothing remote, and may read only the extension's
 * own files. Re-renders while typing (debounced) and keeps the preview and
 * the editor scrolled to the same place in both directions: the page's own
 * script (sent by the server) reports its top line and scrolls on request,
 * through the `PREVIEW_MESSAGE` types of protocol.ts. One panel follows the
 * active `*.vbhc.md` editor and is restored after a window reload.
 */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { PREVIEW_MESSAGE } from '../../../server/src/protocol';
import { COMMANDS } from '../command-ids';
import { t } from '../i18n';
import { editorTopLine } from './scroll-sync';
import { editorOf, isVbhcDocument, reportFailure, targetDocument, type Feature, type FeatureContext } from './feature';

/** View type of the preview panels. */
export const PREVIEW_VIEW_TYPE = 'vbhc.preview';
/** Delay after a keystroke before the preview re-renders. */
const RENDER_DELAY_MS = 300;
/** How long after the panel opens editor scroll events are not forwarded (layout settling). */
const OPEN_SETTLE_MS = 1000;
/** How long a scroll caused by the other side is not echoed back. */
const SCROLL_ECHO_GUARD_MS = 400;

/** What the preview command returns (used by tests). */
export interface PreviewInfo {
  viewType: string;
  uri: string;
}

/** Workspace state key: the document the preview showed last (restored after a reload). */
const PREVIEWED_KEY = 'vbhc.preview.uri';

/**
 * The preview feature: one preview panel, showing the active `*.vbhc.md`
 * editor's document (it switches when another one becomes active), and
 * brought back after a window reload by a webview serializer.
 */
export const previewFeature: Feature = (ctx) => {
  let preview: Preview | undefined;
  const open = (doc: vscode.TextDocument, panel?: vscode.WebviewPanel): Preview => {
    preview = new Preview(ctx, doc, () => (preview = undefined), panel);
    return preview;
  };
  const command = vscode.commands.registerCommand(COMMANDS.openPreview, (arg?: unknown) =>
    reportFailure(ctx.output, t('Preview failed'), async (): Promise<PreviewInfo | undefined> => {
      const doc = await targetDocument(arg);
      if (!doc) {
        void vscode.window.showWarningMessage(t('Open a .vbhc.md document to preview it.'));
        return undefined;
      }
      if (preview) {
        preview.panel.reveal(undefined, true);
        await preview.show(doc);
      } else await open(doc).render();
      return { viewType: PREVIEW_VIEW_TYPE, uri: doc.uri.toString() };
    }),
  );
  /** Fills a panel VS Code restores after a window reload with the document previewed last. */
  const restore = async (panel: vscode.WebviewPanel): Promise<void> => {
    const uri = ctx.extension.workspaceState.get<string>(PREVIEWED_KEY);
    const doc = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)).then(undefined, () => undefined) : undefined;
    if (!doc || preview) {
      panel.dispose();
      return;
    }
    await open(doc, panel).render();
  };
  ctx.api.restorePreview = restore;
  const serializer = vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, { deserializeWebviewPanel: restore });
  return vscode.Disposable.from(command, serializer, { dispose: () => preview?.panel.dispose() });
};

/** The preview panel, following one document at a time. */
class Preview {
  readonly panel: vscode.WebviewPanel;
  private readonly subs: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private rendering: vscode.CancellationTokenSource | undefined;
  private ignoreEditorScrollUntil = 0;
  private ignorePreviewScrollUntil = 0;

  constructor(
    private readonly ctx: FeatureContext,
    private doc: vscode.TextDocument,
    onDispose: () => void,
    restored?: vscode.WebviewPanel,
  ) {
    this.panel =
      restored ??
      vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, enableFindWidget: true, localResourceRoots: [ctx.extension.extensionUri] });
    this.panel.webview.options = { enableScripts: true, localResourceRoots: [ctx.extension.extensionUri] };
    this.panel.iconPath = vscode.Uri.joinPath(ctx.extension.extensionUri, 'images', 'icon.png');
    this.follow(doc);
    this.subs.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.doc) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && isVbhcDocument(e.document) && e.document !== this.doc) void this.show(e.document);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document !== this.doc || Date.now() < this.ignoreEditorScrollUntil) return;
        const first = e.visibleRanges[0]?.start.line ?? 0;
        this.ignorePreviewScrollUntil = Date.now() + SCROLL_ECHO_GUARD_MS;
        void this.panel.webview.postMessage({ type: PREVIEW_MESSAGE.SCROLL_TO_LINE, line: first });
      }),
      this.panel.webview.onDidReceiveMessage((m: { type?: string; line?: number }) => this.onMessage(m)),
    );
    this.panel.onDidDispose(() => {
      this.rendering?.cancel();
      if (this.timer) clearTimeout(this.timer);
      this.subs.forEach((s) => s.dispose());
      onDispose();
    });
  }

  /** Shows another document (no-op for the one shown). */
  async show(doc: vscode.TextDocument): Promise<void> {
    if (doc !== this.doc) this.follow(doc);
    await this.render();
  }

  private follow(doc: vscode.TextDocument): void {
    this.doc = doc;
    this.panel.title = t('Preview: {0}', doc.uri.path.split('/').pop() ?? '');
    void this.ctx.extension.workspaceState.update(PREVIEWED_KEY, doc.uri.toString());
    // Showing a document resizes or moves the editor, which reports new visible ranges: not a user scroll.
    this.ignoreEditorScrollUntil = Date.now() + OPEN_SETTLE_MS;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), RENDER_DELAY_MS);
  }

  private onMessage(m: { type?: string; line?: number }): void {
    if (m.type !== PREVIEW_MESSAGE.TOP_LINE || typeof m.line !== 'number' || Date.now() < this.ignorePreviewScrollUntil) return;
    const editor = editorOf(this.doc);
    if (!editor) return;
    this.ignoreEditorScrollUntil = Date.now() + SCROLL_ECHO_GUARD_MS;
    const line = editorTopLine(m.line, this.doc.lineCount, editor.visibleRanges[0]);
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
  }

  /** Renders the document now (cancels a render in flight). */
  async render(): Promise<void> {
    this.rendering?.cancel();
    const source = (this.rendering = new vscode.CancellationTokenSource());
    const nonce = randomBytes(16).toString('base64');
    const webview = this.panel.webview;
    let body: string;
    try {
      const result = await this.ctx.requests.renderHtml(this.doc.uri, nonce, webview.cspSource, source.token);
      if (source.token.isCancellationRequested) return;
      body = result?.html ?? '';
    } catch (e) {
      if (source.token.isCancellationRequested) return;
      body = errorPage(t('The preview could not be rendered: {0}', (e as Error).message));
    }
    webview.html = securePage(body, nonce, webview.cspSource);
    const editor = editorOf(this.doc);
    const line = editor?.visibleRanges[0]?.start.line;
    if (line !== undefined && line > 0) {
      this.ignorePreviewScrollUntil = Date.now() + SCROLL_ECHO_GUARD_MS;
      void webview.postMessage({ type: PREVIEW_MESSAGE.SCROLL_TO_LINE, line });
    }
  }
}

/** The Content-Security-Policy of every preview page. */
export function previewCsp(nonce: string, cspSource: string): string {
  return [`default-src 'none'`, `img-src ${cspSource} data:`, `font-src ${cspSource}`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`].join('; ');
}

/**
 * The page given to the webview: the server's HTML with the client's CSP
 * meta tag first in its head (wrapped in a page skeleton when the server
 * sent a fragment). When the server's page carries a CSP too, both apply.
 */
export function securePage(html: string, nonce: string, cspSource: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${previewCsp(nonce, cspSource)}">`;
  const page = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`;
  return /<head[^>]*>/i.test(page) ? page.replace(/<head[^>]*>/i, (h) => `${h}${meta}`) : page.replace(/<html[^>]*>/i, (h) => `${h}<head>${meta}</head>`);
}

function errorPage(message: string): string {
  const escaped = message.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>${escaped}</p></body></html>`;
}

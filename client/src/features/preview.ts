/**
 * "Open preview to the side": a webview showing the HTML the server renders
 * for a document (`vbhc/renderHtml`). Every render gets a fresh nonce; the
 * page runs under `default-src 'none'` with styles and scripts allowed only
 * with that nonce, loads nothing remote, and may read only the extension's
 * own files. Re-renders while typing (debounced) and keeps the preview and
 * the editor scrolled to the same place in both directions (by the
 * `data-line` attributes of the rendered blocks when present, by proportion
 * otherwise).
 */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { COMMANDS } from '../command-ids';
import { t } from '../i18n';
import { editorOf, reportFailure, targetDocument, type Feature, type FeatureContext } from './feature';

/** View type of the preview panels. */
export const PREVIEW_VIEW_TYPE = 'vbhc.preview';
/** Delay after a keystroke before the preview re-renders. */
const RENDER_DELAY_MS = 300;
/** How long a scroll caused by the other side is not echoed back. */
const SCROLL_ECHO_GUARD_MS = 400;

/** What the preview command returns (used by tests). */
export interface PreviewInfo {
  viewType: string;
  uri: string;
}

/** The preview feature. */
export const previewFeature: Feature = (ctx) => {
  const previews = new Map<string, Preview>();
  const command = vscode.commands.registerCommand(COMMANDS.openPreview, (arg?: unknown) =>
    reportFailure(ctx.output, t('Preview failed'), async (): Promise<PreviewInfo | undefined> => {
      const doc = await targetDocument(arg);
      if (!doc) {
        void vscode.window.showWarningMessage(t('Open a .vbhc.md document to preview it.'));
        return undefined;
      }
      const key = doc.uri.toString();
      let preview = previews.get(key);
      if (preview) preview.panel.reveal(vscode.ViewColumn.Beside, true);
      else {
        preview = new Preview(ctx, doc, () => previews.delete(key));
        previews.set(key, preview);
      }
      await preview.render();
      return { viewType: PREVIEW_VIEW_TYPE, uri: key };
    }),
  );
  return vscode.Disposable.from(command, { dispose: () => [...previews.values()].forEach((p) => p.panel.dispose()) });
};

/** One preview panel following one document. */
class Preview {
  readonly panel: vscode.WebviewPanel;
  private readonly subs: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private rendering: vscode.CancellationTokenSource | undefined;
  private ignoreEditorScrollUntil = 0;
  private ignorePreviewScrollUntil = 0;

  constructor(
    private readonly ctx: FeatureContext,
    private readonly doc: vscode.TextDocument,
    onDispose: () => void,
  ) {
    this.panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      t('Preview: {0}', doc.uri.path.split('/').pop() ?? ''),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [ctx.extension.extensionUri] },
    );
    this.panel.iconPath = vscode.Uri.joinPath(ctx.extension.extensionUri, 'images', 'icon.png');
    const uri = doc.uri.toString();
    this.subs.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === uri) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document.uri.toString() !== uri || Date.now() < this.ignoreEditorScrollUntil) return;
        const first = e.visibleRanges[0]?.start.line ?? 0;
        this.ignorePreviewScrollUntil = Date.now() + SCROLL_ECHO_GUARD_MS;
        void this.panel.webview.postMessage({ type: 'scrollTo', line: first, fraction: first / Math.max(1, e.textEditor.document.lineCount - 1) });
      }),
      this.panel.webview.onDidReceiveMessage((m: { type?: string; line?: number; fraction?: number }) => this.onMessage(m)),
    );
    this.panel.onDidDispose(() => {
      this.rendering?.cancel();
      if (this.timer) clearTimeout(this.timer);
      this.subs.forEach((s) => s.dispose());
      onDispose();
    });
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), RENDER_DELAY_MS);
  }

  private onMessage(m: { type?: string; line?: number; fraction?: number }): void {
    if (m.type !== 'revealLine' || Date.now() < this.ignorePreviewScrollUntil) return;
    const editor = editorOf(this.doc);
    if (!editor) return;
    const line = typeof m.line === 'number' ? m.line : Math.round((m.fraction ?? 0) * (this.doc.lineCount - 1));
    const safe = Math.max(0, Math.min(this.doc.lineCount - 1, Math.floor(line)));
    this.ignoreEditorScrollUntil = Date.now() + SCROLL_ECHO_GUARD_MS;
    editor.revealRange(new vscode.Range(safe, 0, safe, 0), vscode.TextEditorRevealType.AtTop);
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
      void webview.postMessage({ type: 'scrollTo', line, fraction: line / Math.max(1, this.doc.lineCount - 1) });
    }
  }
}

/** The Content-Security-Policy of every preview page. */
export function previewCsp(nonce: string, cspSource: string): string {
  return [`default-src 'none'`, `img-src ${cspSource} data:`, `font-src ${cspSource}`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`].join('; ');
}

/**
 * The page given to the webview: the server's HTML with the CSP meta tag
 * first in its head and the scroll-sync script at the end of its body
 * (wrapped in a page skeleton when the server sent a fragment).
 */
export function securePage(html: string, nonce: string, cspSource: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${previewCsp(nonce, cspSource)}">`;
  const script = `<script nonce="${nonce}">${SCROLL_SYNC_SCRIPT}</script>`;
  let page = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`;
  page = /<head[^>]*>/i.test(page) ? page.replace(/<head[^>]*>/i, (h) => `${h}${meta}`) : page.replace(/<html[^>]*>/i, (h) => `${h}<head>${meta}</head>`);
  page = /<\/body>/i.test(page) ? page.replace(/<\/body>(?![\s\S]*<\/body>)/i, `${script}</body>`) : page + script;
  return page;
}

function errorPage(message: string): string {
  const escaped = message.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>${escaped}</p></body></html>`;
}

/** Script of the page: follows the editor and reports the line at the top when the user scrolls. */
const SCROLL_SYNC_SCRIPT = `(function () {
  const vscode = acquireVsCodeApi();
  let guardUntil = 0;
  function blocks() {
    return Array.from(document.querySelectorAll('[data-line]'))
      .map(function (el) { return { el: el, line: Number(el.getAttribute('data-line')) }; })
      .filter(function (b) { return !isNaN(b.line); })
      .sort(function (a, b) { return a.line - b.line; });
  }
  function maxScroll() { return Math.max(0, document.documentElement.scrollHeight - window.innerHeight); }
  function top(el) { return el.getBoundingClientRect().top + window.scrollY; }
  function scrollToLine(line, fraction) {
    guardUntil = Date.now() + 300;
    const list = blocks();
    if (list.length === 0) { window.scrollTo(0, fraction * maxScroll()); return; }
    let prev = list[0], next = null;
    for (const b of list) { if (b.line <= line) prev = b; else { next = b; break; } }
    let y = top(prev.el);
    if (next && next.line > prev.line) y += (top(next.el) - y) * ((line - prev.line) / (next.line - prev.line));
    window.scrollTo(0, Math.max(0, y - 8));
  }
  window.addEventListener('message', function (e) {
    const m = e.data || {};
    if (m.type === 'scrollTo') scrollToLine(Number(m.line) || 0, Number(m.fraction) || 0);
  });
  let pending = false;
  window.addEventListener('scroll', function () {
    vscode.setState({ scrollY: window.scrollY });
    if (Date.now() < guardUntil || pending) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      const list = blocks();
      if (list.length === 0) { vscode.postMessage({ type: 'revealLine', fraction: maxScroll() ? window.scrollY / maxScroll() : 0 }); return; }
      let line = list[0].line;
      for (const b of list) { if (b.el.getBoundingClientRect().top <= 8) line = b.line; else break; }
      vscode.postMessage({ type: 'revealLine', line: line });
    });
  });
  const state = vscode.getState();
  if (state && state.scrollY) window.scrollTo(0, state.scrollY);
})();`;

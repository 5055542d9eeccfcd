/**
 * The preview comes back after a window reload: VS Code hands the extension's
 * webview serializer an empty panel of the preview's view type, and the
 * serializer shows the document previewed last in it. A reload would end the
 * test run, so the test hands the serializer such a panel itself.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VbhcApi } from '../../../client/src/features/feature';
import { activeExtension, fixture, harness, openFixture, screenshotTo, waitFor } from './helpers';

const CO_LOI = 'co-loi.vbhc.md';
const VIEW_TYPE = 'vbhc.preview';

const previewTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(VIEW_TYPE));

suite('preview after a window reload', () => {
  test('a restored panel shows the document previewed last, with its title', async () => {
    await openFixture(CO_LOI);
    await vscode.commands.executeCommand('vbhc.openPreview', fixture(CO_LOI));
    await waitFor('preview of co-loi', () => previewTabs().some((t) => t.label.includes(CO_LOI)));
    await vscode.window.tabGroups.close(previewTabs());
    await waitFor('preview closed', () => previewTabs().length === 0);

    const api = (await activeExtension()).exports as VbhcApi;
    assert.ok(api.restorePreview, 'the extension exposes its serializer');
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
    await api.restorePreview(panel);
    assert.match(panel.title, /co-loi\.vbhc\.md/);
    if (harness.available) {
      await waitFor('restored preview rendered', async () => (await harness.webviewText()).some((t) => t.includes('Công tác tuyên truyền về kết quả')), 15_000);
      await screenshotTo('preview-restored.png');
    }
    // The restored panel is the preview: it follows the active editor like one opened by the command.
    await openFixture('bao-cao.vbhc.md');
    await waitFor('restored preview follows bao-cao', () => panel.title.includes('bao-cao.vbhc.md'));
    panel.dispose();
  });

  test('a panel restored while a preview is open is closed (one preview)', async () => {
    await openFixture(CO_LOI);
    await vscode.commands.executeCommand('vbhc.openPreview', fixture(CO_LOI));
    await waitFor('preview of co-loi', () => previewTabs().length === 1);
    const api = (await activeExtension()).exports as VbhcApi;
    const extra = vscode.window.createWebviewPanel(VIEW_TYPE, '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
    let disposed = false;
    extra.onDidDispose(() => (disposed = true));
    await api.restorePreview!(extra);
    assert.ok(disposed, 'a second preview is not restored next to the open one');
    await vscode.window.tabGroups.close(previewTabs());
  });
});

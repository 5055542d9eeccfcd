/**
 * Export from VS Code of a document that still has errors asks once
 * ("Văn bản còn N lỗi. Vẫn xuất?"): dismissed, nothing is exported; its
 * first button exports. The notification names the file, not its path,
 * and in a web workbench (code-server) offers "Tải xuống" instead of
 * opening a file on a machine the user is not at.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DocumentInfoResult } from '../../../server/src/protocol';
import { activeExtension, fixture, harness, openFixture, tempDir, waitFor, workspaceRoot } from './helpers';

const CO_LOI = 'co-loi.vbhc.md';

async function errorsOf(uri: vscode.Uri): Promise<number> {
  const api = (await activeExtension()).exports as { requests: { documentInfo(u: vscode.Uri): Promise<DocumentInfoResult> } };
  return (await api.requests.documentInfo(uri)).errors;
}

/** Text of the notifications on screen: the toasts, and the notification centre when open. */
const toastText = async () => (await harness.text('.notifications-toasts, .notifications-center')).join('\n');

suite('export of a document with errors', () => {
  test('asks once; dismissed exports nothing, "Vẫn xuất" exports; the notice names the file and offers a download (UI, via harness)', async function () {
    if (!harness.available) this.skip();
    await openFixture(CO_LOI);
    const errors = await waitFor('errors counted', async () => (await errorsOf(fixture(CO_LOI))) || undefined);
    const question = `Văn bản còn ${errors} lỗi. Vẫn xuất?`;

    await vscode.commands.executeCommand('notifications.clearAll');
    const out = path.join(tempDir('vbhc-confirm-'), 'co-loi.docx');
    const cancelled = vscode.commands.executeCommand<string | undefined>('vbhc.exportDocx', fixture(CO_LOI), out);
    await waitFor('the question', async () => (await toastText()).includes(question), 15_000);
    await vscode.commands.executeCommand('notifications.clearAll'); // dismissed without an answer
    assert.equal(await cancelled, undefined);
    assert.equal(fs.existsSync(out), false, 'nothing written');

    const inside = path.join(workspaceRoot(), 'xuat-thu.docx'); // a workspace file, so the explorer can offer it for download
    try {
      const exported = vscode.commands.executeCommand<string | undefined>('vbhc.exportDocx', fixture(CO_LOI), inside);
      await waitFor('the question again', async () => (await toastText()).includes(question), 15_000);
      await vscode.commands.executeCommand('notification.acceptPrimaryAction'); // its first button: Vẫn xuất
      assert.equal(await exported, inside);
      assert.ok(fs.statSync(inside).size > 1000);
      await vscode.commands.executeCommand('notifications.showList'); // a toast may be held back behind others; the centre lists all
      const toast = await waitFor('the notice', async () => {
        const text = await toastText();
        return text.includes('Đã xuất xuat-thu.docx.') ? text : undefined;
      }, 10_000);
      assert.ok(!toast.includes(workspaceRoot()), `no absolute path: ${toast}`);
      assert.ok(toast.includes('Tải xuống') && !toast.includes('Mở tệp'), `web workbench: download, not open: ${toast}`);
    } finally {
      fs.rmSync(inside, { force: true });
      await vscode.commands.executeCommand('notifications.clearAll');
      await vscode.commands.executeCommand('notifications.hideList');
    }
  });
});

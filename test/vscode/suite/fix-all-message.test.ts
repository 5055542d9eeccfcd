/**
 * "Sửa tất cả" says what it changed: the problems it fixed, counted by code
 * ("Đã sửa tự động 1 lỗi: 1 × meta.invalid-value."), not a count of edits.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { harness, openFixture, waitFor } from './helpers';

const CO_LOI = 'co-loi.vbhc.md';
const toastText = async () => (await harness.text('.notifications-toasts, .notifications-center')).join('\n');

suite('fix all: its message', () => {
  test('names the problems fixed by code (UI, via harness)', async function () {
    if (!harness.available) this.skip();
    const editor = await openFixture(CO_LOI);
    await waitFor('diagnostics', () => vscode.languages.getDiagnostics(editor.document.uri).length > 0 || undefined);
    await vscode.commands.executeCommand('notifications.clearAll');
    const n = await vscode.commands.executeCommand<number>('vbhc.fixAll', editor.document.uri);
    assert.ok(n && n >= 1, `edits: ${n}`);
    const text = await waitFor('the message', async () => {
      const t = await toastText();
      return /Đã sửa tự động \d+ lỗi: /.test(t) ? t : undefined;
    }, 15_000);
    assert.match(text, /\d+ × meta\.invalid-value/);
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('notifications.clearAll');
  });
});

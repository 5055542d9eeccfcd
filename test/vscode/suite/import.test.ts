/**
 * "Nhập văn bản từ Word/tệp văn bản" in a real VS Code: a .txt and a .docx
 * (our own export of the fixture report) become NAME.vbhc.md beside them,
 * opened in the editor group beside; a damaged file writes nothing.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, fixture, openFixture, tempDir, waitFor } from './helpers';

suite('vbhc import command in VS Code', () => {
  test('a .txt is imported next to it and opened beside, as a vbhc document', async () => {
    await openFixture('bao-cao.vbhc.md');
    const dir = tempDir('vbhc-import-');
    const txt = path.join(dir, 'thong-bao.txt');
    fs.writeFileSync(txt, ['SỞ XÂY DỰNG', 'Số: 12/TB-SXD', 'Huế, ngày 4 tháng 5 năm 2026', 'THÔNG BÁO', 'lịch tiếp công dân tháng 5 năm 2026', 'Lãnh đạo Sở tiếp công dân vào sáng thứ Năm hằng tuần./.', 'Nơi nhận:', '- Lưu: VT.', 'GIÁM ĐỐC', 'Phan Văn Tâm'].join('\n'));
    const written = await vscode.commands.executeCommand<string>('vbhc.importDocument', vscode.Uri.file(txt));
    assert.equal(written, path.join(dir, 'thong-bao.vbhc.md'));
    const text = fs.readFileSync(written, 'utf8');
    assert.match(text, /^---\nloai: TB\n/);
    assert.match(text, /ho_ten: "Phan Văn Tâm"/);
    const editor = await waitFor('the imported document in an editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath === written));
    assert.equal(editor.document.languageId, 'vbhc');
    assert.notEqual(editor.viewColumn, vscode.ViewColumn.One, 'opened beside the current editor');
  });

  test('a .docx exported from a document imports back to the same front matter', async () => {
    await activeExtension();
    const dir = tempDir('vbhc-import-');
    const docx = path.join(dir, 'bao-cao.docx');
    await vscode.commands.executeCommand<string>('vbhc.exportDocx', fixture('bao-cao.vbhc.md'), docx);
    const out = path.join(dir, 'lai.vbhc.md');
    const written = await vscode.commands.executeCommand<string>('vbhc.importDocument', vscode.Uri.file(docx), out);
    assert.equal(written, out);
    const text = fs.readFileSync(out, 'utf8');
    const source = fs.readFileSync(fixture('bao-cao.vbhc.md').fsPath, 'utf8');
    for (const key of ['trich_yeu', 'ho_ten', 'dia_danh']) {
      const want = new RegExp(`${key}: "?([^"\\n]+)"?`).exec(source)?.[1];
      if (want) assert.ok(text.includes(want), `${key}: ${want}`);
    }
  });

  test('a damaged .docx is refused and nothing is written', async () => {
    await activeExtension();
    const dir = tempDir('vbhc-import-');
    const bad = path.join(dir, 'hong.docx');
    fs.writeFileSync(bad, 'PK\u0003\u0004 không phải gói ZIP');
    const written = await vscode.commands.executeCommand<string | undefined>('vbhc.importDocument', vscode.Uri.file(bad));
    assert.equal(written, undefined);
    assert.deepEqual(fs.readdirSync(dir), ['hong.docx']);
  });
});

/**
 * A signing authority of several lines in a real VS Code: the new-document
 * command writes a remembered signer whose authority takes two lines as a
 * YAML list, and the server accepts it (no meta.invalid-value) while it
 * still reports an order Decree 30 does not allow.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, codeOf, tempDir, waitFor } from './helpers';

suite('vbhc: multi-line signing authority', () => {
  suiteSetup(async () => {
    await activeExtension();
  });

  test('"new document" writes a two-line authority as a list, and the server checks each line', async () => {
    const target = path.join(tempDir('vbhc-ky-'), 'ke-hoach-tap-the.vbhc.md');
    const agency = { co_quan: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', ky_hieu: 'UBND', dia_danh: 'Quảng Ngãi' };
    const signer = { quyen_han: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], chuc_vu: 'PHÓ CHỦ TỊCH', ho_ten: 'Lê Thị Mai' };
    const uri = await vscode.commands.executeCommand<vscode.Uri>('vbhc.newDocument', { loai: 'KH', agency, signer, path: target });
    const doc = await waitFor('new document', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()));
    // The core's skeleton writes a list as a YAML block (service/skeletons.ts).
    assert.match(doc.getText(), /^ {2}quyen_han:(?: \["TM\. ỦY BAN NHÂN DÂN", "KT\. CHỦ TỊCH"\]|\n {4}- "TM\. ỦY BAN NHÂN DÂN"\n {4}- "KT\. CHỦ TỊCH")$/m);
    await vscode.commands.executeCommand('leaveSnippet');
    // The server has checked it: diagnostics arrive (placeholders left by the skeleton), none on the authority.
    const lineOfQh = doc.getText().split('\n').findIndex((l) => l.startsWith('  quyen_han:'));
    await waitFor('diagnostics of the new document', () => vscode.languages.getDiagnostics(uri).length > 0);
    assert.deepEqual(
      vscode.languages.getDiagnostics(uri).filter((d) => d.range.start.line === lineOfQh).map(codeOf),
      [],
    );
    // Swap the two lines: KT. cannot stand above TM.
    const editor = await vscode.window.showTextDocument(doc);
    let last = lineOfQh;
    while (doc.lineAt(last + 1).text.startsWith('    - ')) last++; // the block list's items
    await editor.edit((e) => e.replace(new vscode.Range(lineOfQh, 0, last, doc.lineAt(last).text.length), '  quyen_han: ["KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"]'));
    const bad = await waitFor('the order is reported', () =>
      vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === 'meta.invalid-value' && d.range.start.line === lineOfQh),
    );
    assert.equal(doc.getText(bad.range), '"TM. ỦY BAN NHÂN DÂN"');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

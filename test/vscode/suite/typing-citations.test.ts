/**
 * Typing never lets a completion damage text, in a real VS Code: a sentence
 * with a citation accepted from the list, then ", Sở Nội vụ báo cáo về …"
 * typed after it with the list asked for and its first item accepted after
 * every character, ends as written — the item for the cited document's
 * subject never replaces the clause typed after it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, waitFor } from './helpers';

const HEADER = '---\nloai: BC\nco_quan: "SỞ NỘI VỤ"\nky_hieu: SNV\ndia_danh: "Quảng Ngãi"\nngay: 2025-06-05\ntrich_yeu: "Kết quả công tác văn thư năm 2025"\n---\n\n';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Items the editor would list at the cursor (every provider). */
async function itemsAt(editor: vscode.TextEditor): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, editor.selection.active);
  return list?.items ?? [];
}

/** Opens the suggestion list and accepts its first item, when there is one; true when one was accepted. */
async function acceptFirst(editor: vscode.TextEditor): Promise<boolean> {
  if ((await itemsAt(editor)).length === 0) return false;
  const before = editor.document.getText();
  await vscode.commands.executeCommand('editor.action.triggerSuggest');
  await pause(300);
  await vscode.commands.executeCommand('acceptSelectedSuggestion');
  await pause(100);
  return editor.document.getText() !== before;
}

async function type(text: string): Promise<void> {
  for (const c of text) await vscode.commands.executeCommand('type', { text: c });
}

suite('typing citations', () => {
  test('a citation accepted, then ", Sở Nội vụ báo cáo về …" typed accepting every item offered: the sentence stays as written', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'vbhc', content: HEADER });
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await activeExtension();
    try {
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      editor.selection = new vscode.Selection(end, end);
      await type('Thực hiện Nghị định 30/2020/');
      await waitFor('the item of 30/2020/NĐ-CP', async () => (await itemsAt(editor)).some((i) => String(typeof i.label === 'string' ? i.label : i.label.label) === 'Nghị định số 30/2020/NĐ-CP'));
      assert.ok(await acceptFirst(editor), 'the citation is accepted');
      const cited = 'Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư';
      assert.equal(doc.lineAt(doc.lineCount - 1).text, cited);
      const rest = ', Sở Nội vụ báo cáo về kết quả công tác văn thư năm 2025 như sau:';
      let accepted = 0;
      for (const c of rest) {
        await type(c);
        if (await acceptFirst(editor)) accepted++;
      }
      await vscode.commands.executeCommand('hideSuggestWidget');
      assert.equal(doc.lineAt(doc.lineCount - 1).text, cited + rest, `${accepted} item(s) accepted on the way`);
      assert.equal(accepted, 0, 'nothing is offered over the clause after the citation');
    } finally {
      await vscode.commands.executeCommand('hideSuggestWidget');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});

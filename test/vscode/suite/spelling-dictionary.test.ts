/**
 * "Thêm vào từ điển" in a real VS Code: a word the spelling check does not
 * know shows a style.spelling warning; running the quick fix's command adds
 * the word to `vbhc.dictionary` in the workspace settings, and the warning
 * goes. The setting is put back afterwards.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activeExtension, codeOf, fixture, waitFor } from './helpers';
import { docWith } from '../../support/style-testkit';

const FILE = 'chinh-ta-tu-dien.vbhc.md';
const TEXT = docWith('Xã trồng cây mắcca trên đất đồi.');

suite('spelling dictionary', () => {
  test('the quick fix "Thêm vào từ điển" adds the word to vbhc.dictionary and the warning goes', async () => {
    const uri = fixture(FILE);
    fs.writeFileSync(uri.fsPath, TEXT);
    const config = () => vscode.workspace.getConfiguration('vbhc');
    const before = config().inspect<string[]>('dictionary')?.workspaceValue;
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
      await activeExtension();
      const d = await waitFor('the style.spelling warning', () => vscode.languages.getDiagnostics(uri).find((x) => codeOf(x) === 'style.spelling'));
      assert.equal(doc.getText(d.range), 'mắcca');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);
      const add = actions.find((a) => a.title === 'Thêm “mắcca” vào từ điển');
      assert.ok(add?.command, actions.map((a) => a.title).join(' | '));
      await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
      assert.deepEqual(config().inspect<string[]>('dictionary')?.workspaceValue, [...(before ?? []), 'mắcca']);
      await waitFor('the warning to go', () => !vscode.languages.getDiagnostics(uri).some((x) => codeOf(x) === 'style.spelling'));
      assert.equal(doc.getText(), TEXT, 'the document is not edited');
    } finally {
      await config().update('dictionary', before, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      fs.rmSync(uri.fsPath, { force: true });
    }
  });
});

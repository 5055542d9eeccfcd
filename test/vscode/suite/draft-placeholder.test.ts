/**
 * Fill-ins in a real VS Code: a new empty document shows one problem whose
 * quick fixes insert the skeleton of a drafted type; the inserted one, its «…»
 * fill-ins unfilled, shows a draft.placeholder error on each of them (never
 * "no problems"), and one fewer once one is filled. Screenshot of the
 * unfilled skeleton with its errors: docs/screenshot-placeholders.png.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, codeOf, screenshotTo, waitFor } from './helpers';

suite('draft placeholders', () => {
  test('an empty document: one problem, "Chèn khung văn bản" for each drafted type, BC and KH first; the skeleton shows a draft.placeholder error on each «…»', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'vbhc', content: '' });
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await activeExtension();
    try {
      const first = await waitFor('the empty-document problem', () => {
        const ds = vscode.languages.getDiagnostics(doc.uri);
        return ds.length > 0 ? ds : undefined;
      });
      assert.equal(first.length, 1, first.map((d) => d.message).join('\n'));
      assert.equal(codeOf(first[0]), 'meta.missing-field');
      assert.equal(first[0].range.start.line, 0);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, first[0].range);
      const skeletons = actions.filter((a) => a.title.startsWith('Chèn khung văn bản'));
      assert.deepEqual(
        skeletons.map((a) => a.title),
        ['báo cáo (BC)', 'kế hoạch (KH)', 'công văn (CV)', 'tờ trình (TTr)', 'thông báo (TB)', 'chương trình (CTr)', 'hướng dẫn (HD)', 'quyết định (QĐ)'].map((t) => `Chèn khung văn bản ${t}`),
      );
      assert.ok(await vscode.workspace.applyEdit(skeletons[0].edit!));
      assert.match(doc.getText(), /^---\nloai: BC\n/);
      const expected = doc.getText().match(/«[^«»\n]*»/g)!.length;
      const ds = await waitFor('a draft.placeholder error on each fill-in', () => {
        const list = vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) === 'draft.placeholder');
        return list.length === expected ? list : undefined;
      });
      assert.ok(ds.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
      for (const d of ds) assert.match(doc.getText(d.range), /^«[^«»]*»$/);
      assert.deepEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) !== 'draft.placeholder').map((d) => codeOf(d)), []);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await screenshotTo('screenshot-placeholders.png');
      // Filling one in removes its error.
      const agency = ds.find((d) => doc.getText(d.range) === '«TÊN CƠ QUAN BAN HÀNH»')!;
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, agency.range, 'SỞ NỘI VỤ');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor('one error fewer', () => vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) === 'draft.placeholder').length === expected - 1);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});

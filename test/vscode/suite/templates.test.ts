/**
 * Typing never damages text, in a real VS Code: the `[vbhc]` editor defaults
 * are in effect; `báo cáo` typed in prose and Enter give a new line and
 * nothing else (the key pressed for real through the harness); the words
 * clerks type offer no template; `vbhc-kh` in an empty document inserts the
 * whole plan skeleton, whose every «…» fill-in is then a draft.placeholder
 * error (screenshot docs/screenshot-skeleton-placeholders.png);
 * `vbhc-noi-nhan` in the body jumps to the front matter;
 * a heading template numbers itself after its previous sibling.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activeExtension, codeOf, fixture, harness, screenshotTo, waitFor } from './helpers';

const BAO_CAO = 'bao-cao.vbhc.md';

function labelOf(i: vscode.CompletionItem): string {
  return typeof i.label === 'string' ? i.label : i.label.label;
}

/** An untitled vbhc document with `content`, shown in the first column, the extension active. */
async function scratch(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'vbhc', content });
  const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  await activeExtension();
  return editor;
}

async function closeScratch(editor: vscode.TextEditor): Promise<void> {
  await vscode.commands.executeCommand('leaveSnippet');
  await vscode.commands.executeCommand('hideSuggestWidget');
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** Types text as keystrokes go through the editor (each character on its own). */
async function typeText(text: string): Promise<void> {
  for (const c of text) await vscode.commands.executeCommand('type', { text: c });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether the suggestion list is on screen (harness only). */
async function suggestVisible(): Promise<boolean> {
  return (await harness.text('.suggest-widget.visible .monaco-list-row')).length > 0;
}

suite('templates and editor defaults', () => {
  test('the [vbhc] editor defaults are in effect: wrap on, no word suggestions, no quick suggestions, Enter never accepts', async () => {
    await activeExtension();
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'vbhc' });
    assert.equal(editor.get('wordWrap'), 'on');
    assert.equal(editor.get('wordBasedSuggestions'), 'off');
    assert.deepEqual(editor.get('quickSuggestions'), { comments: 'off', strings: 'off', other: 'off' });
    assert.equal(editor.get('acceptSuggestionOnEnter'), 'off');
    assert.equal(editor.get('suggestOnTriggerCharacters'), true, 'a citation trigger still opens completion');
  });

  test('"báo cáo" typed in prose and Enter insert a new line and nothing else (keys pressed for real)', async function () {
    if (!harness.available) this.skip();
    const content = fs.readFileSync(fixture(BAO_CAO).fsPath, 'utf8');
    const editor = await scratch(content);
    const doc = editor.document;
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('- Đăng tải 12 tin'));
    assert.ok(line > 0);
    const end = doc.lineAt(line).range.end;
    editor.selection = new vscode.Selection(end, end);
    for (const words of [' Sở Nội vụ báo cáo', ' kế hoạch', ' thực hiện', ' căn cứ', ' phần']) {
      const before = doc.getText();
      const at = editor.selection.active;
      await typeText(words);
      await pause(400); // longer than any quick-suggestion delay
      assert.equal(await suggestVisible(), false, `no suggestion list after "${words}"`);
      const typed = doc.getText();
      await harness.press('Enter');
      await waitFor('Enter handled', () => doc.getText() !== typed);
      const expected = before.slice(0, doc.offsetAt(at)) + words + '\n' + before.slice(doc.offsetAt(at));
      assert.equal(doc.getText(), expected, `"${words}" + Enter`);
      await vscode.commands.executeCommand('deleteLeft'); // back to the end of the prose line
    }
    // Ctrl+Space after the words opens the list on request, and Enter still ends the line.
    const before = doc.getText();
    const at = editor.selection.active;
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await pause(600);
    await harness.press('Enter');
    await waitFor('the new line', () => doc.getText().length > before.length);
    assert.equal(doc.getText(), before.slice(0, doc.offsetAt(at)) + '\n' + before.slice(doc.offsetAt(at)));
    await closeScratch(editor);
  });

  test('the words clerks type offer no template, even with Ctrl+Space', async () => {
    const editor = await scratch('Sở Nội vụ báo cáo\n\n## 2. Xây dựng kế hoạch\n\nthuc hien\n');
    const doc = editor.document;
    for (const [line, character] of [[0, 17], [2, 23], [4, 9]] as const) {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, character));
      const templates = list.items.filter((i) => labelOf(i).startsWith('vbhc-'));
      assert.deepEqual(templates.map(labelOf), [], `line ${line + 1}`);
    }
    await closeScratch(editor);
  });

  test('"vbhc-kh" typed in an empty document and accepted inserts the whole plan skeleton', async () => {
    const editor = await scratch('');
    const doc = editor.document;
    await typeText('vbhc-kh');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 7), '-');
    assert.deepEqual(list.items.filter((i) => labelOf(i).startsWith('vbhc-')).map(labelOf), ['vbhc-bc', 'vbhc-kh', 'vbhc-cv', 'vbhc-ttr', 'vbhc-tb', 'vbhc-ctr', 'vbhc-hd', 'vbhc-qd'], 'a whole-document skeleton per drafted type');
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await waitFor('suggestion accepted', async () => {
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      return doc.getText().startsWith('---\nloai: KH\n');
    }, 10_000, 300);
    assert.match(doc.getText(), /# III\. TỔ CHỨC THỰC HIỆN/);
    assert.match(doc.getText(), /\.\/\.\n?$/);
    assert.ok(!doc.getText().includes('vbhc-kh'), 'the token is replaced');
    assert.match(doc.getText(), /^co_quan: "«TÊN CƠ QUAN BAN HÀNH»"$/m, 'fill-ins in guillemets');
    // Left unfilled, the skeleton is not "No problems": each fill-in is an error.
    await vscode.commands.executeCommand('leaveSnippet');
    const fillIns = (doc.getText().match(/«[^«»\n]*»/g) ?? []).length;
    const placeholders = await waitFor('draft.placeholder on every fill-in', () => {
      const found = vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) === 'draft.placeholder');
      return found.length === fillIns ? found : undefined;
    });
    assert.ok(placeholders.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    if (harness.available) {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await waitFor('Problems lists the fill-ins', async () => (await harness.problems()).some((r) => r.includes('«')), 15_000);
      await vscode.window.showTextDocument(doc);
      await screenshotTo('screenshot-skeleton-placeholders.png');
      await vscode.commands.executeCommand('workbench.action.closePanel');
    }
    await closeScratch(editor);
  });

  test('"vbhc-noi-nhan" in the body jumps to noi_nhan in the front matter; a heading template numbers itself', async () => {
    const content = fs.readFileSync(fixture(BAO_CAO).fsPath, 'utf8');
    const editor = await scratch(content);
    const doc = editor.document;
    const lines = content.split('\n');
    const gap = lines.findIndex((l) => l.startsWith('# II.'));
    await editor.edit((b) => b.insert(new vscode.Position(gap, 0), 'vbhc-noi-nhan\n'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(gap, 13), '-');
    const jump = list.items.find((i) => labelOf(i) === 'vbhc-noi-nhan');
    assert.ok(jump && jump.command, 'a jump is offered');
    assert.equal((jump.insertText as string) ?? '', '');
    const heading = list.items.find((i) => labelOf(i) === 'vbhc-muc2');
    assert.ok(heading, 'heading templates are offered');
    assert.match((heading.insertText as vscode.SnippetString).value, /^## 3\. /, 'after ## 1. and ## 2. comes ## 3.');
    await closeScratch(editor);
  });

  test('"insert template" on an empty body line inserts the chosen part there', async () => {
    const content = fs.readFileSync(fixture(BAO_CAO).fsPath, 'utf8');
    const editor = await scratch(content);
    const doc = editor.document;
    const gap = content.split('\n').findIndex((l) => l.startsWith('# II.'));
    await editor.edit((b) => b.insert(new vscode.Position(gap, 0), '\n'));
    editor.selection = new vscode.Selection(gap, 0, gap, 0);
    const running = vscode.commands.executeCommand<string>('vbhc.insertTemplate');
    let done = false;
    void running.then(() => (done = true), () => (done = true));
    await waitFor('template chosen', async () => {
      if (!done) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return done;
    }, 10_000, 300);
    assert.equal(await running, 'mo-dau', 'the first part offered in the body is the opening sentence');
    assert.match(doc.lineAt(gap).text, /^Thực hiện «văn bản chỉ đạo/);
    assert.equal(doc.lineAt(gap - 1).text, '', 'inserted on the empty line, nothing around it changed');
    await closeScratch(editor);
  });
});

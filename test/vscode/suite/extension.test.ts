/**
 * The vbhc extension in a real VS Code: language and activation, the
 * server's diagnostics (codes and ranges), the Problems panel and status bar,
 * document symbols, a quick fix, fix-all and renumbering, completion, export
 * to .docx (unzipped) and PDF, the preview webview and the new-document
 * command (templates and editor defaults: templates.test.ts). Screenshots go
 * to docs/ when the harness runs it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import JSZip from 'jszip';
import * as protocol from '../../../server/src/protocol';
import { activeExtension, codeOf, diagnosticsWith, fixture, harness, openFixture, screenshotTo, tempDir, waitFor } from './helpers';

interface Api {
  requests: {
    documentInfo(uri: vscode.Uri): Promise<protocol.DocumentInfoResult>;
    client: { initializeResult?: { capabilities: Record<string, unknown> } };
  };
}

async function api(): Promise<Api> {
  return (await activeExtension()).exports as Api;
}

/** Reverts (drops unsaved edits of) every open fixture, so tests stay independent. */
async function revertAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty || doc.isUntitled) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(`${path.basename(doc.uri.fsPath)} reverted`, () => !doc.isDirty);
  }
}

function lineOf(doc: vscode.TextDocument, startsWith: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.startsWith(startsWith)) return i;
  return -1;
}

const CO_LOI = 'co-loi.vbhc.md';
const BAO_CAO = 'bao-cao.vbhc.md';

suite('vbhc extension in VS Code', () => {
  teardown(revertAll);

  test('a .vbhc.md file opens as language vbhc and activates the extension', async () => {
    const editor = await openFixture(CO_LOI);
    assert.equal(editor.document.languageId, 'vbhc');
    assert.ok((await activeExtension()).isActive);
    const cmds = await vscode.commands.getCommands(true);
    for (const id of ['vbhc.newDocument', 'vbhc.exportDocx', 'vbhc.exportPdf', 'vbhc.openPreview', 'vbhc.insertReference', 'vbhc.fixAll', 'vbhc.renumberHeadings']) {
      assert.ok(cmds.includes(id), `command ${id} is registered`);
    }
  });

  test('the server publishes diagnostics with their codes and ranges', async () => {
    const uri = fixture(CO_LOI);
    const diags = await diagnosticsWith(uri, ['meta.noi-nhan-luu', 'meta.invalid-value', 'date.invalid', 'structure.numbering-duplicate', 'structure.numbering-gap', 'structure.missing-end-mark']);
    const doc = await vscode.workspace.openTextDocument(uri);
    const find = (code: string) => diags.find((d) => codeOf(d) === code)!;
    // date.invalid covers exactly the impossible date
    const date = find('date.invalid');
    assert.equal(date.range.start.line, 16);
    assert.equal(doc.getText(date.range), '29/02/2025');
    assert.equal(date.severity, vscode.DiagnosticSeverity.Error);
    assert.match(date.message, /29\/02\/2025/);
    // the authority without its dot, on its value
    const qh = find('meta.invalid-value');
    assert.equal(qh.range.start.line, 11);
    assert.match(doc.getText(qh.range), /KT GIÁM ĐỐC/);
    // the repeated "II." heading, on line 23
    const dup = find('structure.numbering-duplicate');
    assert.equal(dup.range.start.line, 22);
    assert.match(doc.getText(dup.range), /^II\.?$/);
    assert.equal(dup.severity, vscode.DiagnosticSeverity.Warning);
    // the recipients list whose last item is not "Lưu"
    assert.equal(find('meta.noi-nhan-luu').range.start.line, 9);
    // the missing ./. on the last sentence
    assert.equal(find('structure.missing-end-mark').range.start.line, 30);
    assert.ok(diags.every((d) => d.source === 'vbhc'));
  });

  test('the Problems panel lists the diagnostics (screenshot docs/screenshot-diagnostic.png)', async function () {
    if (!harness.available) this.skip();
    const editor = await openFixture(CO_LOI);
    const pos = new vscode.Position(16, 33);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(8, 0, 30, 0), vscode.TextEditorRevealType.AtTop);
    const rows = await waitFor('Problems panel rows', async () => {
      const r = await harness.problems();
      return r.some((x) => x.includes('29/02/2025')) ? r : undefined;
    });
    assert.ok(rows.some((r) => r.includes('KT GIÁM ĐỐC')), JSON.stringify(rows));
    await vscode.commands.executeCommand('editor.action.showHover');
    await waitFor('hover shown', async () => (await harness.text('.monaco-hover')).some((t) => t.includes('29/02/2025')), 10_000);
    const shot = await screenshotTo('screenshot-diagnostic.png');
    assert.ok(shot && fs.statSync(shot).size > 10_000, 'screenshot written');
  });

  test('the status bar shows the type and symbol with the problem counts', async () => {
    await openFixture(CO_LOI);
    const info = await (await api()).requests.documentInfo(fixture(CO_LOI));
    assert.equal(info.symbol, 'BC-SKHCN');
    assert.equal(info.loai, 'BC');
    assert.ok(info.errors >= 2 && info.warnings >= 4, JSON.stringify(info));
    if (harness.available) {
      const bar = await waitFor('status bar item', async () => (await harness.text('.statusbar')).find((t) => t.includes('BC-SKHCN')));
      assert.match(bar, new RegExp(`BC-SKHCN\\s+${info.errors}\\s+${info.warnings}`));
    }
  });

  test('the vbhc.language setting switches the server\'s messages between Vietnamese and English', async () => {
    await openFixture(CO_LOI);
    const uri = fixture(CO_LOI);
    const dateMessage = () => vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === 'date.invalid')?.message ?? '';
    await waitFor('Vietnamese message', () => /không có thật/.test(dateMessage()));
    const cfg = vscode.workspace.getConfiguration('vbhc');
    await cfg.update('language', 'en', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('English message', () => /29\/02\/2025/.test(dateMessage()) && !/không có thật/.test(dateMessage()));
    } finally {
      await cfg.update('language', 'vi', vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('Vietnamese again', () => /không có thật/.test(dateMessage()));
  });

  test('document symbols are the headings, nested by level', async () => {
    await openFixture(BAO_CAO);
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', fixture(BAO_CAO));
      return s && s.length ? s : undefined;
    });
    assert.deepEqual(symbols.map((s) => s.name), ['I. KẾT QUẢ THỰC HIỆN', 'II. ĐÁNH GIÁ CHUNG', 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025']);
    assert.deepEqual(symbols[1].children.map((s) => s.name), ['1. Ưu điểm', '2. Hạn chế và nguyên nhân']);
    const doc = await vscode.workspace.openTextDocument(fixture(BAO_CAO));
    assert.equal(symbols[0].range.start.line, lineOf(doc, '# I. KẾT QUẢ THỰC HIỆN'));
    assert.ok(symbols[0].range.end.line < lineOf(doc, '# II. ĐÁNH GIÁ CHUNG'), 'a section ends before the next one');
  });

  test('a quick fix corrects the signature authority', async () => {
    const editor = await openFixture(CO_LOI);
    const uri = editor.document.uri;
    const diags = await diagnosticsWith(uri, ['meta.invalid-value']);
    const qh = diags.find((d) => codeOf(d) === 'meta.invalid-value' && d.range.start.line === 11)!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, qh.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.includes('KT. GIÁM ĐỐC'));
    assert.ok(fix?.edit, `quick fix offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.lineAt(11).text, '  quyen_han: "KT. GIÁM ĐỐC"');
    await waitFor('meta.invalid-value gone', () => !vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === 'meta.invalid-value'));
  });

  test('"renumber headings" relabels the headings in sequence', async () => {
    const editor = await openFixture(CO_LOI);
    const doc = editor.document;
    await diagnosticsWith(doc.uri, ['structure.numbering-duplicate']);
    const n = await vscode.commands.executeCommand<number>('vbhc.renumberHeadings', doc.uri);
    assert.equal(n, 2, 'II. → III. and 3. → 1.');
    const headings = doc.getText().split('\n').filter((l) => l.startsWith('#'));
    assert.deepEqual(headings, ['# I. KẾT QUẢ', '# II. ĐÁNH GIÁ', '# III. TỒN TẠI', '## 1. Hạn chế', '# IV. PHƯƠNG HƯỚNG, NHIỆM VỤ']);
    await waitFor('numbering diagnostics gone', () => !vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d).startsWith('structure.numbering')));
  });

  test('"fix all" applies every safe fix in one step', async () => {
    const editor = await openFixture(CO_LOI);
    const doc = editor.document;
    await diagnosticsWith(doc.uri, ['meta.invalid-value']);
    const n = await vscode.commands.executeCommand<number>('vbhc.fixAll', doc.uri);
    assert.ok(n && n >= 1, `edits: ${n}`);
    assert.equal(doc.lineAt(11).text, '  quyen_han: "KT. GIÁM ĐỐC"');
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.lineAt(11).text, '  quyen_han: "KT GIÁM ĐỐC"', 'one undo step reverts it');
  });

  test('completion at a citation offers catalog documents', async () => {
    const caps = (await api()).requests.client.initializeResult?.capabilities ?? {};
    assert.ok(caps.completionProvider, 'the server offers completion');
    const editor = await openFixture(BAO_CAO);
    const line = lineOf(editor.document, 'Thực hiện Chỉ thị số');
    const col = editor.document.lineAt(line).text.indexOf('33/CT-TTg');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(line, col));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label) + ' ' + (i.detail ?? '') + ' ' + (typeof i.documentation === 'string' ? i.documentation : i.documentation?.value ?? ''));
    assert.ok(labels.some((l) => l.includes('33/CT-TTg')), labels.slice(0, 10).join('\n'));
  });

  test('export .docx writes a Word file that unzips, to the given path', async () => {
    await openFixture(BAO_CAO);
    const out = path.join(tempDir('vbhc-export-'), 'bao-cao.docx');
    const written = await vscode.commands.executeCommand<string>('vbhc.exportDocx', fixture(BAO_CAO), out);
    assert.equal(written, out);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    assert.ok(zip.file('[Content_Types].xml'), 'has [Content_Types].xml');
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    assert.match(text, /BÁO CÁO/);
    assert.match(text, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    assert.match(text, /Trần Công Hòa/);
    assert.deepEqual(fs.readdirSync(path.dirname(out)), ['bao-cao.docx'], 'no temporary file left');
  });

  test('export .docx honours vbhc.export.outputFolder, for one file or several selected in the explorer', async () => {
    await openFixture(BAO_CAO);
    const folder = tempDir('vbhc-outdir-');
    const cfg = vscode.workspace.getConfiguration('vbhc');
    await cfg.update('export.outputFolder', folder, vscode.ConfigurationTarget.Workspace);
    await cfg.update('export.confirmErrors', false, vscode.ConfigurationTarget.Workspace); // co-loi has errors
    try {
      const written = await vscode.commands.executeCommand<string>('vbhc.exportDocx', fixture(BAO_CAO));
      assert.equal(written, path.join(folder, 'bao-cao.docx'));
      assert.ok(fs.statSync(written).size > 1000);
      // from the explorer with two files selected: both are exported
      const both = await vscode.commands.executeCommand<string[]>('vbhc.exportDocx', fixture(BAO_CAO), [fixture(BAO_CAO), fixture(CO_LOI)]);
      assert.deepEqual(both, [path.join(folder, 'bao-cao.docx'), path.join(folder, 'co-loi.docx')]);
      assert.deepEqual(fs.readdirSync(folder).sort(), ['bao-cao.docx', 'co-loi.docx']);
    } finally {
      await cfg.update('export.outputFolder', undefined, vscode.ConfigurationTarget.Workspace);
      await cfg.update('export.confirmErrors', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('export PDF converts through LibreOffice', async function () {
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].some((p) => fs.existsSync(p));
    if (!soffice) this.skip(); // LibreOffice is not installed on this machine
    await openFixture(BAO_CAO);
    const out = path.join(tempDir('vbhc-pdf-'), 'bao-cao.pdf');
    const written = await vscode.commands.executeCommand<string>('vbhc.exportPdf', fixture(BAO_CAO), out);
    assert.equal(written, out);
    assert.equal(fs.readFileSync(out).subarray(0, 5).toString('latin1'), '%PDF-');
  });

  test('the preview opens beside the editor as a webview and follows typing (screenshot docs/screenshot-preview.png)', async () => {
    const editor = await openFixture(BAO_CAO);
    const info = await vscode.commands.executeCommand<{ viewType: string }>('vbhc.openPreview', editor.document.uri);
    assert.equal(info?.viewType, 'vbhc.preview');
    const tab = await waitFor('preview tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('vbhc.preview')),
    );
    assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'opened beside the editor');
    if (!harness.available) return;
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await waitFor('preview content', async () => (await harness.webviewText()).some((t) => t.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') && t.includes('KẾT QUẢ THỰC HIỆN')));
    const shot = await screenshotTo('screenshot-preview.png');
    assert.ok(shot && fs.statSync(shot).size > 10_000, 'screenshot written');
    // typing updates the preview (debounced)
    const line = lineOf(editor.document, 'Công chức, viên chức nhận thức');
    await editor.edit((e) => e.insert(new vscode.Position(line, 0), 'Đoạn thêm khi gõ thử nghiệm. '));
    await waitFor('preview updated', async () => (await harness.webviewText()).some((t) => t.includes('Đoạn thêm khi gõ thử nghiệm.')), 15_000);
  });

  test('the walkthrough opens with its five steps (UI, via harness)', async function () {
    if (!harness.available) this.skip();
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'vbhc.vbhc#vbhc.gettingStarted', false);
    const text = await waitFor('walkthrough page', async () => (await harness.text('.gettingStartedContainer')).find((t) => t.includes('VBHC')));
    for (const step of ['Create a document', 'See a problem and fix it', 'Insert a legal reference', 'Preview the official layout', 'Export .docx']) {
      assert.ok(text.includes(step), `step "${step}" in:\n${text.slice(0, 500)}`);
    }
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('"new document" writes the skeleton with the given agency and remembers it', async () => {
    const target = path.join(tempDir('vbhc-new-'), 'bao-cao-thu.vbhc.md');
    const agency = { co_quan: 'SỞ TƯ PHÁP', co_quan_chu_quan: 'UBND TỈNH QUẢNG NGÃI', ky_hieu: 'STP', dia_danh: 'Quảng Ngãi' };
    const signer = { quyen_han: 'KT. GIÁM ĐỐC', chuc_vu: 'PHÓ GIÁM ĐỐC', ho_ten: 'Nguyễn Văn Bình' };
    const uri = await vscode.commands.executeCommand<vscode.Uri>('vbhc.newDocument', { loai: 'BC', agency, signer, path: target });
    assert.ok(uri, 'a document was created');
    const doc = await waitFor('new document', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()));
    const text = doc.getText();
    assert.equal(doc.languageId, 'vbhc');
    assert.match(text, /^co_quan: "SỞ TƯ PHÁP"$/m);
    assert.match(text, /^ky_hieu: "STP"$/m);
    assert.match(text, /^ {2}ho_ten: "Nguyễn Văn Bình"$/m);
    assert.match(text, /# III\. PHƯƠNG HƯỚNG, NHIỆM VỤ/);
    const remembered = vscode.workspace.getConfiguration('vbhc').get<Array<{ co_quan: string }>>('newDocument.agencies') ?? [];
    assert.equal(remembered[0]?.co_quan, 'SỞ TƯ PHÁP');
    const signers = vscode.workspace.getConfiguration('vbhc').get<Array<{ ho_ten: string }>>('newDocument.signers') ?? [];
    assert.equal(signers[0]?.ho_ten, 'Nguyễn Văn Bình');
    const info = await waitFor('server has the new document', async () => {
      const i = await (await api()).requests.documentInfo(uri);
      return i.symbol ? i : undefined;
    });
    assert.equal(info.symbol, 'BC-STP');
    await vscode.commands.executeCommand('leaveSnippet');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('"new document" run from the palette offers the remembered agency and signer first', async () => {
    // The previous test remembered SỞ TƯ PHÁP and Nguyễn Văn Bình; accepting the first item of each pick takes them.
    const running = vscode.commands.executeCommand<vscode.Uri>('vbhc.newDocument');
    let done = false;
    void running.then(() => (done = true), () => (done = true));
    await waitFor('the three quick picks answered', async () => {
      if (!done) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return done;
    }, 20_000, 150);
    const uri = await running;
    assert.ok(uri, 'a document was created');
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    assert.match(doc.getText(), /^loai: BC$/m, 'the first type offered is BC');
    assert.match(doc.getText(), /^co_quan: "SỞ TƯ PHÁP"$/m);
    assert.match(doc.getText(), /^ {2}ho_ten: "Nguyễn Văn Bình"$/m);
    assert.match(path.basename(uri.fsPath), /^bao-cao-\d{4}-\d{2}-\d{2}(-\d+)?\.vbhc\.md$/);
    await vscode.commands.executeCommand('leaveSnippet');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('"convert TCVN3/VNI" turns text pasted in a legacy encoding into Unicode', async () => {
    const base = fs.readFileSync(fixture(BAO_CAO).fsPath, 'utf8');
    const original = 'Công tác dân vận còn thực hiện kiêm nhiệm nên chưa đi vào chiều sâu.';
    const content = base.replace(original, 'Së Tµi chÝnh tØnh Qu¶ng Ng·i.'); // TCVN3 as pasted from an old file
    const doc = await vscode.workspace.openTextDocument({ language: 'vbhc', content });
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await waitFor('server has the document', async () => (await (await api()).requests.documentInfo(doc.uri)).loai === 'BC');
    const n = await vscode.commands.executeCommand<number>('vbhc.convertLegacy', doc.uri);
    assert.ok(n && n >= 1, `edits: ${n}`);
    assert.ok(doc.getText().includes('\nSở Tài chính tỉnh Quảng Ngãi.\n'), 'converted');
    assert.equal(doc.getText().replace('Sở Tài chính tỉnh Quảng Ngãi.', original), base, 'nothing else changed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the reference pick list searches without diacritics as you type (UI, via harness)', async function () {
    if (!harness.available) this.skip();
    const doc = await vscode.workspace.openTextDocument({ language: 'vbhc', content: 'Căn cứ \n' });
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    editor.selection = new vscode.Selection(0, 7, 0, 7);
    const running = vscode.commands.executeCommand<string>('vbhc.insertReference');
    // Only a visible widget with rows is this pick list: a hidden one left by an earlier quick pick keeps its text,
    // and keys typed before the list has focus land in the editor.
    await waitFor('pick list open', async () => (await harness.text('.quick-input-widget:visible .quick-input-list .monaco-list-row')).length > 0, 15_000);
    await harness.press(...'chi thi 33'.split('').map((c) => (c === ' ' ? 'Space' : c)));
    await waitFor('33/CT-TTg offered', async () => (await harness.text('.quick-input-list')).some((t) => t.includes('33/CT-TTg')), 15_000);
    await harness.press('Enter');
    const inserted = await running;
    assert.ok(inserted?.includes('33/CT-TTg'), String(inserted));
    assert.equal(doc.lineAt(0).text, 'Căn cứ ' + inserted);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('"insert legal reference" inserts the full catalog citation at the cursor, the short form after it', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'vbhc', content: 'Thực hiện \n' });
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    editor.selection = new vscode.Selection(0, 10, 0, 10);
    const inserted = await vscode.commands.executeCommand<string>('vbhc.insertReference', doc.uri, '33/CT-TTg');
    assert.ok(inserted && inserted.includes('33/CT-TTg') && inserted.includes('ngày 26/11/2021'), `first citation in full: ${inserted}`);
    assert.equal(doc.lineAt(0).text, 'Thực hiện ' + inserted);
    const end = doc.lineAt(1).range.end;
    editor.selection = new vscode.Selection(end, end);
    const again = await vscode.commands.executeCommand<string>('vbhc.insertReference', doc.uri, '33/CT-TTg');
    assert.ok(again && again.includes('33/CT-TTg') && !again.includes('ngày 26/11/2021'), `later citation short: ${again}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

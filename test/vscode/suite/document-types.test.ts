/**
 * Every drafted type in a real VS Code: the new-document command creates a
 * công văn and a quyết định from the table of document types; with their
 * fill-ins written and saved they have no problem, the status bar names the
 * type, and each exports to a .docx (a zip whose word/document.xml holds the
 * type's own parts: the công văn's "V/v …" subject under Số, 12–13 pt,
 * and Kính gửi; the quyết định's name, authority line, căn cứ, "QUYẾT
 * ĐỊNH:" and articles, in order) — in the preview too, under the harness.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import JSZip from 'jszip';
import type { DocumentInfoResult } from '../../../server/src/protocol';
import { activeExtension, harness, tempDir, waitFor } from './helpers';

interface Api {
  requests: { documentInfo(uri: vscode.Uri): Promise<DocumentInfoResult> };
}

const AGENCY = { co_quan: 'SỞ TƯ PHÁP', co_quan_chu_quan: 'UBND TỈNH QUẢNG NGÃI', ky_hieu: 'STP', dia_danh: 'Quảng Ngãi' };
const SIGNER = { chuc_vu: 'GIÁM ĐỐC', ho_ten: 'Đỗ Thanh Bình' };

/** A .docx's main part and its styles. */
async function documentXml(file: string): Promise<{ xml: string; styles: string }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const part = zip.file('word/document.xml');
  const styles = zip.file('word/styles.xml');
  assert.ok(part && styles, 'word/document.xml and word/styles.xml are in the package');
  return { xml: await part.async('string'), styles: await styles.async('string') };
}

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** The formatting of the paragraph whose text holds `needle`: its own XML followed by its paragraph style's. */
function formatOf(pkg: { xml: string; styles: string }, needle: string): string {
  const p = [...pkg.xml.matchAll(/<w:p>.*?<\/w:p>/gs)].map((m) => m[0]).find((x) => textOf(x).includes(needle));
  assert.ok(p, `a paragraph with "${needle}"`);
  const id = /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1];
  const style = id ? [...pkg.styles.matchAll(/<w:style [^>]*>.*?<\/w:style>/gs)].map((m) => m[0]).find((x) => x.includes(`w:styleId="${id}"`)) : undefined;
  return p + (style ?? '');
}

/** Asserts that `parts` appear in `text` in this order. */
function inOrder(text: string, parts: readonly string[], what: string): void {
  let at = -1;
  for (const part of parts) {
    const i = text.indexOf(part, at + 1);
    assert.ok(i > at, `${what}: "${part}" after the part before it`);
    at = i;
  }
}

/** The preview's text for `doc` (under the harness, which reads the webview); undefined without it. */
async function previewText(doc: vscode.TextDocument, expect: string): Promise<string | undefined> {
  if (!harness.available) return undefined;
  await vscode.commands.executeCommand('vbhc.openPreview', doc.uri);
  try {
    return await waitFor('the preview shows the document', async () => (await harness.webviewText()).find((t) => t.includes(expect)));
  } finally {
    const previews = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('vbhc.preview'));
    await vscode.window.tabGroups.close(previews);
  }
}

/**
 * Runs the new-document command for `loai`, writes every «…» fill-in as its
 * own text (what a clerk would type there), saves the file and returns it
 * opened, with the server's facts about it.
 */
async function newDocument(loai: string, dir: string): Promise<{ doc: vscode.TextDocument; info: DocumentInfoResult }> {
  const target = path.join(dir, `${loai === 'QĐ' ? 'quyet-dinh' : 'cong-van'}-thu.vbhc.md`);
  const uri = await vscode.commands.executeCommand<vscode.Uri>('vbhc.newDocument', { loai, agency: AGENCY, signer: SIGNER, path: target });
  assert.ok(uri, 'a document was created');
  const untitled = await waitFor('the new document', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()));
  await vscode.commands.executeCommand('leaveSnippet');
  assert.match(untitled.getText(), new RegExp(`^---\\nloai: ${loai}\\n`));
  const filled = untitled.getText().replace(/«([^«»\n]*)»/g, '$1');
  const edit = new vscode.WorkspaceEdit();
  edit.replace(untitled.uri, new vscode.Range(untitled.positionAt(0), untitled.positionAt(untitled.getText().length)), filled);
  assert.ok(await vscode.workspace.applyEdit(edit));
  assert.ok(await untitled.save(), 'saved');
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(target));
  await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  assert.equal(doc.getText(), filled);
  const api = (await activeExtension()).exports as Api;
  const info = await waitFor('the server has the saved document', async () => {
    const i = await api.requests.documentInfo(doc.uri);
    return i.loai === loai ? i : undefined;
  });
  return { doc, info };
}

async function exportDocx(doc: vscode.TextDocument, dir: string): Promise<string> {
  const out = path.join(dir, path.basename(doc.uri.fsPath).replace(/\.vbhc\.md$/, '.docx'));
  const written = await vscode.commands.executeCommand<string | undefined>('vbhc.exportDocx', doc.uri, out);
  assert.equal(written, out);
  assert.ok(fs.statSync(out).size > 1000, 'a non-empty .docx');
  return out;
}

suite('document types', () => {
  test('a công văn created by the new-document command checks clean, shows its type in the status bar and exports with its V/v subject under Số (12–13 pt, 6 pt below) and Kính gửi before the body, in the .docx and the preview', async () => {
    const dir = tempDir('vbhc-cv-');
    const { doc, info } = await newDocument('CV', dir);
    try {
      assert.equal(info.symbol, 'STP');
      assert.equal(info.errors, 0);
      assert.equal(info.warnings, 0);
      assert.match(doc.getText(), /^kinh_gui: "Cơ quan, đơn vị nhận công văn"$/m);
      if (harness.available) {
        const bar = await waitFor('the status bar names the type', async () => (await harness.text('.statusbar')).find((t) => t.includes('Công văn STP')));
        assert.ok(bar);
      }
      const pkg = await documentXml(await exportDocx(doc, dir));
      const text = textOf(pkg.xml);
      assert.ok(text.includes('V/v trích yếu nội dung công văn'), text.slice(0, 400));
      // "V/v …" under Số in the left column (before the date of the right column), 12–13 pt, 6 pt below Số; then Kính gửi, then the body.
      inOrder(text, ['Số:', 'V/v trích yếu nội dung công văn', 'Quảng Ngãi, ngày', 'Kính gửi', 'Đề nghị'], 'the công văn in the .docx');
      const vv = formatOf(pkg, 'V/v ');
      assert.match(vv, /<w:sz w:val="2[46]"\/>/, 'V/v in 12–13 pt');
      assert.match(vv, /<w:spacing w:before="120"/, 'V/v 6 pt below Số');
      assert.match(vv, /<w:jc w:val="center"\/>/, 'V/v centred');
      const preview = await previewText(doc, 'V/v trích yếu nội dung công văn');
      if (preview) inOrder(preview, ['Số:', 'V/v trích yếu nội dung công văn', 'Kính gửi', 'Đề nghị'], 'the công văn in the preview');
      assert.ok(text.includes('Kính gửi'), 'the Kính gửi block');
      assert.ok(text.includes('Đề nghị Cơ quan, đơn vị nhận công văn quan tâm, phối hợp thực hiện./.'), 'the closing sentence');
      assert.ok(!text.includes('CÔNG VĂN'), 'a công văn prints no type name');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  test('a quyết định created by the new-document command checks clean and exports with its name, authority line, italic căn cứ, "QUYẾT ĐỊNH:" and articles in order, in the .docx and the preview', async () => {
    const dir = tempDir('vbhc-qd-');
    const { doc, info } = await newDocument('QĐ', dir);
    try {
      assert.equal(info.symbol, 'QĐ-STP');
      assert.equal(info.errors, 0);
      assert.equal(info.warnings, 0);
      if (harness.available) {
        const bar = await waitFor('the status bar names the type', async () => (await harness.text('.statusbar')).find((t) => t.includes('Quyết định QĐ-STP')));
        assert.ok(bar);
      }
      const pkg = await documentXml(await exportDocx(doc, dir));
      const text = textOf(pkg.xml);
      assert.ok(text.includes('QUYẾT ĐỊNH'), 'the type name');
      // The type name, the authority line from the signature, the căn cứ (italic), "QUYẾT ĐỊNH:", then the articles.
      const parts = ['QUYẾT ĐỊNH', 'GIÁM ĐỐC SỞ TƯ PHÁP', 'Căn cứ', 'QUYẾT ĐỊNH:', 'Điều 1.', 'Điều 2.', 'Điều 3.', 'Như Điều 3'];
      inOrder(text, parts, 'the quyết định in the .docx');
      for (const line of ['GIÁM ĐỐC SỞ TƯ PHÁP', 'QUYẾT ĐỊNH:']) assert.match(formatOf(pkg, line), /<w:jc w:val="center"\/>.*<w:b\/>/s, `"${line}" centred, bold`);
      assert.match(formatOf(pkg, 'Căn cứ văn bản quy định'), /<w:i\/>/, 'the căn cứ in italics');
      const preview = await previewText(doc, 'QUYẾT ĐỊNH:');
      if (preview) inOrder(preview, parts.slice(0, -1), 'the quyết định in the preview');
      assert.ok(text.includes('Căn cứ văn bản quy định chức năng, nhiệm vụ, quyền hạn của cơ quan ban hành;'), 'a căn cứ line');
      for (const article of ['Điều 1.', 'Điều 2.', 'Điều 3.']) assert.ok(text.includes(article), article);
      assert.ok(text.indexOf('Điều 1.') < text.indexOf('Điều 2.') && text.indexOf('Điều 2.') < text.indexOf('Điều 3.'), 'articles in order');
      assert.ok(text.includes('Như Điều 3'), 'Nơi nhận starts with "Như Điều 3"');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });
});

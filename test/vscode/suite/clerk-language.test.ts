/**
 * A Vietnamese clerk in an English VS Code: with default settings the
 * diagnostics are Vietnamese, and the command palette finds every vbhc
 * command by its Vietnamese words typed without diacritics (the filter text
 * typed through the harness's real key presses, the rows read from the
 * workbench). Screenshot: docs/screenshot-palette-xuat.png.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { activeExtension, codeOf, fixture, harness, openFixture, screenshotTo, waitFor, workspaceRoot } from './helpers';

const CO_LOI = 'co-loi.vbhc.md';

/** For each command: unaccented words a clerk types, and the title the palette must show. */
const QUERIES: Readonly<Record<string, [string, string]>> = {
  'vbhc.newDocument': ['tao van ban', 'VBHC: Tạo văn bản mới (tao van ban moi) — New document'],
  'vbhc.insertTemplate': ['chen mau', 'VBHC: Chèn mẫu (chen mau) — Insert template'],
  'vbhc.exportDocx': ['xuat docx', 'VBHC: Xuất tệp .docx (xuat tep docx) — Export .docx'],
  'vbhc.exportPdf': ['xuat pdf', 'VBHC: Xuất tệp PDF (xuat tep pdf) — Export PDF'],
  'vbhc.openPreview': ['xem truoc', 'VBHC: Mở xem trước bên cạnh (mo xem truoc ben canh) — Open preview to the side'],
  'vbhc.insertReference': ['trich dan', 'VBHC: Chèn trích dẫn văn bản (chen trich dan van ban) — Insert legal reference'],
  'vbhc.fixAll': ['sua tat ca', 'VBHC: Sửa tất cả lỗi tự động (sua tat ca loi tu dong) — Fix all auto-fixable problems'],
  'vbhc.renumberHeadings': ['danh so lai', 'VBHC: Đánh số lại đề mục (danh so lai de muc) — Renumber headings'],
  'vbhc.convertLegacy': ['chuyen ma', 'VBHC: Chuyển mã TCVN3/VNI sang Unicode (chuyen ma sang unicode) — Convert TCVN3/VNI text to Unicode'],
  'vbhc.showOutput': ['nhat ky', 'VBHC: Xem nhật ký (xem nhat ky) — Show output'],
  'vbhc.importCatalog': ['danh muc', 'VBHC: Nhập danh sách văn bản vào danh mục (nhap danh sach van ban vao danh muc) — Import a document list into a catalog'],
  'vbhc.importDocument': ['nhap van ban', 'VBHC: Nhập văn bản từ Word/tệp văn bản (nhap van ban tu word tep) — Import from Word or a text file'],
};

/** The palette's rows, as shown. */
async function paletteRows(): Promise<string[]> {
  return (await harness.text('.quick-input-list .monaco-list-row')).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Opens the command palette and types `query` key by key. */
async function typeInPalette(query: string): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.showCommands');
  await waitFor('palette open', async () => (await harness.text('.quick-input-widget .quick-input-box input')).length > 0 || (await paletteRows()).length > 0, 10_000);
  await harness.press(...query.split('').map((c) => (c === ' ' ? 'Space' : c)));
}

suite('a Vietnamese clerk in an English VS Code', () => {
  test('with default settings the diagnostics are in Vietnamese although VS Code is in English', async () => {
    assert.match(vscode.env.language, /^en/, 'the suite runs VS Code in English');
    const cfg = vscode.workspace.getConfiguration('vbhc');
    assert.equal(cfg.inspect('language')?.defaultValue, 'vi');
    const saved = cfg.inspect<string>('language')?.workspaceValue;
    // Updating settings rewrites the fixture's settings file; it is put back as it was.
    const settingsFile = path.join(workspaceRoot(), '.vscode', 'settings.json');
    const settingsText = fs.readFileSync(settingsFile, 'utf8');
    await openFixture(CO_LOI);
    const uri = fixture(CO_LOI);
    const dateMessage = () => vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === 'date.invalid')?.message ?? '';
    try {
      await cfg.update('language', 'en', vscode.ConfigurationTarget.Workspace);
      await waitFor('English on request', () => /29\/02\/2025/.test(dateMessage()) && !/không có thật/.test(dateMessage()));
      await cfg.update('language', undefined, vscode.ConfigurationTarget.Workspace);
      assert.equal(vscode.workspace.getConfiguration('vbhc').inspect('language')?.workspaceValue, undefined, 'no setting of the user or workspace is in play');
      await waitFor('Vietnamese by default', () => /không có thật/.test(dateMessage()));
    } finally {
      fs.writeFileSync(settingsFile, settingsText);
      await waitFor('the fixture settings back', () => vscode.workspace.getConfiguration('vbhc').inspect<string>('language')?.workspaceValue === saved);
    }
  });

  test('the palette finds every command by unaccented Vietnamese words typed in it (UI, via harness)', async function () {
    if (!harness.available) this.skip();
    const contributes = (await activeExtension()).packageJSON.contributes as { commands: Array<{ command: string }>; menus?: { commandPalette?: Array<{ command: string; when?: string }> } };
    // Commands hidden from the palette (run only from a quick fix) are not looked for there.
    const hidden = new Set((contributes.menus?.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command));
    const contributed = contributes.commands.map((c) => c.command).filter((id) => !hidden.has(id));
    assert.deepEqual(contributed.filter((id) => !QUERIES[id]), [], 'every command is tried');
    await openFixture(CO_LOI); // most commands are offered with a vbhc document active
    try {
      for (const [query, title] of Object.values(QUERIES)) {
        await typeInPalette(query);
        const rows = await waitFor(`"${query}" finds ${title}`, async () => {
          const r = await paletteRows();
          return r.some((row) => row.includes(title)) ? r : undefined;
        }, 10_000);
        if (query === 'xuat docx') {
          assert.ok(rows.some((r) => r.includes('Xuất tệp PDF')) === false, 'docx narrows the list');
        }
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      }
      await typeInPalette('xuat');
      await waitFor('both exports listed', async () => {
        const r = await paletteRows();
        return r.some((row) => row.includes('Export .docx')) && r.some((row) => row.includes('Export PDF'));
      }, 10_000);
      await screenshotTo('screenshot-palette-xuat.png');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
  });

  test('the palette finds a command by its Vietnamese words with diacritics too', async function () {
    if (!harness.available) this.skip();
    await openFixture(CO_LOI);
    try {
      await vscode.commands.executeCommand('workbench.action.quickOpen', '>tạo văn bản');
      await waitFor('"tạo văn bản" finds the new-document command', async () => (await paletteRows()).some((r) => r.includes(QUERIES['vbhc.newDocument'][1])), 10_000);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
  });
});

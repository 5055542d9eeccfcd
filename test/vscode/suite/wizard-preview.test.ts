/**
 * The new-document wizard answered key by key as a first-time user would
 * (nothing remembered): every box has its title and a true step count, the
 * type list filters on "bao cao", the agency is written in capitals. The
 * preview follows the active `*.vbhc.md` editor.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture, harness, openFixture, waitFor } from './helpers';

const BAO_CAO = 'bao-cao.vbhc.md';
const CO_LOI = 'co-loi.vbhc.md';

/** The quick input's title bar and rows, as shown. */
async function quickInput(): Promise<{ title: string; rows: string[] }> {
  const title = (await harness.text('.quick-input-widget .quick-input-title')).join(' ');
  const rows = (await harness.text('.quick-input-widget .quick-input-list .monaco-list-row')).map((r) => r.replace(/\s+/g, ' '));
  return { title, rows };
}

/** Waits for step `n` of `total` and returns what it shows. */
function stepShown(n: number, total: number): Promise<{ title: string; rows: string[] }> {
  return waitFor(`step ${n}/${total}`, async () => {
    const q = await quickInput();
    return q.title.includes('Văn bản mới') && q.title.includes(`${n}/${total}`) ? q : undefined;
  }, 10_000);
}

const keys = (s: string) => s.split('').map((c) => (c === ' ' ? 'Space' : c));

function previewTabLabel(): string | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('vbhc.preview'))?.label;
}

suite('new-document wizard and preview', () => {
  test('a first-time user goes through titled, counted steps; "bao cao" finds BC; the agency is written in capitals (UI, via harness)', async function () {
    if (!harness.available) this.skip();
    const cfg = vscode.workspace.getConfiguration('vbhc');
    const saved = [cfg.inspect('newDocument.agencies')?.globalValue, cfg.inspect('newDocument.signers')?.globalValue];
    await cfg.update('newDocument.agencies', [], vscode.ConfigurationTarget.Global);
    await cfg.update('newDocument.signers', [], vscode.ConfigurationTarget.Global);
    let uri: vscode.Uri | undefined;
    try {
      const running = vscode.commands.executeCommand<vscode.Uri>('vbhc.newDocument');
      // type, agency + its 4 fields, signer + its 3 fields: 10 steps for someone with nothing remembered
      await stepShown(1, 10);
      await harness.press(...keys('bao cao'));
      const typeStep = await waitFor('filtered to BC', async () => {
        const q = await quickInput();
        return q.rows.length === 1 ? q : undefined;
      }, 10_000);
      assert.match(typeStep.rows[0], /^BC · Báo cáo/);
      await harness.press('Enter');
      const agency = await stepShown(2, 10);
      assert.ok(agency.rows.some((r) => r.includes('Another agency') || r.includes('Cơ quan khác')), agency.rows.join(' | '));
      await harness.press('Enter'); // another agency
      await stepShown(3, 10);
      await harness.press(...keys('so tu phap'), 'Enter');
      await stepShown(4, 10);
      await harness.press('Enter'); // no parent agency
      await stepShown(5, 10);
      await harness.press(...keys('STP'), 'Enter');
      await stepShown(6, 10);
      await harness.press(...keys('Quang Ngai'), 'Enter');
      await stepShown(7, 10);
      await harness.press('ArrowDown', 'Enter'); // signer: fill in later
      uri = await running;
      assert.ok(uri, 'a document was created');
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri!.toString())!;
      assert.match(doc.getText(), /^loai: BC$/m);
      assert.match(doc.getText(), /^co_quan: "SO TU PHAP"$/m, 'the agency in capitals');
      assert.ok(!/^co_quan_chu_quan:/m.test(doc.getText()), 'no parent agency line');
      assert.match(doc.getText(), /^ {2}ho_ten: "«Họ và tên»"$/m, 'the signer is left to fill in');
    } finally {
      await vscode.commands.executeCommand('leaveSnippet');
      if (uri) {
        await vscode.window.showTextDocument(uri);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
      await cfg.update('newDocument.agencies', saved[0], vscode.ConfigurationTarget.Global);
      await cfg.update('newDocument.signers', saved[1], vscode.ConfigurationTarget.Global);
    }
  });

  test('the preview follows the active .vbhc.md editor', async () => {
    await openFixture(BAO_CAO);
    await vscode.commands.executeCommand('vbhc.openPreview', fixture(BAO_CAO));
    await waitFor('preview of bao-cao', () => previewTabLabel()?.includes(BAO_CAO));
    await openFixture(CO_LOI);
    await waitFor('preview of co-loi', () => previewTabLabel()?.includes(CO_LOI));
    if (harness.available) {
      await waitFor('co-loi rendered', async () => (await harness.webviewText()).some((t) => t.includes('Công tác tuyên truyền về kết quả')), 15_000);
    }
    await openFixture(BAO_CAO);
    await waitFor('back to bao-cao', () => previewTabLabel()?.includes(BAO_CAO));
    const previews = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('vbhc.preview'));
    assert.equal(previews.length, 1, 'one preview panel');
  });
});

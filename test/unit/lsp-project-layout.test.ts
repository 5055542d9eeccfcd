// The server takes the house layout of the workspace's .vbhc.yaml as
// `vbhc export` does: the file's values win over the editor's
// vbhc.layout.* settings key by key (each margin on its own), the
// settings fill in the rest, and a change of the file is picked up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { startLspSession } from './lsp-session';
import { ExportFileRequest } from '../../server/src/protocol';
import { layoutWithProject } from '../../server/src/project-config';
import { mmToTwip } from '../../server/src/service/export/layout-constants';

const DOC = '---\nloai: BC\nco_quan: SỞ THỬ NGHIỆM\nky_hieu: STN\ndia_danh: Huế\nngay: 2025-05-30\ntrich_yeu: bố cục riêng\nnoi_nhan: ["Lưu: VT"]\nky:\n  chuc_vu: GIÁM ĐỐC\n  ho_ten: Trần Văn Thử\n---\n\n# I. NỘI DUNG\n\nBố cục của dự án./.\n';

async function pageAndBody(file: string): Promise<{ margins: number[]; bodyHalfPt: string }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const document = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const mar = /<w:pgMar [^>]*\/>/.exec(document)![0];
  const a = (name: string) => Number(new RegExp(`w:${name}="(-?\\d+)"`).exec(mar)![1]);
  const normal = /<w:style [^>]*w:styleId="Normal"[^>]*>.*?<\/w:style>/s.exec(styles)![0];
  return { margins: [a('top'), a('bottom'), a('left'), a('right')], bodyHalfPt: /<w:sz w:val="(\d+)"\/>/.exec(normal)![1] };
}

test('the export through the server takes .vbhc.yaml over vbhc.layout.*, key by key, and follows a change of the file', async (t) => {
  const s = await startLspSession({
    files: { 'a.vbhc.md': DOC, '.vbhc.yaml': 'layout:\n  body_pt: 13\n  margins_mm: { left: 35 }\n' },
    capabilities: { workspace: { configuration: true } },
    // The editor's settings: 14 pt (the file says 13) and a 25 mm top margin (the file says nothing of it).
    configuration: () => ({ layout: { body_pt: 14, margins_mm: { top: 25, bottom: 20, left: 30, right: 15 } } }),
    // The editor answers late: an export asked for at once still waits for the settings and the file.
    configurationDelayMs: 500,
  });
  t.after(() => s.close());
  const uri = s.uriOf('a.vbhc.md');
  const target = join(s.dir, 'a.docx');
  await s.conn.sendRequest(ExportFileRequest, { uri, format: 'docx', target });
  assert.deepEqual(await pageAndBody(target), { margins: [25, 20, 35, 15].map(mmToTwip), bodyHalfPt: '26' });

  writeFileSync(join(s.dir, '.vbhc.yaml'), 'layout:\n  margins_mm: { right: 20 }\n');
  await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: s.uriOf('.vbhc.yaml'), type: 2 }] });
  // The file is read again when the change arrives: export until it shows (a loaded machine may take a while).
  const want = { margins: [25, 20, 30, 20].map(mmToTwip), bodyHalfPt: '28' };
  let got = await pageAndBody(target);
  for (const t0 = Date.now(); JSON.stringify(got) !== JSON.stringify(want) && Date.now() - t0 < 30_000; ) {
    await new Promise((r) => setTimeout(r, 100));
    await s.conn.sendRequest(ExportFileRequest, { uri, format: 'docx', target });
    got = await pageAndBody(target);
  }
  assert.deepEqual(got, want);
});

test('layoutWithProject: the file wins where it speaks, margin by margin; no file leaves the settings', () => {
  const editor = { body_pt: 14, line_spacing: 1.2, margins_mm: { top: 25, left: 30 } };
  assert.equal(layoutWithProject(editor, undefined), editor);
  assert.equal(layoutWithProject(editor, 'rác'), editor);
  assert.deepEqual(layoutWithProject(editor, { body_pt: 13, margins_mm: { left: 35 } }), { body_pt: 13, line_spacing: 1.2, margins_mm: { top: 25, left: 35 } });
  assert.deepEqual(layoutWithProject(undefined, { paragraph_spacing_pt: 8 }), { paragraph_spacing_pt: 8 });
});

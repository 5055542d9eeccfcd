/**
 * `vbhc/exportFile` against the built server: the server writes the export
 * with the writer `vbhc export` uses, so the VS Code client refuses what the
 * CLI refuses (the document itself through a symlinked folder, a pipe), with
 * the same messages in both languages carried in the error's data; PDF is
 * refused in an untrusted workspace. The export and preview requests serve
 * only documents of the workspace or open in the editor — never /etc/passwd
 * or a file outside the workspace folders, even through a link inside them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startLspSession } from './lsp-session';
import { ExportFileRequest, RenderHtmlRequest, type ExportFileErrorData, type ExportFileResult, type RenderHtmlResult } from '../../server/src/protocol';

const DOC = '---\nloai: BC\nco_quan: SỞ THỬ NGHIỆM\nky_hieu: STN\ndia_danh: Huế\nngay: 2025-05-30\ntrich_yeu: máy chủ ghi tệp xuất\nnoi_nhan: ["Lưu: VT"]\nky:\n  chuc_vu: GIÁM ĐỐC\n  ho_ten: Trần Văn Thử\n---\n\n# I. NỘI DUNG\n\nMáy chủ ghi tệp như dòng lệnh./.\n';
const posix = process.platform !== 'win32';

/** The error data of a failed request (fails the test when the request succeeds). */
async function failure(p: Promise<unknown>): Promise<{ message: string; data?: ExportFileErrorData }> {
  return p.then(
    () => assert.fail('the request should fail'),
    (e: { message: string; data?: ExportFileErrorData }) => e,
  );
}

test('vbhc/exportFile writes docx and html for a workspace document, and refuses what the CLI refuses', async (t) => {
  const s = await startLspSession({ files: { 'a.vbhc.md': DOC } });
  t.after(() => s.close());
  const uri = s.uriOf('a.vbhc.md');

  const docx = await s.conn.sendRequest<ExportFileResult>(ExportFileRequest, { uri, format: 'docx', target: join(s.dir, 'a.docx') });
  assert.equal(docx.path, join(s.dir, 'a.docx'));
  assert.deepEqual(docx.notes, []);
  assert.equal(readFileSync(join(s.dir, 'a.docx')).subarray(0, 2).toString(), 'PK');
  await s.conn.sendRequest(ExportFileRequest, { uri, format: 'html', target: join(s.dir, 'out', 'a.html'), makeFolder: true });
  assert.match(readFileSync(join(s.dir, 'out', 'a.html'), 'utf8'), /^<!DOCTYPE html>/);

  if (posix) {
    symlinkSync('.', join(s.dir, 'same'));
    const same = await failure(s.conn.sendRequest(ExportFileRequest, { uri, format: 'docx', target: join(s.dir, 'same', 'a.vbhc.md') }));
    assert.equal(same.data?.code, 'same-as-source');
    assert.match(same.data!.vi, /chính là tệp nguồn/);
    assert.match(same.data!.en, /source document/);
    assert.equal(readFileSync(join(s.dir, 'a.vbhc.md'), 'utf8'), DOC, 'the source is intact');

    if (spawnSync('mkfifo', [join(s.dir, 'ong.docx')]).status === 0) {
      const fifo = await failure(s.conn.sendRequest(ExportFileRequest, { uri, format: 'docx', target: join(s.dir, 'ong.docx') }));
      assert.equal(fifo.data?.code, 'not-a-file');
      assert.ok(lstatSync(join(s.dir, 'ong.docx')).isFIFO());
    }
  }

  const noFolder = await failure(s.conn.sendRequest(ExportFileRequest, { uri, format: 'docx', target: join(s.dir, 'khong-co', 'a.docx') }));
  assert.equal(noFolder.data?.code, 'no-folder', 'without makeFolder a missing folder is an error, as in the CLI');

  const noOffice = await failure(s.conn.sendRequest(ExportFileRequest, { uri, format: 'pdf', target: join(s.dir, 'a.pdf'), libreOfficePath: '/khong/co/soffice' }));
  assert.equal(noOffice.data?.code, 'no-libreoffice');
  assert.match(noOffice.data!.vi, /Cài LibreOffice/);
  assert.ok(!readdirSync(s.dir).some((f) => f.endsWith('.pdf') || f.endsWith('.tmp')));
});

test('vbhc/exportFile refuses PDF in an untrusted workspace (it runs LibreOffice) and still writes .docx', async (t) => {
  const s = await startLspSession({ files: { 'a.vbhc.md': DOC }, initializationOptions: { trusted: false } });
  t.after(() => s.close());
  const uri = s.uriOf('a.vbhc.md');
  const pdf = await failure(s.conn.sendRequest(ExportFileRequest, { uri, format: 'pdf', target: join(s.dir, 'a.pdf') }));
  assert.equal(pdf.data?.code, 'untrusted');
  assert.deepEqual(readdirSync(s.dir), ['a.vbhc.md']);
  await s.conn.sendRequest(ExportFileRequest, { uri, format: 'docx', target: join(s.dir, 'a.docx') });
  assert.ok(readdirSync(s.dir).includes('a.docx'));
});

test('export and preview requests serve only documents of the workspace or open in the editor', async (t) => {
  const s = await startLspSession({ files: { 'a.vbhc.md': DOC } });
  const outside = mkdtempSync(join(tmpdir(), 'vbhc-outside-'));
  t.after(async () => {
    await s.close();
    rmSync(outside, { recursive: true, force: true });
  });
  writeFileSync(join(outside, 'ngoai.vbhc.md'), DOC.replace('Máy chủ ghi tệp', 'Văn bản ngoài thư mục'));
  const refused = [pathToFileURL('/etc/passwd').href, pathToFileURL(join(outside, 'ngoai.vbhc.md')).href];
  if (posix) {
    symlinkSync(join(outside, 'ngoai.vbhc.md'), join(s.dir, 'lien-ket.vbhc.md'));
    refused.push(s.uriOf('lien-ket.vbhc.md'));
  }
  for (const uri of refused) {
    const page = await s.conn.sendRequest<RenderHtmlResult>(RenderHtmlRequest, { uri, nonce: 'n' });
    assert.equal(page.html, '', `no page for ${uri}`);
    await failure(s.conn.sendRequest(ExportFileRequest, { uri, format: 'html', target: join(s.dir, 'x.html') }));
  }
  assert.ok(!readdirSync(s.dir).includes('x.html'));

  // A workspace document is served; so is a document open in the editor, wherever it lies.
  assert.match((await s.conn.sendRequest<RenderHtmlResult>(RenderHtmlRequest, { uri: s.uriOf('a.vbhc.md'), nonce: 'n' })).html, /Máy chủ ghi tệp/);
  const opened = pathToFileURL(join(outside, 'ngoai.vbhc.md')).href;
  await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: opened, languageId: 'vbhc', version: 1, text: readFileSync(join(outside, 'ngoai.vbhc.md'), 'utf8') } });
  let html = '';
  for (let i = 0; i < 100 && !html; i++) html = (await s.conn.sendRequest<RenderHtmlResult>(RenderHtmlRequest, { uri: opened, nonce: 'n' })).html;
  assert.match(html, /Văn bản ngoài thư mục/);
});

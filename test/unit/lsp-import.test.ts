// `vbhc/importDocument` on the BUILT server over stdio: a text's bytes come
// back as a dialect document; a refused file answers with its one-line reason.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLspSession, type LspSession } from './lsp-session';
import { ImportDocumentRequest, type ImportDocumentResult } from '../../server/src/protocol';

let lsp: LspSession;
before(async () => {
  lsp = await startLspSession();
});
after(() => lsp.close());

test('a .txt imports to a dialect document, with the keys not found listed', async () => {
  const text = 'BÁO CÁO\nkết quả kiểm tra hồ sơ lưu trữ năm 2026\nĐoàn đã kiểm tra hồ sơ tại ba phòng./.\n';
  const r = await lsp.conn.sendRequest<ImportDocumentResult>(ImportDocumentRequest, { name: 'bao-cao.txt', base64: Buffer.from(text).toString('base64') });
  assert.match(r.text, /^---\nloai: BC\n/);
  assert.match(r.text, /trich_yeu: "kết quả kiểm tra hồ sơ lưu trữ năm 2026"/);
  assert.ok(r.missing.includes('co_quan') && r.missing.includes('ky.ho_ten'), r.missing.join());
});

test('a file the importer refuses answers with an error carrying the reason', async () => {
  await assert.rejects(lsp.conn.sendRequest(ImportDocumentRequest, { name: 'x.docx', base64: Buffer.from('không phải docx').toString('base64') }), (e: Error) => /\.docx/.test(e.message) && !e.message.includes('\n'));
});

/**
 * The export requests over real JSON-RPC: the server runs in-process on two
 * PassThrough streams (startServer with the Node file system) and a client
 * connection asks for vbhc/exportFile and vbhc/renderHtml.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/node';
import { startServer } from './server';
import { nodeFileSystem } from './node-fs';
import { pathToUri } from './uri';
import { ExportFileRequest, RenderHtmlRequest, type ExportFileResult, type RenderHtmlResult } from './protocol';

const DOC = '---\nloai: BC\nco_quan: SỞ X\nky_hieu: SX\nso: 4\ndia_danh: Huế\nngay: 2025-05-30\ntrich_yeu: thử <b>xuất</b>\nnoi_nhan: ["Lưu: VT"]\nky:\n  chuc_vu: GIÁM ĐỐC\n  ho_ten: A\n---\n\n# I. A\n\nNội dung <script>x</script>./.\n';

let client: MessageConnection;
let dir: string;
let uri: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vbhc-server-export-'));
  const file = join(dir, 'bao-cao.vbhc.md');
  writeFileSync(file, DOC);
  uri = pathToUri(file);
  const up = new PassThrough();
  const down = new PassThrough();
  const server = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(server, { fs: nodeFileSystem });
  client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  client.onNotification(() => undefined);
  client.onRequest(() => null);
  client.listen();
  // The export requests serve documents of the workspace (or open in the editor).
  await client.sendRequest('initialize', { processId: null, rootUri: pathToUri(dir), capabilities: {}, workspaceFolders: [{ uri: pathToUri(dir), name: 'ws' }] });
  client.sendNotification('initialized', {});
});

after(() => {
  client.dispose();
  rmSync(dir, { recursive: true, force: true });
});

test('vbhc/exportFile writes the .docx of a file that is not open in the editor', async () => {
  const target = join(dir, 'bao-cao.docx');
  const r = await client.sendRequest<ExportFileResult>(ExportFileRequest, { uri, format: 'docx', target });
  assert.deepEqual(r, { path: target, notes: [] });
  const zip = await JSZip.loadAsync(readFileSync(target));
  const xml = await zip.file('word/document.xml')!.async('string');
  assert.match(xml, /Số: 04\/BC-SX/);
  assert.match(xml, /Nội dung &lt;script&gt;x&lt;\/script&gt;\.\/\./);
});

test('vbhc/exportFile answers an unknown document with an error that names it, and writes nothing', async () => {
  const target = join(dir, 'khong-co.docx');
  await assert.rejects(client.sendRequest(ExportFileRequest, { uri: pathToUri(join(dir, 'khong-co.vbhc.md')), format: 'docx', target }), /khong-co\.vbhc\.md/);
  assert.ok(!existsSync(target));
});

test('vbhc/renderHtml returns the preview page with the nonce asked for; an unknown document gives an empty page', async () => {
  const r = await client.sendRequest<RenderHtmlResult>(RenderHtmlRequest, { uri, nonce: 'Zm9vYmFy' });
  assert.match(r.html, /<style nonce="Zm9vYmFy">/);
  assert.match(r.html, /thử &lt;b&gt;xuất&lt;\/b&gt;/);
  const none = await client.sendRequest<RenderHtmlResult>(RenderHtmlRequest, { uri: 'untitled:x', nonce: 'a' });
  assert.equal(none.html, '');
});

test('the preview follows the editor text once the document is opened and changed', async () => {
  client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vbhc', version: 1, text: DOC.replace('# I. A', '# I. MỚI SỬA') } });
  let html = '';
  for (let i = 0; i < 50 && !html.includes('MỚI SỬA'); i++) {
    html = (await client.sendRequest<RenderHtmlResult>(RenderHtmlRequest, { uri, nonce: 'n' })).html;
  }
  assert.ok(html.includes('I. MỚI SỬA'));
});

// Legacy-encoded text pasted into an open document, end to end over real
// JSON-RPC: the server publishes `encoding.legacy`, offers the quick fix as a
// code action, and answers `vbhc/convertLegacy` for the document and for a
// selection (the request the client's "convert to Unicode" command sends).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/node';
import { startServer } from '../../server/src/server';
import { nodeFileSystem } from '../../server/src/node-fs';
import { ConvertLegacyRequest } from '../../server/src/protocol';

const URI = 'file:///tmp/vbhc-legacy-paste/bao-cao.vbhc.md';
const HEADER = '---\nloai: BC\nco_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"\nky_hieu: SKHCN\ndia_danh: "Quảng Ngãi"\nngay: 2025-05-30\ntrich_yeu: "kết quả"\nnoi_nhan:\n  - "Lưu: VT, VP"\nky:\n  chuc_vu: "GIÁM ĐỐC"\n  ho_ten: "Nguyễn Văn A"\n---\n';
const TEXT = HEADER + '\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\n\nXem ViÖt.\n';
const LEGACY_LINE = 14;

interface LspDiagnostic { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string; severity?: number; message: string }
interface TextEdit { range: LspDiagnostic['range']; newText: string }

let client: MessageConnection;
const published = new Map<string, LspDiagnostic[]>();
const waiters: (() => void)[] = [];

before(async () => {
  const up = new PassThrough();
  const down = new PassThrough();
  startServer(createConnection(new StreamMessageReader(up), new StreamMessageWriter(down)), { fs: nodeFileSystem });
  client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: LspDiagnostic[] }) => {
    published.set(p.uri, p.diagnostics);
    waiters.splice(0).forEach((w) => w());
  });
  client.onNotification(() => undefined);
  client.onRequest(() => null);
  client.listen();
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, workspaceFolders: null });
  client.sendNotification('initialized', {});
  client.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'vbhc', version: 1, text: TEXT } });
});

after(() => client.dispose());

async function diagnostics(): Promise<LspDiagnostic[]> {
  const deadline = Date.now() + 10_000;
  while (!published.has(URI) && Date.now() < deadline) {
    await new Promise<void>((r) => {
      waiters.push(r);
      setTimeout(r, 200);
    });
  }
  return published.get(URI) ?? [];
}

function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

test('the server publishes encoding.legacy as a warning on the pasted run', async () => {
  const legacy = (await diagnostics()).filter((d) => d.code === 'encoding.legacy');
  assert.equal(legacy.length, 1);
  assert.equal(legacy[0].severity, 2);
  assert.equal(legacy[0].range.start.line, LEGACY_LINE);
  assert.match(legacy[0].message, /Cộng hoà xã hội chủ nghĩa Việt/);
});

test('the quick fix comes back as a code action whose edit converts the run', async () => {
  const d = (await diagnostics()).find((x) => x.code === 'encoding.legacy')!;
  const actions = await client.sendRequest<{ title: string; kind: string; edit: { changes: Record<string, TextEdit[]> } }[]>('textDocument/codeAction', {
    textDocument: { uri: URI },
    range: d.range,
    context: { diagnostics: [d], only: ['quickfix'] },
  });
  const fix = actions.find((a) => /Unicode/.test(a.title));
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(apply(TEXT, fix.edit.changes[URI]).split('\n')[LEGACY_LINE], 'Cộng hoà xã hội chủ nghĩa Việt Nam');
});

test('vbhc/convertLegacy without a range converts the document\'s legacy runs only', async () => {
  const edits = await client.sendRequest<TextEdit[]>(ConvertLegacyRequest, { uri: URI });
  const out = apply(TEXT, edits).split('\n');
  assert.equal(out[LEGACY_LINE], 'Cộng hoà xã hội chủ nghĩa Việt Nam');
  assert.equal(out[LEGACY_LINE + 2], 'Xem ViÖt.', 'a single word is left for the user to select');
});

test('vbhc/convertLegacy with a selection converts a single legacy word in it', async () => {
  const range = { start: { line: LEGACY_LINE + 2, character: 0 }, end: { line: LEGACY_LINE + 2, character: 9 } };
  const edits = await client.sendRequest<TextEdit[]>(ConvertLegacyRequest, { uri: URI, range });
  assert.equal(apply(TEXT, edits).split('\n')[LEGACY_LINE + 2], 'Xem Việt.');
});

test('vbhc/convertLegacy on an unknown document answers with no edits', async () => {
  assert.deepEqual(await client.sendRequest(ConvertLegacyRequest, { uri: 'file:///nowhere.vbhc.md' }), []);
});

// Workspace trust over the real protocol: in an untrusted workspace the
// server does not read a catalog outside the workspace folders; once the
// client reports that trust was granted, it does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const SERVER = join(process.cwd(), 'dist/server.js');
let proc: ChildProcess;
let conn: MessageConnection;
let ws: string;
let outside: string;
const published = new Map<string, { code: string }[]>();

async function waitFor(pred: () => boolean, ms = 30000): Promise<void> {
  const t0 = Date.now();
  while (!pred()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

before(async () => {
  assert.ok(existsSync(SERVER), 'dist/server.js must be built');
  ws = mkdtempSync(join(tmpdir(), 'vbhc-trust-ws-'));
  outside = mkdtempSync(join(tmpdir(), 'vbhc-trust-cat-'));
  const catalog = join(outside, 'ngoai.vanban.yaml');
  writeFileSync(catalog, '- so_ky_hieu: 12/KH-SNV\n  loai: Kế hoạch\n  ngay: 2025-03-03\n  co_quan: Sở Nội vụ\n  trich_yeu: về công tác dân vận\n');
  const doc = readFileSync('examples/bao-cao-mau.vbhc.md', 'utf8').replace('như sau:', 'và Kế hoạch số 12/KH-SNV ngày 04/3/2025 của Sở Nội vụ như sau:');
  writeFileSync(join(ws, 'a.vbhc.md'), doc);
  proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code: string }[] }) => published.set(p.uri, p.diagnostics));
  conn.onNotification('window/logMessage', () => undefined);
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ catalogs: [catalog] })));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(ws).href,
    workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }],
    capabilities: { workspace: { configuration: true } },
    initializationOptions: { trusted: false },
  });
  await conn.sendNotification('initialized', {});
});

after(() => {
  conn.dispose();
  proc.kill();
  rmSync(ws, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const conflict = () => (published.get(pathToFileURL(join(ws, 'a.vbhc.md')).href) ?? []).some((d) => d.code === 'ref.date-conflict');

test('an untrusted workspace does not read a catalog outside its folders', async () => {
  await waitFor(() => published.has(pathToFileURL(join(ws, 'a.vbhc.md')).href));
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(conflict(), false);
});

test('granting trust reads the catalog, and its date now conflicts with the citation', async () => {
  await conn.sendNotification('vbhc/didGrantWorkspaceTrust');
  await waitFor(conflict);
});

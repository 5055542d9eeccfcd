// Drives the BUILT server (dist/server.js) over stdio for the reference
// features: a malformed `*.vanban.yaml` gets diagnostics in the file, a user
// catalog entry is completed and hovered, definition goes to the catalog
// line, and `vbhc/searchCatalog` answers the pick list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const SERVER = join(process.cwd(), 'dist/server.js');
const CATALOG = `- so_ky_hieu: 77/KH-UBND
  loai: Kế hoạch
  ngay: 2025-01-02
  co_quan: UBND tỉnh
  trich_yeu: về chuyển đổi số
`;
const DOC = `---
loai: BC
ky_hieu: SKHCN
ngay: 2025-05-30
---

Thực hiện Kế hoạch số 77/KH-UBND ngày 02/01/2025 của UBND tỉnh.

Chỉ thị số 33`;

let proc: ChildProcess;
let conn: MessageConnection;
let dir: string;
const published = new Map<string, { code: string; range: { start: { line: number } } }[]>();
const waiters: (() => void)[] = [];

function waitFor<T>(fn: () => T | undefined, ms = 30000): Promise<T> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const tick = () => {
      const v = fn();
      if (v !== undefined) return resolve(v);
      if (Date.now() - t0 > ms) return reject(new Error('timed out'));
      waiters.push(tick);
      setTimeout(() => {
        const i = waiters.indexOf(tick);
        if (i >= 0) waiters.splice(i, 1)[0]();
      }, 100);
    };
    tick();
  });
}

const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

before(async () => {
  assert.ok(existsSync(SERVER), 'dist/server.js must be built (npm test builds it)');
  dir = mkdtempSync(join(tmpdir(), 'vbhc-ref-'));
  writeFileSync(join(dir, 'danh-muc.vanban.yaml'), CATALOG);
  writeFileSync(join(dir, 'hong.vanban.yaml'), '- so_ky_hieu: [\n');
  proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: never[] }) => {
    published.set(p.uri, p.diagnostics);
    for (const w of waiters.splice(0)) setTimeout(w, 0);
  });
  conn.onNotification('window/logMessage', () => undefined);
  conn.listen();
  const init = (await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
    capabilities: {},
  })) as { capabilities: Record<string, unknown> };
  for (const k of ['completionProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'workspaceSymbolProvider']) assert.ok(init.capabilities[k], k);
  await conn.sendNotification('initialized', {});
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf('t.vbhc.md'), languageId: 'vbhc', version: 1, text: DOC } });
});

after(() => {
  conn?.dispose();
  proc?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a malformed catalog file gets its diagnostics; a sound one gets none', async () => {
  const bad = await waitFor(() => published.get(uriOf('hong.vanban.yaml')));
  assert.equal(bad[0].code, 'catalog.yaml');
  const good = await waitFor(() => published.get(uriOf('danh-muc.vanban.yaml')));
  assert.deepEqual(good, []);
});

test('completion at "Chỉ thị số 33" offers 33/CT-TTg first, as an incomplete list', async () => {
  await waitFor(() => published.get(uriOf('danh-muc.vanban.yaml')));
  const r = (await conn.sendRequest('textDocument/completion', { textDocument: { uri: uriOf('t.vbhc.md') }, position: { line: 8, character: 13 } })) as {
    isIncomplete: boolean;
    items: { label: string; textEdit: { newText: string } }[];
  };
  assert.equal(r.isIncomplete, true);
  assert.equal(r.items[0].label, 'Chỉ thị số 33/CT-TTg');
});

test('hover and definition of a user-catalog citation point at the catalog', async () => {
  await waitFor(() => published.get(uriOf('danh-muc.vanban.yaml')));
  const h = (await conn.sendRequest('textDocument/hover', { textDocument: { uri: uriOf('t.vbhc.md') }, position: { line: 6, character: 25 } })) as { contents: { value: string } };
  assert.match(h.contents.value, /\*\*Kế hoạch số 77\/KH-UBND\*\* ngày 02\/01\/2025 của UBND tỉnh về chuyển đổi số/);
  const d = (await conn.sendRequest('textDocument/definition', { textDocument: { uri: uriOf('t.vbhc.md') }, position: { line: 6, character: 25 } })) as { uri: string }[];
  assert.equal(d[0].uri, uriOf('danh-muc.vanban.yaml'));
});

test('vbhc/searchCatalog answers the pick list with insert texts', async () => {
  const r = (await conn.sendRequest('vbhc/searchCatalog', { query: 'chuyen doi so 77' })) as { items: { so_ky_hieu: string; source: string; insertText: string }[] };
  assert.equal(r.items[0].so_ky_hieu, '77/KH-UBND');
  assert.equal(r.items[0].source, 'user');
  assert.equal(r.items[0].insertText, 'Kế hoạch số 77/KH-UBND ngày 02/01/2025 của UBND tỉnh về chuyển đổi số');
});

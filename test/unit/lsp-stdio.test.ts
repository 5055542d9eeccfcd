// Drives the BUILT server (dist/server.js) over stdio with real JSON-RPC:
// initialize → didOpen → publishDiagnostics → documentSymbol, plus workspace
// indexing of an unopened file, folding ranges and a quick fix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const SERVER = join(process.cwd(), 'dist/server.js');
const DOC = `---
loai: BC
co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
ky_hieu: SKHCN
ngay: 2025-05-30
trich_yeu: "kết quả công tác"
noi_nhan:
  - "Sở Nội vụ"
  - "Lưu: VT, VP"
ky:
  quyen_han: "KT. GIÁM ĐỐC"
  chuc_vu: "PHÓ GIÁM ĐỐC"
  ho_ten: "Trần Văn A"
---

# I. KẾT QUẢ

## 1. Công tác chỉ đạo

Nội dung.

# II. PHƯƠNG HƯỚNG

Kết thúc./.
`;

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
    };
    tick();
  });
}

before(async () => {
  assert.ok(existsSync(SERVER), 'dist/server.js must be built (npm test builds it)');
  dir = mkdtempSync(join(tmpdir(), 'vbhc-lsp-'));
  writeFileSync(join(dir, 'da-luu.vbhc.md'), DOC.replace(/^ky_hieu:.*\n/m, ''));
  proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: never[] }) => {
    published.set(p.uri, p.diagnostics);
    for (const w of waiters.splice(0)) setTimeout(w, 0);
  });
  conn.onNotification('window/logMessage', () => undefined);
  conn.listen();
  const init = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
    capabilities: {},
  });
  assert.ok((init as { capabilities: { documentSymbolProvider: boolean } }).capabilities.documentSymbolProvider);
  await conn.sendNotification('initialized', {});
});

after(async () => {
  try {
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
  } catch {
    /* already gone */
  }
  conn.dispose();
  proc.kill();
  rmSync(dir, { recursive: true, force: true });
});

const uri = () => pathToFileURL(join(dir, 'mo.vbhc.md')).href;

test('an opened document gets its diagnostics published (missing dia_danh on line 1)', async () => {
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(), languageId: 'vbhc', version: 1, text: DOC } });
  const diags = await waitFor(() => published.get(uri()));
  const missing = diags.filter((d) => d.code === 'meta.missing-field');
  assert.equal(missing.length, 1);
  assert.equal(missing[0].range.start.line, 0);
});

test('an incremental edit is re-checked', async () => {
  await conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: uri(), version: 2 },
    contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'dia_danh: "Quảng Ngãi"\n' }],
  });
  await waitFor(() => (published.get(uri())!.some((d) => d.code === 'meta.missing-field') ? undefined : true));
});

test('document symbols nest by heading level', async () => {
  const symbols = (await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uri() } })) as { name: string; children: { name: string }[] }[];
  assert.deepEqual(
    symbols.map((s) => [s.name, s.children.map((c) => c.name)]),
    [
      ['I. KẾT QUẢ', ['1. Công tác chỉ đạo']],
      ['II. PHƯƠNG HƯỚNG', []],
    ],
  );
});

test('folding ranges cover the front matter and the sections', async () => {
  const ranges = (await conn.sendRequest('textDocument/foldingRange', { textDocument: { uri: uri() } })) as { startLine: number; endLine: number }[];
  assert.ok(ranges.some((r) => r.startLine === 0 && r.endLine === 14));
  assert.ok(ranges.some((r) => r.startLine === 16 && r.endLine === 20), JSON.stringify(ranges)); // section I after the inserted line
});

test('an unopened workspace file is indexed and checked at start-up', async () => {
  const other = pathToFileURL(join(dir, 'da-luu.vbhc.md')).href;
  const diags = await waitFor(() => published.get(other));
  assert.ok(diags.some((d) => d.code === 'meta.missing-field'));
});

test('a quick fix is offered for a missing key', async () => {
  const other = pathToFileURL(join(dir, 'da-luu.vbhc.md')).href;
  const actions = (await conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri: other },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
    context: { diagnostics: [] },
  })) as { title: string; kind: string; edit: { changes: Record<string, { newText: string }[]> } }[];
  const fix = actions.find((a) => a.kind === 'quickfix');
  assert.ok(fix, 'a quick fix');
  assert.match(fix!.edit.changes[other][0].newText, /^ky_hieu: /);
  assert.ok(actions.some((a) => a.kind === 'source.fixAll.vbhc'));
});

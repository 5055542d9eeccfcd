// Drives the BUILT server (dist/server.js) over stdio with real JSON-RPC:
// initialize → didOpen → publishDiagnostics → documentSymbol, plus workspace
// indexing of an unopened file, folding ranges and a quick fix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLspSession, type LspSession } from './lsp-session';

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

let lsp: LspSession;
const waitFor = <T>(fn: () => T | undefined) => lsp.waitFor(fn);
const published = { get: (uri: string) => lsp.published.get(uri) };

before(async () => {
  lsp = await startLspSession({ files: { 'da-luu.vbhc.md': DOC.replace(/^ky_hieu:.*\n/m, '') } });
  assert.ok(lsp.init.capabilities.documentSymbolProvider);
});

after(() => lsp?.close());

const uri = () => lsp.uriOf('mo.vbhc.md');

test('an opened document gets its diagnostics published (missing dia_danh on line 1)', async () => {
  await lsp.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(), languageId: 'vbhc', version: 1, text: DOC } });
  const diags = await waitFor(() => published.get(uri()));
  const missing = diags.filter((d) => d.code === 'meta.missing-field');
  assert.equal(missing.length, 1);
  assert.equal(missing[0].range.start.line, 0);
});

test('an incremental edit is re-checked', async () => {
  await lsp.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: uri(), version: 2 },
    contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'dia_danh: "Quảng Ngãi"\n' }],
  });
  await waitFor(() => (published.get(uri())!.some((d) => d.code === 'meta.missing-field') ? undefined : true));
});

test('document symbols nest by heading level', async () => {
  const symbols = (await lsp.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uri() } })) as { name: string; children: { name: string }[] }[];
  assert.deepEqual(
    symbols.map((s) => [s.name, s.children.map((c) => c.name)]),
    [
      ['I. KẾT QUẢ', ['1. Công tác chỉ đạo']],
      ['II. PHƯƠNG HƯỚNG', []],
    ],
  );
});

test('folding ranges cover the front matter and the sections', async () => {
  const ranges = (await lsp.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri: uri() } })) as { startLine: number; endLine: number }[];
  assert.ok(ranges.some((r) => r.startLine === 0 && r.endLine === 14));
  assert.ok(ranges.some((r) => r.startLine === 16 && r.endLine === 20), JSON.stringify(ranges)); // section I after the inserted line
});

test('an unopened workspace file is indexed and checked at start-up', async () => {
  const other = lsp.uriOf('da-luu.vbhc.md');
  const diags = await waitFor(() => published.get(other));
  assert.ok(diags.some((d) => d.code === 'meta.missing-field'));
});

test('a quick fix is offered for a missing key', async () => {
  const other = lsp.uriOf('da-luu.vbhc.md');
  const actions = (await lsp.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri: other },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
    context: { diagnostics: [] },
  })) as { title: string; kind: string; edit: { changes: Record<string, { newText: string }[]> } }[];
  const fix = actions.find((a) => a.kind === 'quickfix');
  assert.ok(fix, 'a quick fix');
  assert.match(fix!.edit.changes[other][0].newText, /^ky_hieu: "«KÝ HIỆU»"/);
  // A key inserted with a «…» fill-in is still to be written: "fix all" leaves it to the user.
  assert.ok(!actions.some((a) => a.kind === 'source.fixAll.vbhc'));
});

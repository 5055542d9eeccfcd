// Drives the BUILT server (dist/server.js) over stdio for the reference
// features: a malformed `*.vanban.yaml` gets diagnostics in the file, a user
// catalog entry is completed and hovered, definition goes to the catalog
// line, and `vbhc/searchCatalog` answers the pick list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLspSession, type LspSession } from './lsp-session';

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

let lsp: LspSession;
const uriOf = (name: string) => lsp.uriOf(name);
const waitFor = <T>(fn: () => T | undefined) => lsp.waitFor(fn);
const published = { get: (uri: string) => lsp.published.get(uri) };

before(async () => {
  lsp = await startLspSession({ files: { 'danh-muc.vanban.yaml': CATALOG, 'hong.vanban.yaml': '- so_ky_hieu: [\n' } });
  for (const k of ['completionProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'workspaceSymbolProvider']) assert.ok(lsp.init.capabilities[k], k);
  await lsp.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf('t.vbhc.md'), languageId: 'vbhc', version: 1, text: DOC } });
});

after(() => lsp?.close());

test('a malformed catalog file gets its diagnostics; a sound one gets none', async () => {
  const bad = await waitFor(() => published.get(uriOf('hong.vanban.yaml')));
  assert.equal(bad[0].code, 'catalog.yaml');
  const good = await waitFor(() => published.get(uriOf('danh-muc.vanban.yaml')));
  assert.deepEqual(good, []);
});

test('completion at "Chỉ thị số 33" offers 33/CT-TTg first, as an incomplete list', async () => {
  await waitFor(() => published.get(uriOf('danh-muc.vanban.yaml')));
  const r = (await lsp.conn.sendRequest('textDocument/completion', { textDocument: { uri: uriOf('t.vbhc.md') }, position: { line: 8, character: 13 } })) as {
    isIncomplete: boolean;
    items: { label: string; textEdit: { newText: string } }[];
  };
  assert.equal(r.isIncomplete, true);
  assert.equal(r.items[0].label, 'Chỉ thị số 33/CT-TTg');
});

test('hover and definition of a user-catalog citation point at the catalog', async () => {
  await waitFor(() => published.get(uriOf('danh-muc.vanban.yaml')));
  const h = (await lsp.conn.sendRequest('textDocument/hover', { textDocument: { uri: uriOf('t.vbhc.md') }, position: { line: 6, character: 25 } })) as { contents: { value: string } };
  assert.match(h.contents.value, /\*\*Kế hoạch số 77\/KH-UBND\*\* ngày 02\/01\/2025 của UBND tỉnh về chuyển đổi số/);
  const d = (await lsp.conn.sendRequest('textDocument/definition', { textDocument: { uri: uriOf('t.vbhc.md') }, position: { line: 6, character: 25 } })) as { uri: string }[];
  assert.equal(d[0].uri, uriOf('danh-muc.vanban.yaml'));
});

test('vbhc/searchCatalog answers the pick list with insert texts', async () => {
  const r = (await lsp.conn.sendRequest('vbhc/searchCatalog', { query: 'chuyen doi so 77' })) as { items: { so_ky_hieu: string; source: string; insertText: string }[] };
  assert.equal(r.items[0].so_ky_hieu, '77/KH-UBND');
  assert.equal(r.items[0].source, 'user');
  assert.equal(r.items[0].insertText, 'Kế hoạch số 77/KH-UBND ngày 02/01/2025 của UBND tỉnh về chuyển đổi số');
});

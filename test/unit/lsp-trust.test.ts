// Workspace trust over the real protocol: in an untrusted workspace the
// server does not read a catalog outside the workspace folders; once the
// client reports that trust was granted, it does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLspSession, type LspSession } from './lsp-session';

let lsp: LspSession;
let outside: string;

before(async () => {
  outside = mkdtempSync(join(tmpdir(), 'vbhc-trust-cat-'));
  const catalog = join(outside, 'ngoai.vanban.yaml');
  writeFileSync(catalog, '- so_ky_hieu: 12/KH-SNV\n  loai: Kế hoạch\n  ngay: 2025-03-03\n  co_quan: Sở Nội vụ\n  trich_yeu: về công tác dân vận\n');
  const doc = readFileSync('examples/bao-cao-mau.vbhc.md', 'utf8').replace('như sau:', 'và Kế hoạch số 12/KH-SNV ngày 04/3/2025 của Sở Nội vụ như sau:');
  lsp = await startLspSession({
    files: { 'a.vbhc.md': doc },
    capabilities: { workspace: { configuration: true } },
    initializationOptions: { trusted: false },
    configuration: () => ({ catalogs: [catalog] }),
  });
});

after(async () => {
  await lsp?.close();
  rmSync(outside, { recursive: true, force: true });
});

const conflict = () => (lsp.published.get(lsp.uriOf('a.vbhc.md')) ?? []).some((d) => d.code === 'ref.date-conflict') || undefined;

test('an untrusted workspace does not read a catalog outside its folders', async () => {
  await lsp.waitFor(() => lsp.published.get(lsp.uriOf('a.vbhc.md')));
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(conflict(), undefined);
});

test('granting trust reads the catalog, and its date now conflicts with the citation', async () => {
  await lsp.conn.sendNotification('vbhc/didGrantWorkspaceTrust');
  await lsp.waitFor(conflict);
});

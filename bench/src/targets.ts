/**
 * The checking engine's in-process targets alone, short (no pandoc, no
 * server, no export): warm check of 100 pages, re-check after a one-line
 * edit, the 1,000-document workspace index and the spelling rows.
 * Usage: node bench/build.mjs && node bench/out/targets.cjs [warm,edit,index,spelling,rss] [server.js]
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { readFixtures, writeFixtures } from './fixtures';
import { checksAfterEdit, checksWarm, spelling, workspaceIndex } from './in-process';
import type { Row } from './results';
import { serverOnWorkspace } from './lsp-server';

const dataDir = path.resolve(__dirname, 'data');
const fx = existsSync(path.join(dataDir, 'workspace-1000')) ? readFixtures(dataDir) : writeFixtures(dataDir);
const want = new Set((process.argv[2] ?? 'warm,edit,index,spelling').split(','));

function show(rows: Row[]): void {
  for (const r of rows) {
    const v = 'stats' in r && r.stats ? `${r.stats.median.toFixed(1)} ms (p95 ${r.stats.p95.toFixed(1)}, min ${r.stats.min.toFixed(1)})` : 'value' in r ? `${(r as { value: number }).value.toFixed(1)} ${r.unit}` : r.status;
    console.log(`${r.id.padEnd(24)} ${v}  ${r.note ?? ''}`);
  }
}

/** Runs a phase and prints its rows with the process's CPU time (less disturbed than wall time on a busy machine). */
async function timed(rows: () => Promise<Row[]>): Promise<void> {
  const cpu = process.cpuUsage();
  const t0 = Date.now();
  show(await rows());
  const used = process.cpuUsage(cpu);
  console.log(`${''.padEnd(24)} (phase: ${Date.now() - t0} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU)`);
}

void (async () => {
  if (want.has('warm')) await timed(() => checksWarm({ ...fx, docs: fx.docs.filter((d) => d.pages !== 1000 || want.has('1000')) }));
  if (want.has('edit')) await timed(() => checksAfterEdit(fx));
  if (want.has('spelling')) await timed(() => spelling(fx));
  if (want.has('index')) await timed(() => workspaceIndex(fx));
  // The server as built in dist/ (run `node esbuild.mjs` first); a third argument names another server.js.
  if (want.has('rss')) show(await serverOnWorkspace(process.argv[3] ?? path.resolve(__dirname, '../../dist/server.js'), fx.workspaceDir, fx.workspaceFiles.length, 'dist/server.js', fx.docs.find((d) => d.pages === 100)));
})();

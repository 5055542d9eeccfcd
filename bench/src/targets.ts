/**
 * The checking engine's in-process targets alone, short (no pandoc, no
 * server, no export): warm check of 100 pages, re-check after a one-line
 * edit, the 1,000-document workspace index and the spelling rows.
 * Usage: node bench/build.mjs && node bench/out/targets.cjs [warm,edit,index,spelling]
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { readFixtures, writeFixtures } from './fixtures';
import { checksAfterEdit, checksWarm, spelling, workspaceIndex } from './in-process';
import type { Row } from './results';

const dataDir = path.resolve(__dirname, 'data');
const fx = existsSync(path.join(dataDir, 'workspace-1000')) ? readFixtures(dataDir) : writeFixtures(dataDir);
const want = new Set((process.argv[2] ?? 'warm,edit,index,spelling').split(','));

function show(rows: Row[]): void {
  for (const r of rows) {
    const v = 'stats' in r && r.stats ? `${r.stats.median.toFixed(1)} ms (p95 ${r.stats.p95.toFixed(1)}, min ${r.stats.min.toFixed(1)})` : 'value' in r ? `${(r as { value: number }).value.toFixed(1)} ${r.unit}` : r.status;
    console.log(`${r.id.padEnd(24)} ${v}  ${r.note ?? ''}`);
  }
}

void (async () => {
  if (want.has('warm')) show(await checksWarm({ ...fx, docs: fx.docs.filter((d) => d.pages !== 1000 || want.has('1000')) }));
  if (want.has('edit')) show([await checksAfterEdit(fx)]);
  if (want.has('spelling')) show(await spelling(fx));
  if (want.has('index')) show(await workspaceIndex(fx));
})();

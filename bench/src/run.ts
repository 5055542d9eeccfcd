/**
 * `npm run bench`: generates the seeded inputs, measures vbhc in process and
 * as whole processes next to pandoc, markdownlint-cli2 and a bare markdown-it
 * parse, judges the performance targets, prints a table and writes
 * bench/results.json and the results section of bench/README.md.
 *
 * Flags: --skip-package (no .vsix build; reported as not built),
 *        --no-write (print only; results.json and README untouched).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tuneHeapForServer } from '../../server/src/heap';
import { writeFixtures } from './fixtures';
import { checksAfterEdit, checksWarm, exports, references, spelling, workspaceIndex } from './in-process';
import { serverOnWorkspace } from './lsp-server';
import { machineInfo } from './machine';
import { clientActivation, packageVsix } from './package-size';
import { checksCold, comparisons, ratio, type Paths } from './processes';
import { judge, machineLine, markdownTables, resultsJson, updateReadme } from './report';
import { missing, type Row } from './results';
import { msSince } from './stats';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'bench', 'out');

async function main(): Promise<void> {
  // The in-process rows measure what the language server does, so they run
  // under the heap settings the server sets on itself (server/src/heap.ts;
  // workspace indexing under its reading scope too: in-process.ts).
  tuneHeapForServer();
  const args = new Set(process.argv.slice(2));
  const started = process.hrtime.bigint();
  const m = machineInfo();
  const log = (s: string) => process.stderr.write(`[bench ${(msSince(started) / 1000).toFixed(0).padStart(4)} s] ${s}\n`);
  const paths: Paths = { root: ROOT, cli: path.join(ROOT, 'dist', 'cli.js'), coldChild: path.join(OUT, 'cold-child.cjs'), scratch: path.join(OUT, 'scratch') };

  log('generating inputs (seeded) …');
  const fx = writeFixtures(path.join(OUT, 'data'));
  log(`documents: ${fx.docs.map((d) => `${d.pages} pages = ${d.doc.words} words`).join(', ')}; catalog ${fx.catalog.length} entries; workspace ${fx.workspaceFiles.length} files`);

  const rows: Row[] = [];
  log('checks: cold (fresh processes) …');
  const cold = checksCold(fx, paths);
  log('checks: warm …');
  const warm = await checksWarm(fx);
  for (const pages of [10, 100, 1000]) rows.push(...cold.filter((r) => r.id.endsWith(`.${pages}`)), ...warm.filter((r) => r.id.endsWith(`.${pages}`)));
  log('checks: one-line edit …');
  rows.push(...(await checksAfterEdit(fx)));
  log('checks: spelling …');
  rows.push(...(await spelling(fx)));
  log('references: completion, hover …');
  rows.push(...(await references(fx)));
  log('workspace: index 1,000 documents …');
  rows.push(...(await workspaceIndex(fx)));
  log('export: .docx, HTML …');
  rows.push(...(await exports(fx)));
  // The production bundles of the package step are what users run; the development build otherwise.
  let dist = path.join(ROOT, 'dist');
  let production = false;
  let vsixRow: Row;
  let packageDir: string | undefined;
  if (args.has('--skip-package')) {
    vsixRow = missing('vsix.size', 'Extension package', '.vsix size', 'not-built', 'not built in this run (--skip-package)', 'MB');
  } else {
    log('package: npm run package in a copy of the tree …');
    // Outside the repository: tsconfig includes bench/**/*.ts, and the copy holds the project's sources.
    packageDir = mkdtempSync(path.join(os.tmpdir(), 'vbhc-bench-package-'));
    const pkg = packageVsix(ROOT, packageDir);
    vsixRow = pkg.row;
    if (pkg.distDir) {
      dist = pkg.distDir;
      production = true;
    }
  }
  const build = production ? 'production build (from the .vsix step)' : 'development build (dist/)';
  paths.cli = path.join(dist, 'cli.js');
  log('language server over LSP on the 1,000-document workspace …');
  const serverJs = path.join(dist, 'server.js');
  if (existsSync(serverJs)) rows.push(...(await serverOnWorkspace(serverJs, fx.workspaceDir, fx.workspaceFiles.length, build, fx.docs.find((d) => d.pages === 100))));
  else rows.push(missing('server.rss.1000', 'Language server (whole process)', 'server RSS after indexing 1,000 documents', 'not-built', 'not built: dist/server.js missing (npm run build)', 'MB'));
  log('whole processes: vbhc export/check vs pandoc, markdownlint-cli2, markdown-it …');
  const procs = comparisons(fx, paths, build);
  rows.push(...procs);
  for (const pages of [10, 100, 1000]) {
    const r = [
      ratio(procs, `ratio.docx.${pages}`, `pandoc ÷ vbhc export, ${pages} pages (>1: vbhc faster)`, `proc.pandoc.${pages}`, `proc.vbhc-export.${pages}`),
      ratio(procs, `ratio.lint.${pages}`, `markdownlint-cli2 ÷ vbhc check, ${pages} pages (>1: vbhc faster)`, `proc.markdownlint.${pages}`, `proc.vbhc-check.${pages}`),
      ratio(procs, `ratio.floor.${pages}`, `vbhc check ÷ bare markdown-it parse, ${pages} pages`, `proc.vbhc-check.${pages}`, `proc.markdown-it.${pages}`),
    ];
    for (const x of r) if (x) rows.push(x);
  }
  if (!rows.some((r) => r.id === 'ratio.docx.100')) rows.push(missing('ratio.docx.100', 'Ratios (medians, whole processes)', 'pandoc ÷ vbhc export, 100 pages', 'not-available', 'needs both `vbhc export` and pandoc (see rows above)', 'x'));

  rows.push(vsixRow);
  log('client activation …');
  rows.push(clientActivation(path.join(OUT, 'activation-child.cjs'), path.join(dist, 'client.js'), production));

  if (packageDir) rmSync(packageDir, { recursive: true, force: true });
  const verdicts = judge(rows);
  const commit = spawnSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || 'unknown';
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const body = `${machineLine(m, commit, date, Math.round(os.loadavg()[0] * 100) / 100)}\n\n${markdownTables(rows, verdicts)}`;
  process.stdout.write(`\n${body}\n`);
  if (!args.has('--no-write')) {
    writeFileSync(path.join(ROOT, 'bench', 'results.json'), resultsJson(m, commit, date, rows, verdicts, msSince(started)));
    updateReadme(path.join(ROOT, 'bench', 'README.md'), body);
  }
  log(`done in ${(msSince(started) / 1000).toFixed(0)} s`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});

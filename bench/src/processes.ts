/**
 * Whole-process measurements: what a user waits for when running a command.
 * The same generated files go through pandoc (→ .docx), markdownlint-cli2
 * and a bare markdown-it parse (the floor), and through `vbhc export` and
 * `vbhc check`; the cold first check runs in a fresh process too. A tool
 * that is missing is reported with its install command, never skipped.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import type { Fixtures } from './fixtures';
import { missing, type Row } from './results';
import { msSince, summarize, type Stats } from './stats';

/** Where things are. */
export interface Paths {
  root: string;
  cli: string;
  coldChild: string;
  scratch: string;
}

/** One timed run of a process. */
interface Run {
  ms: number;
  result: SpawnSyncReturns<string>;
}

/**
 * The environment of the timed processes: the bench's own without
 * NODE_EXTRA_CA_CERTS. Where that variable is set (this machine's sandbox
 * sets it for its proxy), every Node process reads and parses the whole
 * certificate file before it runs a line — `node -e 0` 139 ms with it, 75 ms
 * without, here — a cost of that machine, not of the tool measured; a
 * user's machine does not set it, and pandoc never reads it. The machine
 * line of the results says when it was left out.
 */
export const PROCESS_ENV: NodeJS.ProcessEnv = (() => {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
})();

function run(cmd: string, args: string[], cwd: string): Run {
  const t0 = process.hrtime.bigint();
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 2 ** 20, env: PROCESS_ENV });
  return { ms: msSince(t0), result };
}

/** Runs a command `warmup + runs` times; undefined stats when a run fails `ok`. */
function timeProcess(cmd: string, args: string[], cwd: string, runs: number, ok: (r: SpawnSyncReturns<string>) => boolean): { stats?: Stats; error?: string } {
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const r = run(cmd, args, cwd);
    if (r.result.error || !ok(r.result)) {
      const why = r.result.error?.message ?? `exit ${r.result.status}: ${(r.result.stderr || r.result.stdout).trim().split('\n').slice(-2).join(' ')}`;
      return { error: why };
    }
    if (i > 0) samples.push(r.ms); // the first run warms the disk cache
  }
  return { stats: summarize(samples) };
}

/** A command to time: what runs, where, and what counts as success. */
interface Timed {
  cmd: string;
  args: string[];
  cwd: string;
  ok: (r: SpawnSyncReturns<string>) => boolean;
}

/**
 * Times two commands in alternation, A B A B …, each warmed up once: both
 * see the machine in the same state, so the ratio of their medians does not
 * move with a load that comes and goes during one of them (a run of ten in
 * a row took one in a quiet minute and the other in a busy one).
 */
function timeAlternating(a: Timed, b: Timed, runs: number): [{ stats?: Stats; error?: string }, { stats?: Stats; error?: string }] {
  const samples: [number[], number[]] = [[], []];
  const errors: (string | undefined)[] = [undefined, undefined];
  for (let i = 0; i < runs + 1; i++) {
    [a, b].forEach((t, k) => {
      if (errors[k]) return;
      const r = run(t.cmd, t.args, t.cwd);
      if (r.result.error || !t.ok(r.result)) errors[k] = r.result.error?.message ?? `exit ${r.result.status}: ${(r.result.stderr || r.result.stdout).trim().split('\n').slice(-2).join(' ')}`;
      else if (i > 0) samples[k].push(r.ms); // the first run warms the disk cache
    });
  }
  return [0, 1].map((k) => (errors[k] ? { error: errors[k] } : { stats: summarize(samples[k]) })) as [{ stats?: Stats; error?: string }, { stats?: Stats; error?: string }];
}

/** Repetitions of whole-process runs by document size. */
const PROCESS_RUNS: Record<number, number> = { 10: 7, 100: 9, 1000: 2 };

/** Cold first parse + all checks: a fresh process per run, the core loaded, then one check. */
export function checksCold(fx: Fixtures, p: Paths): Row[] {
  const group = 'Checks (in process)';
  return fx.docs.map((d) => {
    const runs = d.pages === 1000 ? 3 : 7;
    const samples: number[] = [];
    const loads: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = run(process.execPath, [p.coldChild, d.file], p.root);
      if (r.result.status !== 0) return missing(`checks.cold.${d.pages}`, group, `parse + all checks, ${d.pages} pages, cold`, 'failed', `failed: ${r.result.stderr.trim().slice(0, 200)}`);
      const out = JSON.parse(r.result.stdout.trim()) as { ms: number; loadMs: number };
      samples.push(out.ms);
      loads.push(out.loadMs);
    }
    return { id: `checks.cold.${d.pages}`, group, label: `parse + all checks, ${d.pages} pages, cold`, status: 'ok', unit: 'ms', stats: summarize(samples), note: `first check in a fresh process (core loaded in ${summarize(loads).median.toFixed(0)} ms, not counted)` } satisfies Row;
  });
}

/** Install commands of the external tools, printed when one is missing. */
const INSTALL = {
  pandoc: 'sudo apt-get install pandoc',
  markdownlint: 'npm i -D markdownlint-cli2',
} as const;

/** The whole-process comparisons and their ratios. */
export function comparisons(fx: Fixtures, p: Paths, buildName: string): Row[] {
  // Whether the launcher found the V8 code cache of the bundle it loads (written by the build): `export` has a bundle of its own.
  const cacheState = (args: string[]) => /code cache (\w+)/.exec(spawnSync(process.execPath, [p.cli, ...args], { encoding: 'utf8', env: { ...PROCESS_ENV, VBHC_CODE_CACHE_DEBUG: '1' } }).stderr ?? '')?.[1] ?? 'unknown';
  const build = `${buildName}, code cache ${cacheState(['--version'])}`;
  const exportBuild = `${buildName}, code cache ${cacheState(['export'])}`;
  const group = 'Whole processes (same files)';
  const rows: Row[] = [];
  mkdirSync(p.scratch, { recursive: true });
  const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  const pandocVersion = pandoc.error ? undefined : pandoc.stdout.split('\n')[0];
  const mdlBin = path.join(p.root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  const mdlVersion = existsSync(mdlBin) ? (JSON.parse(readFileSync(path.join(p.root, 'node_modules', 'markdownlint-cli2', 'package.json'), 'utf8')) as { version: string }).version : undefined;
  const exportAvailable = detectExport(p, fx);

  for (const d of fx.docs) {
    const n = PROCESS_RUNS[d.pages];
    const sized = (id: string) => `${id}.${d.pages}`;
    const docxOut = path.join(p.scratch, `vbhc-${d.pages}.docx`);
    const pandocOut = path.join(p.scratch, `pandoc-${d.pages}.docx`);
    const add = (id: string, label: string, t: { stats?: Stats; error?: string }, note: string) =>
      rows.push(t.stats ? { id: sized(id), group, label: `${label}, ${d.pages} pages`, status: 'ok', unit: 'ms', stats: t.stats, note } : missing(sized(id), group, `${label}, ${d.pages} pages`, 'failed', `failed: ${t.error}`));

    const vbhcExport: Timed = { cmd: process.execPath, args: [p.cli, 'export', d.file, '-o', docxOut], cwd: p.root, ok: (r) => r.status === 0 && isZip(docxOut) };
    const pandocExport: Timed = { cmd: 'pandoc', args: [d.mdFile, '-o', pandocOut], cwd: p.root, ok: (r) => r.status === 0 };
    // The two exports compared by a target run in alternation (timeAlternating).
    const both = exportAvailable === true && pandocVersion ? timeAlternating(vbhcExport, pandocExport, n) : undefined;
    if (exportAvailable === true) {
      const times = both?.[0] ?? timeProcess(vbhcExport.cmd, vbhcExport.args, vbhcExport.cwd, n, vbhcExport.ok);
      add('proc.vbhc-export', '`vbhc export -o x.docx`', times, `node dist/cli.js export FILE -o OUT; ${exportBuild}${both ? "; runs alternate with pandoc's" : ''}`);
      // Import reads back the .docx the export row just wrote (the 1,000-page one is left out: minutes of runs).
      if (d.pages <= 100 && isZip(docxOut)) {
        const imported = path.join(p.scratch, `import-${d.pages}.vbhc.md`);
        add('proc.vbhc-import', '`vbhc import x.docx`', timeProcess(process.execPath, [p.cli, 'import', docxOut, '-o', imported, '--force'], p.root, n, (r) => r.status === 0 && existsSync(imported)), `node dist/cli.js import FILE.docx -o OUT --force on the .docx vbhc export wrote (mammoth 1.13.0); ${build}`);
      }
    } else {
      rows.push(missing(sized('proc.vbhc-export'), group, `\`vbhc export -o x.docx\`, ${d.pages} pages`, 'not-available', `not available yet: ${exportAvailable}`));
    }
    if (pandocVersion) {
      add('proc.pandoc', '`pandoc in.md -o x.docx`', both?.[1] ?? timeProcess(pandocExport.cmd, pandocExport.args, pandocExport.cwd, n, pandocExport.ok), pandocVersion);
    } else {
      rows.push(missing(sized('proc.pandoc'), group, `\`pandoc in.md -o x.docx\`, ${d.pages} pages`, 'not-installed', `pandoc not installed: ${INSTALL.pandoc}`));
    }
    add('proc.vbhc-check', '`vbhc check`', timeProcess(process.execPath, [p.cli, 'check', d.file], p.root, n, (r) => r.status === 0 || r.status === 1), `node dist/cli.js check FILE; ${build}`);
    if (mdlVersion) {
      add('proc.markdownlint', '`markdownlint-cli2`', timeProcess(process.execPath, [mdlBin, d.mdFile], path.dirname(d.mdFile), n, (r) => r.status === 0 || r.status === 1), `markdownlint-cli2 ${mdlVersion}, default rules (bin run with node: npx's own start-up is not counted)`);
    } else {
      rows.push(missing(sized('proc.markdownlint'), group, `\`markdownlint-cli2\`, ${d.pages} pages`, 'not-installed', `markdownlint-cli2 not installed: ${INSTALL.markdownlint}`));
    }
    const floor = "const md=require('markdown-it')();md.parse(require('fs').readFileSync(process.argv[1],'utf8'),{})";
    add('proc.markdown-it', 'bare `markdown-it` parse (floor)', timeProcess(process.execPath, ['-e', floor, d.mdFile], p.root, n, (r) => r.status === 0), 'node -e "require(\'markdown-it\')().parse(…)"');
  }
  rmSync(p.scratch, { recursive: true, force: true });
  return rows;
}

/**
 * True when `vbhc export` works on the 10-page file, else the reason it is
 * not available (the export CLI may not have landed yet).
 */
function detectExport(p: Paths, fx: Fixtures): true | string {
  if (!existsSync(p.cli)) return 'dist/cli.js not built (npm run build)';
  const out = path.join(p.scratch, 'detect.docx');
  const r = run(process.execPath, [p.cli, 'export', fx.docs[0].file, '-o', out], p.root).result;
  if (r.status === 0 && isZip(out)) return true;
  return `\`vbhc export\` did not write a .docx (exit ${r.status}: ${(r.stderr || r.stdout).trim().split('\n')[0]})`;
}

function isZip(file: string): boolean {
  try {
    const b = readFileSync(file);
    return b[0] === 0x50 && b[1] === 0x4b;
  } catch {
    return false;
  }
}

/** A ratio row: how many times slower `slow` is than `fast` (medians). */
export function ratio(rows: readonly Row[], id: string, label: string, slowId: string, fastId: string): Row | undefined {
  const slow = rows.find((r) => r.id === slowId);
  const fast = rows.find((r) => r.id === fastId);
  if (!slow?.stats || !fast?.stats) return undefined;
  return { id, group: 'Ratios (medians, whole processes)', label, status: 'ok', unit: 'x', value: slow.stats.median / fast.stats.median, note: `${slow.stats.median.toFixed(0)} ms / ${fast.stats.median.toFixed(0)} ms` };
}

/**
 * Records what the built CLI (dist/cli-core.js) prints and writes, and
 * compares two such records byte for byte — the proof that a refactor
 * changes no behaviour a user can see.
 *
 *   npm run compare-output -- record DIR [--sets examples,corpus,bench] [--bench-exports N]
 *   npm run compare-output -- diff BEFORE AFTER
 *
 * `record` runs, in this process and on the bundle the build just wrote:
 * - `vbhc check --format json` on each set as one workspace, and on every
 *   file of the small sets alone (a folder's `.vbhc.yaml` then applies);
 * - `vbhc export` to .docx and .html of every file, keeping
 *   `word/document.xml` and the HTML;
 * on three sets: `examples/`, the corpus beside the repository
 * (`../shared/corpus`, when present) and the benchmark's generated inputs
 * (bench/src/fixtures.ts: the 10/100/1,000-page documents and the
 * 1,000-document workspace, checked with and without its 10,000-entry
 * catalog). Each command's exit code, stdout and stderr are kept too, with
 * the record's own scratch paths replaced by `<OUT>`.
 * `--bench-exports N` exports only every N-th workspace document (default 1:
 * all of them).
 *
 * `diff` lists the files present in only one record and the files whose
 * bytes differ (with the first differing line), and exits 1 when there is
 * any; 0 when the records are identical.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import JSZip from 'jszip';

const ROOT = path.resolve(__dirname, '..');

type RunCli = (argv: string[], io: { stdout: (t: string) => void; stderr: (t: string) => void; cwd: string }) => Promise<number>;

/** The CLI exactly as built: the bundle's `runCli`. */
function loadCli(): RunCli {
  const bundle = path.join(ROOT, 'dist', 'cli-core.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`node esbuild.mjs\` first`);
  return (createRequire(__filename)(bundle) as { runCli: RunCli }).runCli;
}

/** One command's result as recorded. */
interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(cli: RunCli, argv: string[], cwd: string, scrub: (t: string) => string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await cli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd });
  return { code, stdout: scrub(stdout), stderr: scrub(stderr) };
}

function write(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}

function log(r: Run, argv: string[]): string {
  return `argv: ${argv.join(' ')}\nexit: ${r.code}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}

/** Every `*.vbhc.md` under `dir`, as paths relative to it, sorted. */
function documentsUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.vbhc.md') && statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** A set of documents: checked from `cwd` as `folder`. */
interface DocumentSet {
  name: string;
  cwd: string;
  folder: string;
  /** Each file also checked alone. */
  checkEach: boolean;
  /** Extra whole-set checks: name → extra arguments. */
  extraChecks?: Record<string, string[]>;
  /** Which files to export (relative to the folder). */
  exportFilter?: (file: string, index: number) => boolean;
}

const SETS = ['examples', 'corpus', 'bench'] as const;

export interface RecordOptions {
  sets?: readonly string[];
  benchExports?: number;
  /** Progress lines (stderr by default). */
  progress?: (line: string) => void;
}

/** Records the outputs into `outDir` (emptied first). Returns the number of files written. */
export async function record(outDir: string, options: RecordOptions = {}): Promise<number> {
  const cli = loadCli();
  const progress = options.progress ?? ((l: string) => process.stderr.write(l + '\n'));
  const wanted = options.sets ?? SETS;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // Inputs and exports in progress live outside the record, so that a diff compares outputs only.
  const scratch = `${path.resolve(outDir)}.scratch`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const sets: DocumentSet[] = [];
  let written = 0;
  const put = (rel: string, data: string | Uint8Array) => {
    write(path.join(outDir, rel), data);
    written++;
  };

  if (wanted.includes('examples')) sets.push({ name: 'examples', cwd: ROOT, folder: 'examples', checkEach: true });
  if (wanted.includes('corpus')) {
    const corpus = path.resolve(ROOT, '..', 'shared', 'corpus');
    if (existsSync(corpus)) sets.push({ name: 'corpus', cwd: path.dirname(corpus), folder: 'corpus', checkEach: true });
    else put('corpus.absent', 'The corpus was not beside the repository when this record was made.\n');
  }
  if (wanted.includes('bench')) {
    progress('generating the benchmark inputs …');
    // Loaded here: the generator is TypeScript under bench/src (this script runs under tsx).
    const { writeFixtures } = (await import('../bench/src/fixtures')) as typeof import('../bench/src/fixtures');
    const fx = writeFixtures(path.join(scratch, 'bench'));
    const every = Math.max(1, Math.floor(options.benchExports ?? 1));
    sets.push({ name: 'bench-docs', cwd: fx.dir, folder: 'docs', checkEach: false });
    sets.push({
      name: 'bench-workspace',
      cwd: fx.dir,
      folder: path.relative(fx.dir, fx.workspaceDir),
      checkEach: false,
      extraChecks: { 'with-catalog': ['--catalog', path.relative(fx.dir, fx.catalogFile)] },
      exportFilter: (_f, i) => i % every === 0,
    });
  }

  for (const set of sets) {
    const abs = path.join(set.cwd, set.folder);
    const out = path.join(scratch, 'out');
    mkdirSync(out, { recursive: true });
    // The relative spelling first: it ends with the absolute one.
    const scrub = (t: string) => t.split(path.relative(set.cwd, out)).join('<OUT>').split(out).join('<OUT>');
    const checks: [string, string[]][] = [['all', []], ...Object.entries(set.extraChecks ?? {})];
    for (const [name, extra] of checks) {
      progress(`${set.name}: vbhc check ${name}`);
      const argv = ['check', '--format', 'json', ...extra, set.folder];
      const r = await run(cli, argv, set.cwd, scrub);
      put(`${set.name}/check-${name}.json`, r.stdout);
      put(`${set.name}/check-${name}.log`, log(r, argv));
    }
    const files = documentsUnder(abs);
    if (set.checkEach) {
      for (const f of files) {
        const argv = ['check', '--format', 'json', path.posix.join(set.folder, f)];
        const r = await run(cli, argv, set.cwd, scrub);
        put(`${set.name}/each/${f}.check.json`, r.stdout);
        put(`${set.name}/each/${f}.check.log`, log(r, argv));
      }
    }
    const exported = files.filter((f, i) => !set.exportFilter || set.exportFilter(f, i));
    progress(`${set.name}: vbhc export of ${exported.length} file(s)`);
    for (const f of exported) {
      const input = path.posix.join(set.folder, f);
      for (const format of ['docx', 'html'] as const) {
        const target = path.join(out, `out.${format}`);
        rmSync(target, { force: true });
        const argv = ['export', input, '-o', target];
        const r = await run(cli, argv, set.cwd, scrub);
        put(`${set.name}/export/${f}.${format}.log`, log(r, argv.map(scrub)));
        if (!existsSync(target)) continue;
        if (format === 'html') put(`${set.name}/export/${f}.html`, readFileSync(target));
        else {
          const zip = await JSZip.loadAsync(readFileSync(target));
          const xml = zip.file('word/document.xml');
          put(`${set.name}/export/${f}.document.xml`, xml ? await xml.async('uint8array') : 'no word/document.xml in the package\n');
        }
      }
    }
  }
  rmSync(scratch, { recursive: true, force: true });
  return written;
}

/** What `diff` found. */
export interface DiffResult {
  compared: number;
  identical: number;
  differ: { file: string; line: number; before: string; after: string }[];
  onlyBefore: string[];
  onlyAfter: string[];
}

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** Compares two records byte for byte. */
export function diff(before: string, after: string): DiffResult {
  const a = new Set(filesUnder(before));
  const b = new Set(filesUnder(after));
  const result: DiffResult = { compared: 0, identical: 0, differ: [], onlyBefore: [...a].filter((f) => !b.has(f)), onlyAfter: [...b].filter((f) => !a.has(f)) };
  for (const f of a) {
    if (!b.has(f)) continue;
    result.compared++;
    const x = readFileSync(path.join(before, f));
    const y = readFileSync(path.join(after, f));
    if (x.equals(y)) {
      result.identical++;
      continue;
    }
    const xl = x.toString('utf8').split('\n');
    const yl = y.toString('utf8').split('\n');
    let i = 0;
    while (i < xl.length && i < yl.length && xl[i] === yl[i]) i++;
    const cut = (s: string | undefined) => (s === undefined ? '(end of file)' : s.length > 160 ? s.slice(0, 160) + '…' : s);
    result.differ.push({ file: f, line: i + 1, before: cut(xl[i]), after: cut(yl[i]) });
  }
  return result;
}

/** The summary `diff` prints. */
export function formatDiff(r: DiffResult, limit = 50): string {
  const lines = [`${r.compared} file(s) compared: ${r.identical} identical, ${r.differ.length} differ; ${r.onlyBefore.length} only in the first record, ${r.onlyAfter.length} only in the second.`];
  const details = [
    ...r.differ.map((d) => `differs: ${d.file} (line ${d.line})\n  - ${d.before}\n  + ${d.after}`),
    ...r.onlyBefore.map((f) => `only in the first: ${f}`),
    ...r.onlyAfter.map((f) => `only in the second: ${f}`),
  ];
  lines.push(...details.slice(0, limit));
  if (details.length > limit) lines.push(`… and ${details.length - limit} more`);
  return lines.join('\n') + '\n';
}

const USAGE = 'usage: compare-output record DIR [--sets examples,corpus,bench] [--bench-exports N]\n       compare-output diff BEFORE AFTER\n';

async function cliMain(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === 'record') {
    const opts: RecordOptions = {};
    const positional: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === '--sets') opts.sets = (rest[++i] ?? '').split(',').filter(Boolean);
      else if (rest[i] === '--bench-exports') opts.benchExports = Number(rest[++i]);
      else positional.push(rest[i]);
    }
    const unknown = (opts.sets ?? []).filter((s) => !(SETS as readonly string[]).includes(s));
    if (positional.length !== 1 || unknown.length > 0 || Number.isNaN(opts.benchExports)) {
      process.stderr.write(USAGE);
      return 2;
    }
    const started = Date.now();
    const n = await record(positional[0], opts);
    process.stdout.write(`recorded ${n} file(s) into ${positional[0]} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  }
  if (cmd === 'diff' && rest.length === 2) {
    const r = diff(rest[0], rest[1]);
    process.stdout.write(formatDiff(r));
    return r.differ.length + r.onlyBefore.length + r.onlyAfter.length === 0 ? 0 : 1;
  }
  process.stderr.write(USAGE);
  return 2;
}

if (require.main === module) {
  cliMain(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`compare-output: ${(e as Error)?.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}

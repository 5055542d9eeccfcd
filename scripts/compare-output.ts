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
 * bytes differ, and exits 1 when there is any; 0 when the records are
 * identical. For a differing file it shows the first differing line (for a
 * long line such as `word/document.xml`, the text around the first differing
 * character); for a check JSON it also lists, first to last, every finding
 * that changed (`file:line:column code: old → new`), disappeared (`-`) or
 * appeared (`+`).
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

/** One finding of a check JSON, as `diff` shows it. */
interface Finding {
  where: string;
  code: string;
  text: string;
}

/** A finding that changed between two records of the same check. */
export interface FindingChange {
  /** `~` same place and code, other content; `-` only before; `+` only after. */
  kind: '~' | '-' | '+';
  /** `file:line:column code`. */
  at: string;
  before?: string;
  after?: string;
}

/** What `diff` found. */
export interface DiffResult {
  compared: number;
  identical: number;
  differ: { file: string; line: number; before: string; after: string; findings?: FindingChange[] }[];
  onlyBefore: string[];
  onlyAfter: string[];
}

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** The findings of `vbhc check --format json` output, in order; undefined when the text is not such output. */
function findingsOf(text: string): Finding[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(data)) return undefined;
  const out: Finding[] = [];
  for (const r of data as { file?: unknown; diagnostics?: unknown }[]) {
    if (typeof r?.file !== 'string' || !Array.isArray(r.diagnostics)) return undefined;
    for (const d of r.diagnostics as Record<string, unknown>[]) {
      const { line, column, code, ...rest } = d;
      out.push({ where: `${r.file}:${String(line)}:${String(column)}`, code: String(code), text: JSON.stringify(rest) });
    }
  }
  return out;
}

/** Findings that differ between two check outputs, in the order of the files and lines. */
export function findingChanges(before: string, after: string): FindingChange[] | undefined {
  const a = findingsOf(before);
  const b = findingsOf(after);
  if (!a || !b) return undefined;
  const key = (f: Finding) => `${f.where} ${f.code} ${f.text}`;
  const count = (list: Finding[]) => {
    const m = new Map<string, number>();
    for (const f of list) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
    return m;
  };
  // Findings present in both (as many times) cancel out; what is left changed.
  const inA = count(a);
  const inB = count(b);
  const take = (list: Finding[], other: Map<string, number>) =>
    list.filter((f) => {
      const n = other.get(key(f)) ?? 0;
      if (n === 0) return true;
      other.set(key(f), n - 1);
      return false;
    });
  const gone = take(a, inB);
  const come = take(b, inA);
  const changes: FindingChange[] = [];
  for (const f of gone) {
    const at = `${f.where} ${f.code}`;
    const i = come.findIndex((g) => `${g.where} ${g.code}` === at);
    if (i >= 0) {
      changes.push({ kind: '~', at, before: f.text, after: come[i].text });
      come.splice(i, 1);
    } else changes.push({ kind: '-', at, before: f.text });
  }
  for (const g of come) changes.push({ kind: '+', at: `${g.where} ${g.code}`, after: g.text });
  const order = (c: FindingChange) => c.at.replace(/:(\d+):(\d+) /, (_m, l: string, col: string) => `:${l.padStart(8, '0')}:${col.padStart(8, '0')} `);
  return changes.sort((x, y) => (order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : 0));
}

/** Shortens a differing line pair to the text around the first differing character. */
function around(x: string | undefined, y: string | undefined): [string, string] {
  if (x === undefined || y === undefined) return [x ?? '(end of file)', y ?? '(end of file)'];
  if (x.length <= 160 && y.length <= 160) return [x, y];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const from = Math.max(0, i - 60);
  const cut = (s: string) => `${from > 0 ? `…(at character ${i + 1}) ` : ''}${s.slice(from, i + 100)}${s.length > i + 100 ? '…' : ''}`;
  return [cut(x), cut(y)];
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
    const [shownBefore, shownAfter] = around(xl[i], yl[i]);
    const findings = f.endsWith('.json') ? findingChanges(x.toString('utf8'), y.toString('utf8')) : undefined;
    result.differ.push({ file: f, line: i + 1, before: shownBefore, after: shownAfter, ...(findings ? { findings } : {}) });
  }
  return result;
}

function formatFinding(c: FindingChange): string {
  if (c.kind === '~') return `\n  finding ${c.at}: ${c.before} → ${c.after}`;
  return `\n  finding ${c.kind} ${c.at}: ${c.kind === '-' ? c.before : c.after}`;
}

/** The summary `diff` prints. */
export function formatDiff(r: DiffResult, limit = 50): string {
  const lines = [`${r.compared} file(s) compared: ${r.identical} identical, ${r.differ.length} differ; ${r.onlyBefore.length} only in the first record, ${r.onlyAfter.length} only in the second.`];
  const details = [
    ...r.differ.map((d) => `differs: ${d.file} (line ${d.line})\n  - ${d.before}\n  + ${d.after}${(d.findings ?? []).map(formatFinding).join('')}`),
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

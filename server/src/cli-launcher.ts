/**
 * Process entry of the `vbhc` CLI (dist/cli.js, with a shebang). It loads a
 * CLI bundle — dist/cli-export.js for `vbhc export` and dist/cli-check.js
 * for `vbhc check` (cli-main-export.ts, cli-main-check.ts: that command
 * alone, 60 % of the bytes), dist/cli-core.js for the rest —
 * through V8's code cache when the build wrote one for exactly that bundle
 * (BUNDLE.cache): a CLI process then skips compiling the bundle's functions
 * again, which is most of its fixed start-up cost (≈ 35 ms of ≈ 185 ms for
 * `vbhc export` of 100 pages).
 *
 * The cache is an optimisation only. It is used when its header names the
 * bundle's length and CRC-32 (zlib's, native; SHA-1 on a Node without
 * zlib.crc32 — crypto costs ≈ 3 ms to load and hash) and V8 accepts it (same
 * V8 version and flags);
 * otherwise the bundle is compiled as usual. It is never written at run time:
 * the build (esbuild.mjs) runs `VBHC_WRITE_CODE_CACHE=SAMPLE node dist/cli.js`,
 * which runs each bundle's commands on SAMPLE in one process, silently
 * (cli-core.js exports it, imports the result and searches the catalog;
 * cli-export.js exports it; cli-check.js checks it), and then
 * writes the cache of every function that ran (atomically: temporary file,
 * rename).
 * `VBHC_CODE_CACHE_DEBUG=1` prints whether the cache was used, rejected by
 * V8 or absent (missing, or for another bundle).
 */
import { isAscii } from 'node:buffer';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as zlib from 'node:zlib';
import type { CliIO } from './cli';

type CoreExports = { runCli(argv: string[], io?: CliIO): Promise<number> };

/** A CLI bundle beside the launcher, and the commands the build runs on the sample to make its code cache. */
interface Bundle {
  file: string;
  sample: (input: string, out: string) => string[][];
}

const CORE: Bundle = {
  file: path.join(__dirname, 'cli-core.js'),
  // The commands without a bundle of their own: import (of the sample's own export) and the catalog tools.
  sample: (input, out) => [
    ['export', input, '-o', path.join(out, 'sample.docx')],
    ['import', path.join(out, 'sample.docx'), '-o', path.join(out, 'sample.vbhc.md')],
    ['catalog', 'search', 'Nghị định 30'],
    ['catalog', 'stats', '--format', 'json'],
  ],
};
/** The subcommands with a bundle of their own (cli-main-export.ts, cli-main-check.ts). */
const OWN: Readonly<Record<string, Bundle>> = {
  export: {
    file: path.join(__dirname, 'cli-export.js'),
    sample: (input, out) => [['export', input, '-o', path.join(out, 'sample.docx')], ['export', input, '-o', path.join(out, 'sample.html')]],
  },
  check: {
    file: path.join(__dirname, 'cli-check.js'),
    sample: (input) => [['check', input], ['check', '--format', 'json', input]],
  },
};

/** The bundle that runs `argv` (its first word is the subcommand). */
function bundleFor(argv: readonly string[]): Bundle {
  return (Object.prototype.hasOwnProperty.call(OWN, argv[0] ?? '') && OWN[argv[0]]) || CORE;
}

const MAGIC = 'vbhc-code-cache 2 ';

/** The cache's first line: MAGIC, the bundle's fingerprint, a newline. */
function header(bundle: Buffer): string {
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  const id = crc32 ? `crc32 ${bundle.length} ${crc32(bundle) >>> 0}` : `sha1 ${(require('node:crypto') as typeof import('node:crypto')).createHash('sha1').update(bundle).digest('hex')}`;
  return `${MAGIC}${id}\n`;
}

function readCache(file: string, bundle: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(`${file}.cache`);
  } catch {
    return undefined;
  }
  const expected = header(bundle);
  if (bytes.length <= expected.length || bytes.toString('latin1', 0, expected.length) !== expected) return undefined;
  return bytes.subarray(expected.length);
}

/** Compiles and runs the bundle as a CommonJS module; returns its exports and script. */
function loadCore(file: string, useCache: boolean): { core: CoreExports; script: vm.Script; bundle: Buffer } {
  const bundle = readFileSync(file);
  // esbuild writes ASCII (its default charset), which decodes fastest as latin1.
  const source = isAscii(bundle) ? bundle.toString('latin1') : bundle.toString('utf8');
  const cachedData = useCache ? readCache(file, bundle) : undefined;
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  const mod = { exports: {} as CoreExports };
  const fn = script.runInThisContext() as (e: unknown, r: NodeRequire, m: unknown, f: string, d: string) => void;
  if (process.env.VBHC_CODE_CACHE_DEBUG) process.stderr.write(`vbhc: code cache ${cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
  fn.call(mod.exports, mod.exports, createRequire(file), mod, file, __dirname);
  return { core: mod.exports, script, bundle };
}

/** Build step: run a bundle's commands on a sample, then write the cache of what ran. */
async function writeCodeCache(target: Bundle, sample: string): Promise<void> {
  const { core, script, bundle } = loadCore(target.file, false);
  const out: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => out.push(t), cwd: process.cwd() };
  const tmpDir = path.join(os.tmpdir(), `vbhc-code-cache-${process.pid}`);
  try {
    mkdirSync(tmpDir, { recursive: true });
    for (const argv of target.sample(sample, tmpDir)) {
      const code = await core.runCli(argv, io);
      if (code === 2) throw new Error(`vbhc ${argv.join(' ')} failed: ${out.join('')}`);
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  const cache = `${target.file}.cache`;
  const tmp = `${cache}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([Buffer.from(header(bundle), 'latin1'), script.createCachedData()]));
  renameSync(tmp, cache);
}

async function writeCodeCaches(sample: string): Promise<number> {
  for (const target of [CORE, ...Object.values(OWN)]) await writeCodeCache(target, sample);
  return 0;
}

const sample = process.env.VBHC_WRITE_CODE_CACHE;
const argv = process.argv.slice(2);
const run = sample ? writeCodeCaches(sample) : loadCore(bundleFor(argv).file, true).core.runCli(argv);
/**
 * Ends the process once what it printed is written. Node would otherwise
 * first finish the garbage collector's pending work — a full collection of
 * the document's heap that nobody needs (≈ 10–30 ms of a 100-page export).
 * After the errors of a failed write are reported (setImmediate: they come
 * on the next tick), and after the writes still queued on a pipe that is
 * written asynchronously (macOS, Windows) are done.
 */
function exitWhenWritten(): void {
  setImmediate(() => {
    const queued = [process.stdout, process.stderr].filter((s) => !s.destroyed && s.writableLength > 0);
    let pending = queued.length;
    if (pending === 0) process.exit();
    for (const s of queued) s.write('', () => --pending === 0 && process.exit());
  });
}

run.then(
  (code) => {
    // An output that could not be written may have set 2 already (cli-process.ts, guardOutput).
    process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
    exitWhenWritten();
  },
  (e: unknown) => {
    process.stderr.write(`vbhc: ${(e as Error)?.message ?? e}\n`);
    process.exitCode = 2;
    exitWhenWritten();
  },
);

/**
 * Process entry of the `vbhc` CLI (dist/cli.js, with a shebang). It loads the
 * CLI bundle (dist/cli-core.js) through V8's code cache when the build wrote
 * one for exactly that bundle (dist/cli-core.js.cache): a CLI process then
 * skips compiling the bundle's functions again, which is most of its fixed
 * start-up cost (≈ 35 ms of ≈ 185 ms for `vbhc export` of 100 pages).
 *
 * The cache is an optimisation only. It is used when its header names the
 * bundle's length and CRC-32 (zlib's, native; SHA-1 on a Node without
 * zlib.crc32 — crypto costs ≈ 3 ms to load and hash) and V8 accepts it (same
 * V8 version and flags);
 * otherwise the bundle is compiled as usual. It is never written at run time:
 * the build (esbuild.mjs) runs `VBHC_WRITE_CODE_CACHE=SAMPLE node dist/cli.js`,
 * which checks and exports SAMPLE in one process, silently, and then writes
 * the cache of every function that ran (atomically: temporary file, rename).
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

const CORE = path.join(__dirname, 'cli-core.js');
const CACHE = `${CORE}.cache`;
const MAGIC = 'vbhc-code-cache 2 ';

/** The cache's first line: MAGIC, the bundle's fingerprint, a newline. */
function header(bundle: Buffer): string {
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  const id = crc32 ? `crc32 ${bundle.length} ${crc32(bundle) >>> 0}` : `sha1 ${(require('node:crypto') as typeof import('node:crypto')).createHash('sha1').update(bundle).digest('hex')}`;
  return `${MAGIC}${id}\n`;
}

function readCache(bundle: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  const expected = header(bundle);
  if (bytes.length <= expected.length || bytes.toString('latin1', 0, expected.length) !== expected) return undefined;
  return bytes.subarray(expected.length);
}

/** Compiles and runs the bundle as a CommonJS module; returns its exports and script. */
function loadCore(useCache: boolean): { core: CoreExports; script: vm.Script; bundle: Buffer } {
  const bundle = readFileSync(CORE);
  // esbuild writes ASCII (its default charset), which decodes fastest as latin1.
  const source = isAscii(bundle) ? bundle.toString('latin1') : bundle.toString('utf8');
  const cachedData = useCache ? readCache(bundle) : undefined;
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: CORE, cachedData });
  const mod = { exports: {} as CoreExports };
  const fn = script.runInThisContext() as (e: unknown, r: NodeRequire, m: unknown, f: string, d: string) => void;
  if (process.env.VBHC_CODE_CACHE_DEBUG) process.stderr.write(`vbhc: code cache ${cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
  fn.call(mod.exports, mod.exports, createRequire(CORE), mod, CORE, __dirname);
  return { core: mod.exports, script, bundle };
}

/** Build step: run the CLI on a sample, then write the cache of what ran. */
async function writeCodeCache(sample: string): Promise<number> {
  const { core, script, bundle } = loadCore(false);
  const out: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => out.push(t), cwd: process.cwd() };
  const tmpDir = path.join(os.tmpdir(), `vbhc-code-cache-${process.pid}`);
  try {
    mkdirSync(tmpDir, { recursive: true });
    const docx = path.join(tmpDir, 'sample.docx');
    const html = path.join(tmpDir, 'sample.html');
    const runs = [['check', sample], ['check', '--format', 'json', sample], ['export', sample, '-o', docx], ['export', sample, '-o', html]];
    for (const argv of runs) {
      const code = await core.runCli(argv, io);
      if (code === 2) throw new Error(`vbhc ${argv.join(' ')} failed: ${out.join('')}`);
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  const tmp = `${CACHE}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([Buffer.from(header(bundle), 'latin1'), script.createCachedData()]));
  renameSync(tmp, CACHE);
  return 0;
}

const sample = process.env.VBHC_WRITE_CODE_CACHE;
const run = sample ? writeCodeCache(sample) : loadCore(true).core.runCli(process.argv.slice(2));
run.then(
  (code) => {
    // An output that could not be written may have set 2 already (cli-main.ts, guardOutput).
    process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
  },
  (e: unknown) => {
    process.stderr.write(`vbhc: ${(e as Error)?.message ?? e}\n`);
    process.exitCode = 2;
  },
);

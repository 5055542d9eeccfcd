/**
 * The long fuzz run: `npm run fuzz`. Runs every property of properties.ts
 * with its share of FUZZ_COUNT cases (default 1,000,000), split over
 * FUZZ_WORKERS processes (default: the machine's cores), each with its own
 * seed derived from FUZZ_SEED. Prints the case count, the duration and the
 * result; exits 1 when a property fails, printing the seed and counterexample
 * to replay it.
 *
 *   FUZZ_COUNT=20000 FUZZ_SEED=7 npm run fuzz
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { runFuzz, type FuzzReport } from './properties';

const COUNT = Number(process.env.FUZZ_COUNT ?? 1_000_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20251124);
const WORKERS = Math.max(1, Number(process.env.FUZZ_WORKERS ?? availableParallelism()));
/** Seeds of two workers are this far apart (each property adds its index). */
const WORKER_SEED_STRIDE = 1000;

async function worker(index: number): Promise<void> {
  const share = Math.floor(COUNT / WORKERS) + (index < COUNT % WORKERS ? 1 : 0);
  const report = await runFuzz(share, SEED + index * WORKER_SEED_STRIDE, (name, cases, ms) => process.stderr.write(`[worker ${index}] ${cases} cases in ${(ms / 1000).toFixed(1)} s: ${name}\n`), true);
  process.stdout.write(JSON.stringify(report) + '\n');
}

function runWorker(index: number): Promise<FuzzReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', __filename, '--worker', String(index)], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as FuzzReport);
      } catch {
        reject(new Error(`worker ${index} exited with ${code} without a report`));
      }
    });
  });
}

async function main(): Promise<number> {
  const t0 = performance.now();
  const started = new Date().toISOString();
  console.log(`vbhc fuzz: ${COUNT} cases, seed ${SEED}, ${WORKERS} worker(s), started ${started}`);
  const reports = await Promise.all(Array.from({ length: WORKERS }, (_, i) => runWorker(i)));
  const cases = reports.reduce((n, r) => n + r.cases, 0);
  const failures = reports.flatMap((r) => r.failures);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`vbhc fuzz: ${cases} cases in ${seconds.toFixed(0)} s (${Math.round(cases / seconds)} cases/s), ${failures.length === 0 ? 'no failure' : `${failures.length} failing propert${failures.length === 1 ? 'y' : 'ies'}`}`);
  for (const f of failures) {
    console.log(`\nFAILED: ${f.name}\n  replay: FUZZ_SEED=${f.seed} (property seed)\n  error: ${f.error}\n  counterexample: ${f.counterexample}`);
  }
  return failures.length === 0 ? 0 : 1;
}

if (process.argv[2] === '--worker') {
  worker(Number(process.argv[3])).catch((e) => {
    process.stderr.write(String((e as Error)?.stack ?? e) + '\n');
    process.exit(2);
  });
} else {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(2);
    },
  );
}

/**
 * Child process of the cold measurement: a fresh Node process loads the
 * bundled core, then times its FIRST parse + all checks of one file (no JIT
 * warm-up, no caches) and prints `{ "ms": …, "loadMs": …, "diagnostics": … }`.
 * Usage: node bench/out/cold-child.cjs FILE
 */
import { readFileSync } from 'node:fs';
import { tuneHeapForServer } from '../../server/src/heap';

// The first check of a document in the language server, which runs under these settings.
tuneHeapForServer();

const start = process.hrtime.bigint();
// Loaded after the clock starts so that module load is reported separately.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require('../../server/src/service/index') as typeof import('../../server/src/service/index');
const loadMs = Number(process.hrtime.bigint() - start) / 1e6;
const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const t0 = process.hrtime.bigint();
const svc = core.createLanguageService({ logger: core.silentLogger });
svc.setDocument('file:///bench/cold.vbhc.md', text, 1);
const diagnostics = svc.getDiagnostics('file:///bench/cold.vbhc.md').length;
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
process.stdout.write(JSON.stringify({ ms, loadMs, diagnostics }) + '\n');

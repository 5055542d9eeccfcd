/**
 * The server's heap settings (heap.ts) take effect when set after start-up —
 * Node gives no promise for V8 flags set late, so this checks it in child
 * processes: the old generation stays closer to what is live, the young
 * generation does not grow while a workspace is read and grows again after.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { READING_HEAP_FLAGS } from './heap';

const HEAP_MODULE = pathToFileURL(join(__dirname, 'heap.ts')).href;

/** Runs an ES module body in a child process with `heap` (this module's exports) and `v8` in scope; returns what it prints as JSON. */
function child<T>(body: string): T {
  const script = `import v8 from 'node:v8';\nconst heap = await import(${JSON.stringify(HEAP_MODULE)});\n${body}`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as T;
}

const SPACE = `const space = (name) => v8.getHeapSpaceStatistics().find((s) => s.space_name === name).space_size / 2 ** 20;`;

/** Batches that live for three rounds (promoted, then garbage in the old generation) and a little kept for good. */
const OLD_CHURN = `${SPACE}
  const kept = [], ring = [];
  let maxOld = 0;
  for (let round = 0; round < 200; round++) {
    const batch = [];
    for (let i = 0; i < 30000; i++) batch.push({ a: i, b: 'x' + i });
    ring.push(batch);
    if (ring.length > 3) ring.shift();
    kept.push(batch.slice(0, 300));
    maxOld = Math.max(maxOld, space('old_space'));
  }`;

test('the server setting keeps the old generation closer to what is live than V8 defaults do', () => {
  const plain = child<{ maxOld: number }>(`${OLD_CHURN}\nconsole.log(JSON.stringify({ maxOld }));`);
  const tuned = child<{ maxOld: number }>(`heap.tuneHeapForServer();\n${OLD_CHURN}\nconsole.log(JSON.stringify({ maxOld }));`);
  assert.ok(tuned.maxOld < plain.maxOld * 0.85, `old generation: ${tuned.maxOld.toFixed(1)} MB with the setting, ${plain.maxOld.toFixed(1)} MB without`);
});

/** Allocates garbage with a little kept; returns the largest young generation seen (MB). */
const CHURN = `${SPACE}
    const churn = () => {
      const kept = [];
      let max = 0;
      for (let round = 0; round < 150; round++) {
        const garbage = [];
        for (let i = 0; i < 10000; i++) garbage.push({ a: i, b: 'x' + i, c: [i] });
        kept.push(garbage.slice(0, 500));
        max = Math.max(max, space('new_space'));
      }
      return max;
    };`;

test('while a workspace is read the young generation keeps its size; afterwards it grows as V8 lets it', () => {
  const r = child<{ start: number; during: number; after: number }>(`${CHURN}
    heap.tuneHeapForServer();
    const start = space('new_space');
    const during = await heap.whileReadingWorkspace(async () => churn());
    const after = churn();
    console.log(JSON.stringify({ start, during, after }));`);
  assert.ok(r.during <= r.start, `young generation while reading: ${r.start} MB at first, ${r.during} MB at most`);
  assert.ok(r.after >= 2 * r.during, `young generation after reading: ${r.after} MB at most (it should grow again)`);
});

test('from the server start, work before the first read (a first completion) does not grow the young generation either', () => {
  const r = child<{ start: number; before: number; during: number; after: number }>(`${CHURN}
    heap.tuneHeapForServerStart();
    const start = space('new_space');
    const before = churn();
    const during = await heap.whileReadingWorkspace(async () => churn());
    const after = churn();
    console.log(JSON.stringify({ start, before, during, after }));`);
  assert.ok(r.before <= r.start && r.during <= r.start, `young generation before and while reading: ${r.start} MB at first, ${r.before} and ${r.during} MB at most`);
  assert.ok(r.after >= 2 * r.start, `young generation after the first read: ${r.after} MB at most (it should grow again)`);
});

test("what undoes the reading setting is V8's default", () => {
  const r = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
  const name = READING_HEAP_FLAGS.off.split('=')[0];
  assert.ok(r.stdout.includes(`default: ${READING_HEAP_FLAGS.off}`), `${name}: V8's default is no longer ${READING_HEAP_FLAGS.off}`);
});

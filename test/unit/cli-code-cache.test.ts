/**
 * dist/cli.js loads the CLI bundle with the V8 code cache the build wrote
 * for it, and runs the same without it: a cache for another bundle is not
 * read, a damaged one is rejected by V8, and the output never changes.
 * Works on copies of dist/ in a temporary folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const built = ['dist/cli.js', 'dist/cli-core.js', 'dist/cli-core.js.cache'].every((f) => existsSync(f));
const SAMPLE = 'examples/co-loi.vbhc.md';

function run(dir: string) {
  const r = spawnSync(process.execPath, [join(dir, 'cli.js'), 'check', '--format', 'json', SAMPLE], { encoding: 'utf8', env: { ...process.env, VBHC_CODE_CACHE_DEBUG: '1' } });
  return { status: r.status, stdout: r.stdout, cache: /code cache (\w+)/.exec(r.stderr)?.[1] };
}

test('the CLI uses the build\'s code cache, and ignores one that is stale or damaged', { skip: !built }, (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const f of ['cli.js', 'cli-core.js', 'cli-core.js.cache', 'builtin-catalog.json']) copyFileSync(join('dist', f), join(dir, f));

  const good = run(dir);
  assert.equal(good.cache, 'used');
  assert.equal(good.status, 1, 'the sample has errors');
  assert.ok(JSON.parse(good.stdout)[0].diagnostics.length > 0);

  // The header names the bundle's length and CRC-32: a cache for other bytes is not even read.
  const cache = readFileSync(join(dir, 'cli-core.js.cache'));
  const core = readFileSync(join(dir, 'cli-core.js'), 'latin1');
  writeFileSync(join(dir, 'cli-core.js'), core.replace('vbhc', 'VBHC'), 'latin1');
  const stale = run(dir);
  assert.equal(stale.cache, 'absent');
  writeFileSync(join(dir, 'cli-core.js'), core, 'latin1');

  // Right header, damaged data: V8 rejects it and compiles as usual.
  const damaged = Buffer.from(cache);
  for (let i = damaged.indexOf(10) + 1; i < damaged.length; i += 97) damaged[i] ^= 0xff; // from V8's own header on
  writeFileSync(join(dir, 'cli-core.js.cache'), damaged);
  const rejected = run(dir);
  assert.equal(rejected.cache, 'rejected');

  rmSync(join(dir, 'cli-core.js.cache'));
  const none = run(dir);
  assert.equal(none.cache, 'absent');
  for (const r of [stale, rejected, none]) {
    assert.equal(r.status, good.status);
    assert.equal(r.stdout, good.stdout);
  }
});

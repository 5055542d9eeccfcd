/**
 * dist/cli.js loads each CLI bundle (cli-core.js; cli-export.js and
 * cli-check.js for `vbhc export` and `vbhc check`) with the V8 code cache
 * the build wrote for it, and runs the same without it: a cache for another
 * bundle is not read, a damaged one is rejected by V8, and the output never
 * changes. Works on copies of dist/ in a temporary folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SAMPLE = 'examples/co-loi.vbhc.md';
const FILES = ['cli.js', 'cli-core.js', 'cli-core.js.cache', 'cli-export.js', 'cli-export.js.cache', 'cli-check.js', 'cli-check.js.cache', 'builtin-catalog.json', 'vi-syllables.dic'];
const built = FILES.every((f) => existsSync(join('dist', f)));

/** Each bundle, a command the launcher runs with it, and that command's exit code on the sample. */
const CASES = [
  { bundle: 'cli-core.js', argv: (_dir: string) => ['catalog', 'search', 'Nghị định 30', '--format', 'json'], status: 0 },
  { bundle: 'cli-check.js', argv: (_dir: string) => ['check', '--format', 'json', SAMPLE], status: 1 },
  { bundle: 'cli-export.js', argv: (dir: string) => ['export', SAMPLE, '-o', join(dir, 'out.docx')], status: 0 },
];

for (const c of CASES) {
  test(`the CLI uses ${c.bundle}'s code cache, and ignores one that is stale or damaged`, { skip: !built }, (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'vbhc-cache-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    for (const f of FILES) copyFileSync(join('dist', f), join(dir, f));
    const run = () => {
      const r = spawnSync(process.execPath, [join(dir, 'cli.js'), ...c.argv(dir)], { encoding: 'utf8', env: { ...process.env, VBHC_CODE_CACHE_DEBUG: '1' } });
      // The .docx itself carries the time of export (docProps/core.xml): that it is a ZIP is what is compared.
      const out = c.bundle === 'cli-export.js' ? readFileSync(join(dir, 'out.docx')).subarray(0, 2).toString('latin1') : '';
      rmSync(join(dir, 'out.docx'), { force: true });
      return { status: r.status, stdout: r.stdout + out, caches: r.stderr.match(/code cache \w+/g) ?? [] };
    };

    const good = run();
    assert.deepEqual(good.caches, ['code cache used'], 'one bundle loaded, with its cache');
    assert.equal(good.status, c.status);
    if (c.bundle === 'cli-check.js') assert.ok((JSON.parse(good.stdout) as { diagnostics: unknown[] }[])[0].diagnostics.length > 0);
    else if (c.bundle === 'cli-core.js') assert.ok((JSON.parse(good.stdout) as unknown[]).length > 0, 'the built-in catalog answers');
    else assert.match(good.stdout, /out\.docx\nPK$/);

    // The header names the bundle's length and CRC-32: a cache for other bytes is not even read.
    const cache = readFileSync(join(dir, `${c.bundle}.cache`));
    const core = readFileSync(join(dir, c.bundle), 'latin1');
    writeFileSync(join(dir, c.bundle), core.replace('vbhc', 'VBHC'), 'latin1');
    const stale = run();
    assert.deepEqual(stale.caches, ['code cache absent']);
    writeFileSync(join(dir, c.bundle), core, 'latin1');

    // Right header, damaged data: V8 rejects it and compiles as usual.
    const damaged = Buffer.from(cache);
    for (let i = damaged.indexOf(10) + 1; i < damaged.length; i += 97) damaged[i] ^= 0xff; // from V8's own header on
    writeFileSync(join(dir, `${c.bundle}.cache`), damaged);
    const rejected = run();
    assert.deepEqual(rejected.caches, ['code cache rejected']);

    rmSync(join(dir, `${c.bundle}.cache`));
    const none = run();
    assert.deepEqual(none.caches, ['code cache absent']);
    for (const r of [stale, rejected, none]) {
      assert.equal(r.status, good.status);
      assert.equal(r.stdout, good.stdout);
    }
  });
}

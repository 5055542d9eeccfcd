/**
 * What every `vbhc` process pays before it does anything: the built
 * bundles are read as one-byte strings (ASCII only), and loading the CLI
 * sets up no Intl formatting (≈ 20 ms in a fresh process). Counted on the
 * shipped launcher, not timed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli.js');
const built = existsSync(CLI);

test('the CLI and server bundles are ASCII only', { skip: !built && 'dist/ not built' }, () => {
  for (const f of ['dist/cli-core.js', 'dist/cli-export.js', 'dist/cli-check.js', 'dist/server.js']) {
    const bytes = readFileSync(f);
    const at = bytes.findIndex((b) => b > 0x7f);
    assert.equal(at, -1, `${f}: a non-ASCII byte at ${at}: ${JSON.stringify(bytes.subarray(Math.max(0, at - 40), at + 10).toString('utf8'))}`);
  }
});

test('loading the CLI formats no number through Intl', { skip: !built && 'dist/ not built' }, (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-startup-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // Preloaded into the CLI's process: counts the calls that set up Intl's number formatting.
  const spy = join(dir, 'spy.cjs');
  writeFileSync(
    spy,
    [
      'let calls = 0;',
      'const toLocale = Number.prototype.toLocaleString;',
      'Number.prototype.toLocaleString = function (...a) { calls++; return toLocale.apply(this, a); };',
      'const NF = Intl.NumberFormat;',
      'Intl.NumberFormat = function (...a) { calls++; return new NF(...a); };',
      "process.on('exit', () => process.stderr.write(`intl-calls ${calls}\\n`));",
    ].join('\n'),
  );
  const r = spawnSync(process.execPath, ['-r', spy, CLI, '--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^vbhc /);
  assert.equal(/intl-calls (\d+)/.exec(r.stderr)?.[1], '0');
});

/**
 * The client's contributions agree with its code: every command of the
 * command table is contributed (with an English and a Vietnamese title, in
 * the VBHC category) and every contributed command is in the table; every
 * `%key%` of package.json has both translations; every runtime string passed
 * to `t(…)` in client/src has a Vietnamese translation in
 * l10n/bundle.l10n.vi.json, with the same `{n}` arguments; the walkthrough's
 * step files exist.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../client/src/command-ids';

const root = new URL('../../', import.meta.url).pathname;
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const pkg = JSON.parse(read('package.json'));
const nlsEn = JSON.parse(read('package.nls.json')) as Record<string, string>;
const nlsVi = JSON.parse(read('package.nls.vi.json')) as Record<string, string>;
const bundleVi = JSON.parse(read('l10n/bundle.l10n.vi.json')) as Record<string, string>;

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(join(root, dir))) {
    const p = join(dir, name);
    if (statSync(join(root, p)).isDirectory()) sources(p, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/** The string literals passed as first argument to t(…) (single-quoted, as the client writes them). */
function runtimeStrings(): Set<string> {
  const found = new Set<string>();
  for (const f of sources('client/src')) {
    for (const m of read(f).matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(m[1].replace(/\\'/g, "'").replace(/\\\\/g, '\\'));
  }
  return found;
}

const args = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join(',');

test('every command of the table is contributed in the VBHC category with a translated title, and no other', () => {
  const contributed = (pkg.contributes.commands as Array<{ command: string; title: string; category: string }>);
  assert.deepEqual(contributed.map((c) => c.command).sort(), Object.values(COMMANDS).sort());
  for (const c of contributed) {
    assert.equal(c.category, 'VBHC', c.command);
    const key = /^%(.+)%$/.exec(c.title)?.[1];
    assert.ok(key && nlsEn[key] && nlsVi[key], `${c.command} has English and Vietnamese titles`);
  }
});

test('menus and keybindings name only contributed commands', () => {
  const ids = new Set(Object.values(COMMANDS) as string[]);
  const menus = Object.values(pkg.contributes.menus as Record<string, Array<{ command: string }>>).flat();
  for (const m of [...menus, ...(pkg.contributes.keybindings as Array<{ command: string }>)]) assert.ok(ids.has(m.command), m.command);
});

test('every %key% of package.json has an English and a Vietnamese text, and no text is unused', () => {
  const used = new Set([...JSON.stringify(pkg).matchAll(/%([\w.]+)%/g)].map((m) => m[1]));
  for (const k of used) {
    assert.ok(nlsEn[k], `package.nls.json has ${k}`);
    assert.ok(nlsVi[k], `package.nls.vi.json has ${k}`);
  }
  assert.deepEqual(Object.keys(nlsEn).filter((k) => !used.has(k)), []);
  assert.deepEqual(Object.keys(nlsVi).sort(), Object.keys(nlsEn).sort());
});

test('every runtime string of the client has a Vietnamese translation with the same arguments', () => {
  const strings = runtimeStrings();
  assert.ok(strings.size > 40, `found ${strings.size} strings`);
  const missing = [...strings].filter((s) => !(s in bundleVi));
  assert.deepEqual(missing, []);
  for (const s of strings) assert.equal(args(bundleVi[s]), args(s), `arguments of "${s}"`);
});

test('the Vietnamese bundle holds no stale entries', () => {
  const strings = runtimeStrings();
  assert.deepEqual(Object.keys(bundleVi).filter((k) => !strings.has(k)), []);
});

test('the walkthrough steps point at existing pages and the settings it mentions exist', () => {
  for (const w of pkg.contributes.walkthroughs) {
    for (const s of w.steps) assert.ok(existsSync(join(root, s.media.markdown)), s.media.markdown);
  }
  const props = pkg.contributes.configuration.properties;
  for (const key of ['vbhc.export.outputFolder', 'vbhc.libreOfficePath', 'vbhc.newDocument.agencies', 'vbhc.newDocument.signers', 'vbhc.language', 'vbhc.catalogs', 'vbhc.diagnostics.severity']) {
    assert.ok(props[key], key);
  }
});

test('the language override offers auto, vi and en', () => {
  assert.deepEqual(pkg.contributes.configuration.properties['vbhc.language'].enum, ['auto', 'vi', 'en']);
});

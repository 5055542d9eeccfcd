// Bundles the three doors of vbhc into dist/: the VS Code client (CommonJS,
// `vscode` external), the language server and the CLI — its bundle
// (cli-core.js) and the small launcher that loads it (cli.js, with a
// shebang). After a build the launcher writes the CLI's V8 code cache
// (cli-core.js.cache) by checking and exporting the bundled example once.
// `--production` minifies; `--watch` rebuilds on change (no code cache: the
// launcher ignores a cache that is not for the current bundle).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';

const production = process.argv.includes('--production');

const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  // The launcher runs this bundle in a vm.Script, which has no loader for
  // `import()` (Node 20: "A dynamic import callback was not specified"), so
  // dynamic imports become lazy require() calls here.
  { ...common, entryPoints: ['server/src/cli-main.ts'], outfile: 'dist/cli-core.js', supported: { 'dynamic-import': false } },
  { ...common, entryPoints: ['server/src/cli-launcher.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

/** Writes dist/cli-core.js.cache; a failure is reported and the CLI simply runs without it. */
function writeCodeCache() {
  const r = spawnSync(process.execPath, ['dist/cli.js'], { env: { ...process.env, VBHC_WRITE_CODE_CACHE: 'examples/bao-cao-mau.vbhc.md' }, encoding: 'utf8' });
  if (r.status !== 0) console.warn(`esbuild.mjs: no code cache for the CLI (${(r.stderr || r.error?.message || '').trim()})`);
}

/** The built-in catalog ships beside the bundles, read by them on first use (server/src/service/references/builtin-catalog.ts). */
mkdirSync('dist', { recursive: true });
copyFileSync('server/data/catalog/builtin.json', 'dist/builtin-catalog.json');
/** The Vietnamese syllable list (dictionary-vi, GPL) ships unchanged beside the bundles with its licence; the spelling check reads it on first use (server/src/service/text/vi-dictionary.ts). */
copyFileSync('node_modules/dictionary-vi/index.dic', 'dist/vi-syllables.dic');
copyFileSync('node_modules/dictionary-vi/license', 'dist/vi-syllables.LICENSE.txt');

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
  writeCodeCache();
}

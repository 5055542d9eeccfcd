// Bundles the three doors of vbhc into dist/: the VS Code client (CommonJS,
// `vscode` external), the language server and the CLI — its bundles
// (cli-core.js; cli-export.js and cli-check.js, one command each) and the
// small launcher that loads them (cli.js, with a shebang). After a build the
// launcher writes each CLI bundle's V8 code cache (BUNDLE.cache) by checking
// and exporting the bundled example once.
// `--production` minifies; `--watch` rebuilds on change (no code cache: the
// launcher ignores a cache that is not for the current bundle).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const production = process.argv.includes('--production');

const watch = process.argv.includes('--watch');

/**
 * markdown-it, the only user of `entities`, imports decodeHTML alone: the
 * bundles take it from server/src/bundle-entities-lazy.ts, which loads the
 * package's decoder (not its index, which also builds the encoding tables,
 * a Map of 2,000 entities) on the first call instead of at start-up.
 * A plugin, not an alias: an alias of `entities` would also rewrite the
 * stand-in's own `entities/lib/decode.js`.
 */
function lazyEntities() {
  return {
    name: 'lazy-entities',
    setup(build) {
      build.onResolve({ filter: /^entities$/ }, () => ({ path: path.resolve('server/src/bundle-entities-lazy.ts') }));
    },
  };
}

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
  alias: {
    // markdown-it runs with linkify off; its LinkifyIt instances cost start-up time for nothing (see the stub).
    'linkify-it': './server/src/bundle-linkify-off.ts',
  },
  plugins: [lazyEntities()],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  // The launcher runs this bundle in a vm.Script, which has no loader for
  // `import()` (Node 20: "A dynamic import callback was not specified"), so
  // dynamic imports become lazy require() calls here.
  { ...common, entryPoints: ['server/src/cli-main.ts'], outfile: 'dist/cli-core.js', supported: { 'dynamic-import': false } },
  // `vbhc export` alone, `vbhc check` alone: what such a process reads and compiles (the launcher picks them).
  { ...common, entryPoints: ['server/src/cli-main-export.ts'], outfile: 'dist/cli-export.js', supported: { 'dynamic-import': false } },
  { ...common, entryPoints: ['server/src/cli-main-check.ts'], outfile: 'dist/cli-check.js', supported: { 'dynamic-import': false } },
  { ...common, entryPoints: ['server/src/cli-launcher.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

/**
 * Rewrites the characters esbuild leaves outside ASCII (it escapes them in
 * strings, not in regular-expression literals such as /[ạ-ỹ]/u) as \uXXXX
 * escapes, which mean the same there. An ASCII file is read as a one-byte
 * string (latin1) by the CLI's launcher and by Node's loader: a 1 MB bundle
 * with a few hundred Vietnamese letters otherwise costs a UTF-8 decode into a
 * two-byte string (≈ 15 ms) on every start.
 */
function escapeNonAscii(file) {
  const text = readFileSync(file, 'utf8');
  const out = text.replace(/(\\*)([^\x00-\x7f])/g, (m, slashes, c) => {
    // After an odd run of backslashes the letter is itself escaped (`\ạ`): \uXXXX would then read as a backslash and text.
    if (slashes.length % 2 === 1) throw new Error(`${file}: an escaped non-ASCII character (${JSON.stringify(m)}) cannot be rewritten`);
    return slashes + `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  if (out !== text) writeFileSync(file, out);
}

/** Writes each CLI bundle's code cache (dist/cli-*.js.cache); a failure is reported and the CLI simply runs without it. */
function writeCodeCache() {
  const r = spawnSync(process.execPath, ['dist/cli.js'], { env: { ...process.env, VBHC_WRITE_CODE_CACHE: 'examples/bao-cao-mau.vbhc.md' }, encoding: 'utf8' });
  if (r.status !== 0) console.warn(`esbuild.mjs: no code cache for the CLI (${(r.stderr || r.error?.message || '').trim()})`);
}

/** The built-in catalog ships beside the bundles, read by them on first use (server/src/service/references/builtin-catalog.ts). */
mkdirSync('dist', { recursive: true });
/** Node looks up the package scope of dist/cli.js at every start to learn its module type: one line here spares it reading and parsing the 16 KB extension manifest. */
writeFileSync('dist/package.json', '{ "type": "commonjs" }\n');
copyFileSync('server/data/catalog/builtin.json', 'dist/builtin-catalog.json');
/** The Vietnamese syllable list (dictionary-vi, GPL) ships unchanged beside the bundles with its licence; the spelling check reads it on first use (server/src/service/text/vi-dictionary.ts). */
copyFileSync('node_modules/dictionary-vi/index.dic', 'dist/vi-syllables.dic');
copyFileSync('node_modules/dictionary-vi/license', 'dist/vi-syllables.LICENSE.txt');

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  // Before the code cache, which is made for the bundle's exact bytes.
  for (const f of ['dist/cli-core.js', 'dist/cli-export.js', 'dist/cli-check.js', 'dist/server.js']) escapeNonAscii(f);
  if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
  writeCodeCache();
}

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
import { readFile } from 'node:fs/promises';

const production = process.argv.includes('--production');

/**
 * The docx package's bundle initialises, when it is loaded, libraries the
 * exporter never calls: JSZip (we zip with node:zlib), xml-js and sax (for
 * reading templates), hash.js (images). That is ≈ 4 ms of every CLI start.
 * This plugin makes those four lazy — each is initialised on first use —
 * by exact replacements in docx's dist/index.mjs. If docx changes and a
 * replacement no longer matches, the file is left as it is (correct, just
 * slower) and the build says so.
 */
const lazyDocxDependencies = {
  name: 'lazy-docx-dependencies',
  setup(build) {
    build.onLoad({ filter: /[\\/]docx[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const replacements = [
        ['var libExports = requireLib();', 'var libExports = { get xml2js() { return requireLib().xml2js; }, get js2xml() { return requireLib().js2xml; } };'],
        ['var hashExports = requireHash();\nconst hash = /* @__PURE__ */ getDefaultExportFromCjs$1(hashExports);', 'const hash = { get sha1() { return getDefaultExportFromCjs$1(requireHash()).sha1; } };'],
        ['var streamBrowserifyExports = requireStreamBrowserify();', 'var streamBrowserifyExports = { get Stream() { return requireStreamBrowserify().Stream; } };'],
        [
          'var jszip_minExports = requireJszip_min();\nconst JSZip = /* @__PURE__ */ getDefaultExportFromCjs$1(jszip_minExports);',
          'const JSZip = new Proxy(function JSZip() {}, { construct(_, a) { return new (getDefaultExportFromCjs$1(requireJszip_min()))(...a); }, get(_, k) { return getDefaultExportFromCjs$1(requireJszip_min())[k]; } });',
        ],
      ];
      const missing = replacements.filter(([from]) => !source.includes(from));
      if (missing.length > 0) {
        console.warn(`esbuild.mjs: docx changed (${missing.length} of ${replacements.length} patterns not found); its dependencies stay eager`);
        return { contents: source, loader: 'js' };
      }
      let contents = source;
      for (const [from, to] of replacements) contents = contents.replace(from, () => to);
      return { contents, loader: 'js' };
    });
  },
};
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
  plugins: [lazyDocxDependencies],
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

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
  writeCodeCache();
}

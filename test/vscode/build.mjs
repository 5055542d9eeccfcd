// Compiles the integration suite (test/vscode/**) into out/test/: the entry
// index.js (CommonJS, exports run()) and one bundle per *.test.ts. `vscode`
// and mocha stay external (the extension host and node_modules provide them).
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const suites = readdirSync(join(here, 'suite')).filter((f) => f.endsWith('.test.ts')).map((f) => join(here, 'suite', f));
await esbuild.build({
  entryPoints: [join(here, 'index.ts'), ...suites],
  outdir: join(here, '../../out/test'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});

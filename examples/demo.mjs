// `npm run demo`: check the bundled examples with the built CLI, then export
// the clean ones to .docx and HTML next to them. Exits non-zero
// only when a command itself fails (exit 2), not because the deliberately
// faulty example has findings.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const cli = ['dist/cli.js'];
const run = (args) => {
  console.log(`\n$ vbhc ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [...cli, ...args], { stdio: 'inherit' });
  return r.status ?? 2;
};

if (!existsSync('dist/cli.js')) {
  console.error('dist/cli.js is missing: run `node esbuild.mjs` first.');
  process.exit(2);
}
let failed = false;
for (const f of ['examples/bao-cao-mau.vbhc.md', 'examples/ke-hoach-mau.vbhc.md', 'examples/co-loi.vbhc.md']) {
  if (run(['check', f]) === 2) failed = true;
}
for (const f of ['examples/bao-cao-mau.vbhc.md', 'examples/ke-hoach-mau.vbhc.md']) {
  if (run(['export', f]) !== 0) failed = true;
  if (run(['export', f, '--format', 'html']) !== 0) failed = true;
}
console.log('\nĐã xuất / exported: examples/bao-cao-mau.docx, examples/ke-hoach-mau.docx (+ .html)');
process.exit(failed ? 1 : 0);

// Runs every unit test (`*.test.ts` under server/src, client/src is excluded:
// it needs VS Code) and every `test/unit/*.test.{ts,mjs}` with Node's built-in
// test runner, TypeScript loaded through tsx. Node 20 has no --test globs.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function collect(dir, out = []) {
  let entries = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (/\.test\.(ts|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

const filter = process.argv[2];
const files = [...collect('server/src'), ...collect('test/unit')].filter((f) => !filter || f.includes(filter)).sort();
if (files.length === 0) {
  console.error('no unit test files found');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);

// `npm run test:vscode:harness`: runs the integration suite inside
// code-server (a real VS Code) driven by headless Chromium, with the harness
// of ../shared/tools/vscode-harness (install.sh, then `vscode-harness.mjs
// test`). The suite writes its counts to a results file; this script fails
// unless that file shows tests ran and none failed, so a harness that never
// started the suite cannot pass silently. Artifacts: .ci-artifacts/vscode/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const harnessDir = resolve(root, '../shared/tools/vscode-harness');
const out = resolve(root, '.ci-artifacts/vscode');
const results = resolve(out, 'results.json');
/** Longest the whole suite may take inside VS Code, in seconds. */
const SUITE_TIMEOUT_S = 900;

if (!existsSync(resolve(harnessDir, 'vscode-harness.mjs'))) {
  console.error(`vscode harness not found at ${harnessDir}`);
  process.exit(2);
}
mkdirSync(out, { recursive: true });
rmSync(results, { force: true });

const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (run('bash', [resolve(harnessDir, 'install.sh')]) !== 0) process.exit(1);
const code = run(
  process.execPath,
  [resolve(harnessDir, 'vscode-harness.mjs'), 'test', '--folder', 'test/vscode/workspace', '--ext', '.', '--tests', 'out/test/index.js', '--out', out, '--timeout', String(SUITE_TIMEOUT_S)],
  { VBHC_TEST_RESULTS: results },
);
if (!existsSync(results)) {
  console.error(`integration suite did not run (no ${results}); harness exit code ${code}`);
  process.exit(1);
}
const r = JSON.parse(readFileSync(results, 'utf8'));
console.log(`integration suite: ${r.passes} passed, ${r.failures} failed, ${r.pending} skipped (of ${r.tests})`);
process.exit(code === 0 && r.failures === 0 && r.passes > 0 ? 0 : 1);

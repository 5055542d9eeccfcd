/**
 * Entry of the integration suite (`extensionTestsPath`), for
 * @vscode/test-electron and for the code-server harness alike: runs the
 * mocha (tdd) suite files of suite/ inside the extension host and prints a
 * final `N passed, N failed` line (and writes the counts to the file named
 * by VBHC_TEST_RESULTS when set). VBHC_TEST_FILES (comma-separated parts
 * of file names) runs only the files that match. Resolves when every test passed.
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import Mocha from 'mocha';

/** Longest a single test may take (PDF export runs LibreOffice). */
const TEST_TIMEOUT_MS = 120_000;

/** Runs the suite; rejects when a test failed. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: TEST_TIMEOUT_MS, reporter: 'spec' });
  const dir = path.join(__dirname, 'suite');
  const only = (process.env.VBHC_TEST_FILES ?? '').split(',').filter(Boolean);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js') && (only.length === 0 || only.some((o) => f.includes(o))))
    .sort();
  for (const f of files) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const stats = { passes: runner.stats?.passes ?? 0, failures, pending: runner.stats?.pending ?? 0, tests: runner.stats?.tests ?? 0 };
        // The harness runner (run-harness.mjs) reads the counts from this file.
        if (process.env.VBHC_TEST_RESULTS) fs.writeFileSync(process.env.VBHC_TEST_RESULTS, JSON.stringify(stats) + '\n');
        console.log(`${stats.passes} passed, ${failures} failed`);
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else resolve();
      });
    } catch (e) {
      console.log(`0 passed, 1 failed`);
      reject(e);
    }
  });
}

// `npm run test:vscode`: runs the integration suite in a desktop VS Code
// downloaded by @vscode/test-electron (needs internet access to
// update.code.visualstudio.com; use `npm run test:vscode:harness` where
// there is none).
import { runTests } from '@vscode/test-electron';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: resolve(root, 'out/test/index.js'),
    launchArgs: [resolve(root, 'test/vscode/workspace'), '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error(`integration suite failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}

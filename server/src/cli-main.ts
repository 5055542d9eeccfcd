/** Process entry of the `vbhc` CLI (bundled to dist/cli.js with a shebang). */
import { main } from './cli';

main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`vbhc: ${(e as Error)?.message ?? e}\n`);
    process.exitCode = 2;
  },
);

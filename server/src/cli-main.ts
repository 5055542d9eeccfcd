/**
 * The `vbhc` CLI as a bundle (dist/cli-core.js): `runCli` wires `main` to
 * the process. dist/cli.js (cli-launcher.ts) loads this bundle, with V8's
 * code cache when one was built for it, and calls `runCli`.
 */
import { main, type CliIO } from './cli';

/** The process's standard streams and folder. */
export const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
};

/** Runs the CLI and resolves to the exit code (2 for an unexpected failure, reported in one line). */
export function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  return main(argv, io).catch((e: unknown) => {
    io.stderr(`vbhc: ${(e as Error)?.message ?? e}\n`);
    return 2;
  });
}

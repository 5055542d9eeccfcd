/**
 * The `vbhc` CLI as a bundle (dist/cli-core.js): `runCli` wires `main` to
 * the process. dist/cli.js (cli-launcher.ts) loads this bundle, with V8's
 * code cache when one was built for it, and calls `runCli` — for every
 * subcommand but `export`, which has a bundle of its own (cli-main-export.ts).
 */
import { main, type CliIO } from './cli';
import { processIO, runCliWith } from './cli-process';

export { processIO };

/** Runs the CLI and resolves to the exit code (2 for an unexpected failure, reported in one line). */
export function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  return runCliWith(main, argv, io);
}

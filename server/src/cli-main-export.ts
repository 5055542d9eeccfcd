/**
 * `vbhc export` as a bundle of its own (dist/cli-export.js): the export
 * command alone, with the same usage errors, exit codes and output as
 * through `main`. A process that exports then reads, compiles and runs only
 * what exporting needs — the check and import commands, the catalog tools
 * and their libraries stay out (40 % of the whole CLI bundle's bytes; about
 * 30 ms less per export process). dist/cli.js (cli-launcher.ts) picks it
 * for `vbhc export …`.
 */
import { exportCommand } from './cli-export';
import { runnerOf } from './cli-process';

/** Runs `vbhc export …` (argv[0] is `export`) and resolves to the exit code. */
export const runCli = runnerOf({ export: exportCommand });

/**
 * `vbhc check` as a bundle of its own (dist/cli-check.js), as
 * cli-main-export.ts is for export: the writers of .docx, HTML and PDF, the
 * import and catalog commands and their libraries stay out of a checking
 * process (40 % of the whole CLI bundle's bytes). dist/cli.js
 * (cli-launcher.ts) picks it for `vbhc check …`.
 */
import { checkCommand } from './cli-check';
import { runnerOf } from './cli-process';

/** Runs `vbhc check …` (argv[0] is `check`) and resolves to the exit code. */
export const runCli = runnerOf({ check: checkCommand });

/**
 * The `vbhc` command line: another door onto the same core the language
 * server runs. `main(argv, io)` takes the arguments and the output streams
 * and returns the exit code; cli-main.ts only sets `process.exitCode`.
 * Each subcommand has its module (cli-check.ts, cli-export.ts,
 * cli-import.ts, cli-catalog.ts), reading its arguments with cli-args.ts
 * and sharing cli-common.ts; cli-dispatch.ts runs the one asked for.
 *
 * Exit codes (dialect §5): 0 no error-severity diagnostic, 1 some, 2 usage
 * or input error with a one-line reason on stderr (never a stack trace).
 */
import type { CliIO } from './cli-common';
import { dispatch, type Command } from './cli-dispatch';
import { checkCommand } from './cli-check';
import { exportCommand } from './cli-export';
import { importCommand } from './cli-import';
import { catalogCommand } from './cli-catalog';

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  export: exportCommand,
  import: importCommand,
  catalog: catalogCommand,
};

/** Runs the CLI and returns the exit code. Everything it prints goes through terminalSafe. */
export function main(argv: string[], rawIO: CliIO): Promise<number> {
  return dispatch(argv, rawIO, COMMANDS);
}

export { terminalSafe } from './cli-dispatch';
export { CliError, createCliService, readCliDocument, readProjectConfig, type CliIO } from './cli-common';
export { parseCheckArgs, toCliDiagnostic } from './cli-check';

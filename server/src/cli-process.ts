/**
 * A CLI bundle's link to its process (cli-main.ts for every subcommand,
 * cli-main-export.ts and cli-main-check.ts for one each): the standard
 * streams, what happens when they cannot be written, and the exit code of
 * a run.
 */
import type { CliIO } from './cli-common';
import { dispatch, type Command } from './cli-dispatch';

/** The process's standard streams and folder. */
export const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
};

/**
 * What the process does when it cannot write its output. A reader that
 * closed the pipe (`vbhc check … | head -1`) wants no more: the rest is
 * dropped in silence and the exit code stays the command's, as with Unix
 * tools (Node would otherwise die on the unhandled 'error' with a stack
 * trace). Any other write error (a full disk behind `>`) is said in one
 * line and the exit code becomes 2. Work already under way is not cut
 * short, so a file being written is finished, never left half-written.
 */
export function guardOutput(stream: NodeJS.WriteStream, name: { vi: string; en: string }): void {
  let said = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return;
    process.exitCode = 2;
    if (said || stream === process.stderr) return;
    said = true;
    process.stderr.write(`vbhc: không ghi được ${name.vi} / cannot write ${name.en}: ${e.code ?? e.message}\n`);
  });
}

/** Runs `main` on `argv` and resolves to the exit code (2 for an unexpected failure, reported in one line). */
export function runCliWith(main: (argv: string[], io: CliIO) => Promise<number>, argv: string[], io: CliIO = processIO): Promise<number> {
  if (io === processIO) {
    guardOutput(process.stdout, { vi: 'đầu ra chuẩn', en: 'standard output' });
    guardOutput(process.stderr, { vi: 'đầu ra lỗi', en: 'standard error' });
  }
  return main(argv, io).catch((e: unknown) => {
    io.stderr(`vbhc: ${(e as Error)?.message ?? e}\n`);
    return 2;
  });
}

/** `runCli` of a bundle that holds only `commands` (usage errors, exit codes and output as through `main`). */
export function runnerOf(commands: Readonly<Record<string, Command>>): (argv: string[], io?: CliIO) => Promise<number> {
  return (argv, io = processIO) => runCliWith((a, o) => dispatch(a, o, commands), argv, io);
}

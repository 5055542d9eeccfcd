/**
 * The `vbhc` command line: another door onto the same core the language
 * server runs. `main(argv, io)` takes the arguments and the output streams
 * and returns the exit code; cli-main.ts only sets `process.exitCode`.
 * Each subcommand has its module (cli-check.ts, cli-export.ts,
 * cli-import.ts, cli-catalog.ts), reading its arguments with cli-args.ts
 * and sharing cli-common.ts.
 *
 * Exit codes (dialect §5): 0 no error-severity diagnostic, 1 some, 2 usage
 * or input error with a one-line reason on stderr (never a stack trace).
 */
import { CliError, type CliIO } from './cli-common';
import { checkCommand } from './cli-check';
import { exportCommand } from './cli-export';
import { importCommand } from './cli-import';
import { catalogCommand } from './cli-catalog';

/** One subcommand. */
type Command = (args: string[], io: CliIO) => Promise<number>;

const USAGE = [
  'Cách dùng / usage:',
  '  vbhc check [--format text|json] [--catalog FILE]... [--lang vi|en] PATH...',
  '  vbhc export PATH [-o OUT] [--format docx|html|pdf]',
  '  vbhc import PATH.docx|PATH.txt [-o OUT] [--force]',
  '  vbhc catalog search QUERY [--format text|json] [--limit N] [--catalog FILE]...',
  '  vbhc catalog stats [--format text|json] [--catalog FILE]...',
  '  vbhc catalog import FILE [-o OUT]',
  '  vbhc --version | --help',
].join('\n');

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  export: exportCommand,
  import: importCommand,
  catalog: catalogCommand,
};

/**
 * Control characters other than tab and line feed — C0, DEL and C1, which
 * start terminal escape sequences — written as `\uXXXX`: text from a
 * document (`loai: "BC\u001b]0;PWNED\u0007"`), a file name or a message
 * cannot retitle or recolour the user's terminal. Inside JSON strings the
 * escape is the same character (JSON.stringify leaves DEL and C1 raw).
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Runs the CLI and returns the exit code. Everything it prints goes through terminalSafe. */
export async function main(argv: string[], rawIO: CliIO): Promise<number> {
  const io: CliIO = { ...rawIO, stdout: (t) => rawIO.stdout(terminalSafe(t)), stderr: (t) => rawIO.stderr(terminalSafe(t)) };
  const [cmd, ...rest] = argv;
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.stdout(USAGE + '\n');
      return cmd ? 0 : 2;
    }
    if (cmd === '--version' || cmd === '-v') {
      io.stdout('vbhc 0.1.0\n');
      return 0;
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
    if (!command) throw new CliError(`lệnh không rõ "${cmd}" / unknown command "${cmd}" (vbhc --help)`);
    return await command(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`vbhc: ${e.message}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    io.stderr(`vbhc: lỗi / error: ${err?.message ?? String(e)}\n`);
    return 2;
  }
}

export { CliError, createCliService, readCliDocument, readProjectConfig, type CliIO } from './cli-common';
export { parseCheckArgs, toCliDiagnostic } from './cli-check';

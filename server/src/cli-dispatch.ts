/**
 * What every `vbhc` entry does around a subcommand: usage and version,
 * the command looked up in the table it is given, a usage or input error
 * as one line and exit 2, and everything printed made terminal-safe.
 * `main` (cli.ts) passes every subcommand; the export-only bundle
 * (cli-main-export.ts) passes `export` alone, so it loads nothing else.
 */
import { CliError, type CliIO } from './cli-common';

/** One subcommand. */
export type Command = (args: string[], io: CliIO) => Promise<number>;

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

/** Runs `argv` with the subcommands of `commands` and returns the exit code. Everything it prints goes through terminalSafe. */
export async function dispatch(argv: string[], rawIO: CliIO, commands: Readonly<Record<string, Command>>): Promise<number> {
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
    const command = Object.prototype.hasOwnProperty.call(commands, cmd) ? commands[cmd] : undefined;
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

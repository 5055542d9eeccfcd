/**
 * Reading the arguments of a subcommand that takes one file (`vbhc export`,
 * `vbhc import`): options with a value (`-o OUT`, `--output OUT`,
 * `--output=OUT`), flags (`--force`) and the file itself. An unknown option,
 * an option without its value or a second file is a usage error (exit 2).
 */
import { CliError } from './cli';

/** Spellings of a subcommand's options, each mapped to the option's name. */
export interface OneFileSpec {
  /** Options followed by a value: spelling → name (`-o` → `output`). */
  values: Readonly<Record<string, string>>;
  /** Options standing alone: spelling → name (`--force` → `force`). */
  flags?: Readonly<Record<string, string>>;
}

/** What was given: the file, each value under its option's name (with the spelling used), the flags set. */
export interface OneFileArgs {
  input?: string;
  values: Map<string, { spelling: string; value: string }>;
  flags: Set<string>;
}

/** Reads `args` of the subcommand `command` by `spec`. */
export function readOneFileArgs(command: string, args: readonly string[], spec: OneFileSpec): OneFileArgs {
  const out: OneFileArgs = { values: new Map(), flags: new Set() };
  const has = (o: Readonly<Record<string, string>> | undefined, k: string) => !!o && Object.prototype.hasOwnProperty.call(o, k);
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    let inline: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    if (has(spec.values, a)) {
      const v = inline ?? args[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('-') && v !== '-')) throw new CliError(`thiếu giá trị cho ${a} / ${a} needs a value`);
      out.values.set(spec.values[a], { spelling: a, value: v });
    } else if (has(spec.flags, a) && inline === undefined) out.flags.add(spec.flags![a]);
    else if (a.startsWith('-') && a !== '-') throw new CliError(`tùy chọn không rõ "${a}" / unknown option "${a}"`);
    else if (out.input !== undefined) throw new CliError(`${command} nhận một tệp, đã có "${out.input}" và "${a}" / ${command} takes one file, got "${out.input}" and "${a}"`);
    else out.input = a;
  }
  return out;
}

/** The `--lang` value, checked. */
export function langOption(given: { value: string } | undefined): 'vi' | 'en' | undefined {
  if (!given) return undefined;
  if (given.value !== 'vi' && given.value !== 'en') throw new CliError('--lang nhận vi hoặc en / --lang takes vi or en');
  return given.value;
}

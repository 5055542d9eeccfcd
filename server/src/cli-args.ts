/**
 * The one reader of `vbhc` subcommands' arguments (flags as dialect §5
 * spells them). Every subcommand describes its options — those followed by
 * a value (`-o OUT`, `--output OUT`, `--output=OUT`), flags standing alone
 * (`--force`) — and how many positional arguments it takes. An unknown
 * option, an option without its value (a value starting with `-` is taken
 * for a forgotten one; `--opt=-x` passes it), or one positional argument too
 * many is a usage error (exit 2).
 */
import { CliError } from './cli-common';

/** Spellings of a subcommand's options, each mapped to the option's name. */
export interface ArgSpec {
  /** Options followed by a value: spelling → name (`-o` → `output`). */
  values?: Readonly<Record<string, string>>;
  /** Options standing alone: spelling → name (`--force` → `force`). */
  flags?: Readonly<Record<string, string>>;
  /** Most positional arguments taken; the error names them (`a file`). Any number when absent. */
  maxPositional?: { count: number; vi: string; en: string };
  /** Said after an unknown option (the subcommand's usage line). */
  usage?: string;
}

/** One value given: the spelling used and the value. */
export interface Given {
  spelling: string;
  value: string;
}

/** What was given. */
export interface Args {
  positional: string[];
  /** Every value of each option, in order (`--catalog A --catalog B`). */
  values: Map<string, Given[]>;
  flags: Set<string>;
}

/** The spellings of the output file, the same in every subcommand that writes one. */
export const OUTPUT_OPTION: Readonly<Record<string, string>> = { '-o': 'output', '--output': 'output', '--out': 'output' };

/** One file, as `export` and `import` take. */
export const ONE_FILE = { count: 1, vi: 'một tệp', en: 'one file' } as const;

const has = (o: Readonly<Record<string, string>> | undefined, k: string): o is Readonly<Record<string, string>> => !!o && Object.prototype.hasOwnProperty.call(o, k);

/** Reads `args` of the subcommand `command` by `spec`. */
export function readArgs(command: string, args: readonly string[], spec: ArgSpec): Args {
  const out: Args = { positional: [], values: new Map(), flags: new Set() };
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
      const name = spec.values[a];
      const list = out.values.get(name);
      if (list) list.push({ spelling: a, value: v });
      else out.values.set(name, [{ spelling: a, value: v }]);
    } else if (has(spec.flags, a) && inline === undefined) out.flags.add(spec.flags[a]);
    else if (a.startsWith('-') && a !== '-') throw new CliError(`tùy chọn không rõ "${a}" / unknown option "${a}"${spec.usage ? ` (${spec.usage})` : ''}`);
    else {
      const max = spec.maxPositional;
      if (max && out.positional.length >= max.count) {
        if (max.count === 1) throw new CliError(`${command} nhận ${max.vi}, đã có "${out.positional[0]}" và "${a}" / ${command} takes ${max.en}, got "${out.positional[0]}" and "${a}"`);
        throw new CliError(`${command} nhận ${max.vi}, thừa "${a}" / ${command} takes ${max.en}, "${a}" is one too many`);
      }
      out.positional.push(a);
    }
  }
  return out;
}

/** The last value given to an option (a later one overrides an earlier one). */
export function lastValue(args: Args, name: string): Given | undefined {
  const list = args.values.get(name);
  return list?.[list.length - 1];
}

/** Every value given to an option, in order. */
export function allValues(args: Args, name: string): string[] {
  return (args.values.get(name) ?? []).map((g) => g.value);
}

/** A value that must be one of `choices`, checked; undefined when not given. */
export function choiceOption<T extends string>(given: Given | undefined, choices: readonly T[]): T | undefined {
  if (!given) return undefined;
  if ((choices as readonly string[]).includes(given.value)) return given.value as T;
  const list = (or: string) => (choices.length === 1 ? choices[0] : `${choices.slice(0, -1).join(', ')} ${or} ${choices[choices.length - 1]}`);
  throw new CliError(`${given.spelling} nhận ${list('hoặc')}, không nhận "${given.value}" / ${given.spelling} takes ${list('or')}, not "${given.value}"`);
}

/** The `--lang` value, checked. */
export function langOption(given: Given | undefined): 'vi' | 'en' | undefined {
  return choiceOption(given, ['vi', 'en'] as const);
}

/** The `--format` value of a subcommand printing text or JSON. */
export function textOrJson(given: Given | undefined): 'text' | 'json' | undefined {
  return choiceOption(given, ['text', 'json'] as const);
}

/**
 * A small expander for VS Code snippet bodies — pure, so the client can
 * write a template as plain text (a block added without tab stops) and unit
 * tests can fill templates as VS Code would: resolves tab stops
 * (`$1`, `${1}`, `${1:default}` with nesting, `${1|a,b|}`), mirrors (a later
 * `$1` repeats what tab stop 1 got), variables (`${CURRENT_YEAR}`, …) and
 * escapes, the way VS Code's SnippetParser does. Fills come from a map by
 * tab-stop number; without a fill a placeholder keeps its default and a
 * choice takes the option chosen in `choices` (first by default).
 */

/** How to fill a snippet. */
export interface SnippetFill {
  /** Text for tab stop N (replaces its default). */
  values?: Record<number, string>;
  /** Index of the option to take for choice tab stop N. */
  choices?: Record<number, number>;
  /** Values of snippet variables (CURRENT_YEAR …). */
  variables?: Record<string, string>;
}

/** The choice options of every choice tab stop of a body. */
export function choiceOptions(body: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const re = /\$\{(\d+)\|((?:[^|\\]|\\.)*)\|\}/g;
  for (const m of body.matchAll(re)) out.set(Number(m[1]), splitChoices(m[2]));
  return out;
}

function splitChoices(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) cur += s[++i];
    else if (s[i] === ',') (out.push(cur), (cur = ''));
    else cur += s[i];
  }
  out.push(cur);
  return out;
}

/** Expands a snippet body to plain text. Throws on syntax it does not know. */
export function expandSnippet(body: string, fill: SnippetFill = {}): string {
  const values = new Map<number, string>();
  let i = 0;
  const src = body;

  function parse(stopAt: string | null): string {
    let out = '';
    while (i < src.length) {
      const c = src[i];
      if (stopAt !== null && c === stopAt) return out;
      if (c === '\\' && i + 1 < src.length && '$}\\'.includes(src[i + 1])) {
        out += src[i + 1];
        i += 2;
        continue;
      }
      if (c === '$') {
        out += parseDollar();
        continue;
      }
      out += c;
      i++;
    }
    if (stopAt !== null) throw new Error(`unclosed \${ in snippet at ${i}`);
    return out;
  }

  function parseDollar(): string {
    i++; // $
    const simple = /^(\d+|[A-Z_][A-Z_0-9]*)/.exec(src.slice(i));
    if (simple) {
      i += simple[0].length;
      return resolve(simple[1], undefined);
    }
    if (src[i] !== '{') return '$';
    i++;
    const head = /^(\d+|[A-Z_][A-Z_0-9]*)/.exec(src.slice(i));
    if (!head) throw new Error(`bad \${ at ${i}`);
    const name = head[1];
    i += name.length;
    if (src[i] === '}') {
      i++;
      return resolve(name, undefined);
    }
    if (src[i] === ':') {
      i++;
      const def = parse('}');
      i++; // }
      return resolve(name, def);
    }
    if (src[i] === '|') {
      const end = src.indexOf('|}', i + 1);
      const options = splitChoices(src.slice(i + 1, end));
      i = end + 2;
      const n = Number(name);
      const v = fill.values?.[n] ?? options[fill.choices?.[n] ?? 0];
      values.set(n, v);
      return v;
    }
    throw new Error(`unknown snippet syntax at ${i}: ${src.slice(i, i + 10)}`);
  }

  function resolve(name: string, def: string | undefined): string {
    if (/^\d+$/.test(name)) {
      const n = Number(name);
      if (n === 0) return '';
      if (fill.values?.[n] !== undefined) return fill.values[n];
      if (def !== undefined && !values.has(n)) values.set(n, def);
      return values.get(n) ?? def ?? '';
    }
    const v = fill.variables?.[name];
    if (v === undefined && def === undefined) throw new Error(`snippet variable ${name} has no value in the test`);
    return v ?? def!;
  }

  return parse(null);
}

/**
 * Heading labels as users write them: `I.`, `1.`, `1.1.`, `a)`.
 * Vietnamese administrative usage letters run a, b, c, d, đ, e, g, h, i, k, …
 * (no f, j, w, z).
 */

/** What kind of label a heading carries. */
export type LabelKind = 'roman' | 'arabic' | 'decimal' | 'letter' | 'none';

/** A parsed heading label. */
export interface HeadingLabel {
  kind: LabelKind;
  /** The label as written, e.g. `II.`, `2.1.`, `đ)`. */
  text: string;
  /** Sequence value: 2 for `II.`, `2.` and `b)`; the last part for `2.1.`. */
  value: number;
  /** Parts of a decimal label (`[2, 1]` for `2.1.`); one part otherwise. */
  parts: number[];
}

/** The letters of Vietnamese administrative enumerations, in order. */
export const VI_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'] as const;

const ROMAN = /^([IVXLC]+)\.(?=\s|$)/;
const DECIMAL = /^(\d{1,3}(?:\.\d{1,3})+)\.?(?=\s|$)/;
const ARABIC = /^(\d{1,3})\.(?=\s|$)/;
const LETTER = /^([a-zđ])\)(?=\s|$)/;

/** Parses the label at the start of a heading's text, if any. */
export function parseLabel(text: string): HeadingLabel | undefined {
  let m = ROMAN.exec(text);
  if (m) {
    const v = romanValue(m[1]);
    if (v > 0) return { kind: 'roman', text: m[0], value: v, parts: [v] };
  }
  m = DECIMAL.exec(text);
  if (m) {
    const parts = m[1].split('.').map(Number);
    return { kind: 'decimal', text: m[0], value: parts[parts.length - 1], parts };
  }
  m = ARABIC.exec(text);
  if (m) {
    const v = Number(m[1]);
    return { kind: 'arabic', text: m[0], value: v, parts: [v] };
  }
  m = LETTER.exec(text);
  if (m) {
    const v = VI_LETTERS.indexOf(m[1] as (typeof VI_LETTERS)[number]) + 1;
    return { kind: 'letter', text: m[0], value: v > 0 ? v : 0, parts: [v] };
  }
  return undefined;
}

/** Value of a canonical Roman numeral (I…CC); 0 when not canonical. */
export function romanValue(s: string): number {
  const vals: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = vals[s[i]];
    const next = vals[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && toRoman(total) === s ? total : 0;
}

/** Roman numeral of 1…399. */
export function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** The Vietnamese letter of position n (1-based), or `?` past `y`. */
export function toLetter(n: number): string {
  return VI_LETTERS[n - 1] ?? '?';
}

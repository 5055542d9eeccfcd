/**
 * Folding for matching that ignores Vietnamese diacritics and case:
 * `Chỉ thị số 33` and `chi thi so 33` fold to the same text. Folding maps
 * every character of NFC text to exactly one character, so an offset in the
 * folded text is the same offset in the original (the completion code
 * relies on that).
 */

/** Folded UTF-16 unit of each unit (0: not yet known), filled on first sight. */
const table = new Uint16Array(0x10000);

/** Folds one unit: lower case, diacritics dropped, `đ` → `d`. */
function foldUnit(code: number): number {
  let f = table[code];
  if (f !== 0) return f;
  const c = String.fromCharCode(code);
  const lower = c.toLowerCase();
  let out: string;
  if (lower === 'đ') out = 'd';
  else {
    const base = lower.normalize('NFD').replace(/\p{M}+/gu, '');
    out = base.length === 1 ? base : lower.length === 1 ? lower : c;
  }
  f = out.charCodeAt(0);
  table[code] = f;
  return f;
}

/** Folds one UTF-16 unit as `fold` does (for scanning text without making its folded copy). */
export function foldCode(code: number): number {
  return code < 0x80 && !(code >= 65 && code <= 90) ? code : foldUnit(code);
}

/** Folds text for diacritic- and case-insensitive matching; the result has the same length as `s`. */
export function fold(s: string): string {
  let i = 0;
  for (; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x80 || (code >= 65 && code <= 90)) break;
  }
  if (i === s.length) return s;
  const units = new Array<number>(s.length);
  for (let k = 0; k < s.length; k++) {
    const code = s.charCodeAt(k);
    units[k] = code < 0x80 && !(code >= 65 && code <= 90) ? code : foldUnit(code);
  }
  let out = '';
  for (let k = 0; k < units.length; k += CHUNK) out += String.fromCharCode.apply(null, units.slice(k, k + CHUNK));
  return out;
}

/** Units per String.fromCharCode call (well below any engine's argument limit). */
const CHUNK = 4096;

/** Folds and collapses every run of non-alphanumeric characters to one space (for phrase matching). */
export function foldWords(s: string): string {
  const w = foldedWords(s);
  return w.length ? ` ${w.join(' ')} ` : '  ';
}

/** True for a unit of a folded word: `a`–`z`, a digit or `&`. */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 38;
}

/** The folded words of a text: runs of `a`–`z`, digits and `&`. */
export function foldedWords(s: string): string[] {
  const f = fold(s);
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= f.length; i++) {
    const c = i < f.length ? f.charCodeAt(i) : 32;
    if (isWordCode(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(f.slice(start, i));
      start = -1;
    }
  }
  return out;
}

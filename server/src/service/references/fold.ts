/**
 * Folding for matching that ignores Vietnamese diacritics and case:
 * `Chỉ thị số 33` and `chi thi so 33` fold to the same text. Folding maps
 * every character of NFC text to exactly one character, so an offset in the
 * folded text is the same offset in the original (the completion code
 * relies on that).
 */

const cache = new Map<string, string>();

/** Folds one character: lower case, diacritics dropped, `đ` → `d`. */
function foldChar(c: string): string {
  let f = cache.get(c);
  if (f !== undefined) return f;
  const lower = c.toLowerCase();
  if (lower === 'đ') f = 'd';
  else {
    const base = lower.normalize('NFD').replace(/\p{M}+/gu, '');
    f = base.length === 1 ? base : lower.length === 1 ? lower : c;
  }
  cache.set(c, f);
  return f;
}

/** Folds text for diacritic- and case-insensitive matching; the result has the same length as `s`. */
export function fold(s: string): string {
  let out = '';
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x80 || (code >= 65 && code <= 90)) {
      plain = false;
      break;
    }
  }
  if (plain) return s;
  for (let i = 0; i < s.length; i++) out += foldChar(s[i]);
  return out;
}

/** Folds and collapses every run of non-alphanumeric characters to one space (for phrase matching). */
export function foldWords(s: string): string {
  return ` ${fold(s).replace(/[^a-z0-9&]+/g, ' ').trim()} `;
}

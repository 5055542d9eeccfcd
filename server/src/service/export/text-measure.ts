/**
 * Estimated printed width of a line of text in Times New Roman, from the
 * advance widths in font-metrics.ts. Used to size the drawn rules and to
 * estimate line counts for the preview's page breaks. No kerning: an
 * estimate within a few per cent, which is all the layout needs.
 */
import { ADVANCE_WIDTH_MILLI_EM, type FontFace } from './font-metrics';
import { ptToMm } from './layout-constants';

/** Width used for a character the table does not know (an average lower-case letter). */
const UNKNOWN_MILLI_EM = 500;

/** Width of `text` set in `face` at `sizePt`, in millimetres. */
export function textWidthMm(text: string, face: FontFace, sizePt: number): number {
  const table = ADVANCE_WIDTH_MILLI_EM[face];
  let milli = 0;
  for (const ch of text.normalize('NFC')) milli += table[ch] ?? UNKNOWN_MILLI_EM;
  return ptToMm((milli * sizePt) / 1000);
}

/**
 * Greedy word wrap of `text` into lines no wider than `widthMm` (a word
 * longer than the column stands alone on its line).
 */
export function wrapLines(text: string, face: FontFace, sizePt: number, widthMm: number, firstLineIndentMm = 0): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    const room = lines.length === 0 ? widthMm - firstLineIndentMm : widthMm;
    if (cur && textWidthMm(next, face, sizePt) > room) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur || lines.length === 0) lines.push(cur);
  return lines;
}

/** Width of the longest line of `text` wrapped to `widthMm`. */
export function longestLineMm(text: string, face: FontFace, sizePt: number, widthMm: number): number {
  return maxOf(wrapLines(text, face, sizePt, widthMm).map((l) => textWidthMm(l, face, sizePt)));
}

/**
 * The largest of `values` (and of `floor`). A loop, not `Math.max(...values)`:
 * spreading a table's 100,000 rows into arguments overflows the stack.
 */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/**
 * Number of lines `text` takes in a column `widthMm` wide, breaking at spaces
 * (a word longer than the column takes its own lines). At least 1.
 */
export function lineCount(text: string, face: FontFace, sizePt: number, widthMm: number, firstLineIndentMm = 0): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || widthMm <= 0) return 1;
  const space = textWidthMm(' ', face, sizePt);
  let lines = 1;
  let room = widthMm - firstLineIndentMm;
  let used = 0;
  for (const w of words) {
    const ww = textWidthMm(w, face, sizePt);
    const need = used === 0 ? ww : used + space + ww;
    if (need <= room) {
      used = need;
      continue;
    }
    lines++;
    room = widthMm;
    used = ww;
    while (used > room) {
      lines++;
      used -= room;
    }
  }
  return lines;
}

/**
 * Splits `text` into the fewest lines that fit `widthMm`, balanced so the
 * longest line is as short as possible (an agency name on two lines reads
 * "SỞ KHOA HỌC / VÀ CÔNG NGHỆ", not "SỞ KHOA HỌC VÀ CÔNG / NGHỆ").
 */
export function balancedLines(text: string, face: FontFace, sizePt: number, widthMm: number): string[] {
  const greedy = wrapLines(text, face, sizePt, widthMm);
  if (greedy.length < 2) return greedy;
  const words = text.split(/\s+/).filter(Boolean);
  const n = greedy.length;
  // Binary search on the line width: the narrowest width that still needs no more than n lines.
  let lo = 0;
  let hi = widthMm;
  for (let k = 0; k < 20; k++) {
    const mid = (lo + hi) / 2;
    const lines = wrapLines(words.join(' '), face, sizePt, mid);
    const fits = lines.length <= n && lines.every((l) => textWidthMm(l, face, sizePt) <= mid || !l.includes(' '));
    if (fits) hi = mid;
    else lo = mid;
  }
  return wrapLines(words.join(' '), face, sizePt, hi);
}

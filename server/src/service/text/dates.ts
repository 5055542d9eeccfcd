/**
 * Dates and periods in Vietnamese administrative prose (dialect §3):
 * `23/5/2025`, `23-5-2025`, `ngày 14 tháng 7 năm 2015`, `tháng 5/2025`,
 * `tháng 5 năm 2025`, `quý IV năm 2025`, `quý I/2025`, `quý 4`,
 * `6 tháng đầu (cuối) năm 2025`, `năm 2025`, `giai đoạn 2021 - 2025`.
 *
 * Works on analysis text (NFC), case-insensitively. It refuses to see dates
 * inside document symbols (`30/2020/NĐ-CP`, `1119/SNV-XDCQ`) and URLs, and a
 * bare day and month (`05/11`) is not a date. Every pattern is built from
 * bounded quantifiers around literals, so each scan is linear in the text.
 * It reports what is written; deciding whether that is a problem is the
 * checks' business.
 */
import { daysInMonth } from '../model/document';

/** Shapes of a date or period mention. */
export type DateForm = 'dmy' | 'long' | 'month' | 'month-long' | 'quarter' | 'half' | 'year' | 'range';

/** One date or period found in text. */
export interface DateMention {
  form: DateForm;
  /**
   * Offsets of the mention. A `long` date starts at its day number (after
   * `ngày `), like a `dmy` date; a `range` starts at its lead word
   * (`giai đoạn`, `năm`, …) when it has one; the other periods start at
   * their first word (`tháng`, `quý`, `6`, `năm`).
   */
  start: number;
  end: number;
  /** The mention as written. */
  text: string;
  day?: number;
  month?: number;
  /** The year; 0 when the mention names none (`quý 4`, `6 tháng đầu năm`). */
  year: number;
  /** Last year of a `range`. */
  endYear?: number;
  /** false for a calendar date that does not exist (29/02/2025, 31/4/2024) */
  valid: boolean;
  /** true for plan horizons: 'giai đoạn 2021 - 2030', 'đến năm 2030', 'tầm nhìn đến năm 2045' */
  horizon?: boolean;
  /** quarter number for 'quý IV năm 2025' / 'quý 4', half: 1 = 'đầu', 2 = 'cuối' */
  quarter?: number;
  half?: 1 | 2;
}

// Shared fragments. `W` is a bounded run of spaces (a line break included,
// as a date may wrap inside a paragraph).
const W = '\\s{1,8}';
const NOT_AFTER = '(?![\\p{L}\\p{N}])';
// A numeric date must not sit inside a symbol: nothing alphanumeric, `/` or
// `.` before it, no `X-` before it, and nothing alphanumeric, `/` or `-X` after.
const DMY_AFTER = '(?![\\p{L}\\p{N}/]|-\\p{L})';
const DMY_CORE = '(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})';
const LONG_CORE = `(\\d{1,2})${W}tháng${W}(\\d{1,2})${W}năm${W}(\\d{4})`;

const DMY = new RegExp(`${DMY_CORE}${DMY_AFTER}`, 'gu');
const LONG = new RegExp(`ngày${W}${LONG_CORE}${NOT_AFTER}`, 'giu');
const MONTH = new RegExp(`tháng${W}(\\d{1,2})/(\\d{4})${DMY_AFTER}`, 'giu');
const MONTH_LONG = new RegExp(`tháng${W}(\\d{1,2})${W}năm${W}(\\d{4})${NOT_AFTER}`, 'giu');
const QUARTER = new RegExp(`quý${W}(IV|I{1,3}|[1-4])(?:(?:${W}năm${W}|\\s{0,3}/\\s{0,3})(\\d{4}))?${NOT_AFTER}`, 'giu');
const HALF = new RegExp(`(?:0?6|sáu)${W}tháng${W}(đầu|cuối)(?:${W}năm(?:${W}(\\d{4}))?)?${NOT_AFTER}`, 'giu');
const YEAR = new RegExp(`năm${W}(\\d{4})${DMY_AFTER}`, 'giu');
// The range itself starts with a digit (fast to scan); its lead word is looked up behind it.
const RANGE = new RegExp(`(\\d{4})\\s{0,3}[-–—]\\s{0,3}(\\d{4})${DMY_AFTER}`, 'gu');
const RANGE_LEAD = /(?:^|[^\p{L}\p{N}])((?:giai đoạn|thời kỳ|nhiệm kỳ|năm học|năm)\s{1,8})$/iu;
const RANGE_LEAD_LOOKBACK_CHARS = 20;
const DMY_AT = new RegExp(`${DMY_CORE}${DMY_AFTER}`, 'uy');
const LONG_AT = new RegExp(`${LONG_CORE}${NOT_AFTER}`, 'iuy');
// URLs are masked before scanning: `.../2021-2030-481235.aspx` is no period.
const URL = /(?:https?:\/\/|www\.)[^\s<>"'`)\]]*/giu;
// Words that turn a period into a horizon or deadline when they precede it.
// `đến hết quý II/2027`, `trước cuối năm 2027`: the deadline's own words may stand between.
const HORIZON_BEFORE = /(?:đến|tới|tầm nhìn|định hướng|trước)(?:\s{1,8}(?:hết|cuối|giữa))?\s{1,8}$/iu;
const HORIZON_LOOKBACK_CHARS = 32;

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MIN_YEAR = 1000;
const MAX_YEAR = 2999;
const MIN_RANGE_YEAR = 1900;
const MAX_RANGE_YEAR = 2199;
const MAX_RANGE_SPAN_YEARS = 100;

// What may stand before a mention is checked here, not by a lookbehind in each pattern: a class such as
// `[\p{L}\p{N}]` costs every pattern holding it milliseconds to compile (the first check of a process paid
// ≈ 25 ms for them). A lookbehind at a pattern's start depends on the start alone, so trying the pattern
// again one character later when the check fails finds what the lookbehind found.
/** A letter or a digit (of any script). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The character (code point) ending just before `i`, or ''. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}

/** A letter (of any script). */
const LETTER = /\p{L}/u;

function isLetterOrDigit(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c >= 128) return LETTER_OR_DIGIT.test(ch);
  const lower = c | 32;
  return (lower >= 97 && lower <= 122) || (c >= 48 && c <= 57);
}

/** A word-led mention (`ngày`, `tháng`, `quý`, `năm`, `6 tháng`): no letter or digit before it. */
function wordMayStart(text: string, i: number): boolean {
  return !isLetterOrDigit(charBefore(text, i));
}

/** A numeric date: no letter, digit, `/` or `.` before it, and no letter then `-` (inside a symbol). */
function dmyMayStart(text: string, i: number): boolean {
  const ch = charBefore(text, i);
  if (ch === '/' || ch === '.' || isLetterOrDigit(ch)) return false;
  return !(ch === '-' && LETTER.test(charBefore(text, i - 1)));
}

/** A year range: no letter, digit, `/`, `.` or `-` before it. */
function rangeMayStart(text: string, i: number): boolean {
  const ch = charBefore(text, i);
  return !(ch === '/' || ch === '.' || ch === '-' || isLetterOrDigit(ch));
}

/** The matches of a global pattern in `text` whose start `mayStart` accepts (as a lookbehind at the pattern's start would). */
function* startingAfter(re: RegExp, text: string, mayStart: (text: string, i: number) => boolean): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (mayStart(text, m.index)) yield m;
    else re.lastIndex = m.index + 1;
  }
}

/** `text` with its URLs blanked out (same length): `.../2021-2030-481235.aspx` holds no period. */
function withoutUrls(text: string): string {
  return text.includes('://') || /www\./i.test(text) ? text.replace(URL, (m) => ' '.repeat(m.length)) : text;
}

/**
 * False when findDateMentions(text) holds no mention with `valid` false (a
 * calendar date that does not exist), found without finding every mention:
 * only the four patterns whose mentions can be invalid are tried, on the
 * same text, and none is kept. True when one of them matches something
 * invalid (the mention found may still be hidden by an overlapping one).
 */
export function mayHoldInvalidDate(text: string): boolean {
  const src = withoutUrls(text);
  for (const m of startingAfter(DMY, src, dmyMayStart)) if (!isRealDate(Number(m[1]), Number(m[3]), Number(m[4]))) return true;
  for (const m of startingAfter(LONG, src, wordMayStart)) if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return true;
  for (const re of [MONTH, MONTH_LONG]) {
    for (const m of startingAfter(re, src, wordMayStart)) if (!isMonth(Number(m[1]))) return true;
  }
  return false;
}

/** Whether `month` names a month (1–12). */
function isMonth(month: number): boolean {
  return month >= 1 && month <= 12;
}

/** Every date and period mention in `text` (analysis text), offsets relative to text start plus `base`. */
export function findDateMentions(text: string, base = 0): DateMention[] {
  const src = withoutUrls(text);
  const found: DateMention[] = [];

  // The day is the first digit of either match (DMY's guard is a lookbehind; LONG's lead word has no digit).
  for (const m of startingAfter(DMY, src, dmyMayStart)) {
    found.push(dayDate('dmy', m.index!, m.index! + m[0].length, Number(m[1]), Number(m[3]), Number(m[4])));
  }
  for (const m of startingAfter(LONG, src, wordMayStart)) {
    found.push(dayDate('long', m.index! + firstDigit(m[0]), m.index! + m[0].length, Number(m[1]), Number(m[2]), Number(m[3])));
  }
  for (const m of startingAfter(MONTH, src, wordMayStart)) {
    const month = Number(m[1]);
    found.push({ form: 'month', start: m.index!, end: m.index! + m[0].length, text: '', month, year: Number(m[2]), valid: isMonth(month) });
  }
  for (const m of startingAfter(MONTH_LONG, src, wordMayStart)) {
    const month = Number(m[1]);
    found.push({ form: 'month-long', start: m.index!, end: m.index! + m[0].length, text: '', month, year: Number(m[2]), valid: isMonth(month) });
  }
  for (const m of startingAfter(QUARTER, src, wordMayStart)) {
    const q = ROMAN_QUARTER[m[1].toLowerCase()] ?? Number(m[1]);
    found.push({ form: 'quarter', start: m.index!, end: m.index! + m[0].length, text: '', quarter: q, year: m[2] ? Number(m[2]) : 0, valid: true });
  }
  for (const m of startingAfter(HALF, src, wordMayStart)) {
    const half: 1 | 2 = m[1].toLowerCase() === 'đầu' ? 1 : 2;
    found.push({ form: 'half', start: m.index!, end: m.index! + m[0].length, text: '', half, year: m[2] ? Number(m[2]) : 0, valid: true });
  }
  for (const m of startingAfter(YEAR, src, wordMayStart)) {
    const year = Number(m[1]);
    if (year < MIN_YEAR || year > MAX_YEAR) continue;
    found.push({ form: 'year', start: m.index!, end: m.index! + m[0].length, text: '', year, valid: true });
  }
  for (const m of startingAfter(RANGE, src, rangeMayStart)) {
    const year = Number(m[1]);
    const endYear = Number(m[2]);
    if (year < MIN_RANGE_YEAR || endYear > MAX_RANGE_YEAR || endYear <= year || endYear - year > MAX_RANGE_SPAN_YEARS) continue;
    const lead = RANGE_LEAD.exec(src.slice(Math.max(0, m.index! - RANGE_LEAD_LOOKBACK_CHARS), m.index!));
    const start = m.index! - (lead ? lead[1].length : 0);
    found.push({ form: 'range', start, end: m.index! + m[0].length, text: '', year, endYear, valid: true, horizon: true });
  }

  // Keep the earliest, then the longest, of overlapping mentions:
  // `ngày 5 tháng 3 năm 2020` hides its `tháng 3 năm 2020` and `năm 2020`.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  let lastEnd = -1;
  for (const d of found) {
    if (d.start < lastEnd) continue;
    lastEnd = d.end;
    d.text = text.slice(d.start, d.end);
    if (d.form !== 'dmy' && d.form !== 'long' && d.form !== 'range') {
      if (HORIZON_BEFORE.test(text.slice(Math.max(0, d.start - HORIZON_LOOKBACK_CHARS), d.start))) d.horizon = true;
    }
    d.start += base;
    d.end += base;
    out.push(d);
  }
  return out;
}

/** Offset of the first ASCII digit in `s` (a match that has one). */
function firstDigit(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return 0;
}

/** The date that starts exactly at `index` (after 'ngày '), or undefined. */
export function parseDateAt(text: string, index: number): DateMention | undefined {
  if (index < 0 || index >= text.length) return undefined;
  DMY_AT.lastIndex = index;
  let m = DMY_AT.exec(text);
  if (m) return withText(text, dayDate('dmy', index, index + m[0].length, Number(m[1]), Number(m[3]), Number(m[4])));
  LONG_AT.lastIndex = index;
  m = LONG_AT.exec(text);
  if (m) return withText(text, dayDate('long', index, index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3])));
  return undefined;
}

/** Whether day, month and year name a real date of the Gregorian calendar. */
export function isRealDate(day: number, month: number, year: number): boolean {
  return isMonth(month) && day >= 1 && day <= daysInMonth(year, month);
}

function dayDate(form: 'dmy' | 'long', start: number, end: number, day: number, month: number, year: number): DateMention {
  return { form, start, end, text: '', day, month, year, valid: isRealDate(day, month, year) };
}

function withText(text: string, d: DateMention): DateMention {
  d.text = text.slice(d.start, d.end);
  return d;
}

/**
 * style.capitalization — capital letters where Decree 30/2020/NĐ-CP
 * Appendix II asks for them and none where it does not (its rules, places
 * and examples: data/capitalization.ts):
 * - the type name of a cited document (`nghị định số 30/2020/NĐ-CP` →
 *   `Nghị định`), through the citation recogniser;
 * - the names of agencies and organisations the data lists, written with
 *   other capitals (`Sở Khoa Học và Công Nghệ`, `ủy ban nhân dân tỉnh`),
 *   a title before one of them (`chủ tịch Ủy ban nhân dân tỉnh`);
 * - provinces and centrally governed cities after `tỉnh` / `thành phố`
 *   (`tỉnh quảng ngãi`, `Tỉnh Quảng Ngãi` mid-sentence);
 * - the first word of a paragraph, a dash item, a heading's title and a
 *   sentence after `.` `?` `!`;
 * - a common word with every syllable capitalised (`Triển Khai`).
 * Precision first: names not in the lists, a word in small letters after
 * a quantifier (`các ủy ban nhân dân`), labels (`a)`, `1.`), text after
 * `:` (Appendix II, Section I names `.` `?` `!` and the new line only),
 * words in capitals, masked spans and fill-ins are left alone.
 */
import { msg } from '../i18n';
import type { Block } from '../model/body';
import type { VbhcDocument } from '../model/document';
import { AGENCY_NAMES, CAPITAL_RULES, CITIES, COMMON_WORDS, PROVINCES, TITLES, type CapitalRuleId } from '../data/capitalization';
import { citationsOf } from './ref-util';
import type { CoreEdit, Finding, Rule } from './rule';
import { MASK, asOneEdit, MAX_STYLE_FINDINGS, MAX_STYLE_SCAN, isLetter, isLower, isUpper, lineMemo, lineSlot, proseLines, quoted, wordAt, wordsOf, type ProseLine, type Word } from './style-text';

/** Open syllables whose tone mark may sit on either vowel (`hòa`/`hoà`, `ủy`/`uỷ`): looked up in the first form. */
const OLD_TONE_PLACEMENT: ReadonlyMap<string, string> = new Map([
  ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
  ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
  ['uỳ', 'ùy'], ['uý', 'úy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
]);

/** Last letters of a syllable with the other tone placement. */
const MARKED_LAST = new Set([...OLD_TONE_PLACEMENT.keys()].map((k) => k.charCodeAt(1)));

/** The key a syllable is looked up by: small letters, one tone placement. */
function foldKey(word: string): string {
  const k = word.toLowerCase();
  if (k.length < 2 || !MARKED_LAST.has(k.charCodeAt(k.length - 1))) return k;
  const tail = OLD_TONE_PLACEMENT.get(k.slice(-2));
  return tail ? k.slice(0, -2) + tail : k;
}

/** A syllable with the other tone placement, if it has one (`ủy` → `uỷ`). */
function oldPlacement(key: string): string {
  for (const [old, now] of OLD_TONE_PLACEMENT) if (key.endsWith(now)) return key.slice(0, -2) + old;
  return key;
}

/** Names as lists of syllable keys, by their first syllable. */
type NameIndex = Map<string, Array<{ keys: string[]; canonical: string[] }>>;

/** The index of `names`, longer names first. */
function nameIndex(names: readonly string[]): NameIndex {
  const index = new Map<string, Array<{ keys: string[]; canonical: string[] }>>();
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const canonical = wordsOf(name).map((w) => w.text);
    const keys = canonical.map(foldKey);
    const list = index.get(keys[0]);
    if (list) list.push({ keys, canonical });
    else index.set(keys[0], [{ keys, canonical }]);
  }
  return index;
}

const MAX_NAME_WORDS = 12;
/** Vietnamese capitals, for scans without the Unicode flag. */
const CAPITALS = 'A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ';
/** Words after which a name in small letters is meant in general (`các ủy ban nhân dân`). */
const GENERIC_BEFORE = new Set(['các', 'những', 'mỗi', 'từng', 'nhiều', 'một', 'hai', 'ba', 'mọi', 'số', 'bộ']);
/** After a full stop: the word ends a sentence unless it is one of these dotted abbreviations. */
const DOTTED = new Set(['tr', 'ths', 'ts', 'gs', 'pgs', 'bs', 'ks', 'tp', 'tx', 'tt', 'vd', 'st', 'ng', 'đc']);

/**
 * The rule's name tables and the scans made from them, built on its first
 * run: a process that never checks capitalisation (`vbhc export`, which
 * counts errors only) does not pay for them at start-up.
 */
function buildTables() {
  const NAMES = nameIndex(AGENCY_NAMES);
  const PROVINCE_NAMES = nameIndex(PROVINCES);
  const CITY_NAMES = nameIndex(CITIES);
  /** Where a listed name, `tỉnh` or `thành phố` may start, in a line in small letters (no Unicode scan). */
  const NAME_START = new RegExp(
    `(?:^|[\\s,;:(“"'-])(?:${[...new Set([...NAMES.keys(), ...[...NAMES.keys()].map(oldPlacement), 'tỉnh', 'thành'])].join('|')})(?=[\\s,]|$)`,
    'g',
  );
  /** A capitalised word followed by a space and a capital: where a common word may be written in Title Case. */
  // Both scans consume the character before the word (a lookbehind made them ten times slower).
  const CAPITALISED_PAIR = new RegExp(`(?:^|[\\s(“"'])[${CAPITALS}][^\\s.,;:!?()"'“”«»…\uE000]+(?= [${CAPITALS}])`, 'g');
  /** Text that may end with a title (its last syllable, any case), before a name. */
  const TITLE_END = new RegExp(`(?:${[...new Set(TITLES.map((x) => x.split(' ').pop()!.toLowerCase()))].join('|')})[ \\t]+$`, 'i');
  return {
    NAMES,
    PROVINCE_NAMES,
    CITY_NAMES,
    NAME_START,
    /** The second syllables of the names, `tỉnh …` and `thành phố …`, by first syllable. */
    SECOND_KEYS: secondKeys(NAMES, PROVINCE_NAMES),
    CAPITALISED_PAIR,
    TITLE_NAMES: nameIndex(TITLES),
    TITLE_END,
    /** First syllables of the common words. */
    COMMON_FIRST: new Set(COMMON_WORDS.map((w) => w.word.split(' ')[0])),
    COMMON: new Map(COMMON_WORDS.map((w) => [w.word, w])),
  };
}

let builtTables: ReturnType<typeof buildTables> | undefined;
const tables = () => (builtTables ??= buildTables());

function secondKeys(names: NameIndex, provinces: NameIndex): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const put = (first: string, second: string) => {
    for (const f of new Set([first, oldPlacement(first)])) {
      const set = out.get(f) ?? new Set<string>();
      set.add(second);
      set.add(oldPlacement(second));
      out.set(f, set);
    }
  };
  for (const [first, list] of names) for (const n of list) if (n.keys[1]) put(first, n.keys[1]);
  for (const first of provinces.keys()) put('tỉnh', first);
  put('thành', 'phố');
  return out;
}
/** A label that opens a line: `a)`, `1.`, `1.1.`, `I.`, `Điều 1.`. */
const LINE_LABEL = /^(?:[a-zđ]\)|\d+(?:\.\d+)*[.)]|[IVXLC]+\.|Điều \d+\.)\s/u;
const PLACEHOLDER = /«[^«»\n]*»/g;

export const styleCapitalization: Rule = {
  code: 'style.capitalization',
  severity: 'warning',
  description: msg('Viết hoa chưa đúng Phụ lục II Nghị định 30/2020/NĐ-CP', 'Capital letters not as Decree 30/2020/NĐ-CP Appendix II asks'),
  check: function styleCapitalization({ doc }, report) {
    const found: Raw[] = [];
    const add: Add = (rule, start, end, edits) => {
      if (edits.length) found.push({ rule, start, end, edits });
    };
    citedTypes(doc, add);
    for (const line of proseLines(doc)) {
      if (found.length >= MAX_STYLE_SCAN) break;
      const at = line.start;
      for (const r of scanLine(line)) {
        found.push({ rule: r.rule, start: at + r.start, end: at + r.end, edits: r.edits.map((e) => ({ start: at + e.start, end: at + e.end, newText: e.newText })) });
      }
    }
    // One finding per place: the first one found for a span wins.
    found.sort((a, b) => a.start - b.start);
    const kept: Raw[] = [];
    let lastEnd = -1;
    for (const f of found) {
      if (f.start < lastEnd) continue;
      lastEnd = f.end;
      kept.push(f);
    }
    const text = doc.source.text;
    const shown = kept.length > MAX_STYLE_FINDINGS + 1 ? MAX_STYLE_FINDINGS : kept.length;
    for (let k = 0; k < shown; k++) report(finding(text, kept[k]));
    if (shown < kept.length) {
      const rest = kept.slice(shown);
      report({
        start: rest[0].start,
        end: rest[0].end,
        message: msg(
          `Còn ${rest.length} chỗ viết hoa chưa đúng khác từ đây đến cuối văn bản; chỉ ${MAX_STYLE_FINDINGS} chỗ đầu được báo riêng. Sửa tất cả bằng sửa nhanh này.`,
          `${rest.length} more capitalisation problems from here to the end; only the first ${MAX_STYLE_FINDINGS} are reported one by one. This quick fix fixes them all.`,
        ),
        fixes: [{ title: msg(`Sửa ${rest.length} chỗ viết hoa còn lại`, `Fix the ${rest.length} remaining capitals`), edits: [asOneEdit(text, rest.flatMap((r) => r.edits))], fixAll: true }],
      });
    }
  },
};

type Add = (rule: CapitalRuleId, start: number, end: number, edits: CoreEdit[]) => void;

/** What a line holds, in offsets from its start: it depends on its text, whether it opens its block, and the block's kind and marker (all kept with the line's memo). */
const LINE_FINDINGS = lineSlot<readonly Raw[]>();
function scanLine(line: ProseLine): readonly Raw[] {
  return lineMemo(line, LINE_FINDINGS, () => {
    const { text, first, block } = line;
    const out: Raw[] = [];
    const add: Add = (rule, start, end, edits) => {
      if (edits.length) out.push({ rule, start, end, edits });
    };
    const t = text.includes('«') ? text.replace(PLACEHOLDER, (m) => MASK.repeat(m.length)) : text;
    namesAndPlaces(t, 0, add);
    sentences(t, 0, first, block, add);
    commonWords(t, 0, add);
    return out;
  });
}
/** A finding before it is reported: its message is written only when it is. */
interface Raw {
  rule: CapitalRuleId;
  start: number;
  end: number;
  edits: CoreEdit[];
}

/** The finding of a raw one: the text as written and fixed, the rule of Appendix II with its place and examples. */
function finding(text: string, { rule, start, end, edits }: Raw): Finding {
  const written = text.slice(start, end);
  let fixed = written;
  for (const e of [...edits].sort((x, y) => y.start - x.start)) fixed = fixed.slice(0, e.start - start) + e.newText + fixed.slice(e.end - start);
  const r = CAPITAL_RULES[rule];
  const ex = r.examples.length ? ` (ví dụ: ${r.examples.slice(0, 3).join(', ')})` : '';
  const exEn = r.examples.length ? ` (e.g. ${r.examples.slice(0, 3).join(', ')})` : '';
  return {
    start,
    end,
    message: msg(
      `Viết hoa chưa đúng: "${quoted(written)}" — viết "${quoted(fixed)}". ${r.source.vi}: ${r.rule.vi}${ex}.`,
      `Capitals: "${quoted(written)}" — write "${quoted(fixed)}". ${r.source.en}: ${r.rule.en}${exEn}.`,
    ),
    fixes: [{ title: msg(`Sửa thành "${quoted(fixed)}"`, `Change to "${quoted(fixed)}"`), edits, fixAll: true }],
    data: { rule, source: r.source.vi },
  };
}

const upperFirst = (s: string) => s[0].toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s[0].toLowerCase() + s.slice(1);

/** Edits giving each word of `words` the first-letter case of the matching canonical word. */
function caseEdits(words: readonly Word[], canonical: readonly string[], at: number): CoreEdit[] {
  const edits: CoreEdit[] = [];
  words.forEach((w, k) => {
    const c = canonical[k];
    for (let i = 0; i < w.text.length && i < c.length; i++) {
      if (!isLetter(w.text[i])) continue;
      const shouldUpper = isUpper(c[i]);
      if (shouldUpper !== isUpper(w.text[i])) edits.push({ start: at + w.start + i, end: at + w.start + i + 1, newText: shouldUpper ? w.text[i].toUpperCase() : w.text[i].toLowerCase() });
    }
  });
  return edits;
}

/** The longest name of `index` starting at word `i` (words joined by spaces, or a comma where the name has one). */
function nameAt(t: string, words: readonly Word[], i: number, index: Map<string, Array<{ keys: string[]; canonical: string[] }>>): { words: Word[]; canonical: string[] } | undefined {
  const list = index.get(foldKey(words[i].text));
  if (!list) return undefined;
  for (const name of list) {
    const n = name.keys.length;
    if (i + n > words.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const w = words[i + k];
      ok = foldKey(w.text) === name.keys[k] && /^[ \t]*,?[ \t]+$|^[ \t]+$/.test(t.slice(words[i + k - 1].end, w.start));
    }
    if (ok) return { words: words.slice(i, i + n), canonical: name.canonical };
  }
  return undefined;
}

const allCaps = (s: string) => !/\p{Ll}/u.test(s);

/** V.6: a type name of a cited document in small letters. */
function citedTypes(doc: VbhcDocument, add: Add): void {
  for (const c of citationsOf(doc)) {
    const type = c.type;
    if (!type || type.abbreviation || type.type.generic || !isLower(type.text[0])) continue;
    add('doc-type', type.start, c.symbol.end, [{ start: type.start, end: type.start + 1, newText: type.text[0].toUpperCase() }]);
  }
}

/**
 * IV.1, V.3 and III.1: every word that may start a listed name, `tỉnh` or
 * `thành phố` is found by one scan of the line in small letters; only there
 * are the words read.
 */
function namesAndPlaces(t: string, at: number, add: Add): void {
  const { NAME_START, SECOND_KEYS } = tables();
  const lower = t.toLowerCase();
  if (lower.length !== t.length) return;
  let doneTo = 0;
  for (const m of lower.matchAll(NAME_START)) {
    const p = wordStart(m);
    if (p < doneTo) continue;
    // Most matches are common syllables (`văn bản`, `ban hành`): the second word decides cheaply.
    const w0 = wordAt(t, p)!;
    const w1 = wordAt(t, w0.end);
    if (!w1 || !SECOND_KEYS.get(foldKey(w0.text))?.has(foldKey(w1.text))) continue;
    const words = wordsFrom(t, p, MAX_NAME_WORDS);
    const end = agency(t, words, at, add) ?? place(t, words, at, add);
    if (end !== undefined) doneTo = end;
  }
}

/** The name of an agency starting at `words[0]`, written with other capitals (and a title before it): its end, when it is one. */
function agency(t: string, words: readonly Word[], at: number, add: Add): number | undefined {
  const { NAMES, TITLE_END, TITLE_NAMES } = tables();
  const found = nameAt(t, words, 0, NAMES);
  if (!found) return undefined;
  const first = found.words[0];
  const last = found.words[found.words.length - 1];
  const written = t.slice(first.start, last.end);
  if (allCaps(written)) return last.end;
  const prev = wordBefore(t, first.start);
  const generic = (prev !== undefined && GENERIC_BEFORE.has(prev.toLowerCase())) || /^[ \t]+(?:các[ \t]+)?cấp(?![\p{L}])/iu.test(t.slice(last.end, last.end + 12));
  if (isLower(written[0]) && generic) return last.end;
  add('agency', at + first.start, at + last.end, caseEdits(found.words, found.canonical, at));
  // A title in small letters directly before the name of one body (one to three words, the longest first).
  if (generic || !TITLE_END.test(t.slice(Math.max(0, first.start - 12), first.start))) return last.end;
  const from = Math.max(0, first.start - 40);
  const before = wordsOf(t.slice(from, first.start)).map((w) => shift(w, from));
  const n = before.length;
  if (n === 0 || !/^[ \t]+$/.test(t.slice(before[n - 1].end, first.start))) return last.end;
  for (let k = Math.max(0, n - 3); k < n; k++) {
    const title = nameAt(t, before, k, TITLE_NAMES);
    if (!title || k + title.words.length !== n) continue;
    if (isLower(before[k].text[0]) && !(k > 0 && GENERIC_BEFORE.has(before[k - 1].text.toLowerCase()))) {
      add('title', at + before[k].start, at + before[n - 1].end, caseEdits(title.words, title.canonical, at));
    }
    break;
  }
  return last.end;
}

/** III.1.a: `tỉnh` / `thành phố` and a province or city: the name capitalised, the common noun in small letters mid-sentence. Its end, when it is one. */
function place(t: string, words: readonly Word[], at: number, add: Add): number | undefined {
  const { PROVINCE_NAMES, CITY_NAMES } = tables();
  const key = foldKey(words[0].text);
  let unitEnd = 0;
  let index;
  if (key === 'tỉnh') index = PROVINCE_NAMES;
  else if (key === 'thành' && words.length > 2 && foldKey(words[1].text) === 'phố') {
    index = CITY_NAMES;
    unitEnd = 1;
  } else return undefined;
  if (words.length <= unitEnd + 1 || !/^[ \t]+$/.test(t.slice(words[unitEnd].end, words[unitEnd + 1].start))) return undefined;
  const found = nameAt(t, words, unitEnd + 1, index);
  if (!found) return undefined;
  const a = words[0].start;
  const end = found.words[found.words.length - 1].end;
  if (allCaps(t.slice(a, end))) return end;
  const edits = caseEdits(found.words, found.canonical, at);
  if (isUpper(words[0].text[0]) && midSentence(t, a)) edits.unshift({ start: at + a, end: at + a + 1, newText: words[0].text[0].toLowerCase() });
  if (edits.length) add('place', at + a, at + end, edits);
  return end;
}

/** Where the word of a match starts: after the one character before it that the scan consumed. */
const wordStart = (m: RegExpMatchArray): number => m.index! + (isLetter(m[0][0]) ? 0 : 1);

/** The word just before `a` (spaces between), or undefined. */
function wordBefore(t: string, a: number): string | undefined {
  let e = a;
  while (e > 0 && t[e - 1] === ' ') e--;
  let s = e;
  while (s > 0 && isLetter(t[s - 1])) s--;
  return s < e ? t.slice(s, e) : undefined;
}

const shift = (w: Word, by: number): Word => ({ start: w.start + by, end: w.end + by, text: w.text });

/** Up to `n` words of `t` from `from` on. */
function wordsFrom(t: string, from: number, n: number): Word[] {
  const out: Word[] = [];
  for (let i = from; out.length < n; ) {
    const w = wordAt(t, i);
    if (!w) break;
    out.push(w);
    i = w.end;
  }
  return out;
}

/** True when a word at `a` stands inside a sentence: a word in small letters or a name before it, no sentence end. */
function midSentence(t: string, a: number): boolean {
  // What stands before, read back at most a short way (a line may be long).
  let e = a;
  while (e > 0 && (t[e - 1] === ' ' || t[e - 1] === '\t')) e--;
  const before = t.slice(Math.max(0, e - 16), e);
  if (e === 0) return false;
  if (/[.?!:;(“"«\-–]$/.test(before) || (e <= 16 && LINE_LABEL.test(`${before} `))) return false;
  return /[\p{L}\p{N},)]$/u.test(before);
}

/** Section I: the first word of a line (paragraph, dash item, heading title) and of a sentence after `.` `?` `!`. */
function sentences(t: string, at: number, first: boolean, block: Block, add: Add): void {
  if (first) {
    let s = 0;
    const label = LINE_LABEL.exec(t);
    if (block.kind === 'heading') {
      if (label) s = label[0].length;
    } else if (label || /^\d/.test(block.marker ?? '')) s = -1; // a labelled line (`a) …`, `1. …`) may continue the sentence before it
    if (s >= 0) {
      while (t[s] === ' ') s++;
      lowerWordAt(t, s, at, add);
    }
  }
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c !== 46 && c !== 63 && c !== 33) continue; // . ? !
    const mark = t[i];
    let next = i + 1;
    while (t[next] === ' ') next++;
    if (next === i + 1 || !isLower(t[next])) continue;
    // The word before the mark (a stray space between them is the spacing rule's).
    let e = i;
    while (e > 0 && t[e - 1] === ' ') e--;
    if (mark === '.') {
      let s = e;
      while (s > 0 && isLetter(t[s - 1])) s--;
      const word = t.slice(s, e);
      if (word.length < 2 || DOTTED.has(word.toLowerCase()) || (s > 0 && !/[ (“"]/.test(t[s - 1]))) continue;
      if (allCaps(word)) continue;
    } else if (!isLetter(t[e - 1])) continue;
    lowerWordAt(t, next, at, add);
  }
}

/** Reports the word at `s` when it is a word in small letters only (not `iPhone`, `m2`, `v.v.`). */
function lowerWordAt(t: string, s: number, at: number, add: Add): void {
  if (!isLower(t[s])) return;
  let e = s;
  while (e < t.length && isLetter(t[e])) e++;
  const word = t.slice(s, e);
  const after = t[e];
  if ([...word].some((c) => !isLower(c))) return;
  if (after !== undefined && !/[ ,;:!?)”"]/.test(after)) return;
  if (after === '.' || (word.length === 1 && after !== ' ')) return;
  add('sentence', at + s, at + e, [{ start: at + s, end: at + s + 1, newText: upperFirst(word)[0] }]);
}

/** Every syllable of a common word capitalised (`Triển Khai`): the second one loses its capital, the first too mid-sentence. */
function commonWords(t: string, at: number, add: Add): void {
  const { CAPITALISED_PAIR, COMMON_FIRST, COMMON } = tables();
  // End of the last word found whose first syllable loses its capital: the next one follows a word in small letters.
  let loweredEnd = -1;
  let doneTo = 0;
  for (const m of t.matchAll(CAPITALISED_PAIR)) {
    const a = wordStart(m);
    if (a < doneTo) continue;
    const w1 = wordAt(t, a)!;
    if (!COMMON_FIRST.has(foldKey(w1.text))) continue;
    const w2 = wordAt(t, w1.end);
    if (!w2 || !titleCased(w1.text) || !titleCased(w2.text) || t.slice(w1.end, w2.start) !== ' ') continue;
    const entry = COMMON.get(`${foldKey(w1.text)} ${foldKey(w2.text)}`);
    if (!entry) continue;
    const edits: CoreEdit[] = [{ start: at + w2.start, end: at + w2.start + 1, newText: w2.text[0].toLowerCase() }];
    const small = precededBySmallWord(t, a) || (loweredEnd >= 0 && a === loweredEnd + 1 && t[loweredEnd] === ' ');
    if (!entry.lead && midSentence(t, a) && small) {
      edits.unshift({ start: at + a, end: at + a + 1, newText: lowerFirst(w1.text)[0] });
      loweredEnd = w2.end;
    }
    add('common-word', at + a, at + w2.end, edits);
    doneTo = w2.end;
  }
}

/** A capital and then small letters only (`Triển`). */
function titleCased(w: string): boolean {
  if (w.length < 2 || !isUpper(w[0])) return false;
  for (let i = 1; i < w.length; i++) if (!isLower(w[i])) return false;
  return true;
}

/** The word before `a` is written in small letters (`đã Triển Khai`), not a name (`Ban Chỉ Đạo`). */
function precededBySmallWord(t: string, a: number): boolean {
  let e = a;
  while (e > 0 && t[e - 1] === ' ') e--;
  let s = e;
  while (s > 0 && isLetter(t[s - 1])) s--;
  return s < e && isLower(t[s]);
}

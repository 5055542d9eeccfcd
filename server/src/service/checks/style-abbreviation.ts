/**
 * style.abbreviation — an abbreviation of two capitals or more (`TTHC`,
 * `KH&CN`, `KT-XH`) used before the text spells it out once with the
 * abbreviation in brackets (`thủ tục hành chính (TTHC)`), or never spelled
 * out. One finding per abbreviation, on its first use. The usual ones
 * (data/abbreviations.ts, plus `.vbhc.yaml` `abbreviations:`) and the
 * document's own symbol are exempt; the heads of citations (type, number
 * and symbol, date, issuer) never count, nor do Roman numerals, words
 * written in capitals (`KẾT QUẢ`, a Vietnamese syllable such as `CHO`) and
 * lines written in capitals. Fixes: when the text defines it later, spell
 * it out at the first use and leave the abbreviation alone at the
 * definition (safe in fix-all); else the expansion the table knows.
 */
import { msg, type Msg } from '../i18n';
import type { VbhcDocument } from '../model/document';
import { ABBREVIATION_BY_NAME } from '../data/abbreviations';
import { citationsOf } from './ref-util';
import type { CoreFix, Rule } from './rule';
import { isDigit, isLetter, isLower, isUpper, lineMemo, lineSlot, proseLines, wordsOf } from './style-text';

/**
 * Two capitals or more, joined by `&` or `-` (an abbreviation has no vowel
 * with a mark, so ASCII capitals and Đ suffice: no Unicode scan); its
 * neighbours are checked after (candidateAt).
 */
const CANDIDATE = /[A-ZĐ][A-ZĐ&-]*[A-ZĐ]/g;
const TWO_CAPITALS = /[A-ZĐ][A-ZĐ]/;
/** Vowels with a Vietnamese mark: a word holding one is a word, not an abbreviation. */
const MARKED_VOWEL = /[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]/u;
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** The shape of a Vietnamese syllable without marks, in capitals: onset, vowels, final. */
const SYLLABLE = /^(?:NGH|NG|GH|GI|KH|PH|TH|TR|CH|NH|QU|[BCDĐGHKLMNPRSTVX])?(?:[AEIOUY]{1,3})(?:CH|NG|NH|[CMNPT])?$/;
/** Words skipped when an expansion is matched against the abbreviation's letters. */
const CONNECTORS = new Set(['và', 'của', 'các', 'với', '-']);
const MAX_DEFINITION_CHARS = 80;

interface Use {
  start: number;
  end: number;
  /** The use stands in brackets at their end: it defines the abbreviation. */
  definition: boolean;
  /** For a definition `expansion (ABBR)`: the span of the whole and the expansion as written. */
  whole?: { start: number; end: number; expansion: string; sentenceStart: boolean };
  /** The use starts a sentence or a line. */
  sentenceStart: boolean;
  line: number;
}

export const styleAbbreviation: Rule = {
  code: 'style.abbreviation',
  severity: 'information',
  description: msg('Chữ viết tắt dùng trước khi được viết đầy đủ', 'An abbreviation used before it is spelled out'),
  check: function styleAbbreviation({ doc, settings }, report) {
    const exempt = new Set(Object.keys(settings.abbreviations));
    if (doc.kyHieu) for (const part of [doc.kyHieu, ...doc.kyHieu.split(/[-/]/)]) exempt.add(part);
    const uses = findUses(doc);
    for (const [abbr, list] of uses) {
      const first = list[0];
      if (first.definition || exempt.has(abbr)) continue;
      const known = ABBREVIATION_BY_NAME.get(abbr);
      if (known?.usual) continue;
      const def = list.find((u) => u.definition);
      const text = doc.source.text;
      const fixes: CoreFix[] = [];
      let message: Msg;
      if (def) {
        const defText = def.whole ? text.slice(def.whole.start, def.whole.end) : text.slice(def.start, def.end);
        if (def.whole) {
          const { expansion, sure } = recased(def.whole.expansion, def.whole.sentenceStart, first.sentenceStart, known?.expansion);
          const spelled = `${expansion} (${abbr})`;
          fixes.push({
            title: msg(`Viết đầy đủ ở lần dùng đầu: "${spelled}"`, `Spell it out at its first use: "${spelled}"`),
            edits: [
              { start: first.start, end: first.end, newText: spelled },
              { start: def.whole.start, end: def.whole.end, newText: abbr },
            ],
            fixAll: sure,
          });
        }
        message = msg(
          `Chữ viết tắt "${abbr}" được dùng trước khi viết đầy đủ (dòng ${def.line + 1}: "${defText}"). Viết đầy đủ ở lần dùng đầu, chữ viết tắt trong ngoặc.`,
          `The abbreviation "${abbr}" is used before it is spelled out (line ${def.line + 1}: "${defText}"). Spell it out at its first use, with the abbreviation in brackets.`,
        );
      } else if (known) {
        const spelled = `${recased(known.expansion, false, first.sentenceStart, known.expansion).expansion} (${abbr})`;
        fixes.push({ title: msg(`Viết đầy đủ: "${spelled}"`, `Spell it out: "${spelled}"`), edits: [{ start: first.start, end: first.end, newText: spelled }] });
        message = msg(
          `Chữ viết tắt "${abbr}" chưa được viết đầy đủ lần nào. Ở lần dùng đầu viết "${spelled}".`,
          `The abbreviation "${abbr}" is never spelled out. At its first use write "${spelled}".`,
        );
      } else {
        message = msg(
          `Chữ viết tắt "${abbr}" chưa được viết đầy đủ lần nào. Ở lần dùng đầu viết cụm từ đầy đủ, chữ viết tắt trong ngoặc ("… (${abbr})"), hoặc thêm nó vào mục "abbreviations" của .vbhc.yaml nếu là chữ viết tắt thông dụng.`,
          `The abbreviation "${abbr}" is never spelled out. At its first use write the words in full with the abbreviation in brackets ("… (${abbr})"), or add it to "abbreviations" in .vbhc.yaml if it is a usual one.`,
        );
      }
      report({ start: first.start, end: first.end, message, fixes, data: { abbreviation: abbr } });
    }
  },
};

/** Every use of every abbreviation candidate, in text order, by abbreviation. */
function findUses(doc: VbhcDocument): Map<string, Use[]> {
  const heads = citationsOf(doc).map((c) => [c.start, c.headEnd] as const);
  const out = new Map<string, Use[]>();
  let hi = 0;
  for (const pl of proseLines(doc)) {
    const found = lineMemo(pl, LINE_USES, () => lineUses(pl.text));
    if (found.length === 0) continue;
    const lineNo = doc.source.positionAt(pl.start).line;
    for (const u of found) {
      const start = pl.start + u.start;
      while (hi < heads.length && heads[hi][1] <= start) hi++;
      if (hi < heads.length && heads[hi][0] <= start) continue;
      const use: Use = { start, end: pl.start + u.end, definition: u.definition, sentenceStart: u.sentenceStart, line: lineNo };
      if (u.whole) use.whole = { ...u.whole, start: pl.start + u.whole.start, end: pl.start + u.whole.end };
      const list = out.get(u.token);
      if (list) list.push(use);
      else out.set(u.token, [use]);
    }
  }
  return out;
}

/** A use as a line alone shows it (offsets from the line's start), before citations are left out. */
type LineUse = Omit<Use, 'line'> & { token: string };
const LINE_USES = lineSlot<readonly LineUse[]>();

/** The uses of abbreviations in a line of prose. */
function lineUses(t: string): LineUse[] {
  const out: LineUse[] = [];
  if (!TWO_CAPITALS.test(t)) return out;
  let caps: boolean | undefined;
  for (const m of t.matchAll(CANDIDATE)) {
    const a = m.index!;
    const token = m[0];
    if (!standsAlone(t, a, a + token.length) || !isAbbreviation(token)) continue;
    if ((caps ??= capitalsLine(t)) || capitalsAround(t, a, a + token.length)) continue;
    const use: LineUse = { token, start: a, end: a + token.length, definition: false, sentenceStart: sentenceStart(t, a) };
    definition(t, a, a + token.length, token, use);
    out.push(use);
  }
  return out;
}

/** Not part of a longer word, a number, a symbol (`/`), a dotted abbreviation (`TP.HCM`) or a code (`COVID-19`). */
function standsAlone(t: string, a: number, b: number): boolean {
  const before = t[a - 1];
  const after = t[b];
  if (before !== undefined && (isLetter(before) || isDigit(before) || '&/.-_'.includes(before))) return false;
  if (after === undefined) return true;
  if (isLetter(after) || isDigit(after) || after === '/' || after === '_') return false;
  return !('&.-'.includes(after) && (isLetter(t[b + 1]) || isDigit(t[b + 1])));
}

/** Whether a word in capitals reads as an abbreviation; remembered per word (a few hundred distinct ones in a document). */
function isAbbreviation(token: string): boolean {
  let v = abbreviationLike.get(token);
  if (v === undefined) {
    v = !MARKED_VOWEL.test(token) && !ROMAN.test(token) && (/[&-]/.test(token) || !SYLLABLE.test(token));
    if (abbreviationLike.size > 10_000) abbreviationLike.clear();
    abbreviationLike.set(token, v);
  }
  return v;
}
const abbreviationLike = new Map<string, boolean>();

/** A line written mostly in capitals: more words in capitals that are Vietnamese words (`KẾT QUẢ`) than words in small letters. */
function capitalsLine(t: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const { text: w } of wordsOf(t)) {
    if (w.length < 2 || !isLetter(w[0])) continue;
    if (isLower(w[w.length - 1])) lower++;
    else if ([...w].every(isUpper) && !isAbbreviation(w)) upper++;
  }
  return upper > lower;
}

/** The word before or after [a, b) is a word written in capitals (`UBND TỈNH QUẢNG NGÃI`). */
function capitalsAround(t: string, a: number, b: number): boolean {
  const word = (from: number, step: 1 | -1): string => {
    let i = from;
    while (i >= 0 && i < t.length && (t[i] === ' ' || t[i] === ',')) i += step;
    let j = i;
    while (j >= 0 && j < t.length && isLetter(t[j])) j += step;
    return step === 1 ? t.slice(i, j) : t.slice(j + 1, i + 1);
  };
  return [word(a - 1, -1), word(b, 1)].some((w) => w.length >= 2 && [...w].every(isUpper) && !isAbbreviation(w));
}

function sentenceStart(t: string, a: number): boolean {
  let e = a;
  while (e > 0 && t[e - 1] === ' ') e--;
  return e === 0 || '.?!'.includes(t[e - 1]);
}

/** Marks `use` as a definition when it ends a bracket (`… (TTHC)`, `(sau đây gọi tắt là TTHC)`), with the expansion when the words before the bracket spell it. */
function definition(t: string, a: number, b: number, abbr: string, use: Pick<Use, 'definition' | 'whole'>): void {
  let close = b;
  while (t[close] === ' ' || t[close] === '"' || t[close] === '”') close++;
  if (t[close] !== ')') return;
  const from = Math.max(0, b - MAX_DEFINITION_CHARS);
  const open = t.slice(from, a).lastIndexOf('(') + from;
  if (open < from || t.slice(open + 1, a).includes(')')) return;
  use.definition = true;
  if (t.slice(open + 1, a).trim() !== '') return;
  const expansion = spelledBefore(t, open, abbr);
  if (expansion) use.whole = { start: expansion.start, end: close + 1, expansion: expansion.text, sentenceStart: sentenceStart(t, expansion.start) };
}

/** The words just before `t[open]` whose initials spell the abbreviation (`thủ tục hành chính` for TTHC, `khoa học và công nghệ` for KH&CN). */
function spelledBefore(t: string, open: number, abbr: string): { start: number; text: string } | undefined {
  const letters = [...abbr.replace(/[&-]/g, '')];
  // The expansion stands just before the bracket: a few words at most.
  const from = Math.max(0, open - MAX_DEFINITION_CHARS);
  const words = [...t.slice(from, open).matchAll(/[\p{L}]+|-/gu)].map((m) => ({ 0: m[0], index: m.index! + from }));
  let j = letters.length - 1;
  let k = words.length - 1;
  for (; k >= 0 && j >= 0; k--) {
    const w = words[k][0];
    if (w[0].toUpperCase() === letters[j] && w !== '-') j--;
    else if (!CONNECTORS.has(w.toLowerCase())) return undefined;
  }
  if (j >= 0) return undefined;
  const start = words[k + 1].index!;
  const text = t.slice(start, open).trimEnd();
  if (/[.;:?!()]/.test(text)) return undefined;
  return { start, text };
}

/**
 * The expansion as it must be written at the first use: its first letter a
 * capital at a sentence start; mid-sentence as written, except that a
 * capital owed only to the definition's own sentence start goes when the
 * table writes the words in small letters. `sure` is false when that
 * capital may or may not belong to a name.
 */
function recased(expansion: string, fromSentenceStart: boolean, toSentenceStart: boolean, tableForm: string | undefined): { expansion: string; sure: boolean } {
  if (toSentenceStart) return { expansion: expansion[0].toUpperCase() + expansion.slice(1), sure: true };
  if (!fromSentenceStart || !isUpper(expansion[0])) return { expansion, sure: true };
  if (tableForm && isLower(tableForm[0])) return { expansion: expansion[0].toLowerCase() + expansion.slice(1), sure: true };
  return { expansion, sure: false };
}

/**
 * The words of a document's prose, for the writing checks (spelling, tone
 * placement, capitals): runs of letters in the body's headings (their
 * labels left out), paragraphs, dash items, quotes, tables and footnotes and
 * in the front matter's text values, outside inline code, URLs, e-mail
 * addresses, HTML, fill-ins `«…»`, link targets and whatever spans the
 * caller masks (citations). A run glued to digits, slashes, dots, `@`, `_`
 * and the like is a code, a file name or an address, never a word. Each
 * word says its case, whether it opens a sentence and whether it stands in
 * quotes.
 */
import type { Heading } from '../model/body';
import type { VbhcDocument } from '../model/document';

/** A part of the document whose text is prose (analysis offsets). */
export interface ProsePart {
  start: number;
  end: number;
  /** The block it belongs to (its index in `doc.body.blocks`), or -1 for a front-matter value. */
  block: number;
}

/** Blocks whose text is prose. */
const PROSE_KINDS = new Set(['heading', 'paragraph', 'dash', 'quote', 'table', 'footnote']);

/** Front-matter keys whose values are prose (names, codes, dates and places are not). */
const FRONT_MATTER_TEXT = /^(?:trich_yeu|kinh_gui(?:\.\d+)?|noi_nhan\.\d+)$/;

/** The prose parts of a document, in text order: front-matter text values, then body blocks (a heading from after its label). */
export function proseParts(doc: VbhcDocument): ProsePart[] {
  const out: ProsePart[] = [];
  const fm = doc.frontMatter;
  if (fm && fm.errors.length === 0) {
    for (const f of fm.fields.values()) {
      if (FRONT_MATTER_TEXT.test(f.path) && typeof f.value === 'string' && f.valueEnd > f.valueStart) out.push({ start: f.valueStart, end: f.valueEnd, block: -1 });
    }
    out.sort((a, b) => a.start - b.start);
  }
  doc.body.blocks.forEach((b, i) => {
    if (!PROSE_KINDS.has(b.kind)) return;
    const start = b.kind === 'heading' ? (b as Heading).labelEnd : b.start;
    if (b.end > start) out.push({ start, end: b.end, block: i });
  });
  return out;
}

/** How a word is written. */
export type WordCase = 'lower' | 'capital' | 'upper' | 'mixed';

/** A word of prose. */
export interface ProseWord {
  /** Offsets in the text given to `proseWords`. */
  start: number;
  end: number;
  text: string;
  case: WordCase;
  /** First word of a sentence, a dash item, a table cell or the part. */
  sentenceStart: boolean;
  /** Inside quotation marks. */
  inQuote: boolean;
  /** How many words the hyphenated run it belongs to has (1 for a word alone): `Ô-xtrây-li-a` is a name spelled out, 4. */
  joined: number;
}

/** Spans that are never prose: inline code, HTML comments and tags, fill-ins, link targets, URLs, e-mail addresses. */
const NOT_PROSE = /`+[^`]*?`+|<!--[\s\S]*?-->|<[^>\n]*>|«[^»\n]*»|\]\([^)\n]*\)|(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** A quick test for NOT_PROSE: most paragraphs hold none of it. */
const MAY_HOLD_NOT_PROSE = /[`<«@]|\]\(|https?:|www\./;
/** Character codes of a set of characters (looked up by `charCodeAt`: no one-character string per look-up). */
const codes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const LEAD = codes('(["\'“‘«*_[{');
const TRAIL = codes(')]"\'”’»*_.,;:!?…}');
/** Characters after which a new sentence (or table cell) begins. */
const ENDS_SENTENCE = codes('.!?:…|');
/** Marks that open an item (a dash item, a quote, a heading) when they stand first on their line; mid-line (`ASEAN - Úc`) they do not. */
const ITEM_MARK = codes('-+–—>#');

/** Whether only spaces stand between the line's start and `at`. */
function lineStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
const WORD_PART = /^[\p{L}\p{M}]+$/u;
const HYPHEN_SPLIT = /([-–])/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CLOSING_TAIL = /[)\]"'”’»*_}]+$/u;

// What each UTF-16 unit is, read from one table instead of a Unicode regular expression per word (most of the spelling check's time on text
// read for the first time). A surrogate (a character outside the BMP) is marked as such: a text holding one is read by the expressions.
const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const SPACE = 8;
const CODE = 16;
const SURROGATE = 32;
/** Small-letter form of itself (small letters, marks, letters without case). */
const LOWER_SAME = 64;
const KNOWN = 128;
const kinds = new Uint8Array(0x10000);
const CODE_CHAR = /[\p{N}/\\@_=<>`|#&+~$%{}[\]^.'’]/u;

/** The class bits of a UTF-16 unit (computed once per unit). */
function kindOf(c: number): number {
  const k = kinds[c];
  if (k !== 0) return k;
  let v = KNOWN;
  if (c >= 0xd800 && c <= 0xdfff) v |= SURROGATE;
  else {
    const ch = String.fromCharCode(c);
    if (/\p{L}/u.test(ch)) v |= LETTER;
    if (/\p{M}/u.test(ch)) v |= MARK;
    if (/\p{N}/u.test(ch)) v |= NUMBER;
    if (/\s/.test(ch)) v |= SPACE;
    if (CODE_CHAR.test(ch)) v |= CODE;
    if (ch.toLowerCase() === ch) v |= LOWER_SAME;
  }
  kinds[c] = v;
  return v;
}

/** The class bits found in `t[s, e)`, or-ed. */
function kindsIn(t: string, s: number, e: number): number {
  let v = 0;
  for (let i = s; i < e; i++) v |= kindOf(t.charCodeAt(i));
  return v;
}

/** Whether every unit of `t[s, e)` is a letter or a mark (`t` holds no surrogate). */
function lettersOnly(t: string, s: number, e: number): boolean {
  if (s >= e) return false;
  for (let i = s; i < e; i++) if ((kindOf(t.charCodeAt(i)) & (LETTER | MARK)) === 0) return false;
  return true;
}

/**
 * The words of a prose text. `mask` lists spans (offsets in `text`) to leave
 * out, such as citations; they end a sentence for nobody.
 */
export function proseWords(text: string, mask: readonly { start: number; end: number }[] = []): ProseWord[] {
  let work = MAY_HOLD_NOT_PROSE.test(text) ? text.replace(NOT_PROSE, (m) => ' '.repeat(m.length)) : text;
  if (mask.length) {
    const parts: string[] = [];
    let at = 0;
    for (const m of mask) {
      const s = Math.max(at, Math.min(m.start, work.length));
      const e = Math.max(s, Math.min(m.end, work.length));
      parts.push(work.slice(at, s), ' '.repeat(e - s));
      at = e;
    }
    parts.push(work.slice(at));
    work = parts.join('');
  }
  // Characters outside the BMP are rare: a text holding one is read by the Unicode expressions, unit tables cannot.
  const astral = (kindsIn(work, 0, work.length) & SURROGATE) !== 0;
  const out: ProseWord[] = [];
  let boundary = true;
  let quoteDepth = 0;
  let straightOpen = false;
  const n = work.length;
  let i = 0;
  while (i < n) {
    // The next run of non-space characters, [cs, ce).
    while (i < n && (kindOf(work.charCodeAt(i)) & SPACE) !== 0) i++;
    if (i >= n) break;
    const cs = i;
    while (i < n && (kindOf(work.charCodeAt(i)) & SPACE) === 0) i++;
    const ce = i;
    let s = cs;
    let e = ce;
    while (s < e && LEAD.has(work.charCodeAt(s))) s++;
    while (e > s && TRAIL.has(work.charCodeAt(e - 1))) e--;
    let inQuote = quoteDepth > 0 || straightOpen;
    let quoted = false;
    for (let k = cs; k < ce; k++) {
      const q = work.charCodeAt(k);
      if (q === 0x201c || q === 0x201d || q === 34 || q === 0x2018) {
        quoted = true;
        break;
      }
    }
    if (quoted) {
      if (!inQuote && s > cs) {
        for (let k = cs; k < s && !inQuote; k++) {
          const q = work.charCodeAt(k);
          inQuote = q === 0x201c || q === 34 || q === 0x2018;
        }
      }
      for (let k = cs; k < ce; k++) {
        const q = work.charCodeAt(k);
        if (q === 0x201c) quoteDepth++;
        else if (q === 0x201d) quoteDepth = Math.max(0, quoteDepth - 1);
        else if (q === 34) straightOpen = !straightOpen;
      }
    }
    const bits = astral ? 0 : kindsIn(work, s, e);
    const isCode = astral ? CODE_CHAR.test(work.slice(s, e)) : (bits & CODE) !== 0;
    if (e > s && !isCode) {
      let off = s;
      let first = boundary;
      let hyphens = 0;
      for (let k = s; k < e; k++) {
        const h = work.charCodeAt(k);
        if (h === 45 || h === 0x2013) hyphens++;
      }
      if (hyphens === 0) {
        if (astral ? WORD_PART.test(work.slice(s, e)) : lettersOnly(work, s, e)) {
          const part = work.slice(s, e);
          out.push({ start: s, end: e, text: part, case: caseOf(part), sentenceStart: first, inQuote, joined: 1 });
        }
      } else {
        const pieces = work.slice(s, e).split(HYPHEN_SPLIT);
        const joined = (pieces.length + 1) >> 1;
        for (const part of pieces) {
          if (part === '-' || part === '–') {
            off += part.length;
            continue;
          }
          if (part && WORD_PART.test(part)) {
            out.push({ start: off, end: off + part.length, text: part, case: caseOf(part), sentenceStart: first, inQuote, joined });
          }
          first = false;
          off += part.length;
        }
      }
    }
    const content = astral ? LETTER_OR_DIGIT.test(work.slice(s, e)) : (bits & (LETTER | NUMBER)) !== 0;
    if (content) boundary = false;
    // The mark that ends the chunk, closing quotes and brackets aside (`đó.”`); a chunk of marks alone (`-`, `|`) counts whole.
    let last = -1;
    if (content) {
      let t = ce;
      while (t > e && CLOSING.has(work.charCodeAt(t - 1))) t--;
      if (t > e) last = work.charCodeAt(t - 1);
    } else last = work.charCodeAt(ce - 1);
    if (last >= 0 && (ENDS_SENTENCE.has(last) || (!content && ITEM_MARK.has(last) && lineStart(work, cs)))) boundary = true;
  }
  return out;
}

/** Closing quotes and brackets that may follow a sentence's end mark. */
const CLOSING = codes(')]"\'”’»*_}');

function caseOf(w: string): WordCase {
  // Most words are in small letters: a word whose every unit is its own small letter is one (no table for a surrogate: read below).
  let same = LOWER_SAME;
  for (let i = 0; i < w.length && same; i++) same &= kindOf(w.charCodeAt(i));
  if (same) return 'lower';
  const upper = w.toUpperCase();
  const lower = w.toLowerCase();
  if (w === lower) return 'lower';
  if (w === upper) return w.length === 1 ? 'capital' : 'upper';
  return w[0] === upper[0] && w.slice(1) === lower.slice(1) ? 'capital' : 'mixed';
}

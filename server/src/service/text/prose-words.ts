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
/** Characters that make a run of non-space text a code, a number, a file name or an address. */
const CODE_CHAR = /[\p{N}/\\@_=<>`|#&+~$%{}[\]^.'’]/u;
const LEAD = new Set([...'(["\'“‘«*_[{']);
const TRAIL = new Set([...')]"\'”’»*_.,;:!?…}']);
/** Characters after which a new sentence (or table cell) begins. */
const ENDS_SENTENCE = new Set([...'.!?:…|']);
/** Marks that open an item (a dash item, a quote, a heading) when they stand first on their line; mid-line (`ASEAN - Úc`) they do not. */
const ITEM_MARK = new Set([...'-+–—>#']);

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
const QUOTE = /[“”"‘]/;
const HYPHEN = /[-–]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

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
  const out: ProseWord[] = [];
  let boundary = true;
  let quoteDepth = 0;
  let straightOpen = false;
  const chunk = /\S+/g;
  for (let m = chunk.exec(work); m; m = chunk.exec(work)) {
    const c = m[0];
    let s = 0;
    let e = c.length;
    while (s < e && LEAD.has(c[s])) s++;
    while (e > s && TRAIL.has(c[e - 1])) e--;
    let inQuote = quoteDepth > 0 || straightOpen;
    if (QUOTE.test(c)) {
      if (!inQuote && s > 0) inQuote = /[“"‘]/.test(c.slice(0, s));
      for (const ch of c) {
        if (ch === '“') quoteDepth++;
        else if (ch === '”') quoteDepth = Math.max(0, quoteDepth - 1);
        else if (ch === '"') straightOpen = !straightOpen;
      }
    }
    const core = s === 0 && e === c.length ? c : c.slice(s, e);
    if (core && !CODE_CHAR.test(core)) {
      let off = m.index + s;
      let first = boundary;
      const pieces = HYPHEN.test(core) ? core.split(/([-–])/) : [core];
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
    const content = LETTER_OR_DIGIT.test(core);
    if (content) boundary = false;
    // The mark that ends the chunk, closing quotes and brackets aside (`đó.”`); a chunk of marks alone (`-`, `|`) counts whole.
    const tail = content ? c.slice(e).replace(/[)\]"'”’»*_}]+$/u, '') : c;
    const last = tail[tail.length - 1];
    if (last && (ENDS_SENTENCE.has(last) || (!content && ITEM_MARK.has(last) && lineStart(work, m.index)))) boundary = true;
  }
  return out;
}

function caseOf(w: string): WordCase {
  const upper = w.toUpperCase();
  const lower = w.toLowerCase();
  if (w === lower) return 'lower';
  if (w === upper) return w.length === 1 ? 'capital' : 'upper';
  return w[0] === upper[0] && w.slice(1) === lower.slice(1) ? 'capital' : 'mixed';
}

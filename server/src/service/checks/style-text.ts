/**
 * The prose the writing rules (style.*) read: every line of the body's
 * paragraphs, dash items, headings, quotes and footnotes, without its
 * markdown lead (`- `, `# `, `> `, `1. `, `[^1]: `) and trailing spaces,
 * with what is not prose masked out: inline code, URLs and e-mail
 * addresses, HTML comments and tags, link targets, footnote marks. Tables
 * (whose spaces align columns), code blocks and the front matter are not
 * prose. One list per parsed document, cached.
 */
import type { Block } from '../model/body';
import { keepsProse, ownCopy, type VbhcDocument } from '../model/document';
import type { CoreEdit } from './rule';
import { analysed, type Analysis } from '../model/analysis';
import { TextMap } from '../text/text-map';

/** Stands for a masked character: not a letter, digit, space or punctuation. */
export const MASK = '\uE000';

/** One line of prose. */
export interface ProseLine {
  /** Analysis offset of `text`'s first character. */
  start: number;
  /** The line's prose, masked spans replaced by MASK (same length as the analysis text it covers). */
  text: string;
  /** True on the first line of its block (where a new line of the printed text starts). */
  first: boolean;
  block: Block;
  /** Results of the rules for this line (see `lineMemo`), shared by every line read from a block of the same text. */
  memo: unknown[];
}

const PROSE_KINDS = new Set<Block['kind']>(['paragraph', 'dash', 'heading', 'quote', 'footnote']);
/** Markdown that opens a block's first line. */
const FIRST_LEAD = /^[ \t]*(?:>[ \t]?)*(?:#{1,6}[ \t]+|[-+*][ \t]+|\d{1,9}[.)][ \t]+|\[\^[^\]\n]{1,40}\]:[ \t]*)?/;
const NEXT_LEAD = /^[ \t]*(?:>[ \t]?)*[ \t]*/;
/** Non-prose spans inside a line. */
const NOT_PROSE =
  /`+[^`\n]*`+|<!--.*?-->|<\/?[A-Za-z][^<>\n]*>|(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'`)\]]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\]\([^)\n]*\)|\[\^[^\]\n]{1,40}\]|\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|int|io)\b(?:\/[^\s)]*)?/gi;
/** A line that may hold a span NOT_PROSE masks (most lines hold none: the full pattern is not tried on them). */
const MAY_HOLD = /[`<@]|\]\(|\[\^|:\/\/|www\.|\.(?:vn|com|net|org|gov|edu|int|io)\b/i;

/**
 * What a writing rule keeps of one line of prose: its result for the line,
 * found again for every block of the same text (see `lineMemo`).
 */
export interface LineSlot<T> {
  readonly id: number;
  /** Only for typing the slot's value. */
  readonly type?: T;
}
let slots = 0;

/** A slot for a rule's per-line results. */
export function lineSlot<T>(): LineSlot<T> {
  return { id: slots++ };
}

/** A prose line as every block of the same text holds it: offsets from the block's start. */
interface SharedLine {
  /** Offset of `text` in the block's text. */
  rel: number;
  text: string;
  first: boolean;
  /** Results of the rules for this line, by slot id. */
  memo: unknown[];
}

/** The prose lines of a block's text, with the block's kind and marker they were read for. */
interface BlockProse {
  kind: Block['kind'];
  marker: string | undefined;
  lines: SharedLine[];
}

/**
 * Prose of blocks by block text, for every document: a block read before
 * (the rest of the document after an edit, the same text checked again)
 * is neither split nor masked again, and the rules find their results for
 * its lines in `memo`. The keys are the blocks' own strings, kept by the
 * incremental parse for every block an edit leaves alone, so looking one
 * up costs no hashing. Cleared when the text kept passes MAX_CACHED_CHARS.
 */
const byBlockText = new TextMap<BlockProse>();
/** Characters of text kept at most: about five documents of 100 pages (≈ 2 MB of keys). */
const MAX_CACHED_CHARS = 1_000_000;
let cachedChars = 0;

/** Every prose line of the body, in text order. */
export function proseLines(doc: VbhcDocument): readonly ProseLine[] {
  return analysed(doc, PROSE_LINES);
}

/**
 * The prose lines of a document. After an edit inside one paragraph the lines
 * before it are kept, those after it moved onto the new document's blocks,
 * and only the paragraph's lines are read again.
 */
const PROSE_LINES: Analysis<readonly ProseLine[]> = {
  name: 'prose lines',
  compute: findProseLines,
  carry(old, prev, next, { index, oldBlock, newBlock, delta }) {
    // The blocks before the edited one are the previous body's own objects
    // (editedBody), so are their lines; the others are new objects at the same index.
    const was = prev.body.blocks;
    const now = next.body.blocks;
    let i = 0;
    while (i < old.length && old[i].block.start < oldBlock.start) i++;
    const out = old.slice(0, i);
    while (i < old.length && old[i].block === oldBlock) i++;
    for (const s of blockProse(newBlock, next.source, keepsProse(next)).lines) {
      out.push({ start: newBlock.start + s.rel, text: s.text, first: s.first, block: newBlock, memo: s.memo });
    }
    for (let j = index + 1; i < old.length; i++) {
      const l = old[i];
      while (was[j] !== l.block) j++;
      out.push({ start: l.start + delta, text: l.text, first: l.first, block: now[j], memo: l.memo });
    }
    return out;
  },
};

function findProseLines(doc: VbhcDocument): readonly ProseLine[] {
  const out: ProseLine[] = [];
  const src = doc.source;
  const keep = keepsProse(doc);
  for (const block of doc.body.blocks) {
    if (!PROSE_KINDS.has(block.kind)) continue;
    for (const s of blockProse(block, src, keep).lines) {
      out.push({ start: block.start + s.rel, text: s.text, first: s.first, block, memo: s.memo });
    }
  }
  return out;
}

/** The prose lines of a block (cached by its text when `keep`, see byBlockText). */
function blockProse(block: Block, src: VbhcDocument['source'], keep: boolean): BlockProse {
  const hit = byBlockText.get(block.text);
  if (hit && hit.kind === block.kind && hit.marker === block.marker) return hit;
  const lines: SharedLine[] = [];
  for (let line = block.startLine; line < block.endLine; line++) {
    const raw = src.lineText(line);
    const first = line === block.startLine;
    const lead = (first ? FIRST_LEAD : NEXT_LEAD).exec(raw)![0].length;
    let end = raw.length;
    while (end > lead && (raw[end - 1] === ' ' || raw[end - 1] === '\t')) end--;
    if (end <= lead) continue;
    const text = maskNonProse(raw.slice(lead, end));
    lines.push({ rel: src.lineStart(line) + lead - block.start, text: keep ? ownCopy(text) : text, first, memo: [] });
  }
  const entry: BlockProse = { kind: block.kind, marker: block.marker, lines };
  if (!keep) return entry;
  if (cachedChars + block.text.length > MAX_CACHED_CHARS) (byBlockText.clear(), (cachedChars = 0));
  if (!hit) cachedChars += block.text.length;
  byBlockText.set(hit ? block.text : ownCopy(block.text), entry);
  return entry;
}

/**
 * A rule's result for a prose line, computed by `scan` from the line alone
 * the first time a line of that text is read in a block of that text, and
 * found again afterwards (in this document or another).
 */
export function lineMemo<T>(line: ProseLine, slot: LineSlot<T>, scan: () => T): T {
  const v = line.memo[slot.id] as T | undefined;
  if (v !== undefined) return v;
  return (line.memo[slot.id] = scan());
}


/** `text` with its non-prose spans replaced by MASK characters. */
export function maskNonProse(text: string): string {
  if (!MAY_HOLD.test(text)) return text;
  return text.replace(NOT_PROSE, (m) => MASK.repeat(m.length));
}

// Every Vietnamese letter has two cases: comparing cases is a letter test without a Unicode regular expression (much faster per character).
/** True for a letter. */
export function isLetter(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0) | 32;
  return ch.charCodeAt(0) < 128 ? c >= 97 && c <= 122 : ch.toLowerCase() !== ch.toUpperCase();
}
/** True for an upper-case letter. */
export function isUpper(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : ch !== ch.toLowerCase();
}
/** True for a lower-case letter. */
export function isLower(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : ch !== ch.toUpperCase();
}
/** True for a decimal digit. */
export const isDigit = (ch: string | undefined): boolean => !!ch && ch >= '0' && ch <= '9';

/** One word of a prose line: a run of characters between spaces and punctuation. */
export interface Word {
  start: number;
  end: number;
  text: string;
}

/** Characters that end a word: spaces, punctuation, brackets, quotes, MASK. */
const SEPARATORS = new Set([...' \t.,;:!?()"\'[]/=+*<>|“”‘’«»…', MASK].map((c) => c.charCodeAt(0)));

/** The words of a line of prose text (offsets in `t`). */
export function wordsOf(t: string): Word[] {
  const out: Word[] = [];
  let start = -1;
  for (let i = 0; i <= t.length; i++) {
    const sep = i === t.length || SEPARATORS.has(t.charCodeAt(i));
    if (sep && start >= 0) {
      out.push({ start, end: i, text: t.slice(start, i) });
      start = -1;
    } else if (!sep && start < 0) start = i;
  }
  return out;
}

/** The first word of `t` at or after `from`, or undefined. */
export function wordAt(t: string, from: number): Word | undefined {
  let i = from;
  while (i < t.length && SEPARATORS.has(t.charCodeAt(i))) i++;
  if (i >= t.length) return undefined;
  let e = i;
  while (e < t.length && !SEPARATORS.has(t.charCodeAt(e))) e++;
  return { start: i, end: e, text: t.slice(i, e) };
}

/**
 * Findings one writing rule reports one by one in a document; past them one
 * more finding counts the rest (a pasted text with thousands of doubled
 * spaces must not flood the editor or the check's time budget).
 */
export const MAX_STYLE_FINDINGS = 300;
/** Findings a writing rule collects at most in a document (a hostile text stops the scan there; the next fix-all pass goes on). */
export const MAX_STYLE_SCAN = 3000;

/**
 * Non-overlapping edits as one edit from the first one's start to the last
 * one's end: what fix-all takes for the findings past MAX_STYLE_FINDINGS
 * (thousands of small edits on one line would cost it a comparison each
 * against every other).
 */
export function asOneEdit(text: string, edits: readonly CoreEdit[]): CoreEdit {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const start = sorted[0].start;
  const end = Math.max(...sorted.map((e) => e.end));
  const parts: string[] = [];
  let at = start;
  for (const e of sorted) {
    parts.push(text.slice(at, e.start), e.newText);
    at = e.end;
  }
  parts.push(text.slice(at, end));
  return { start, end, newText: parts.join('') };
}

/** Text quoted in a message: at most `max` characters, cut with `…`. */
export function quoted(s: string, max = 60): string {
  const one = s.replace(/\n/g, ' ');
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

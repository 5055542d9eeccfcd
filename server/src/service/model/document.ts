/**
 * VbhcDocument: one parsed `*.vbhc.md` file — the source text with its
 * offset map, the front matter, the body and the metadata read from it.
 */
import { SourceText } from '../text/source-text';
import { MAX_FRONT_MATTER_CHARS, parseFrontMatter, type FrontMatter } from './front-matter';
import { parseBody, type Body } from './body';
import { DocumentAnalysis, analysed, type Analysis } from './analysis';
import { TextMap } from '../text/text-map';

/** The signing date from `ngay`: full, month only or year only. */
export interface DocDate {
  year: number;
  month?: number;
  day?: number;
}

/** A parsed document. Immutable once built. */
export interface VbhcDocument {
  uri: string;
  version: number;
  source: SourceText;
  /** Undefined when the file has no front matter. */
  frontMatter?: FrontMatter;
  body: Body;
  /** `loai` when it is a string. */
  loai?: string;
  /** `ky_hieu` when it is a string. */
  kyHieu?: string;
  /** The document's date when `ngay` is well-formed. */
  date?: DocDate;
  /** Set when the document is too large to check in full: only its front matter was parsed (see `parseHeaderOnly`). */
  tooLarge?: TooLarge;
  /** What has been read from this version of the document so far (model/analysis.ts). */
  analysis: DocumentAnalysis;
}

/** How large a document left unchecked is, and what of it was read. */
export interface TooLarge {
  /** Its size: characters of its text, or bytes of a file not read. */
  size: number;
  unit: 'chars' | 'bytes';
  /** The front matter was parsed (closed within the first MAX_FRONT_MATTER_CHARS characters). */
  headerRead: boolean;
}

/** How to parse. */
export interface ParseOptions {
  /** Keep the body's first token stream (see `parseBody`). */
  keepTokens?: boolean;
}

/**
 * What the cross-document checks and the reference index read of a
 * document: its identity, text positions and header facts — plus its
 * citations, through `documentCitations`. A parsed document is one; so is
 * the shell a closed document keeps once its diagnostics are known, which
 * has no body or front matter to read.
 */
export type DocumentFacts = Pick<VbhcDocument, 'uri' | 'version' | 'source' | 'loai' | 'kyHieu' | 'date' | 'tooLarge' | 'analysis'>;

/** Whether `doc` is a whole parsed document, not a shell. */
export function isParsed(doc: DocumentFacts): doc is VbhcDocument {
  return 'body' in doc;
}

/**
 * What a document not open in the editor keeps once its diagnostics are
 * known (see DocumentFacts); its citations are kept beside it by the
 * reference index (`rememberCitations` hands them to the shell). Anything
 * else parses the text again.
 */
export function shellDocument(doc: VbhcDocument): DocumentFacts {
  return {
    uri: doc.uri,
    version: doc.version,
    source: doc.source,
    loai: doc.loai,
    kyHieu: doc.kyHieu,
    date: doc.date,
    tooLarge: doc.tooLarge,
    analysis: new DocumentAnalysis(),
  };
}

/** Parses a document from its original text. */
export function parseDocument(uri: string, original: string, version = 0, options: ParseOptions = {}): VbhcDocument {
  const source = new SourceText(original);
  const frontMatter = parseFrontMatter(source.text);
  const bodyStartLine = frontMatter ? (frontMatter.closed ? frontMatter.closeLine + 1 : source.lineCount) : 0;
  const body = parseBody(source, bodyStartLine, options.keepTokens);
  const data = frontMatter?.data ?? {};
  return {
    uri,
    version,
    source,
    frontMatter,
    body,
    loai: typeof data.loai === 'string' ? data.loai.trim() : undefined,
    kyHieu: typeof data.ky_hieu === 'string' ? data.ky_hieu.trim() : undefined,
    date: parseDocDate(data.ngay),
    analysis: new DocumentAnalysis(),
  };
}

/**
 * The model of a document too large to check in full (or of a file not
 * read, `original` empty): its front matter alone, parsed from the text up
 * to the closing `---` line, so every range still lies in the original
 * text; an empty body. The front matter is read only when it closes within
 * the first MAX_FRONT_MATTER_CHARS characters.
 */
export function parseHeaderOnly(uri: string, original: string, version: number, size: { size: number; unit: TooLarge['unit'] }): VbhcDocument {
  const end = frontMatterEnd(original);
  const doc = parseDocument(uri, end > 0 ? original.slice(0, end) : '', version);
  doc.tooLarge = { ...size, headerRead: end > 0 };
  return doc;
}

/** Offset just past the closing line of a front matter that closes within the cap, else -1. */
function frontMatterEnd(text: string): number {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text.slice(0, 64));
  if (!open) return -1;
  const limit = Math.min(text.length, open[0].length + MAX_FRONT_MATTER_CHARS);
  for (let pos = open[0].length; pos < limit; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    if (/^(?:---|\.\.\.)[ \t]*\r?$/.test(text.slice(pos, end))) return nl < 0 ? end : end + 1;
    pos = end + 1;
  }
  return -1;
}

const NGAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads a `ngay` value: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (a number or a
 * Date are accepted too, as YAML may produce them). Undefined when malformed
 * or not a real calendar date.
 */
export function parseDocDate(value: unknown): DocDate | undefined {
  if (value instanceof Date && !isNaN(value.getTime())) {
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const m = NGAY.exec(String(value).trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return undefined;
  return { year, month, day };
}

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  // The calendar's rule directly for the years dates are written with (a Date per call costs ≈ 1 µs, and scans call it for every date).
  if (Number.isInteger(year) && year >= 100 && year <= MAX_RULE_YEAR && Number.isInteger(month) && month >= 1 && month <= 12) {
    if (month !== 2) return MONTH_DAYS[month - 1];
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  // Elsewhere (years 0–99 are 1900–1999 to Date.UTC, months out of range roll over) what Date says.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MAX_RULE_YEAR = 200_000;

/**
 * A document's prose text and its groups (`bodyProseText`, `bodyProseGroups`),
 * each made on first use, kept in the document's analysis: they live as long
 * as that version of the document — a closed workspace file's go when it is
 * settled to its shell, which has an analysis of its own — and an edit makes
 * them again for the new version (they are not carried).
 */
const PROSE_TEXT: Analysis<{ text?: string; groups?: ProseGroup[] }> = { name: 'prose text', compute: () => ({}) };

/**
 * Stands for the line break of a blank line in `bodyProseText`: not a space,
 * letter or digit, so no pattern of the scanners (whose gaps are `\s`) runs
 * across it.
 */
export const BLANK_LINE_MARK = '\u0001';

/**
 * The body's analysis text (from the first body line to the end) with code
 * blocks blanked out by spaces and the line break of every blank line turned
 * into `BLANK_LINE_MARK`, offsets unchanged. Scanners of prose (dates,
 * citations) run over it once per document (kept in its analysis). Because nothing they
 * match crosses a blank line, what they find in a block between blank lines
 * depends on that block's text alone — which lets an edit inside such a
 * block re-scan just that block (model/incremental.ts).
 */
export function bodyProseText(doc: VbhcDocument): { start: number; text: string } {
  const start = doc.source.lineStart(doc.body.startLine);
  const slot = analysed(doc, PROSE_TEXT);
  let text = slot.text;
  if (text === undefined) {
    const all = doc.source.text;
    const code = doc.body.blocks.filter((b) => b.kind === 'code');
    if (code.length === 0) text = all.slice(start);
    else {
      const parts: string[] = [];
      let at = start;
      for (const b of code) {
        parts.push(all.slice(at, b.start), ' '.repeat(b.end - b.start));
        at = b.end;
      }
      parts.push(all.slice(at));
      text = parts.join('');
    }
    text = markBlankLines(text);
    slot.text = text;
  }
  return { start, text };
}

/** A stretch of `bodyProseText` between two `BLANK_LINE_MARK`s: its offset in that text and its characters. */
export interface ProseGroup {
  from: number;
  text: string;
}

/**
 * `bodyProseText(doc)` cut at every `BLANK_LINE_MARK` (the marks and empty
 * stretches left out): what the scanners that read prose group by group
 * take. Without code blocks or a `BLANK_LINE_MARK` of the user's own, the
 * groups are read from the document's text directly — the whole prose copy
 * (a string of the body's size, costly to allocate) is not made.
 */
export function bodyProseGroups(doc: VbhcDocument): { start: number; groups: ProseGroup[] } {
  const start = doc.source.lineStart(doc.body.startLine);
  const slot = analysed(doc, PROSE_TEXT);
  let groups = slot.groups;
  if (groups === undefined) {
    groups = [];
    const all = doc.source.text;
    if (slot.text === undefined && !doc.body.blocks.some((b) => b.kind === 'code') && all.indexOf(BLANK_LINE_MARK, start) < 0) {
      let from = start;
      forEachBlankLineBreak(all, start, (nl) => {
        if (nl > from) groups!.push({ from: from - start, text: all.slice(from, nl) });
        from = nl + 1;
      });
      if (all.length > from) groups.push({ from: from - start, text: all.slice(from) });
    } else {
      const text = bodyProseText(doc).text;
      for (let from = 0; from < text.length; ) {
        const mark = text.indexOf(BLANK_LINE_MARK, from);
        const to = mark < 0 ? text.length : mark;
        if (to > from) groups.push({ from, text: text.slice(from, to) });
        from = to + 1;
      }
    }
    slot.groups = groups;
  }
  return { start, groups };
}

/**
 * What a scanner of prose finds in each group of a body (bodyProseGroups),
 * kept by the group's text for every document: a document checked again,
 * or parsed again after an edit in a list, a table or a heading, is scanned
 * only in the groups that changed. Cleared when the text kept passes
 * MAX_GROUP_CACHE_CHARS.
 */
export class GroupScans<T> {
  private readonly byText = new TextMap<readonly T[]>();
  private chars = 0;

  constructor(private readonly scan: (group: string) => readonly T[]) {}

  /** Calls `visit` with what each group holds, in text order, and the group's offset in the document (offsets found are the group's). */
  forEach(doc: VbhcDocument, visit: (found: T, shift: number) => void): void {
    const { start, groups } = bodyProseGroups(doc);
    for (const { from, text } of groups) {
      let found = this.byText.get(text);
      if (!found) {
        const own = ownCopy(text);
        found = this.scan(own);
        if (this.chars + own.length > MAX_GROUP_CACHE_CHARS) (this.byText.clear(), (this.chars = 0));
        this.chars += own.length;
        this.byText.set(own, found);
      }
      for (const f of found) visit(f, start + from);
    }
  }
}

/** Characters of group text a GroupScans keeps at most: about five documents of 100 pages. */
const MAX_GROUP_CACHE_CHARS = 1_000_000;

/**
 * Makes a span found in `bodyProseText` hold its text as a slice of the
 * document's own analysis text instead of the prose copy: a long match is a
 * view into the string it was found in, and one such view keeps the whole
 * copy alive (11 MB on 1,000 documents). Left as is where the copy differs
 * (blanked code).
 */
export function ownText<T extends { start: number; end: number; text: string }>(doc: VbhcDocument, span: T | undefined): void {
  if (!span || span.text.length < 13) return; // shorter strings are copies already
  const own = doc.source.text.slice(span.start, span.end);
  if (own === span.text) span.text = own;
}

/**
 * Replaces the line break of every blank line (spaces and tabs only, from
 * the text's start or after a line break) by `BLANK_LINE_MARK`. A loop over
 * line breaks: a regular expression with a lookbehind tried at every
 * character cost ten times as much on 100 pages.
 */
export function markBlankLines(text: string): string {
  const parts: string[] = [];
  let from = 0;
  forEachBlankLineBreak(text, 0, (nl) => {
    parts.push(text.slice(from, nl), BLANK_LINE_MARK);
    from = nl + 1;
  });
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/** Calls `f` with the offset of the line break of every blank line (spaces and tabs only) of `text` from the line starting at `lineStart`, in order. */
function forEachBlankLineBreak(text: string, lineStart: number, f: (nl: number) => void): void {
  for (;;) {
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) break;
    let i = lineStart;
    while (i < nl && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i === nl) f(nl);
    lineStart = nl + 1;
  }
}

/**
 * Whether what the checks read of a document's text (its prose, its dates)
 * is worth keeping for later checks: not for a closed workspace file
 * (version -1), which is read once and settled — keeping a thousand of them
 * only pushed out what the open documents need, and held memory meanwhile.
 */
export function keepsProse(doc: VbhcDocument): boolean {
  return doc.version >= 0;
}

/**
 * A copy of `s` that holds no other string alive. A slice of a document's
 * text is a view into the whole text; kept as a key it would keep every
 * edited version of the document. Slicing a concatenation makes a new flat
 * string first, so this one holds only its own characters.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/**
 * The citation recogniser: finds `<type name> [số] <symbol> [ngày <date>]
 * [của <issuer>] [về <subject>]` in Vietnamese prose (dialect §3), for every
 * symbol family (./symbol.ts). Works on analysis text (NFC). A type name may
 * carry a qualifier (`Quy chế phối hợp`, `Kế hoạch liên tịch`); after a type
 * name any symbol-shaped text is a citation. A symbol with
 * no type name before it counts only when it is well formed and carries a
 * known type code (a bare `33/CT-TTg`) or a known issuer (`1119/SNV-XDCQ`);
 * URLs are masked first (`…/nghi-quyet-76-nq-cp-2021-…` is no citation).
 * Two broken forms are read as the symbol meant, so that every check sees
 * the citation: a stray space next to a separator (`75/KH- UBND`, after a
 * type name or `số`) and, after a type name other than Công văn, its type
 * code glued to a known issuer code (`Chỉ thị số 27/CTTg`); the symbol's
 * `parsed` keeps the problem and its `key` is the symbol meant.
 * Every regular expression is built from bounded quantifiers around
 * literals, so a scan is linear in the text.
 */
import { GroupScans, bodyProseText, isParsed, keepsProse, ownText, type DocumentFacts, type VbhcDocument } from '../model/document';
import { analysed, keptAnalysis, splicedAfterEdit, type Analysis } from '../model/analysis';
import type { Block } from '../model/body';
import { parseDateAt, type DateMention } from '../text/dates';
import { CITED_TYPES, TYPE_QUALIFIERS, citedTypeByName, isTypeCode, stateCodesOf, type CitedType } from './data/cited-types';
import { issuerByCode } from './data/issuer-codes';
import { brokenReading, gluedReading, parseSymbol, symbolKey, type ParsedSymbol } from './symbol';

/** A span of analysis text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One citation found in text. */
export interface Citation {
  /** Start of the citation (type name, else `số`, else the symbol). */
  start: number;
  /** End of the head: symbol, date and issuer (the subject excluded). */
  headEnd: number;
  /** End of the whole citation, subject included. */
  end: number;
  /** The type name as written (its qualifier included: `Quy chế phối hợp`), with its type. */
  type?: Span & { type: CitedType; abbreviation: boolean; qualifier: string | undefined };
  /** The word `số`, when written. */
  so?: Span;
  symbol: Span & { parsed: ParsedSymbol };
  /** Index key of the symbol (see symbolKey). */
  key: string;
  /** The date after `ngày`. */
  date?: DateMention;
  /** The issuer phrase after `của`. */
  issuer?: Span;
  /**
   * The subject after `về` / `ban hành` / `phê duyệt` (the lead word
   * excluded), up to the end of its clause. `certain` when that end is
   * plain (see `subjectPhrase`); an uncertain subject is never learned.
   */
  subject?: Span & { lead: string; certain: boolean };
}

// The words before a symbol are matched on the REVERSED window, anchored at
// its start: one attempt per candidate instead of one per window position.
/** Reverses by UTF-16 unit, so offsets map back 1:1: one string built from a reused code buffer (appending unit by unit made a string per unit). */
function reverse(x: string): string {
  const n = x.length;
  reversedUnits.length = n;
  for (let i = 0; i < n; i++) reversedUnits[i] = x.charCodeAt(n - 1 - i);
  return String.fromCharCode.apply(null, reversedUnits);
}
const reversedUnits: number[] = [];
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s{1,3}');
const LOOKBACK_CHARS = 56;

/**
 * The recogniser's patterns, built on its first use: most of them are
 * long (every type name, reversed) or read Unicode letter classes, which
 * cost milliseconds to parse — at start-up, for a process that never reads
 * a citation (`vbhc export`), they were paid for nothing.
 */
function buildPatterns() {
  // A separator may have a space on one side (`75 /KH-UBND`, `75/KH- UBND`): head() decides whether that is a symbol.
  const SYMBOL = /(?<![\p{L}\p{N}/.&-])\d{1,5}(?:[/-]| [/-]|[/-] )(?:\d{4}(?:\/| \/|\/ ))?\p{L}[\p{L}\p{N}&]{0,15}(?:(?:[/-]| [/-]|[/-] )\p{L}[\p{L}\p{N}&]{0,15}){0,5}(?![\p{L}\p{N}&]|[/-][\p{L}\p{N}])/gu;
  /** The symbol without spaces that starts where a spaced candidate starts. */
  const PLAIN_SYMBOL = /\d{1,5}[/-](?:\d{4}\/)?\p{L}[\p{L}\p{N}&]{0,15}(?:[/-]\p{L}[\p{L}\p{N}&]{0,15}){0,5}(?![\p{L}\p{N}&]|[/-][\p{L}\p{N}])/uy;
  /**
   * Every segment of a spaced symbol is written like a code: a capital first, two capitals at
   * least and one small letter at most (`TTg`, `QyĐ`, `UBND`); `12/QĐ-UBND- ngày` and
   * `12/NQ-HĐND -Sở` are no broken symbols.
   */
  const CODE_SEGMENT = /^(?=\p{Lu})(?=(?:[^\p{Lu}]*\p{Lu}){2})(?!(?:[^\p{Ll}]*\p{Ll}){2})[\p{L}\p{N}&]+$/u;
  const URL = /(?:https?:\/\/|www\.)[^\s<>"'`)\]]*/giu;
  const REV_NAMES = [...CITED_TYPES].sort((a, b) => b.name.length - a.name.length).map((t) => escape(reverse(t.name))).join('|');
  const REV_QUALIFIERS = [...TYPE_QUALIFIERS].sort((a, b) => b.length - a.length).map((q) => escape(reverse(q))).join('|');
  const REV_ABBRS = [...new Set(CITED_TYPES.flatMap((t) => t.abbreviations))].sort((a, b) => b.length - a.length).map(reverse).join('|');
  /** Reversed: optional `số`, an optional qualifier, then a type name (any case), ending where the symbol starts. */
  // Group offsets are read off the match (no `d` flag: its index arrays were most of a scan's garbage):
  // the name ends each match, and nothing before `ốs` is a letter.
  const NAME_BEFORE = new RegExp(`^\\s{1,3}(?::?\\s{0,2}(ốs)\\s{1,3})?(?:(${REV_QUALIFIERS})\\s{1,3})?(${REV_NAMES})(?![\\p{L}\\p{N}])`, 'iu');
  const ABBR_BEFORE = new RegExp(`^\\s{1,3}(?::?\\s{0,2}(ốs)\\s{1,3})?(${REV_ABBRS})(?![\\p{L}\\p{N}])`, 'u');
  const SO_BEFORE = /^\s{0,3}:?\s{0,2}(ốs)(?![\p{L}\p{N}])/iu;
  const DATE_LEAD = /\s{0,3},?\s{0,3}ngày\s{1,3}/iuy;
  const ISSUER_LEAD = /\s{0,3},?\s{0,3}của\s{1,3}/iuy;
  const SUBJECT_LEAD = /\s{0,3},?\s{0,3}(về|ban hành|phê duyệt)\s{1,3}/iuy;
  const ISSUER_STOP = /[;,.()[\]“”"\n:]|\s(?:về|ban hành|phê duyệt|ngày|tại|theo|đã|để|nhằm|thì|trong)(?=\s)/iu;
  /** Where a subject's clause ends for certain: `;` `:` `?` `!`, a line break, the end of a sentence, `như sau`. */
  const SUBJECT_STOP = /[;:?!\n]|\.(?=\s|$|\/\.)|(?<![\p{L}\p{N}])như sau(?![\p{L}\p{N}])/iu;
  /** Words that open a new clause after a comma (`…, đề nghị các đơn vị …`). */
  const CLAUSE_OPENER = /^(?:đề nghị|đồng thời|trong đó|theo đó|cụ thể|vì vậy|do đó|tuy nhiên|nhưng|nay)(?![\p{L}\p{N}])/u;
  /** Verbs of the main clause that follows a citation (`…, Sở Nội vụ báo cáo …`), lower case as mid-sentence. */
  const CLAUSE_VERB = /(?<![\p{L}\p{N}])(?:báo cáo|ban hành|xây dựng|triển khai|thông báo|hướng dẫn|đề nghị|yêu cầu|chỉ đạo|tổng kết|sơ kết|đã|đang|sẽ)(?![\p{L}\p{N}])/u;
  return { SYMBOL, PLAIN_SYMBOL, CODE_SEGMENT, URL, NAME_BEFORE, ABBR_BEFORE, SO_BEFORE, DATE_LEAD, ISSUER_LEAD, SUBJECT_LEAD, ISSUER_STOP, SUBJECT_STOP, CLAUSE_OPENER, CLAUSE_VERB };
}

let builtPatterns: ReturnType<typeof buildPatterns> | undefined;
const patterns = () => (builtPatterns ??= buildPatterns());
const codeSegments = (meant: string) => meant.replace(/^\d{1,5}[/-](?:\d{4}\/)?/u, '').split(/[/-]/u).every((seg) => patterns().CODE_SEGMENT.test(seg));
const CONNECTORS = ['và', 'hoặc', 'cùng', 'với'];
const MAX_ISSUER_CHARS = 120;
const MAX_SUBJECT_CHARS = 400;

/** Every citation in `text` (analysis text), in text order. */
export function findCitations(text: string): Citation[] {
  const { URL, SYMBOL } = patterns();
  const src = text.includes('://') || /www\./i.test(text) ? text.replace(URL, (m) => ' '.repeat(m.length)) : text;
  const heads: Citation[] = [];
  for (const m of src.matchAll(SYMBOL)) {
    const c = m[0].includes(' ') ? spacedHead(src, m.index!, m[0]) : head(src, m.index!, m[0]);
    if (c) heads.push(c);
  }
  for (let i = 0; i < heads.length; i++) {
    const limit = i + 1 < heads.length ? heads[i + 1].start : src.length;
    tail(src, heads[i], limit);
  }
  return heads;
}

/**
 * A candidate with a stray space (`75/KH- UBND`): the symbol meant when a
 * type name or `số` stands before it and the text without the space is a
 * well-formed symbol whose segments all start with a capital; else the
 * symbol that ends before the space, read as usual.
 */
function spacedHead(src: string, at: number, written: string): Citation | undefined {
  const meant = written.replace(' ', '');
  const reading = !meant.includes(' ') && codeSegments(meant) ? brokenReading(written, meant, 'spaced') : undefined;
  const c = reading && head(src, at, written, reading);
  if (c) return c;
  const { PLAIN_SYMBOL } = patterns();
  PLAIN_SYMBOL.lastIndex = at;
  const plain = PLAIN_SYMBOL.exec(src);
  return plain ? head(src, at, plain[0]) : undefined;
}

/**
 * The head of a citation: type name, `số` and symbol; undefined when the
 * candidate is no citation. `spaced` is the reading of a candidate with a
 * stray space, which counts only after a type name or `số`.
 */
function head(src: string, at: number, symbolText: string, spaced?: ParsedSymbol): Citation | undefined {
  const parsed = spaced ?? parseSymbol(symbolText);
  if (!parsed) return undefined;
  const { NAME_BEFORE, ABBR_BEFORE, SO_BEFORE } = patterns();
  const before = reverse(src.slice(Math.max(0, at - LOOKBACK_CHARS), at));
  let m = NAME_BEFORE.exec(before);
  let abbreviation = false;
  if (!m) {
    m = ABBR_BEFORE.exec(before);
    abbreviation = !!m;
  }
  const c: Citation = {
    start: at,
    headEnd: at + symbolText.length,
    end: at + symbolText.length,
    symbol: { start: at, end: at + symbolText.length, text: symbolText, parsed },
    key: symbolKey(spaced ? spaced.suggestion! : symbolText),
    // Every field in the literal (see copiedCitation): none spills into a separate property store.
    type: undefined,
    so: undefined,
    date: undefined,
    issuer: undefined,
    subject: undefined,
  };
  if (m) {
    // NAME_BEFORE: 1 `số`, 2 qualifier, 3 name; ABBR_BEFORE: 1 `số`, 2 abbreviation.
    const nameGroup = abbreviation ? m[2] : m[3];
    const qualifierGroup = abbreviation ? undefined : m[2];
    const phraseTo = m[0].length;
    const nameFrom = phraseTo - nameGroup.length;
    const phraseFrom = qualifierGroup ? m[0].lastIndexOf(qualifierGroup, nameFrom - 1) : nameFrom;
    const name = reverse(nameGroup).replace(/\s+/g, ' ');
    let qualifier = qualifierGroup && reverse(qualifierGroup);
    // `Nghị quyết liên tịch` is a type of its own, not a qualified Nghị quyết.
    let type = qualifier ? citedTypeByName(`${name} ${qualifier.replace(/\s+/g, ' ')}`) : undefined;
    if (type) qualifier = undefined;
    else type = citedTypeByName(name);
    if (!type) return undefined;
    const s = at - phraseTo;
    c.start = s;
    c.type = { start: s, end: at - phraseFrom, text: src.slice(s, at - phraseFrom), type, abbreviation, qualifier };
    if (m[1]) {
      const soFrom = m[0].indexOf(m[1]);
      const soTo = soFrom + m[1].length;
      c.so = { start: at - soTo, end: at - soFrom, text: reverse(m[1]) };
    }
    const codeless = parsed.family === 'cong-van' ? !parsed.problem : parsed.problem === 'no-family' && parsed.year !== undefined;
    if (!spaced && codeless && !type.generic && !type.codeless) {
      const glued = gluedReading(symbolText, stateCodesOf(type));
      if (glued) {
        c.symbol.parsed = glued;
        c.key = symbolKey(glued.suggestion!);
      }
    }
    return c;
  }
  const hasUpper = /\p{Lu}/u.test(symbolText);
  const so = SO_BEFORE.exec(before);
  if (so) {
    if (!hasUpper || parsed.problem === 'no-family') return undefined;
    const soTo = so[0].length;
    const soFrom = soTo - so[1].length;
    c.start = at - soTo;
    c.so = { start: at - soTo, end: at - soFrom, text: reverse(so[1]) };
    return c;
  }
  // A bare symbol: only when it is well formed and plainly a document's.
  if (spaced || parsed.problem || !parsed.family) return undefined;
  if (parsed.family === 'cong-van') return issuerByCode(parsed.issuers[0]) ? c : undefined;
  if (parsed.family === 'law') return c;
  return parsed.typeCode && isTypeCode(parsed.typeCode) ? c : undefined;
}

/** Date, issuer and subject after the symbol, none reaching past `limit`. */
function tail(src: string, c: Citation, limit: number): void {
  const { DATE_LEAD, ISSUER_LEAD, ISSUER_STOP, SUBJECT_LEAD } = patterns();
  let at = c.symbol.end;
  for (let round = 0; round < 2; round++) {
    DATE_LEAD.lastIndex = at;
    if (!c.date && DATE_LEAD.test(src)) {
      const d = parseDateAt(src, DATE_LEAD.lastIndex);
      if (d && d.end <= limit) {
        c.date = d;
        at = d.end;
        continue;
      }
    }
    ISSUER_LEAD.lastIndex = at;
    if (!c.issuer && ISSUER_LEAD.test(src)) {
      const s = ISSUER_LEAD.lastIndex;
      const issuer = phrase(src, s, Math.min(limit, s + MAX_ISSUER_CHARS), ISSUER_STOP);
      if (issuer) {
        c.issuer = issuer;
        at = issuer.end;
        continue;
      }
    }
    break;
  }
  c.headEnd = at;
  c.end = at;
  SUBJECT_LEAD.lastIndex = at;
  const m = SUBJECT_LEAD.exec(src);
  if (m) {
    const subject = subjectPhrase(src, SUBJECT_LEAD.lastIndex, limit);
    if (subject) {
      c.subject = { start: subject.start, end: subject.end, text: subject.text, lead: m[1], certain: subject.certain }; // a literal: a spread gave each object its own hidden class (6 MB on 1,000 documents)
      c.end = subject.end;
    }
  }
}

/** A name of up to eight words then a main-clause verb (`Sở Khoa học và Công nghệ báo cáo`); a preposition before the verb means a phrase, not a name (`Sở Tư pháp trong hướng dẫn`). */
function agencyThenVerb(part: string): boolean {
  const firstWordEnd = part.search(/\s/);
  if (firstWordEnd < 0) return false;
  const v = patterns().CLAUSE_VERB.exec(part.slice(firstWordEnd));
  if (!v) return false;
  const name = part.slice(0, firstWordEnd + v.index);
  return name.trim().split(/\s+/).length <= 8 && !NAME_BREAK.test(name);
}
const NAME_BREAK = /(?<![\p{L}\p{N}])(?:trong|của|về|với|cho|tại|theo|giữa|để|nhằm)(?![\p{L}\p{N}])/u;

/**
 * The subject from `start`: up to the end of its clause, which is a stop
 * (`SUBJECT_STOP`) or a comma that opens a new clause — a clause word
 * (`…, đề nghị …`), or a capitalised word whose part up to the next comma
 * has a main-clause verb (`…, Sở Nội vụ báo cáo …`) or, being the last part,
 * runs into `như sau` / `:` (`…, Sở Nội vụ tổng hợp như sau:`). Other commas
 * belong to the subject (`…nhà nước, chính quyền các cấp…`).
 *
 * Certain when it ends at such a boundary, at the end of the text, or at the
 * next citation after a connector (`về X và Công văn số …`), and no comma
 * before a capitalised word is left in it (a list of agencies, or a clause
 * not told from one). Uncertain when it is cut at `limit` mid-phrase (the
 * next citation is part of it) or at the length bound.
 */
function subjectPhrase(src: string, start: number, limit: number): (Span & { certain: boolean }) | undefined {
  const bound = Math.min(limit, start + MAX_SUBJECT_CHARS);
  const window = src.slice(start, bound);
  const { SUBJECT_STOP, CLAUSE_OPENER } = patterns();
  const stop = SUBJECT_STOP.exec(window);
  let text = stop ? window.slice(0, stop.index) : window;
  let plainEnd = !!stop || bound === src.length;
  const intoNhuSau = !!stop && (stop[0] === ':' || stop[0].length > 1);
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
    const next = text.slice(i + 1).replace(/^\s+/, '');
    const nextComma = next.indexOf(',');
    const part = nextComma < 0 ? next : next.slice(0, nextComma);
    const capital = /^\p{Lu}/u.test(next);
    if (CLAUSE_OPENER.test(next) || (capital && (agencyThenVerb(part) || (nextComma < 0 && intoNhuSau)))) {
      text = text.slice(0, i);
      plainEnd = true;
      break;
    }
  }
  const whole = text;
  // A subject inside parentheses ends at the parenthesis that closes it.
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth < 0) {
      text = text.slice(0, i);
      plainEnd = true;
      break;
    }
  }
  const trimmed = trimTrailingConnectors(text);
  if (!trimmed.trim()) return undefined;
  // Cut at the next citation: plain only when a connector or a comma stood before it.
  if (!plainEnd && bound === limit && trimmed.length < whole.trimEnd().length) plainEnd = true;
  const certain = plainEnd && !/,\s*\p{Lu}/u.test(trimmed);
  return { start, end: start + trimmed.length, text: trimmed, certain };
}

/** The phrase from `start` to the first stop (or `limit`), trailing connectors trimmed. */
function phrase(src: string, start: number, limit: number, stop: RegExp): Span | undefined {
  const window = src.slice(start, limit);
  const m = stop.exec(window);
  let text = m ? window.slice(0, m.index) : window;
  // A subject inside parentheses ends at the parenthesis that closes it.
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth < 0) {
      text = text.slice(0, i);
      break;
    }
  }
  text = trimTrailingConnectors(text);
  if (!text.trim()) return undefined;
  return { start, end: start + text.length, text };
}

/**
 * `text` without what trails it: connectors (`và`, `hoặc`, `cùng`, `với`,
 * any case) each after separators (spaces, commas), then spaces; else
 * separators alone. The same as `text.replace(/(?:[\s,]+(?:và|hoặc|cùng|với))+\s*$|[\s,]+$/iu, '')`
 * (recognizer.test.ts checks it), read from the end: that pattern was tried
 * at every position of a phrase of up to 400 characters.
 */
export function trimTrailingConnectors(text: string): string {
  let q = text.length;
  while (q > 0 && isSpace(text[q - 1])) q--;
  let cut = -1;
  for (;;) {
    const at = q;
    const w = CONNECTORS.find((c) => at >= c.length && text.slice(at - c.length, at).toLowerCase() === c);
    if (!w) break;
    let p = q - w.length;
    if (p === 0 || !isSeparator(text[p - 1])) break;
    while (p > 0 && isSeparator(text[p - 1])) p--;
    cut = q = p;
  }
  if (cut >= 0) return text.slice(0, cut);
  let p = text.length;
  while (p > 0 && isSeparator(text[p - 1])) p--;
  return p < text.length ? text.slice(0, p) : text;
}

const SPACE = /^\s$/u;
const isSpace = (ch: string) => SPACE.test(ch);
const isSeparator = (ch: string) => ch === ',' || SPACE.test(ch);

/** Blocks whose text may hold citations. */
const SCANNED = new Set<Block['kind']>(['heading', 'paragraph', 'dash', 'quote', 'table', 'footnote']);

/**
 * Every citation of a parsed document: in the subject line (`trich_yeu`) and
 * the body (code blocks excluded). After an edit inside one paragraph the
 * citations before it are kept, those after it moved, and only the paragraph
 * is scanned again (the body scan cannot see across the blank lines around
 * it: bodyProseText).
 */
const CITATIONS: Analysis<Citation[]> = {
  name: 'citations',
  compute(doc) {
    const text = doc.source.text;
    const out: Citation[] = [];
    const subject = doc.frontMatter?.errors.length === 0 ? doc.frontMatter.fields.get('trich_yeu') : undefined;
    if (subject && typeof subject.value === 'string' && subject.valueEnd > subject.valueStart) {
      for (const c of findCitations(text.slice(subject.valueStart, subject.valueEnd))) out.push(shift(c, subject.valueStart));
    }
    const blocks = doc.body.blocks;
    // One scan of the body with code blocks blanked (the block of each citation decides whether it counts).
    const found = keepsProse(doc) ? citationsByGroup(doc) : findCitations(bodyProseText(doc).text).map((c) => shift(c, doc.source.lineStart(doc.body.startLine)));
    let bi = 0;
    for (const c of found) {
      while (bi < blocks.length && blocks[bi].end < c.symbol.start) bi++;
      if (bi >= blocks.length) break;
      const b = blocks[bi];
      if (!SCANNED.has(b.kind) || c.symbol.start < b.start) continue;
      for (const sp of [c.type, c.so, c.symbol, c.date, c.issuer, c.subject]) ownText(doc, sp);
      out.push(c);
    }
    return out;
  },
  carry(old, _prev, _next, edit) {
    const { newBlock, delta } = edit;
    const found = findCitations(newBlock.text).map((c) => shift(c, newBlock.start));
    return splicedAfterEdit(old, (c) => c.symbol.start, edit, found, (c) => copiedCitation(c, delta, sameText));
  },
};

/**
 * The citations of a body's prose text read group by group — the text
 * between blank lines, which no citation crosses (bodyProseText) — each
 * group's citations kept by its text for every document: a document checked
 * again, or parsed again after an edit in a list, a table or a heading,
 * reads only the groups that changed. The same citations as one scan of the
 * whole text, at analysis offsets.
 */
function citationsByGroup(doc: VbhcDocument): Citation[] {
  const out: Citation[] = [];
  groupCitations.forEach(doc, (c, shift) => out.push(copiedCitation(c, shift, sameText)));
  return out;
}

const groupCitations = new GroupScans<Citation>(findCitations);

/** The citations of a parsed document; of a shell, those remembered for it (none when nothing was). */
export function documentCitations(doc: DocumentFacts): Citation[] {
  return isParsed(doc) ? analysed(doc, CITATIONS) : (keptAnalysis(doc, CITATIONS) ?? []);
}

/** Makes `citations` the citations of `doc` (a shell of the document they were found in: model/document.ts shellDocument). */
export function rememberCitations(doc: DocumentFacts, citations: Citation[]): void {
  doc.analysis.set(CITATIONS, citations);
}

/**
 * A copy of a citation `by` characters further, its texts passed through
 * `text` (the parsed symbol, which has no offsets, is shared). A literal with
 * every field, like the citations `head` makes: one shape for found, moved
 * and kept citations; this runs for every citation after an edit.
 */
function copiedCitation(c: Citation, by: number, text: (t: string) => string): Citation {
  const { type, so, date, issuer, subject } = c;
  return {
    start: c.start + by,
    headEnd: c.headEnd + by,
    end: c.end + by,
    symbol: { start: c.symbol.start + by, end: c.symbol.end + by, text: text(c.symbol.text), parsed: c.symbol.parsed },
    key: text(c.key),
    type: type && { start: type.start + by, end: type.end + by, text: text(type.text), type: type.type, abbreviation: type.abbreviation, qualifier: type.qualifier && text(type.qualifier) },
    so: so && { start: so.start + by, end: so.end + by, text: text(so.text) },
    date: date && movedMention(date, by, text),
    issuer: issuer && { start: issuer.start + by, end: issuer.end + by, text: text(issuer.text) },
    subject: subject && { start: subject.start + by, end: subject.end + by, text: text(subject.text), lead: text(subject.lead), certain: subject.certain },
  };
}

const sameText = (t: string) => t;

/** `{ ...d, start, end, text }` moved by `by`, built as a copy whose fields are then set (several times faster for mentions of many shapes). */
function movedMention(d: DateMention, by: number, text: (t: string) => string): DateMention {
  const m = { ...d };
  m.start = d.start + by;
  m.end = d.end + by;
  m.text = text(d.text);
  return m;
}

/**
 * A closed document's citations as they are kept for the life of the
 * workspace (document-store.ts `settle`): copies whose texts are shared
 * with equal texts of other documents — the same symbols, dates and issuers
 * are cited all over a workspace. On 1,000
 * documents (32,330 citations) the kept shells and citations went from
 * 25.2 to 16.5 MB of live heap.
 */
export function settledCitations(citations: readonly Citation[]): Citation[] {
  return citations.map((c) => copiedCitation(c, 0, shared));
}

/** Texts of settled citations, each kept once (cleared when it grows past `MAX_SHARED`). */
const sharedTexts = new Map<string, string>();
const MAX_SHARED = 100_000;

/**
 * The one kept copy of a text. A new text is stored as a copy of its own: a
 * long match is a view into the whole text it was found in (a document's
 * text, which the table would otherwise keep alive after the document changed).
 */
function shared(text: string): string {
  const got = sharedTexts.get(text);
  if (got !== undefined) return got;
  if (sharedTexts.size >= MAX_SHARED) sharedTexts.clear();
  const own = text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string); // shorter strings are copies already
  sharedTexts.set(own, own);
  return own;
}

/** Moves a freshly found citation by `by` characters (in place: its spans are its own; the parsed symbol is shared and has no offsets). */
function shift(c: Citation, by: number): Citation {
  if (by === 0) return c;
  c.start += by;
  c.headEnd += by;
  c.end += by;
  for (const sp of [c.type, c.so, c.symbol, c.date, c.issuer, c.subject]) {
    if (!sp) continue;
    sp.start += by;
    sp.end += by;
  }
  return c;
}

/** True when a citation is full: it carries a date (and so can teach the learned catalog). */
export function isFullCitation(c: Citation): boolean {
  return !!c.date && c.date.day !== undefined;
}

/**
 * Reading plain text copied out of a PDF or a Word document. A copy from a
 * PDF breaks every printed line (often with an empty line between), puts the
 * page numbers and the page's footnotes between the lines, and starts a new
 * page's first line with a space. This reader drops the page furniture,
 * takes footnotes out (their marks in the text become references), joins the
 * lines of each paragraph again, and tells headings from numbered paragraphs
 * by how their lines run. Legacy-encoded text (TCVN3, VNI) is converted.
 */
import { findLegacyRuns, majorityEncoding, mayContainLegacy } from '../text/legacy-encoding';
import { parseLabel, type HeadingLabel } from '../model/heading-label';
import { closingStart, isCapitalsLine, readHeader } from './header';
import { endsSentence, headingLike } from './markdown-writer';
import type { ImportBlock, ImportRun, ImportSource } from './types';

/** A line of the copied text with what its surroundings say about it. */
interface Line {
  text: string;
  /** The first line of a new page. */
  pageStart: boolean;
}

/** A page number alone on its line: `2`, `- 2 -`, `Trang 2`. */
const PAGE_NUMBER = /^\s*(?:[-–]\s*)?(?:Trang\s+)?\d{1,3}(?:\s*[-–])?\s*$/iu;
/** The rule above a page's footnotes, copied as a line of spaces. */
const FOOTNOTE_RULE = /^[ \t\u00a0_]{10,}$/u;
/** The first line of a footnote: its number, a space, its text. */
const FOOTNOTE_START = /^(\d{1,2})\s+(\S.*)$/u;
/** Marks a footnote reference inside joined text until the runs are built. */
const REF_OPEN = '\ue000';
const REF_CLOSE = '\ue001';
const DASH_LINE = /^[-–—+•]\s+\S/u;
const URL_LINE = /^https?:\/\/\S+$/u;

/** True when most lines are printed lines of a page (short), not whole paragraphs. */
function isWrapped(lines: readonly Line[]): boolean {
  const lengths = lines.map((l) => l.text.length).filter((n) => n > 0);
  if (lengths.length === 0) return true;
  const long = lengths.filter((n) => n > 120).length;
  return long / lengths.length < 0.1;
}

/** Converts the legacy-encoded runs of a line (the words a reader would flag) to Unicode. */
function convertLegacy(line: string, prefer: ReturnType<typeof majorityEncoding>): string {
  if (!mayContainLegacy(line)) return line;
  let out = '';
  let at = 0;
  for (const r of findLegacyRuns(line, { prefer })) {
    out += line.slice(at, r.start) + r.converted;
    at = r.end;
  }
  return out + line.slice(at);
}

/** Reads a copied text. */
export function readText(input: string): ImportSource {
  const text = input.replace(/^\ufeff/u, '').replace(/\r\n?/g, '\n').normalize('NFC');
  const prefer = majorityEncoding(text);
  const raw = text.split('\n');
  const lines: Line[] = [];
  const footnotes = new Map<string, ImportRun[][]>();
  /** Printed lines of each footnote, by its number. */
  const fnLines = new Map<string, string[]>();
  /** Index in `lines` before which each footnote block stood, and its numbers. */
  const footnoteAt: { index: number; numbers: string[] }[] = [];
  let pageStart = false;
  let expectedFootnote = 1;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    if (r.includes('\f')) pageStart = true;
    const line = r.replace(/\f/g, '');
    if (PAGE_NUMBER.test(line)) {
      pageStart = true;
      continue;
    }
    // The footnotes of a page: after a rule of spaces, up to the next page.
    if (FOOTNOTE_RULE.test(line)) {
      let j = i + 1;
      while (j < raw.length && !raw[j].trim()) j++;
      const first = j < raw.length ? FOOTNOTE_START.exec(raw[j]) : null;
      if (first && Number(first[1]) === expectedFootnote) {
        const numbers: string[] = [];
        let current: string[] | undefined;
        for (; j < raw.length; j++) {
          const l = raw[j];
          if (!l.trim()) continue;
          if (PAGE_NUMBER.test(l) || /^\s/u.test(l) || l.includes('\f')) break;
          const m = FOOTNOTE_START.exec(l);
          if (m && Number(m[1]) === expectedFootnote) {
            current = [m[2]];
            fnLines.set(m[1], current);
            numbers.push(m[1]);
            expectedFootnote++;
          } else current?.push(l);
        }
        footnoteAt.push({ index: lines.length, numbers });
        i = j - 1;
        pageStart = true;
        continue;
      }
    }
    if (!line.trim()) continue;
    // A copied page's first line often starts with a space right after the previous page's last line.
    const startsPage = pageStart || (/^\s/u.test(line) && i > 0 && raw[i - 1].trim() !== '');
    lines.push({ text: convertLegacy(line.replace(/[\s\u00a0]+/gu, ' ').trim(), prefer), pageStart: startsPage });
    pageStart = false;
  }
  // Footnote texts, joined like paragraphs.
  for (const [key, ls] of fnLines) footnotes.set(key, [[{ text: joinLines(ls.map((l) => convertLegacy(l.replace(/\s+/gu, ' ').trim(), prefer))) }]]);
  dropRepeatedPageHeaders(lines);
  // Footnote marks: the number glued to the end of a word before the footnote block.
  for (const f of footnoteAt) {
    for (const n of f.numbers) markReference(lines, f.index, n);
  }
  const wrapped = isWrapped(lines);
  const texts = lines.map((l) => l.text);
  const { used } = readHeader(texts, undefined, wrapped);
  const bodyLines = lines.slice(used);
  const close = closingStart(bodyLines.map((l) => l.text));
  return {
    head: texts.slice(0, used),
    body: wrapped ? segment(bodyLines.slice(0, close)) : bodyLines.slice(0, close).map((l) => paragraph(l.text, undefined)),
    closing: bodyLines.slice(close).map((l) => l.text),
    footnotes,
    notes: [],
  };
}

/**
 * Drops a page header repeated at the top of pages: the same first line
 * after two or more page breaks.
 */
function dropRepeatedPageHeaders(lines: Line[]): void {
  const counts = new Map<string, number>();
  for (const l of lines) if (l.pageStart) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].pageStart && (counts.get(lines[i].text) ?? 0) >= 2) {
      if (lines[i + 1]) lines[i + 1].pageStart = true;
      lines.splice(i, 1);
    }
  }
}

/** Marks the reference of footnote `n`: the last `n` glued to a word in the lines before `before`. */
function markReference(lines: Line[], before: number, n: string): void {
  const re = new RegExp(`(?<=[\\p{L}\\p{M}”"’)\\]])${n}(?=[\\s.,;:!?)”"’]|$)`, 'gu');
  for (let i = before - 1; i >= Math.max(0, before - 80); i--) {
    const matches = [...lines[i].text.matchAll(re)];
    const m = matches[matches.length - 1];
    if (m && m.index !== undefined) {
      const t = lines[i].text;
      lines[i].text = t.slice(0, m.index) + REF_OPEN + n + REF_CLOSE + t.slice(m.index + n.length);
      return;
    }
  }
}

/** Joins the printed lines of one paragraph: a space between, none after a word broken at a hyphen (`08-` + `CT/TU`). */
function joinLines(parts: readonly string[]): string {
  let out = '';
  for (const p of parts) {
    if (!out) out = p;
    else if (/[\p{L}\d]-$/u.test(out)) out += p;
    else out += ' ' + p;
  }
  return out;
}

/** A paragraph block from joined text (footnote marks become references). */
function paragraph(text: string, heading: boolean | undefined): ImportBlock {
  const runs: ImportRun[] = [];
  const re = new RegExp(`${REF_OPEN}(\\d+)${REF_CLOSE}`, 'gu');
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index! > at) runs.push({ text: text.slice(at, m.index) });
    runs.push({ text: '', footnote: m[1] });
    at = m.index! + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return { kind: 'paragraph', runs, heading };
}

/** A printed line at least this share of the usual full line is full (justified to the margin). */
const FULL_LINE_SHARE = 0.9;

/** The value below which a share `q` of the numbers fall. */
function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Lower-case start: the line goes on with the sentence before it. */
const CONTINUES = /^[\p{Ll}\d(]/u;

/** Splits the body's printed lines into headings and paragraphs. */
function segment(lines: readonly Line[]): ImportBlock[] {
  interface Seg {
    lines: string[];
    heading: boolean;
    labelled: boolean;
  }
  const segs: Seg[] = [];
  const isLabel = (t: string) => parseLabel(t) !== undefined;
  const fullLine = FULL_LINE_SHARE * percentile(lines.map((l) => l.text.length), 0.75);
  let lastLabel: HeadingLabel | undefined;
  let i = 0;
  while (i < lines.length) {
    const first = lines[i].text;
    const label = parseLabel(first);
    if (label) {
      const ext = [first];
      let j = i + 1;
      const goesOn = (t: string) =>
        !isLabel(t) && !DASH_LINE.test(t) && !endsSentence(ext[ext.length - 1]) && (CONTINUES.test(t) || (label.kind === 'roman' && isCapitalsLine(t) && isCapitalsLine(ext[0])));
      while (j < lines.length && goesOn(lines[j].text)) ext.push(lines[j++].text);
      const next = lines[j]?.text;
      const nextStarts = next === undefined || /^[\p{Lu}“"(]/u.test(next) || isLabel(next) || DASH_LINE.test(next);
      if (headingLike(joinLines(ext)) && nextStarts) {
        segs.push({ lines: ext, heading: true, labelled: true });
        lastLabel = label;
        i = j;
        continue;
      }
    }
    const para = [first];
    let j = i + 1;
    while (j < lines.length && !URL_LINE.test(para[para.length - 1])) {
      const l = lines[j];
      // After the end of a sentence, a line in lower case goes on (a clause after `;`), and so does
      // one after a `;` that filled its printed line (justified text: the paragraph did not end there).
      const prev = para[para.length - 1];
      if (endsSentence(prev) && !(!isLabel(l.text) && !DASH_LINE.test(l.text) && (/^\p{Ll}/u.test(l.text) || (/;$/u.test(prev) && prev.length >= fullLine)))) break;
      // A new page that opens with a label or a dash starts a new block.
      if (l.pageStart && (isLabel(l.text) || DASH_LINE.test(l.text))) break;
      if (URL_LINE.test(l.text)) break;
      // The next label of the same kind (`5.` then `6.`) starts the next numbered paragraph.
      const other = parseLabel(l.text);
      if (lastLabel && other && lastLabel.kind === other.kind && other.value === lastLabel.value + 1 && other.parts.length === lastLabel.parts.length) break;
      para.push(l.text);
      j++;
    }
    segs.push({ lines: para, heading: false, labelled: !!label });
    if (label) lastLabel = label;
    i = j;
  }
  // Labelled blocks of one kind under one Roman heading are read alike: if one
  // of them is plainly a numbered paragraph, a sibling that only looked like a
  // heading is a paragraph too, and the text after it is the rest of its sentence.
  const groups = new Map<string, number[]>();
  let section = -1;
  segs.forEach((s, k) => {
    if (!s.labelled) return;
    const label = parseLabel(s.lines[0])!;
    if (label.kind === 'roman' && s.heading) {
      section = k;
      return;
    }
    const key = `${section}:${label.kind}:${label.parts.length}`;
    groups.set(key, [...(groups.get(key) ?? []), k]);
  });
  const merged = new Set<number>();
  for (const members of groups.values()) {
    if (!members.some((k) => !segs[k].heading && endsSentence(segs[k].lines[segs[k].lines.length - 1]))) continue;
    for (const k of members) {
      if (!segs[k].heading) continue;
      segs[k].heading = false;
      // Take the following plain paragraph up to where the sentence ends.
      for (let n = k + 1; n < segs.length && !endsSentence(segs[k].lines[segs[k].lines.length - 1]); n++) {
        if (segs[n].labelled || merged.has(n)) break;
        segs[k].lines.push(...segs[n].lines);
        merged.add(n);
      }
    }
  }
  return segs.filter((_, k) => !merged.has(k)).map((s) => paragraph(joinLines(s.lines), s.labelled ? s.heading : undefined));
}

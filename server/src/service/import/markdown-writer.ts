/**
 * Writing imported blocks as the dialect's body (dialect §2): headings by
 * their labels (`I.` → `#`, `1.` → `##`, `1.1.` or `a)` → `###`, `a)` under
 * `1.1.` or `1.1.1.` → `####`), dash paragraphs as `- ` items, pipe tables,
 * footnotes as `[^n]`, bold and italic kept, page breaks as
 * `<!-- pagebreak -->`. Text is escaped only where markdown would otherwise
 * read it as markup, so it comes back as it was.
 */
import { parseLabel, type HeadingLabel } from '../model/heading-label';
import { ITEM_MARKER } from './header';
import type { ImportBlock, ImportNote, ImportRun } from './types';

/** Sentence-ending punctuation at the end of a paragraph (a trailing quote or bracket allowed). */
const ENDS_SENTENCE = /(?:[.;:!?]|\.\/\.)[”"’)\]]*$/u;
/** A sentence boundary inside a text: `. ` then a capital (not `…`, not after a single capital as in initials). */
const INNER_SENTENCE = /[^.\s\p{Lu}][.;!?]\s+\p{Lu}/u;
/** Longest text still read as a heading. */
const HEADING_MAX_CHARS = 300;

/** The plain text of runs. */
export function runsText(runs: readonly ImportRun[]): string {
  return runs.map((r) => r.text).join('');
}

/** True when a text ends a sentence (`.`, `;`, `:`, `!`, `?`, `./.`), `...` and `…` excepted. */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  if (/(?:\.\.\.|…)[”"’)\]]*$/u.test(t)) return false;
  return ENDS_SENTENCE.test(t);
}

/** Whether a labelled text reads as a heading: no sentence inside it and none ending it, and short. */
export function headingLike(text: string): boolean {
  const t = text.trim();
  const label = parseLabel(t);
  const title = label ? t.slice(label.text.length) : t;
  return t.length <= HEADING_MAX_CHARS && !endsSentence(t) && !INNER_SENTENCE.test(title.slice(0, -1));
}

/** Markdown heading level of a label, given the level and label of the heading above it. */
export function levelOfLabel(label: HeadingLabel, above: { level: number; label?: HeadingLabel } | undefined): number {
  switch (label.kind) {
    case 'roman':
      return 1;
    case 'arabic':
      return 2;
    case 'decimal':
      return Math.min(4, label.parts.length + 1);
    case 'letter':
      // `b)` after `a)` is its sibling; `a)` under `1.1.` (or deeper) is level 4; otherwise level 3.
      if (above?.label?.kind === 'letter') return above.level;
      return above && above.level >= 3 && above.label?.kind === 'decimal' ? 4 : 3;
    default:
      return 2;
  }
}

/**
 * Decides which labelled paragraphs are headings. A reader's judgement
 * stands; otherwise a paragraph is a heading when it reads like one (see
 * `headingLike`) or is bold throughout. Labelled paragraphs of one kind
 * under one Roman section are read alike: when one of them is plainly a
 * numbered paragraph (it ends a sentence), those that only looked like
 * headings are paragraphs too.
 */
export function markHeadings(blocks: readonly ImportBlock[]): boolean[] {
  const heading = blocks.map(() => false);
  const groups = new Map<string, number[]>();
  let section = 0;
  blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph') return;
    const text = runsText(b.runs).trim();
    const label = parseLabel(text);
    if (!label || label.kind === 'none') {
      heading[i] = !!b.heading && b.styleLevel !== undefined;
      return;
    }
    const bold = b.runs.filter((r) => r.text.trim()).every((r) => r.bold);
    if (b.heading !== undefined) heading[i] = b.heading;
    else heading[i] = headingLike(text) || (bold && text.length <= HEADING_MAX_CHARS);
    if (label.kind === 'roman' && heading[i]) {
      section = i;
      return;
    }
    if (b.heading !== undefined) return;
    const key = `${section}:${label.kind}:${label.parts.length}`;
    const g = groups.get(key) ?? [];
    g.push(i);
    groups.set(key, g);
  });
  for (const members of groups.values()) {
    const plainParagraph = members.some((i) => !heading[i] && endsSentence(runsText((blocks[i] as { runs: ImportRun[] }).runs)));
    if (!plainParagraph) continue;
    for (const i of members) {
      const b = blocks[i] as { runs: ImportRun[] };
      if (heading[i] && !b.runs.filter((r) => r.text.trim()).every((r) => r.bold)) heading[i] = false;
    }
  }
  return heading;
}

// ---- escaping ----------------------------------------------------------------

/** Escapes inline text so markdown-it reads it back as the same characters. */
export function escapeInline(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1] ?? '';
    const prev = text[i - 1] ?? '';
    switch (c) {
      case '\\':
      case '*':
      case '`':
        out += '\\' + c;
        break;
      case '_':
        // Inside a word `_` is never emphasis (CommonMark), so URLs and codes stay readable.
        out += /[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next) ? c : '\\_';
        break;
      case '[':
        out += next === '^' ? '\\[' : c;
        break;
      case ']':
        out += next === '(' || next === '[' || next === ':' ? '\\]' : c;
        break;
      case '<':
        out += /[A-Za-z!/?]/.test(next) ? '\\<' : c;
        break;
      case '&':
        out += /^&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(text.slice(i)) ? '\\&' : c;
        break;
      case '~':
        out += next === '~' || prev === '~' ? '\\~' : c;
        break;
      case '|':
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

/** Escapes what markdown would read as block markup at the start of a paragraph's line. */
function escapeLineStart(line: string): string {
  if (/^(?:#{1,6}(?:\s|$)|>|=+\s*$|[*+-]\s*$|\*\s|`{3}|~{3})/u.test(line)) return '\\' + line;
  if (/^(?:\d{1,9})\)\s/u.test(line)) return line.replace(')', '\\)');
  return line;
}

/** Inline runs as markdown: emphasis markers around whole words, footnote references as `[^n]`. */
export function runsMarkdown(runs: readonly ImportRun[], footnoteNumber: (key: string) => number | undefined, plain = false): string {
  // Merge neighbours of one look first, so `**a** **b**` becomes `**a b**`.
  const merged: ImportRun[] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (last && r.footnote === undefined && last.footnote === undefined && !!last.bold === !!r.bold && !!last.italic === !!r.italic) last.text += r.text;
    else merged.push({ ...r });
  }
  let out = '';
  for (const r of merged) {
    if (r.footnote !== undefined) {
      const n = footnoteNumber(r.footnote);
      if (n !== undefined) out += `[^${n}]`;
      continue;
    }
    const text = r.text.replace(/[\r\n]+/g, ' ');
    const m = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text)!;
    const core = escapeInline(m[2]);
    if (!core || plain || (!r.bold && !r.italic)) {
      out += m[1] + core + m[3];
      continue;
    }
    const mark = r.bold && r.italic ? '***' : r.bold ? '**' : '*';
    out += `${m[1]}${mark}${core}${mark}${m[3]}`;
  }
  return out;
}

/** One table as a pipe table; the first row is its header row. */
function tableMarkdown(rows: readonly ImportRun[][][], footnoteNumber: (key: string) => number | undefined): string {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const cell = (runs: ImportRun[] | undefined) =>
    runs ? runsMarkdown(runs, footnoteNumber).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim() : '';
  const line = (r: ImportRun[][]) => `| ${Array.from({ length: width }, (_, i) => cell(r[i])).join(' | ')} |`;
  const out = [line(rows[0] ?? [])];
  out.push(`|${Array.from({ length: width }, () => '---').join('|')}|`);
  for (const r of rows.slice(1)) out.push(line(r));
  return out.join('\n');
}

/** The body and its footnote definitions as markdown. */
export function bodyMarkdown(blocks: readonly ImportBlock[], footnotes: ReadonlyMap<string, ImportRun[][]>, notes: ImportNote[]): string {
  const numbers = new Map<string, number>();
  const footnoteNumber = (key: string): number | undefined => {
    if (!footnotes.has(key)) return undefined;
    let n = numbers.get(key);
    if (n === undefined) {
      n = numbers.size + 1;
      numbers.set(key, n);
    }
    return n;
  };
  const heading = markHeadings(blocks);
  const out: string[] = [];
  let tables = 0;
  let above: { level: number; label?: HeadingLabel } | undefined;
  blocks.forEach((b, i) => {
    if (b.kind === 'pagebreak') {
      out.push('<!-- pagebreak -->');
      return;
    }
    if (b.kind === 'table') {
      if (b.rows.length === 0) return;
      out.push(tableMarkdown(b.rows, footnoteNumber));
      tables++;
      if (b.merged) notes.push({ vi: `Bảng thứ ${tables}: ô gộp đã được tách, chữ nằm ở ô đầu, các ô còn lại để trống.`, en: `Table ${tables}: merged cells were split; their text is in the first cell, the others are empty.` });
      return;
    }
    const text = runsText(b.runs).trim();
    if (!text && !b.runs.some((r) => r.footnote !== undefined)) return;
    if (b.raw) {
      out.push(text);
      return;
    }
    if (heading[i]) {
      const label = parseLabel(text);
      const level = label ? levelOfLabel(label, above) : Math.min(4, b.styleLevel ?? 1);
      above = { level, label };
      const md = runsMarkdown(trimRuns(b.runs), footnoteNumber, true).replace(/#+\s*$/u, (m) => m.replace(/#/g, '\\#'));
      out.push(`${'#'.repeat(level)} ${md}`);
      return;
    }
    const marker = ITEM_MARKER.exec(text);
    if (marker && text.length > marker[0].length) {
      const sign = text[0] === '+' ? '+' : '-';
      const rest = trimRuns(dropPrefix(b.runs, marker[0].length));
      out.push(`${sign} ${escapeLineStart(runsMarkdown(rest, footnoteNumber))}`);
      return;
    }
    out.push(escapeLineStart(runsMarkdown(trimRuns(b.runs), footnoteNumber)));
  });
  const defs: string[] = [];
  for (const [key, n] of numbers) {
    const paras = footnotes.get(key) ?? [];
    const body = paras.map((p) => runsMarkdown(trimRuns(p), footnoteNumber).trim()).filter(Boolean);
    defs.push(`[^${n}]: ${body.join('\n\n    ') || ' '}`.trimEnd());
  }
  return out.join('\n\n') + (defs.length ? '\n\n' + defs.join('\n') : '');
}

/** Runs without leading and trailing whitespace. */
function trimRuns(runs: readonly ImportRun[]): ImportRun[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length && out[0].footnote === undefined && !out[0].text.trim()) out.shift();
  while (out.length && out[out.length - 1].footnote === undefined && !out[out.length - 1].text.trim()) out.pop();
  if (out.length && out[0].footnote === undefined) out[0].text = out[0].text.trimStart();
  const last = out[out.length - 1];
  if (last && last.footnote === undefined) last.text = last.text.trimEnd();
  return out;
}

/** Runs without their first `n` characters of text (after leading whitespace). */
function dropPrefix(runs: readonly ImportRun[], n: number): ImportRun[] {
  const out: ImportRun[] = [];
  let left = n;
  let leading = true;
  for (const r of runs) {
    if (left <= 0 || r.footnote !== undefined) {
      out.push(r);
      continue;
    }
    let t = r.text;
    if (leading) {
      const trimmed = t.trimStart();
      if (!trimmed) continue;
      t = trimmed;
      leading = false;
    }
    if (t.length <= left) {
      left -= t.length;
      continue;
    }
    out.push({ ...r, text: t.slice(left) });
    left = 0;
  }
  return out;
}

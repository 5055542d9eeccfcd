/**
 * The body of a document as the writers see it: a flat list of printable
 * nodes (headings, paragraphs, dash items, tables, page breaks, code) with
 * inline runs (text, bold, italic, footnote references) and their source
 * lines, plus the footnotes, so the .docx and the HTML preview print the
 * same thing. It is derived from the document model: the token stream is
 * walked once, by model/body.ts, and each of the body's blocks — and each
 * part printed that no block holds, such as a list item's second paragraph
 * or a heading in a quote (`Body.parts`) — gives its node from the tokens it
 * refers to (its inline text, its table cells, its opening token).
 *
 * Raw HTML is never markup here: markdown-it runs with `html: false`, so it
 * arrives as text runs; the single exception, `<!-- pagebreak -->` on its
 * own line, becomes a page-break node (dialect §2), and so do the appendix
 * markers `<!-- phu-luc -->` / `<!-- phu-luc ngang -->`, which open an
 * appendix node: its name heading (`# PHỤ LỤC I`) and title line are read
 * into it, and every node after it up to the next one belongs to it. In a
 * quyết định the căn cứ lines, the "QUYẾT ĐỊNH:" line and the articles
 * (`Điều 1.` …) of the main text are nodes of their own (dialect §2).
 * Links print their text only; images print their alt text in brackets
 * with a note.
 */
import type Token from 'markdown-it/lib/token.mjs';
import type { VbhcDocument } from '../model/document';
import { PAGEBREAK_LINE, openingTokenIndex, type Block } from '../model/body';
import { msg, type Msg } from '../i18n';
import { maxOf } from './text-measure';
import { fold } from '../text/fold';
import { toRoman } from '../model/heading-label';
import { BUILT_IN_TYPES, layoutVariantOf, type DocTypeTable } from '../data/doc-types';
import { FIXED_TEXT } from './layout-constants';

/** A piece of inline text. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Inline code: printed as plain text. */
  code?: boolean;
  /** A footnote reference: the footnote's number (1-based, in order of reference). */
  footnote?: number;
  /** A hard line break (text is empty). */
  lineBreak?: boolean;
}

/** A printable node of the body. `line` is the 0-based analysis line it starts on. */
export type BodyNode =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; runs: Run[]; line: number }
  | { kind: 'paragraph'; runs: Run[]; line: number; quote?: boolean }
  | { kind: 'dash'; marker: string; depth: number; runs: Run[]; line: number }
  | {
      kind: 'table';
      rows: Run[][][];
      headerRows: number;
      /** Alignment the table's delimiter row asks for, per column ('' when none). */
      align: ('left' | 'center' | 'right' | '')[];
      /** Columns whose body cells all hold numbers (and at least one does). */
      numeric: boolean[];
      /** Sequence-number columns (headed STT, TT, Số TT, Số thứ tự): centred. */
      sequence: boolean[];
      line: number;
    }
  | { kind: 'pagebreak'; line: number }
  | { kind: 'code'; text: string; line: number }
  | { kind: 'hr'; line: number }
  /** Quyết định: a căn cứ line (`Căn cứ …`, `Theo đề nghị …`), printed in italics. */
  | { kind: 'basis'; runs: Run[]; line: number }
  /** Quyết định: the "QUYẾT ĐỊNH:" line before the first article. */
  | { kind: 'decides'; line: number }
  /** Quyết định: an article, its label (`Điều 1.`) printed in bold, then the rest of its paragraph. */
  | { kind: 'article'; label: string; runs: Run[]; line: number }
  /**
   * The start of an appendix: a new page (landscape when asked), its name as
   * printed (`Phụ lục I`) and its title when it has one. The nodes after it,
   * up to the next appendix, are its content.
   */
  | { kind: 'appendix'; landscape: boolean; label: string; title?: string; line: number };

/** A footnote: its number and paragraphs. */
export interface FootnoteNode {
  id: number;
  label: string;
  paragraphs: Run[][];
  line: number;
}

/** The printable body. */
export interface RenderModel {
  nodes: BodyNode[];
  /** Footnotes by number. */
  footnotes: Map<number, FootnoteNode>;
  /** Things printed differently from the source (line numbers inside). */
  notes: Msg[];
}


/** Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE, U+FFFF). */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
/** A surrogate half without its partner. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** A character either pattern above may change: without one, text is printable as it is. */
const MAY_CHANGE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/**
 * Text as it may be printed: characters XML 1.0 forbids are dropped (Word
 * refuses a file that holds them) and a lone surrogate becomes U+FFFD.
 */
export function printable(s: string): string {
  // One test of a character class instead of two replaces (one with a lookbehind) on every run of text.
  if (!MAY_CHANGE.test(s)) return s;
  return s.replace(XML_FORBIDDEN, '').replace(LONE_SURROGATE, '\ufffd');
}

/** An appendix marker on its own line (dialect §2): `<!-- phu-luc -->`, or `<!-- phu-luc ngang -->` for a landscape section. */
export const APPENDIX_LINE = /^<!--\s*phu-luc(\s+ngang)?\s*-->$/i;

/**
 * Builds the printable body of a parsed document, laid out as the table of
 * document types says for its `loai`. Never throws: a token it cannot read
 * becomes a note.
 */
export function buildRenderModel(doc: VbhcDocument, types: DocTypeTable = BUILT_IN_TYPES): RenderModel {
  const model = printedNodes(doc);
  readAppendices(model.nodes);
  if (layoutVariantOf(doc.loai, types) === 'quyet-dinh') readDecision(model.nodes);
  return model;
}

/** markdown-it footnote id (0-based) → our number (1-based, first reference first). */
function footnoteNumbering(): (mdId: number) => number {
  const footnoteNumber = new Map<number, number>();
  return (mdId: number): number => {
    let n = footnoteNumber.get(mdId);
    if (n === undefined) {
      n = footnoteNumber.size + 1;
      footnoteNumber.set(mdId, n);
    }
    return n;
  };
}

/** The note for content that could not be read. */
function unreadable(line: number, e: unknown): Msg {
  return msg(`Dòng ${line + 1}: không đọc được nội dung (${(e as Error).message}); phần này bị bỏ qua.`, `Line ${line + 1}: content could not be read (${(e as Error).message}); it is skipped.`);
}

/** The note for a heading deeper than the four levels printed. */
function deepHeading(line: number, tag: string): Msg {
  return msg(`Dòng ${line + 1}: đề mục cấp ${tag.slice(1)} được in như cấp 4.`, `Line ${line + 1}: a level-${tag.slice(1)} heading is printed as level 4.`);
}

/** A heading's runs: headings take their look from their style only, so inline emphasis is dropped. */
function headingRuns(runs: readonly Run[]): Run[] {
  return runs.map((r) => ({ text: r.text, footnote: r.footnote, lineBreak: r.lineBreak }));
}

/** Level of a heading as printed (`h5`, `h6` print as level 4). */
function printedLevel(tag: string): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(1, Number(tag.slice(1)))) as 1 | 2 | 3 | 4;
}

/** A list item's marker as printed (an ordered item's number as written, a `*` bullet as `-`) and its depth. */
function itemMarker(t: Token, ordered: boolean, depth: number): { text: string; dash: boolean; depth: number } {
  return ordered ? { text: printable(`${t.info}${t.markup}`), dash: false, depth } : { text: t.markup === '*' ? '-' : t.markup, dash: true, depth };
}

/** A list item's node: a dash item, or an ordered item's paragraph led by its number (alone when the item is empty: no `runs`). */
function itemNode(m: { text: string; dash: boolean; depth: number }, runs: Run[] | undefined, line: number): BodyNode {
  if (m.dash) return { kind: 'dash', marker: m.text, depth: m.depth, runs: runs ?? [], line };
  return { kind: 'paragraph', runs: runs ? [{ text: `${m.text} ` }, ...runs] : [{ text: m.text }], line };
}

/** A table: its cells (inline tokens, row by row), header rows and the alignment its first row asks for, read from its opening token `open`. */
function tableNode(cells: readonly (readonly Token[])[], headerRows: number, tokens: readonly Token[], open: number, inlineRuns: (t: Token) => Run[], line: number): BodyNode {
  const rows = cells.map((row) => row.map(inlineRuns));
  const align: ('left' | 'center' | 'right' | '')[] = [];
  for (let k = open + 1; k < tokens.length && tokens[k].type !== 'tr_close' && tokens[k].type !== 'table_close'; k++) {
    const tk = tokens[k];
    if (tk.type === 'th_open' || tk.type === 'td_open') align.push(cellAlignOf(tk));
  }
  return { kind: 'table', rows, headerRows, align, numeric: numericColumns(rows, headerRows, align.length), sequence: sequenceColumns(rows, headerRows, align.length), line };
}

/** A code block or fence as printed: its content without the last line break. */
function codeNode(t: Token, line: number): Extract<BodyNode, { kind: 'code' }> {
  return { kind: 'code', text: printable(t.content.replace(/\n$/, '')), line };
}

/** The alignment a table cell's token asks for ('' when none). */
function cellAlignOf(tk: Token): 'left' | 'center' | 'right' | '' {
  const m = /text-align:\s*(left|center|right)/.exec(tk.attrGet('style') ?? '');
  return (m?.[1] as 'left' | 'center' | 'right' | undefined) ?? '';
}

/** A block or part of the body, by the index of the token it starts at. */
interface Printed {
  open: number;
  /** The block, when a block holds it (its table cells are read from it). */
  block?: Block;
  /** Lists open around it, the innermost numbered or not, and whether it is in a quote. */
  lists: number;
  ordered: boolean;
  quote: boolean;
}

/**
 * What the body prints, in the order of its tokens: its blocks (a footnote
 * block by its `footnote_open`, after the body) and the parts no block
 * holds (model/body.ts `Body.parts`).
 */
function printedInOrder(body: VbhcDocument['body']): Printed[] {
  const out: Printed[] = [];
  for (const b of body.blocks) {
    const open = openingTokenIndex(b);
    // Every block of a parsed body knows its token; none is printed without one.
    if (open === undefined) continue;
    const item = b.kind === 'dash' || b.marker !== undefined;
    out.push({ open, block: b, lists: item ? (b.depth ?? 0) + 1 : 0, ordered: item && b.kind !== 'dash', quote: b.kind === 'quote' });
  }
  for (const p of body.parts ?? []) out.push(p);
  // A footnote's blocks (and a heading or table in one) come after the body's in the stream, whatever their lines.
  return out.sort((x, y) => x.open - y.open);
}

/**
 * The printable body read from the document model: its blocks and the
 * parts no block holds, in token order, each from its own tokens (a
 * paragraph's or heading's inline, a table's cells, a list item's marker).
 * A list item's marker waits for the first paragraph or heading of the
 * item and leads it; in a footnote, paragraphs, headings and list items are
 * the footnote's paragraphs.
 */
function printedNodes(doc: VbhcDocument): RenderModel {
  const body = doc.body;
  const tokens = body.tokens;
  const nodes: BodyNode[] = [];
  const footnotes = new Map<number, FootnoteNode>();
  const notes: Msg[] = [];
  const numberOf = footnoteNumbering();
  const runsOf = (inline: Token | undefined, line: number) => inlineRuns(inline, numberOf, notes, line);
  const lineOf = (t: Token) => (t.map ? t.map[0] : nodes.length ? nodes[nodes.length - 1].line : body.startLine);

  /** Marker waiting for the first paragraph of the current list item. */
  let pendingMarker: { text: string; dash: boolean; depth: number } | undefined;
  /** The footnote being read: everything after its opening token is in it. */
  let footnote: FootnoteNode | undefined;

  /**
   * Places the text of a paragraph (or heading) or, with no runs, an empty
   * item: led by the waiting item's marker if there is one. Inside a
   * footnote it is one of the footnote's paragraphs (a dash or number
   * first), never a node of the body.
   */
  const placeItemText = (runs: Run[] | undefined, line: number): void => {
    const marker = pendingMarker;
    pendingMarker = undefined;
    if (footnote) {
      footnote.paragraphs.push(marker ? [{ text: runs ? `${marker.text} ` : marker.text }, ...(runs ?? [])] : (runs ?? []));
      return;
    }
    if (marker) nodes.push(itemNode(marker, runs, line));
    else if (runs) nodes.push({ kind: 'paragraph', runs, line });
  };

  /** The paragraph opened at `i`: a page break, an appendix marker, an item's text, a footnote's paragraph or a paragraph. */
  const paragraph = (i: number, at: Printed): void => {
    const line = lineOf(tokens[i]);
    const inline = tokens[i + 1];
    const runs = runsOf(inline, line);
    if (footnote) {
      placeItemText(runs, line);
      return;
    }
    const content = (inline?.content ?? '').trim();
    if (!pendingMarker && !at.quote && PAGEBREAK_LINE.test(content)) {
      nodes.push({ kind: 'pagebreak', line });
      return;
    }
    const appendix = !pendingMarker && !at.quote && at.lists === 0 ? APPENDIX_LINE.exec(content) : null;
    if (appendix) {
      nodes.push({ kind: 'appendix', landscape: !!appendix[1], label: FIXED_TEXT.PHU_LUC, line });
      return;
    }
    if (pendingMarker) {
      nodes.push(itemNode(pendingMarker, runs, line));
      pendingMarker = undefined;
      return;
    }
    nodes.push({ kind: 'paragraph', runs, line, quote: at.quote || undefined });
  };

  /** The paragraph that opens an item or a footnote (the token after `open`), if it has one: read with it. */
  const ownParagraph = (open: number, at: Printed): void => {
    if (tokens[open + 1]?.type !== 'paragraph_open') return;
    try {
      paragraph(open + 1, at);
    } catch (e) {
      notes.push(unreadable(lineOf(tokens[open + 1]), e));
      // The item's marker is printed alone rather than lost.
      if (pendingMarker) placeItemText(undefined, lineOf(tokens[open + 1]));
    }
  };

  for (const at of printedInOrder(body)) {
    const { open, block } = at;
    const t = tokens[open];
    const line = lineOf(t);
    try {
      switch (t.type) {
        case 'heading_open': {
          const runs = headingRuns(runsOf(tokens[open + 1], line));
          if (footnote || pendingMarker) {
            // A heading that opens a list item (`- # …`) is that item's text; in a footnote, one of its paragraphs.
            placeItemText(runs, line);
            break;
          }
          // In a list or quote a heading prints as a paragraph.
          if (at.lists > 0 || at.quote) nodes.push({ kind: 'paragraph', runs, line });
          else nodes.push({ kind: 'heading', level: printedLevel(t.tag), runs, line });
          if (Number(t.tag.slice(1)) > 4) notes.push(deepHeading(line, t.tag));
          break;
        }
        case 'paragraph_open':
          paragraph(open, at);
          break;
        case 'list_item_open':
          // An item that opened without text (`- ` then a nested item) keeps its marker, alone on its line.
          if (pendingMarker) placeItemText(undefined, line);
          pendingMarker = itemMarker(t, at.ordered, Math.max(0, at.lists - 1));
          // An empty item: its marker alone.
          if (tokens[open + 1]?.type === 'list_item_close') placeItemText(undefined, lineOf(tokens[open + 1]));
          else ownParagraph(open, at);
          break;
        case 'list_item_close':
          // The end of an item whose marker no paragraph took: the marker alone.
          if (pendingMarker) placeItemText(undefined, line);
          break;
        case 'fence':
        case 'code_block': {
          const code = codeNode(t, line);
          if (footnote) {
            // Code in a footnote stays in it: a paragraph per line (a line break would stretch a justified line).
            const lines = code.text.split('\n').map((text): Run[] => (text === '' ? [] : [{ text, code: true }]));
            placeItemText(lines[0], line);
            for (const runs of lines.slice(1)) footnote.paragraphs.push(runs);
            break;
          }
          // An item opened by code, a rule or a table prints its marker on a line of its own before it.
          if (pendingMarker) placeItemText(undefined, line);
          nodes.push(code);
          break;
        }
        case 'hr':
          if (pendingMarker) placeItemText(undefined, line);
          nodes.push({ kind: 'hr', line });
          break;
        case 'table_open':
          if (pendingMarker) placeItemText(undefined, line);
          nodes.push(tableNode(block?.rows ?? [], block?.headerRows ?? 0, tokens, open, (c) => runsOf(c, c.map ? c.map[0] : line), line));
          break;
        case 'footnote_open': {
          const meta = (t.meta ?? {}) as { id?: number; label?: string };
          const id = numberOf(meta.id ?? -1 - footnotes.size);
          const fnLine = body.footnotes.get(String(meta.label ?? meta.id ?? ''))?.startLine ?? line;
          footnote = { id, label: String(meta.label ?? id), paragraphs: [], line: fnLine };
          footnotes.set(id, footnote);
          ownParagraph(open, at);
          break;
        }
        default:
          break;
      }
    } catch (e) {
      notes.push(unreadable(line, e));
    }
  }
  return { nodes, footnotes, notes };
}

/** An appendix's name heading as written: `PHỤ LỤC`, `PHỤ LỤC I`, `Phụ lục 2`, maybe with its title after a dot, colon or dash. */
const APPENDIX_NAME = /^ph[uụ]\s+l[uụ]c(?:\s+([IVXLC]+|\d+)\b)?\s*(?:[.:\-–]\s*)?(.*)$/iu;

/** A title line: one line that does not end a sentence or a clause. */
function isTitleLine(node: BodyNode | undefined): node is Extract<BodyNode, { kind: 'paragraph' }> {
  if (node?.kind !== 'paragraph' || node.quote) return false;
  if (node.runs.some((r) => r.lineBreak || r.footnote !== undefined)) return false;
  const text = runsText(node.runs).trim();
  return text !== '' && !/[.;:,]$/.test(text);
}

/**
 * Reads each appendix's name heading and title line into its node (they
 * are printed by the appendix's title block, not as body text), and names
 * it as the decree prints it: "Phụ lục" and its number as written, or, when
 * the document has several appendices and the name gives none, its Roman
 * number in order (PL I §III.1.a).
 */
function readAppendices(nodes: BodyNode[]): void {
  const starts = nodes.flatMap((n, i) => (n.kind === 'appendix' ? [i] : []));
  starts.forEach((start, order) => {
    const node = nodes[start] as Extract<BodyNode, { kind: 'appendix' }>;
    let number: string | undefined;
    let title: string | undefined;
    let consumed = 0;
    const first = nodes[start + 1];
    const name = first?.kind === 'heading' ? APPENDIX_NAME.exec(runsText(first.runs).trim()) : null;
    if (name && first?.kind === 'heading' && !first.runs.some((r) => r.footnote !== undefined)) {
      consumed = 1;
      number = name[1]?.toUpperCase();
      title = name[2].trim() || undefined;
      const next = nodes[start + 2];
      if (!title && isTitleLine(next)) {
        title = runsText(next.runs).trim();
        consumed = 2;
      }
    }
    if (number === undefined && starts.length > 1) number = toRoman(order + 1);
    node.label = number ? `${FIXED_TEXT.PHU_LUC} ${number}` : FIXED_TEXT.PHU_LUC;
    if (title) node.title = title;
    // Mark what was read for removal; indexes of later appendices stay valid until the splice below.
    for (let k = 1; k <= consumed; k++) nodes[start + k] = REMOVED;
  });
  for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i] === REMOVED) nodes.splice(i, 1);
}

const REMOVED: BodyNode = { kind: 'hr', line: -1 };

/** `Điều 1.` at the start of a paragraph: an article of a quyết định (dialect §2). */
const ARTICLE_LABEL = /^Điều\s+\d+\s*\./u;
/** The lines of the căn cứ block (Mẫu 1.2: `Căn cứ …;` … `Theo đề nghị của … .`). */
const BASIS_LINE = /^(?:Căn cứ|Theo đề nghị|Xét đề nghị)(?=\s|$)/u;
/** "QUYẾT ĐỊNH:" typed by the user (the exporter prints it; a typed one is not printed twice). */
const DECIDES_LINE = /^QUYẾT ĐỊNH\s*:?$/u;

/**
 * A quyết định's main text: before the first article, paragraphs that begin
 * with `Căn cứ` / `Theo đề nghị` / `Xét đề nghị` are căn cứ lines; the
 * "QUYẾT ĐỊNH:" line goes right before the first article (or where the user
 * typed it); paragraphs that begin with `Điều N.` are articles.
 */
function readDecision(nodes: BodyNode[]): void {
  const end = nodes.findIndex((n) => n.kind === 'appendix');
  let stop = end < 0 ? nodes.length : end;
  let decides = false;
  let articles = false;
  for (let i = 0; i < stop; i++) {
    const n = nodes[i];
    if (n.kind !== 'paragraph' || n.quote) continue;
    const text = runsText(n.runs).trim();
    const label = ARTICLE_LABEL.exec(text);
    if (label) {
      const lead = runsText(n.runs).length - runsText(n.runs).trimStart().length;
      const [, rest] = splitRuns(n.runs, lead + label[0].length);
      // The writers put one space between the label and the text.
      while (rest.length > 0 && !rest[0].lineBreak && rest[0].footnote === undefined && rest[0].text.trim() === '') rest.shift();
      if (rest[0] && rest[0].footnote === undefined) rest[0] = { ...rest[0], text: rest[0].text.replace(/^\s+/, '') };
      nodes[i] = { kind: 'article', label: label[0].replace(/\s+/g, ' ').replace(/\s\.$/, '.'), runs: rest, line: n.line };
      if (!decides) {
        nodes.splice(i, 0, { kind: 'decides', line: n.line });
        decides = true;
        i++;
        stop++;
      }
      articles = true;
      continue;
    }
    if (articles) continue;
    if (!decides && DECIDES_LINE.test(text)) {
      nodes[i] = { kind: 'decides', line: n.line };
      decides = true;
    } else if (!decides && BASIS_LINE.test(text)) nodes[i] = { kind: 'basis', runs: n.runs, line: n.line };
  }
}

/** Splits runs at a character offset of their plain text (footnote references have no length; a break counts one). */
export function splitRuns(runs: readonly Run[], offset: number): [Run[], Run[]] {
  const a: Run[] = [];
  const b: Run[] = [];
  let pos = 0;
  for (const r of runs) {
    const len = r.lineBreak ? 1 : r.text.length;
    if (pos + len <= offset && !(pos === offset && r.footnote === undefined && len > 0)) a.push(r);
    else if (pos >= offset) b.push(r);
    else {
      a.push({ ...r, text: r.text.slice(0, offset - pos) });
      b.push({ ...r, text: r.text.slice(offset - pos).replace(/^\s+/, '') });
    }
    pos += len;
  }
  return [a, b];
}

/** Inline runs of an inline token: text with bold/italic state, footnote references, breaks. */
function inlineRuns(inline: Token | undefined, numberOf: (mdId: number) => number, notes: Msg[], line: number): Run[] {
  const out: Run[] = [];
  if (!inline) return out;
  const children = inline.children ?? [];
  let bold = 0;
  let italic = 0;
  /** Text in the current look (inline code when `code`); breaks and footnote references are pushed as runs of their own. */
  const push = (text: string, code = false) => {
    if (text === '') return;
    const printed = printable(text);
    const last = out[out.length - 1];
    // Merge neighbours with the same look to keep the output small.
    if (last && !last.footnote && !last.lineBreak && !!last.bold === bold > 0 && !!last.italic === italic > 0 && !!last.code === code) {
      last.text += printed;
      return;
    }
    // The keys a run has are those of its look that are on (no object spreads: one literal per run).
    const run: Run = { text: printed };
    if (bold > 0) run.bold = true;
    if (italic > 0) run.italic = true;
    if (code) run.code = true;
    out.push(run);
  };
  for (let k = 0; k < children.length; k++) {
    const c = children[k];
    switch (c.type) {
      case 'text':
      case 'text_special':
      case 'html_inline':
        push(c.content);
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        out.push({ text: '', lineBreak: true });
        break;
      case 'code_inline':
        push(c.content, true);
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open':
      case 'link_close':
        // The link's text is printed; its target is not (an official document carries no live links).
        break;
      case 'image': {
        const alt = (c.children ?? []).map((x) => x.content).join('') || c.content;
        push(`[${alt}]`);
        notes.push(msg(`Dòng ${line + 1}: hình ảnh "${alt}" không được xuất, chỉ in chú thích.`, `Line ${line + 1}: image "${alt}" is not exported; only its caption is printed.`));
        break;
      }
      case 'footnote_ref': {
        const meta = (c.meta ?? {}) as { id?: number };
        out.push({ text: '', footnote: numberOf(meta.id ?? 0) });
        break;
      }
      default:
        if (c.content) push(c.content);
        break;
    }
  }
  return out;
}

/** Plain text of runs (footnote references dropped). */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => (r.lineBreak ? '\n' : r.text)).join('');
}

/**
 * A number as tables print them: digits grouped by `.` or a space, a decimal
 * comma (Vietnamese usage) or point, an optional sign and percent sign.
 */
const NUMBER = /^[+\-\u2212]?(?:\d{1,3}(?:[. \u00a0]\d{3})+|\d+)(?:[.,]\d+)?\s?%?$/;

/** Which columns are numeric: every non-empty body cell is a number, and at least one is. */
export function numericColumns(rows: readonly (readonly Run[][])[], headerRows: number, cols: number): boolean[] {
  const out: boolean[] = [];
  for (let c = 0; c < cols; c++) {
    let numbers = 0;
    let other = false;
    for (let r = headerRows; r < rows.length && !other; r++) {
      const text = rows[r][c] ? runsText(rows[r][c]).trim() : '';
      if (text === '') continue;
      if (NUMBER.test(text)) numbers++;
      else other = true;
    }
    out.push(numbers > 0 && !other);
  }
  return out;
}

/** Header texts of a sequence-number column, folded (no diacritics, lower case, no dots). */
const SEQUENCE_HEADERS = new Set(['stt', 'tt', 'so tt', 'so thu tu', 'thu tu']);

/** Which columns number the rows (`STT`, `TT`, `Số TT`, `Số thứ tự` in the header): their cells are centred, as tables in administrative documents print them. */
export function sequenceColumns(rows: readonly (readonly Run[][])[], headerRows: number, cols: number): boolean[] {
  const header = (t: string) => fold(t).replace(/\./g, '').replace(/\s+/g, ' ').trim();
  return Array.from({ length: cols }, (_, c) => headerRows > 0 && !!rows[headerRows - 1]?.[c] && SEQUENCE_HEADERS.has(header(runsText(rows[headerRows - 1][c]))));
}

/** Alignment of a body cell: what the table asks for, else centred in a sequence-number column and right in a numeric one. */
export function cellAlign(table: { align: readonly string[]; numeric: readonly boolean[]; sequence?: readonly boolean[] }, c: number): string {
  return table.align[c] || (table.sequence?.[c] ? 'center' : table.numeric[c] ? 'right' : '');
}

/** Column widths proportional to the longest cell text of each column, within bounds. */
export function tableColumnWidths(rows: readonly (readonly Run[][])[], total: number): number[] {
  const cols = maxOf(rows.map((r) => r.length), 1);
  const weight = Array.from({ length: cols }, (_, c) => Math.min(40, maxOf(rows.map((r) => (r[c] ? runsText(r[c]).length : 0)), 6)));
  const sum = weight.reduce((a, b) => a + b, 0);
  const widths = weight.map((w) => Math.floor((w / sum) * total));
  widths[cols - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

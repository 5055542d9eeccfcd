/**
 * The body of a document: markdown-it tokens turned into the blocks the
 * dialect knows (headings with labels, paragraphs, dash items, tables,
 * footnotes, page breaks), each with its analysis lines and offsets, plus the
 * tree of numbered sections.
 */
import type Token from 'markdown-it/lib/token.mjs';
import { markdown, type ParseEnv } from './markdown';
import { parseLabel, type HeadingLabel } from './heading-label';
import type { SourceText } from '../text/source-text';
import { walkBlockTokens, type BlockContext } from './block-walk';

/** Kinds of body block. */
/** A page break written in the dialect: a paragraph that is only `<!-- pagebreak -->` (trimmed). */
export const PAGEBREAK_LINE = /^<!--\s*pagebreak\s*-->$/i;

export type BlockKind = 'heading' | 'paragraph' | 'dash' | 'table' | 'footnote' | 'code' | 'pagebreak' | 'quote' | 'hr';

/** A block of the body: whole analysis lines [startLine, endLine). */
export interface Block {
  kind: BlockKind;
  startLine: number;
  endLine: number;
  /** Analysis offsets of the block's text (from its first line start to its last line end). */
  start: number;
  end: number;
  /** The raw analysis text of the block (markers included). */
  text: string;
  /** markdown-it inline token with the block's content, when it has one. */
  inline?: Token;
  /** `-` or `+` for dash items; `1.` style numbers for ordered items. */
  marker?: string;
  /** Nesting depth of dash items (0 = top level). */
  depth?: number;
  /** Footnote label for footnote blocks. */
  footnoteLabel?: string;
  /** Table rows (cells as inline tokens), for tables. */
  rows?: Token[][];
  /** For tables: index of the header row count (1 when the first row is a header). */
  headerRows?: number;
}

/** A heading with its label and place in the section tree. */
export interface Heading extends Block {
  kind: 'heading';
  level: number;
  /** The heading content after `#`s (analysis text). */
  content: string;
  contentStart: number;
  contentEnd: number;
  label?: HeadingLabel;
  labelStart: number;
  labelEnd: number;
  /** The title after the label. */
  title: string;
  /** Index in `Body.headings` of the parent heading, -1 at the top. */
  parent: number;
  /** Last analysis line (exclusive) of the section this heading opens. */
  sectionEndLine: number;
}

/** The parsed body. */
export interface Body {
  /** First analysis line of the body (after the front matter). */
  startLine: number;
  blocks: Block[];
  headings: Heading[];
  /**
   * The markdown-it token stream (line maps are absolute analysis lines).
   * Built again on first use and kept from then on: only the exporters need
   * it, and a workspace of documents nobody exports should not hold it.
   * Blocks' `inline` and `rows` come from the same stream.
   */
  readonly tokens: Token[];
  /** Footnote definitions by label. */
  footnotes: Map<string, Block>;
  /** Lines where content nested too deep to keep its structure starts; it is read as plain paragraphs (markdown.ts FLAT_NESTING). */
  flattened: readonly number[];
  /** The definitions one paragraph's inline text is read against (model/incremental.ts); absent: none. */
  definitions?: Definitions;
  /**
   * What is printed but held by no block, in the order of `tokens`: the
   * content the checks do not read as blocks of their own (a list item's
   * second paragraph, a heading in a list or quote, a footnote's second
   * paragraph, a list in a footnote, an inline footnote), and the end of a
   * list item whose marker no paragraph took. Absent when the blocks hold
   * everything. Read with `tokens`, like the blocks' token positions.
   */
  readonly parts?: readonly PrintedPart[];
}

/**
 * Something printed that no block holds (see `Body.parts`): where it is in
 * the token stream and what it is inside of. The token says what it is (a
 * heading, a paragraph, a list item, a footnote, the end of a list item).
 * The paragraph right after a list item's or a footnote's opening token is
 * that item's or footnote's own, never a part.
 */
export interface PrintedPart {
  /** Index in the body's `tokens` of the token it starts at. */
  readonly open: number;
  /** Lists open around it (0: none). */
  readonly lists: number;
  /** The innermost list is a numbered one. */
  readonly ordered: boolean;
  /** Inside a block quote. */
  readonly quote: boolean;
}

/**
 * The labels of a body's footnote definitions (referenced or not) and its
 * link reference definitions: with them, a paragraph parsed alone reads its
 * footnote references and links as the whole document does.
 */
export interface Definitions {
  footnoteLabels: readonly string[];
  references?: Readonly<Record<string, unknown>>;
}

/** What markdown-it and its footnote plugin leave in the env of a parse. */
interface DefinitionsEnv {
  references?: Record<string, unknown>;
  footnotes?: { refs?: Record<string, number> };
}

function definitionsOf(env: DefinitionsEnv): Definitions | undefined {
  const refs = env.footnotes?.refs;
  const footnoteLabels = refs ? Object.keys(refs).map((k) => k.slice(1)) : [];
  if (footnoteLabels.length === 0 && !env.references) return undefined;
  return env.references ? { footnoteLabels, references: env.references } : { footnoteLabels };
}

/**
 * Parses the body. `bodyStartLine` is the first analysis line after the front
 * matter; lines before it are blanked so that token line maps are absolute.
 * With `keepTokens` the token stream of this parse is kept for `tokens`
 * (one-shot exports); otherwise it is dropped and rebuilt on first use.
 */
export function parseBody(src: SourceText, bodyStartLine: number, keepTokens = false): Body {
  const text = src.text;
  const env: ParseEnv = {};
  const tokens = tokenize(src, bodyStartLine, env);
  const blocks: Block[] = [];
  const headings: Heading[] = [];
  const footnotes = new Map<string, Block>();

  const makeBlock = (kind: BlockKind, map: [number, number] | null | undefined): Block | undefined => {
    if (!map) return undefined;
    let [s, e] = map;
    // Trim trailing blank lines that markdown-it includes in some maps.
    while (e > s + 1 && src.lineText(e - 1).trim() === '') e--;
    const start = src.lineStart(s);
    const end = src.lineEnd(e - 1);
    return newBlock({ kind, startLine: s, endLine: e, start, end, text: text.slice(start, end) });
  };
  // Positions in `tokens` of blocks' opening tokens, inline tokens and table cells (see detachTokens).
  const inlineAt = new Map<Block, number>();
  const rowsAt = new Map<Block, number[][]>();
  const openAt = new Map<Block, number>();

  const parts: PrintedPart[] = [];
  /** For each list item open around the token: whether its end is a part (its marker may wait there). */
  const itemEnds: boolean[] = [];
  const part = (i: number, lists: BlockContext['lists'], quoteDepth: number): void => {
    parts.push({ open: i, lists: lists.length, ordered: !!lists[lists.length - 1]?.ordered, quote: quoteDepth > 0 });
  };
  walkBlockTokens(tokens, (t, i, { lists, quoteDepth, inFootnote }) => {
    const listDepth = lists.length;
    switch (t.type) {
      case 'heading_open': {
        const b = makeBlock('heading', t.map);
        const inline = tokens[i + 1];
        if (!b || quoteDepth > 0 || listDepth > 0) {
          part(i, lists, quoteDepth);
          break;
        }
        const level = Number(t.tag.slice(1));
        const lineText = src.lineText(b.startLine);
        const m = /^ {0,3}#{1,6}[ \t]*/.exec(lineText);
        const contentStart = b.start + (m ? m[0].length : 0);
        const raw = lineText.slice(m ? m[0].length : 0).replace(/[ \t]+#+[ \t]*$/, '').replace(/[ \t]+$/, '');
        const contentEnd = contentStart + raw.length;
        const label = parseLabel(raw);
        const labelEnd = contentStart + (label ? label.text.length : 0);
        const title = label ? raw.slice(label.text.length).trim() : raw.trim();
        // Every field written out, in the order a spread of `b` gave them: a spread then more fields made each heading a slow object.
        const h: Heading = newBlock({
          kind: 'heading',
          startLine: b.startLine,
          endLine: b.endLine,
          start: b.start,
          end: b.end,
          text: b.text,
          tokenRef: undefined,
          level,
          content: raw,
          contentStart,
          contentEnd,
          label,
          labelStart: contentStart,
          labelEnd,
          title,
          parent: -1,
          sectionEndLine: b.endLine,
        });
        if (inline) inlineAt.set(h, i + 1);
        openAt.set(h, i);
        headings.push(h);
        blocks.push(h);
        break;
      }
      case 'paragraph_open': {
        // A list item's or footnote's first paragraph is printed with it.
        const own = i > 0 && (tokens[i - 1].type === 'list_item_open' || tokens[i - 1].type === 'footnote_open');
        const b = t.hidden || listDepth > 0 || inFootnote ? undefined : makeBlock(quoteDepth > 0 ? 'quote' : 'paragraph', t.map);
        if (!b) {
          if (!own) part(i, lists, quoteDepth);
          break;
        }
        const inline = tokens[i + 1];
        if (inline) inlineAt.set(b, i + 1);
        openAt.set(b, i);
        if (PAGEBREAK_LINE.test(b.text.trim())) b.kind = 'pagebreak';
        blocks.push(b);
        break;
      }
      case 'list_item_open': {
        // An item opened by neither a paragraph nor its end prints its marker when something takes it, or at its end.
        const next = tokens[i + 1]?.type;
        itemEnds.push(next !== 'paragraph_open' && next !== 'list_item_close');
        const b = inFootnote ? undefined : makeBlock('dash', t.map);
        if (!b) {
          part(i, lists, quoteDepth);
          break;
        }
        const marker = lists[lists.length - 1]?.marker;
        const ordered = /^\d/.test(t.info ?? '') || marker === '.' || marker === ')';
        if (ordered) {
          b.kind = 'paragraph';
          b.marker = `${t.info}${t.markup}`;
        } else {
          b.marker = t.markup;
        }
        b.depth = listDepth - 1;
        // Only the item's own lines up to its first nested list.
        let k = i + 1;
        while (k < tokens.length && tokens[k].type !== 'list_item_close' && tokens[k].type !== 'bullet_list_open' && tokens[k].type !== 'ordered_list_open') {
          if (tokens[k].type === 'inline' && !inlineAt.has(b)) inlineAt.set(b, k);
          k++;
        }
        if (tokens[k] && (tokens[k].type === 'bullet_list_open' || tokens[k].type === 'ordered_list_open') && tokens[k].map) {
          const nestedStart = tokens[k].map![0];
          b.endLine = Math.max(b.startLine + 1, nestedStart);
          while (b.endLine > b.startLine + 1 && src.lineText(b.endLine - 1).trim() === '') b.endLine--;
          b.end = src.lineEnd(b.endLine - 1);
          b.text = text.slice(b.start, b.end);
        }
        openAt.set(b, i);
        blocks.push(b);
        break;
      }
      case 'list_item_close':
        if (itemEnds.pop()) part(i, lists, quoteDepth);
        break;
      case 'fence':
      case 'code_block': {
        // markdown-it gives every fence, code block, rule and table a map: each is a block.
        const b = makeBlock('code', t.map);
        if (!b) break;
        openAt.set(b, i);
        blocks.push(b);
        break;
      }
      case 'hr': {
        const b = makeBlock('hr', t.map);
        if (!b) break;
        openAt.set(b, i);
        blocks.push(b);
        break;
      }
      case 'table_open': {
        const b = makeBlock('table', t.map);
        if (!b) break;
        const rows: number[][] = [];
        let row: number[] = [];
        let headerRows = 0;
        let k = i + 1;
        for (; k < tokens.length && tokens[k].type !== 'table_close'; k++) {
          const tk = tokens[k];
          if (tk.type === 'tr_open') row = [];
          else if (tk.type === 'tr_close') rows.push(row);
          else if (tk.type === 'inline') row.push(k);
          else if (tk.type === 'thead_close') headerRows = rows.length;
        }
        // A table's map can stop short of its last row: recompute from rows.
        rowsAt.set(b, rows);
        openAt.set(b, i);
        b.headerRows = headerRows;
        blocks.push(b);
        break;
      }
      case 'footnote_open': {
        const label = String((t.meta as { label?: string } | undefined)?.label ?? (t.meta as { id?: number } | undefined)?.id ?? '');
        // markdown-it-footnote gives no map on footnote_open: find the paragraph.
        let k = i + 1;
        while (k < tokens.length && tokens[k].type !== 'footnote_close' && !(tokens[k].type === 'paragraph_open' && tokens[k].map)) k++;
        const p = tokens[k];
        if (p && p.type === 'paragraph_open' && p.map) {
          const b = makeBlock('footnote', p.map);
          if (b) {
            b.footnoteLabel = label;
            if (k + 1 < tokens.length) inlineAt.set(b, k + 1);
            openAt.set(b, i);
            // The definition's own line starts with [^label]: — include it.
            blocks.push(b);
            footnotes.set(label, b);
            break;
          }
        }
        // An inline footnote (or one with no paragraph of its own) is a part.
        part(i, lists, quoteDepth);
        break;
      }
      default:
        break;
    }
  });
  blocks.sort((a, b) => a.startLine - b.startLine);
  linkSections(headings, src.lineCount);
  // Keep token positions only: the stream itself is rebuilt on demand (see Body.tokens).
  const lazyTokens = detachTokens(blocks, inlineAt, rowsAt, openAt, src, bodyStartLine, keepTokens ? tokens : undefined);
  return {
    startLine: bodyStartLine,
    blocks,
    headings,
    get tokens() {
      return lazyTokens();
    },
    footnotes,
    flattened: env.flattened ?? [],
    definitions: definitionsOf(env as DefinitionsEnv),
    parts: parts.length > 0 ? parts : undefined,
  };
}

/** Where a block's opening token, inline token and table cells are in its body's token stream. */
interface TokenRef {
  stream: () => Token[];
  /** The token that opens the block (a footnote's `footnote_open`). */
  open?: number;
  inline?: number;
  rows?: number[][];
  cells?: Token[][];
}

/**
 * Prototype of every block: `inline` and `rows` resolve through the block's
 * `tokenRef` (one shared accessor, so blocks stay plain fast objects).
 * Assigning either one stores a plain value on the block.
 */
const BLOCK_PROTO = {
  get inline(): Token | undefined {
    const r = (this as { tokenRef?: TokenRef }).tokenRef;
    if (!r) return undefined;
    const stream = r.stream(); // first: an edited body fills `inline` when it builds the stream
    return r.inline === undefined ? undefined : stream[r.inline];
  },
  set inline(v: Token | undefined) {
    Object.defineProperty(this, 'inline', { value: v, writable: true, enumerable: true, configurable: true });
  },
  get rows(): Token[][] | undefined {
    const r = (this as { tokenRef?: TokenRef }).tokenRef;
    if (!r) return undefined;
    const all = r.stream();
    if (!r.rows) return undefined;
    if (!r.cells) {
      r.cells = r.rows.map((row) => row.map((k) => all[k]));
    }
    return r.cells;
  },
  set rows(v: Token[][] | undefined) {
    Object.defineProperty(this, 'rows', { value: v, writable: true, enumerable: true, configurable: true });
  },
};

/**
 * Index in its body's `tokens` of the token that opens a block (for a
 * footnote, its `footnote_open`): the exporter reads what the model does not
 * keep (a code block's content, a table's alignment) from there.
 */
export function openingTokenIndex(b: Block): number | undefined {
  const r = (b as { tokenRef?: TokenRef }).tokenRef;
  if (!r) return undefined;
  r.stream(); // first: an edited body fills the positions when it builds the stream
  return r.open;
}

/** A block object with the lazy `inline` / `rows` accessors. */
function newBlock<T extends Omit<Block, 'inline' | 'rows'>>(fields: T): T & Block {
  return Object.assign(Object.create(BLOCK_PROTO) as object, fields, { tokenRef: undefined }) as T & Block;
}

/**
 * Points the blocks at their positions in a token stream rebuilt on first
 * use, and returns that stream's getter. `kept` is the first stream when the
 * caller keeps it (the same parse, so the positions hold).
 */
function detachTokens(
  blocks: readonly Block[],
  inlineAt: ReadonlyMap<Block, number>,
  rowsAt: ReadonlyMap<Block, number[][]>,
  openAt: ReadonlyMap<Block, number>,
  src: SourceText,
  bodyStartLine: number,
  kept?: Token[],
): () => Token[] {
  let stream: Token[] | undefined = kept;
  const lazyTokens = () => (stream ??= tokenize(src, bodyStartLine));
  for (const b of blocks) {
    const open = openAt.get(b);
    if (open !== undefined) (b as { tokenRef?: TokenRef }).tokenRef = { stream: lazyTokens, open, inline: inlineAt.get(b), rows: rowsAt.get(b) };
  }
  return lazyTokens;
}

/**
 * The body of `src` after an edit inside one block (`index`) that keeps every
 * block's kind and lines: that block gets `text` and ends `delta` later,
 * the blocks after it move by `delta`, the rest is the same.
 *
 * The blocks before the edited one are the previous body's own objects
 * (nothing of them changes); the edited block and those after it are copies
 * (their offsets differ), so the previous body stays valid for its own text.
 * The token stream, wanted only by exporters, comes from a full parse of
 * `src` on first use. An edit changes no block's token positions (the edited
 * paragraph is still one paragraph, the footnote references are the same),
 * so every block but the edited one keeps its `TokenRef`, shared with the
 * previous body: the tokens it names are the same in both streams, and it
 * reads them from the stream built last (see `rebuiltTokensBody`).
 */
export function editedBody(prev: Body, src: SourceText, index: number, text: string, delta: number): Body {
  const was = prev.blocks;
  const blocks = was.slice(0, index);
  const edited = copiedBlock(was[index]);
  edited.end += delta;
  edited.text = text;
  // The edited block's tokens differ between the streams: a position of its own.
  if ((was[index] as { tokenRef?: TokenRef }).tokenRef) (edited as { tokenRef?: TokenRef }).tokenRef = { stream: NO_STREAM };
  blocks.push(edited);
  for (let i = index + 1; i < was.length; i++) blocks.push(movedBlock(was[i], delta));
  const headings: Heading[] = [];
  for (let i = 0, j = 0; i < prev.headings.length; i++) {
    const h = prev.headings[i];
    while (was[j] !== h) j++;
    headings.push(blocks[j] as Heading);
  }
  const footnotes = new Map<string, Block>();
  for (const [label, b] of prev.footnotes) footnotes.set(label, blocks[indexOfBlock(was, b)] ?? b);
  // One line changed inside a top-level paragraph: nesting elsewhere is as it was.
  // A paragraph edit defines nothing (a definition is no paragraph): the definitions are the previous body's.
  return rebuiltTokensBody(src, prev.startLine, blocks, headings, footnotes, prev.flattened, prev.definitions);
}

/** A token stream not yet rebuilt (see `rebuiltTokensBody`). */
const NO_STREAM = (): Token[] => [];

/** Index of `b` in `blocks` (sorted by start line), or -1. */
function indexOfBlock(blocks: readonly Block[], b: Block): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].startLine < b.startLine) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < blocks.length && blocks[i].startLine === b.startLine; i++) if (blocks[i] === b) return i;
  return blocks.indexOf(b);
}

/** A copy of a block `by` characters further, sharing its token positions (see `editedBody`). */
function movedBlock(b: Block, by: number): Block {
  const ref = (b as { tokenRef?: TokenRef }).tokenRef;
  const c = copiedBlock(b);
  (c as { tokenRef?: TokenRef }).tokenRef = ref;
  c.start += by;
  c.end += by;
  if (c.kind === 'heading') {
    const h = c as Heading;
    h.contentStart += by;
    h.contentEnd += by;
    h.labelStart += by;
    h.labelEnd += by;
  }
  return c;
}

/**
 * A copy of a block without its token positions (`tokenRef`) or token
 * values: one copy of its fields, in their order; a block holding an
 * assigned `inline` or `rows` goes the long way, leaving them out.
 */
function copiedBlock(b: Block): Block {
  if (!Object.prototype.hasOwnProperty.call(b, 'inline') && !Object.prototype.hasOwnProperty.call(b, 'rows')) {
    const c = Object.assign(Object.create(BLOCK_PROTO) as object, b) as Block;
    (c as { tokenRef?: TokenRef }).tokenRef = undefined;
    return c;
  }
  const fields: Record<string, unknown> = {};
  for (const k of Object.keys(b)) if (k !== 'tokenRef' && k !== 'inline' && k !== 'rows') fields[k] = (b as unknown as Record<string, unknown>)[k];
  return newBlock(fields as unknown as Block);
}

/**
 * An edited body whose token stream is built from a full parse of `src` on
 * first use. A function of its own: its closures must not see `editedBody`'s
 * variables — one that kept the previous body kept every earlier version of
 * the text too (≈ 0.5 MB per keystroke on 100 pages).
 */
function rebuiltTokensBody(
  src: SourceText,
  startLine: number,
  blocks: Block[],
  headings: Heading[],
  footnotes: Map<string, Block>,
  flattened: readonly number[],
  definitions: Definitions | undefined,
): Body {
  let stream: Token[] | undefined;
  let parts: readonly PrintedPart[] | undefined;
  const lazyTokens = (): Token[] => {
    if (stream) return stream;
    const fresh = parseBody(src, startLine, true);
    parts = fresh.parts;
    const same = fresh.blocks.length === blocks.length && fresh.blocks.every((f, i) => f.startLine === blocks[i].startLine && f.kind === blocks[i].kind);
    const byLine = same ? undefined : new Map(fresh.blocks.map((f) => [`${f.startLine}:${f.kind}`, f]));
    blocks.forEach((b, i) => {
      const ref = (b as { tokenRef?: TokenRef }).tokenRef;
      if (!ref) return;
      const f = same ? fresh.blocks[i] : byLine!.get(`${b.startLine}:${b.kind}`);
      const fr = (f as { tokenRef?: TokenRef } | undefined)?.tokenRef;
      ref.open = fr?.open;
      ref.inline = fr?.inline;
      ref.rows = fr?.rows;
      ref.cells = undefined;
      ref.stream = lazyTokens;
    });
    stream = fresh.tokens;
    return stream;
  };
  for (const b of blocks) {
    const ref = (b as { tokenRef?: TokenRef }).tokenRef;
    if (ref) ref.stream = lazyTokens;
  }
  return {
    startLine,
    blocks,
    headings,
    get tokens() {
      return lazyTokens();
    },
    footnotes,
    flattened,
    definitions,
    get parts() {
      lazyTokens();
      return parts;
    },
  };
}

/**
 * markdown-it tokens of the body, line maps absolute: the body is parsed from
 * its first line (a view into the text, not a copy with the lines before it
 * blanked) and its maps and flattened lines are moved by its start line.
 */
function tokenize(src: SourceText, bodyStartLine: number, env: ParseEnv = {}): Token[] {
  const tokens = markdown().parse(src.text.slice(src.lineStart(bodyStartLine)), env);
  if (bodyStartLine > 0) {
    // Moved in place: the tokens and their maps are this parse's own, and no two tokens share a map.
    for (const t of tokens) {
      if (t.map) {
        t.map[0] += bodyStartLine;
        t.map[1] += bodyStartLine;
      }
    }
    if (env.flattened) env.flattened = env.flattened.map((l) => l + bodyStartLine);
  }
  return tokens;
}

/** Fills parent and sectionEndLine for every heading. */
function linkSections(headings: Heading[], lineCount: number): void {
  const stack: number[] = [];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    while (stack.length && headings[stack[stack.length - 1]].level >= h.level) {
      headings[stack.pop()!].sectionEndLine = h.startLine;
    }
    h.parent = stack.length ? stack[stack.length - 1] : -1;
    stack.push(i);
  }
  for (const i of stack) headings[i].sectionEndLine = lineCount;
}

/**
 * The one markdown-it instance of the core: CommonMark + pipe tables +
 * footnotes, raw HTML off (the dialect renders HTML as text).
 */
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { withLineTables } from './block-state';
import { inlineText } from './inline-text';

let instance: MarkdownIt | undefined;

/** markdown-it's nesting bound (block and inline), twice CommonMark's 20. */
const MAX_NESTING = 40;

/**
 * Block nesting from which lists, quotes and footnote definitions are read
 * as plain paragraphs: 19 lists in one another (two levels each), or 38
 * quotes. Past its own bound markdown-it drops the rest of the enclosing
 * block — with a list, the rest of the document — so this keeps the text,
 * unindented, and notes where (`ParseEnv.flattened`).
 */
export const FLAT_NESTING = MAX_NESTING - 2;

/** What a parse notes in its env. */
export interface ParseEnv {
  /** First line of each run of content nested too deep to keep its structure. */
  flattened?: number[];
}

/** The shared parser (created on first use). */
export function markdown(): MarkdownIt {
  if (!instance) {
    const options = { html: false, linkify: false, typographer: false, maxNesting: MAX_NESTING };
    const md = new MarkdownIt('commonmark', options);
    md.enable('table');
    md.use(footnote);
    md.core.ruler.at('footnote_tail', footnoteTail);
    md.core.ruler.at('normalize', normalize);
    md.block.State = withLineTables(md.block.State);
    md.inline.ruler.at('text', inlineText);
    // The same block rules without containers, and without link definitions (a footnote
    // definition, not known to this parser, would read as one and vanish): what deep content is read with.
    const flat = new MarkdownIt('commonmark', options);
    flat.enable('table');
    flat.disable(['list', 'blockquote', 'reference']);
    const tokenize = md.block.tokenize.bind(md.block);
    md.block.tokenize = (state, startLine, endLine) => {
      if (state.level < FLAT_NESTING) return tokenize(state, startLine, endLine);
      const first = state.skipEmptyLines(startLine);
      if (first < endLine && state.sCount[first] >= state.blkIndent) ((state.env as ParseEnv).flattened ??= []).push(first);
      flat.block.tokenize(state, startLine, endLine);
    };
    instance = md;
  }
  return instance;
}

const NEWLINES = /\r\n?|\n/g;
const NUL = /\0/g;

/**
 * markdown-it's `normalize` rule, the same result: it rewrote every line
 * break of the text, copying a 100-page text twice per parse even when it
 * has no CR and no NUL — the analysis text never has a CR.
 */
function normalize(state: StateCore): void {
  const src = state.src;
  if (src.indexOf('\r') < 0 && src.indexOf('\0') < 0) return;
  state.src = src.replace(NEWLINES, '\n').replace(NUL, '\uFFFD');
}

interface FootnoteEnv {
  footnotes?: {
    list?: { label?: string; count: number; tokens?: Token[]; content?: string }[];
  };
}

/**
 * markdown-it-footnote's `footnote_tail` rule, the same tokens in the same
 * order, appending in place: the plugin's copies the whole token stream once
 * per footnote (`concat`), so 4,000 footnotes took minutes.
 */
function footnoteTail(state: StateCore): void {
  const env = state.env as FootnoteEnv;
  if (!env.footnotes) return;
  let insideRef = false;
  let current: Token[] = [];
  let currentLabel = '';
  const refTokens = new Map<string, Token[]>();
  state.tokens = state.tokens.filter((tok) => {
    if (tok.type === 'footnote_reference_open') {
      insideRef = true;
      current = [];
      currentLabel = (tok.meta as { label: string }).label;
      return false;
    }
    if (tok.type === 'footnote_reference_close') {
      insideRef = false;
      refTokens.set(currentLabel, current);
      return false;
    }
    if (insideRef) current.push(tok);
    return !insideRef;
  });
  const list = env.footnotes.list;
  if (!list) return;
  const out = state.tokens;
  out.push(new state.Token('footnote_block_open', '', 1));
  let tokens: Token[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const open = new state.Token('footnote_open', '', 1);
    open.meta = { id: i, label: list[i].label };
    out.push(open);
    if (list[i].tokens) {
      const po = new state.Token('paragraph_open', 'p', 1);
      po.block = true;
      const inline = new state.Token('inline', '', 0);
      inline.children = list[i].tokens!;
      inline.content = list[i].content ?? '';
      const pc = new state.Token('paragraph_close', 'p', -1);
      pc.block = true;
      tokens = [po, inline, pc];
    } else if (list[i].label) {
      tokens = refTokens.get(list[i].label!);
    }
    // As the plugin does, a footnote with neither tokens nor label repeats the previous one's.
    if (tokens) for (const t of tokens) out.push(t);
    const lastParagraph = out[out.length - 1].type === 'paragraph_close' ? out.pop()! : null;
    const anchors = list[i].count > 0 ? list[i].count : 1;
    for (let j = 0; j < anchors; j++) {
      const a = new state.Token('footnote_anchor', '', 0);
      a.meta = { id: i, subId: j, label: list[i].label };
      out.push(a);
    }
    if (lastParagraph) out.push(lastParagraph);
    out.push(new state.Token('footnote_close', '', -1));
  }
  out.push(new state.Token('footnote_block_close', '', -1));
}

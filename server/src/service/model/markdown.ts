/**
 * The one markdown-it instance of the core: CommonMark + pipe tables +
 * footnotes, raw HTML off (the dialect renders HTML as text).
 */
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';

let instance: MarkdownIt | undefined;

/** The shared parser (created on first use). */
export function markdown(): MarkdownIt {
  if (!instance) {
    instance = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });
    instance.enable('table');
    instance.use(footnote);
    instance.core.ruler.at('footnote_tail', footnoteTail);
  }
  return instance;
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

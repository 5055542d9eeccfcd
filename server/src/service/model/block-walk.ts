/**
 * The one walk over markdown-it's block tokens, with the lists, quotes and
 * footnote definitions around each token: the document model (model/body.ts)
 * is built by it. The export's render model is derived from the model's
 * blocks and printed parts, not from a walk of its own.
 */
import type Token from 'markdown-it/lib/token.mjs';

/** One open list: ordered or not, and the marker markdown-it read (`-`, `+`, `*`, `.`, `)`). */
export interface OpenList {
  ordered: boolean;
  marker: string;
}

/** Where a token sits: inside which lists, quotes and footnote definition. */
export interface BlockContext {
  /** Open lists, outermost first. */
  readonly lists: readonly OpenList[];
  /** Block quotes open around the token. */
  readonly quoteDepth: number;
  /** True inside a footnote definition. */
  readonly inFootnote: boolean;
}

/**
 * Calls `visit` on every token in order with its context. An opening token
 * (list, quote, footnote) is visited inside what it opens, a closing one
 * still inside what it closes.
 */
export function walkBlockTokens(tokens: readonly Token[], visit: (t: Token, i: number, ctx: BlockContext) => void): void {
  const lists: OpenList[] = [];
  const ctx = { lists, quoteDepth: 0, inFootnote: false };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'bullet_list_open':
        lists.push({ ordered: false, marker: t.markup });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, marker: t.markup });
        break;
      case 'blockquote_open':
        ctx.quoteDepth++;
        break;
      case 'footnote_open':
        ctx.inFootnote = true;
        break;
      default:
        break;
    }
    visit(t, i, ctx);
    switch (t.type) {
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'blockquote_close':
        ctx.quoteDepth--;
        break;
      case 'footnote_close':
        ctx.inFootnote = false;
        break;
      default:
        break;
    }
  }
}

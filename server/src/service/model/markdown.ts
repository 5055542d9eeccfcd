/**
 * The one markdown-it instance of the core: CommonMark + pipe tables +
 * footnotes, raw HTML off (the dialect renders HTML as text).
 */
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';

let instance: MarkdownIt | undefined;

/** The shared parser (created on first use). */
export function markdown(): MarkdownIt {
  if (!instance) {
    instance = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });
    instance.enable('table');
    instance.use(footnote);
  }
  return instance;
}

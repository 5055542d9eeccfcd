/**
 * Articles of a quyết định (dialect §2): paragraphs that begin with
 * `Điều 1.`, `Điều 2.` …, in the text before the first appendix (an
 * appendix, `<!-- phu-luc -->` or `<!-- phu-luc ngang -->`, numbers its
 * parts on its own). Read from the parsed body, once per document. Whether a
 * document has articles is its type's (the table of document types: the
 * quyết định layout).
 */
import type { Block } from './body';
import type { VbhcDocument } from './document';
import { analysed, type Analysis } from './analysis';

/** A line that starts an appendix (dialect §2). */
export const APPENDIX_LINE = /^<!--\s*phu-luc(?:\s+ngang)?\s*-->$/i;

/** An article's label at the start of a paragraph: `Điều 12.` (the number in group 1). */
export const ARTICLE_LABEL = /^Điều[ \t]+(\d{1,4})\./u;

/** One article: its paragraph, number and label. */
export interface Article {
  block: Block;
  /** The article's number (`Điều 3.` → 3). */
  number: number;
  /** Analysis offsets of the label `Điều 3.` and of its number `3`. */
  labelStart: number;
  labelEnd: number;
  numberStart: number;
  numberEnd: number;
}

/** The articles of a document's body before its first appendix, in order. */
export function documentArticles(doc: VbhcDocument): readonly Article[] {
  return analysed(doc, ARTICLES);
}

const ARTICLES: Analysis<readonly Article[]> = { name: 'articles', compute: findArticles };

function findArticles(doc: VbhcDocument): readonly Article[] {
  const out: Article[] = [];
  for (const b of doc.body.blocks) {
    if (b.kind !== 'paragraph' || b.marker) continue; // numbered items are not articles
    const lead = b.text.length - b.text.trimStart().length;
    const text = b.text.slice(lead);
    if (APPENDIX_LINE.test(text.trim())) break;
    const m = ARTICLE_LABEL.exec(text);
    if (!m) continue;
    const labelStart = b.start + lead;
    const numberStart = labelStart + m[0].length - 1 - m[1].length;
    out.push({ block: b, number: Number(m[1]), labelStart, labelEnd: labelStart + m[0].length, numberStart, numberEnd: numberStart + m[1].length });
  }
  return out;
}

/**
 * The numbering of a quyết định's articles (`Điều 1.`, `Điều 2.` …, see
 * model/articles.ts), which the dialect numbers like headings: a skipped
 * number, a number out of order or a first article other than 1 is a
 * `structure.numbering-gap`; a number met before is a
 * `structure.numbering-duplicate`. Checked for the types laid out as a
 * quyết định (the table of document types). The fix renumbers the articles
 * 1, 2, 3 … in order; it is never applied unattended, since the text cites
 * articles by number (`Như Điều 3`, `quy định tại Điều 1`) and those
 * citations must be read again.
 */
import { layoutVariantOf } from '../data/doc-types';
import { msg, type Msg } from '../i18n';
import { documentArticles, type Article } from '../model/articles';
import type { VbhcDocument } from '../model/document';
import type { CoreFix, Finding } from './rule';
import { DUPLICATE, GAP, MAX_PROBLEMS_PER_GROUP } from './structure-labels';

/** One problem of an article's number. */
interface ArticleProblem {
  code: typeof GAP | typeof DUPLICATE;
  kind: 'first' | 'gap' | 'order' | 'duplicate';
  /** Index in the document's articles. */
  index: number;
  /** The earlier article it is compared with. */
  other?: number;
}

/** The numbering problems of a document's articles, in order. */
function articleProblems(articles: readonly Article[]): ArticleProblem[] {
  const out: ArticleProblem[] = [];
  const seen = new Map<number, number>();
  let max = 0;
  articles.forEach((a, i) => {
    const v = a.number;
    if (v === max + 1) max = v;
    else if (seen.has(v)) out.push({ code: DUPLICATE, kind: 'duplicate', index: i, other: seen.get(v) });
    else if (v > max + 1) {
      out.push(i === 0 ? { code: GAP, kind: 'first', index: i } : { code: GAP, kind: 'gap', index: i, other: i - 1 });
      max = v;
    } else out.push({ code: GAP, kind: 'order', index: i, other: i - 1 });
    if (!seen.has(v)) seen.set(v, i);
  });
  return out;
}

const label = (a: Article) => `"Điều ${a.number}."`;
const lineNo = (a: Article) => a.block.startLine + 1;
const RENUMBER = msg(
  ' Dùng sửa nhanh "Đánh số lại các điều", rồi đọc lại các chỗ dẫn chiếu đến điều theo số (như "Như Điều 3" ở nơi nhận).',
  ' Use the quick fix "Renumber the articles", then read again the places that cite an article by number (such as "Như Điều 3" in the recipients).',
);

function message(articles: readonly Article[], p: ArticleProblem): Msg {
  const a = articles[p.index];
  const should = msg(` Số đúng là "Điều ${p.index + 1}.".`, ` It should be "Điều ${p.index + 1}.".`);
  const head = (() => {
    switch (p.kind) {
      case 'first':
        return msg(`${label(a)} là điều đầu tiên của quyết định nhưng không đánh số 1.`, `${label(a)} is the decision's first article but is not numbered 1.`);
      case 'gap': {
        const prev = articles[p.other!];
        return msg(`Số điều bị nhảy: sau ${label(prev)} (dòng ${lineNo(prev)}) là ${label(a)}.`, `Article numbers skip: ${label(a)} follows ${label(prev)} (line ${lineNo(prev)}).`);
      }
      case 'order': {
        const prev = articles[p.other!];
        return msg(`Số điều không theo thứ tự: ${label(a)} đứng sau ${label(prev)} (dòng ${lineNo(prev)}).`, `Article numbers are out of order: ${label(a)} comes after ${label(prev)} (line ${lineNo(prev)}).`);
      }
      case 'duplicate': {
        const first = articles[p.other!];
        return msg(`Số điều ${label(a)} bị trùng với điều ở dòng ${lineNo(first)}.`, `Article number ${label(a)} repeats the article on line ${lineNo(first)}.`);
      }
    }
  })();
  return msg(head.vi + should.vi + RENUMBER.vi, head.en + should.en + RENUMBER.en);
}

/** Edits numbering the articles 1, 2, 3 … in order. */
function renumberEdits(articles: readonly Article[]): CoreFix['edits'] {
  return articles.flatMap((a, i) => (a.number === i + 1 ? [] : [{ start: a.numberStart, end: a.numberEnd, newText: String(i + 1) }]));
}

/** Reports the article-numbering problems of one code, for a document laid out as a quyết định. */
export function reportArticleProblems(doc: VbhcDocument, code: typeof GAP | typeof DUPLICATE, report: (f: Finding) => void): void {
  if (layoutVariantOf(doc.loai) !== 'quyet-dinh') return;
  const articles = documentArticles(doc);
  if (articles.length === 0) return;
  const problems = articleProblems(articles).filter((p) => p.code === code);
  if (problems.length === 0) return;
  const edits = renumberEdits(articles);
  const fixes: CoreFix[] = [{ title: msg('Đánh số lại các điều', 'Renumber the articles'), edits, fixAll: false }];
  // Past the limit, one finding counts the rest (the renumbering fixes them all).
  const shown = problems.length > MAX_PROBLEMS_PER_GROUP + 1 ? problems.slice(0, MAX_PROBLEMS_PER_GROUP) : problems;
  for (const p of shown) {
    const a = articles[p.index];
    report({ start: a.labelStart, end: a.labelEnd, message: message(articles, p), fixes, data: { kind: p.kind, label: `Điều ${a.number}.`, target: `Điều ${p.index + 1}.` } });
  }
  if (shown.length < problems.length) {
    const rest = problems.slice(shown.length);
    const a = articles[rest[0].index];
    const last = articles[rest[rest.length - 1].index];
    report({
      start: a.labelStart,
      end: a.labelEnd,
      message: msg(
        `Còn ${rest.length} điều đánh số sai (dòng ${lineNo(a)}–${lineNo(last)}, bắt đầu từ ${label(a)}); chỉ ${MAX_PROBLEMS_PER_GROUP} điều đầu được báo riêng.${RENUMBER.vi}`,
        `${rest.length} more articles are misnumbered (lines ${lineNo(a)}–${lineNo(last)}, from ${label(a)}); only the first ${MAX_PROBLEMS_PER_GROUP} are reported one by one.${RENUMBER.en}`,
      ),
      fixes,
      data: { kind: 'more', count: rest.length, label: `Điều ${a.number}.` },
    });
  }
}

/**
 * structure.numbering-gap — a heading number is skipped or out of order (dialect §2, §6).
 * The analysis is shared with the other label rules (structure-labels.ts);
 * the fixes renumber the siblings (see renumber.ts). A quyết định's articles
 * (`Điều 1.`, `Điều 2.` …) are numbered the same way (structure-articles.ts).
 */
import { msg } from '../i18n';
import type { Rule } from './rule';
import { reportArticleProblems } from './structure-articles';
import { GAP, reportLabelProblems } from './structure-labels';

export const structureNumberingGap: Rule = {
  code: GAP,
  severity: 'warning',
  description: msg('Số thứ tự các mục bị nhảy hoặc sai thứ tự', 'A heading number is skipped or out of order'),
  check: function structureNumberingGap({ doc, settings }, report) {
    reportLabelProblems(doc, settings, GAP, report);
    reportArticleProblems(doc, GAP, report);
  },
};

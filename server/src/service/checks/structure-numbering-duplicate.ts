/**
 * structure.numbering-duplicate — a heading number repeats within its parent (dialect §2, §6).
 * The analysis is shared with the other label rules (structure-labels.ts);
 * the fixes renumber the siblings (see renumber.ts). A quyết định's articles
 * (`Điều 1.`, `Điều 2.` …) are numbered the same way (structure-articles.ts).
 */
import { msg } from '../i18n';
import type { Rule } from './rule';
import { reportArticleProblems } from './structure-articles';
import { DUPLICATE, reportLabelProblems } from './structure-labels';

export const structureNumberingDuplicate: Rule = {
  code: DUPLICATE,
  severity: 'warning',
  description: msg('Số thứ tự mục bị trùng trong cùng một mục cha', 'A heading number repeats within its parent'),
  check: function structureNumberingDuplicate({ doc, settings }, report) {
    reportLabelProblems(doc, settings, DUPLICATE, report);
    reportArticleProblems(doc, DUPLICATE, report);
  },
};

/**
 * structure.numbering-duplicate — a heading number repeats within its parent (dialect §2, §6).
 * The analysis is shared with the other label rules (structure-labels.ts);
 * the fixes renumber the siblings (see renumber.ts).
 */
import { msg } from '../i18n';
import type { Rule } from './rule';
import { DUPLICATE, reportLabelProblems } from './structure-labels';

export const structureNumberingDuplicate: Rule = {
  code: DUPLICATE,
  severity: 'warning',
  description: msg('Số thứ tự mục bị trùng trong cùng một mục cha', 'A heading number repeats within its parent'),
  check: function structureNumberingDuplicate({ doc, settings }, report) {
    reportLabelProblems(doc, settings, DUPLICATE, report);
  },
};

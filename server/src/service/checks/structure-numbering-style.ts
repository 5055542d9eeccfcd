/**
 * structure.numbering-style — a label style that does not fit its heading level (dialect §2, §6).
 * The analysis is shared with the other label rules (structure-labels.ts);
 * the fixes renumber the siblings (see renumber.ts).
 */
import { msg } from '../i18n';
import type { Rule } from './rule';
import { STYLE, reportLabelProblems } from './structure-labels';

export const structureNumberingStyle: Rule = {
  code: STYLE,
  severity: 'warning',
  description: msg('Kiểu đánh số không phù hợp với cấp tiêu đề', 'A label style that does not fit its heading level'),
  check: function structureNumberingStyle({ doc, settings }, report) {
    reportLabelProblems(doc, settings, STYLE, report);
  },
};

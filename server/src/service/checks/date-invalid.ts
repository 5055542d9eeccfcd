/**
 * date.invalid — a calendar date that does not exist (`29/02/2025`,
 * `31/4/2024`, `ngày 30 tháng 2 năm 2024`, `tháng 13/2025`). No quick fix:
 * only the source document knows the right date.
 */
import { msg, type Msg } from '../i18n';
import { daysInMonth } from '../model/document';
import type { DateMention } from '../text/dates';
import type { Rule } from './rule';
import { documentDateMentions, mayHaveInvalidDates } from './date-mentions';
import { itemsWithin } from './kept-diagnostics';

export const dateInvalid: Rule = {
  code: 'date.invalid',
  severity: 'error',
  description: msg('Ngày tháng không có thật', 'A calendar date that does not exist'),
  reads: 'block',
  check: function dateInvalid({ doc, errorsOnly, within }, report) {
    // The error count alone does not need every mention of the document, the date checks' shared scan.
    if (errorsOnly && !mayHaveInvalidDates(doc)) return;
    for (const d of itemsWithin(documentDateMentions(doc), (m) => m.start, within)) {
      if (d.valid) continue;
      const why = reason(d);
      report({
        start: d.start,
        end: d.end,
        data: { text: d.text, day: d.day, month: d.month, year: d.year },
        message: msg(
          `Ngày "${d.text}" không có thật: ${why.vi}. Kiểm tra lại ngày tháng theo văn bản gốc.`,
          `The date "${d.text}" does not exist: ${why.en}. Check the date against the source document.`,
        ),
      });
    }
  },
};

/** Why a date does not exist. */
function reason(d: DateMention): Msg {
  const { day, month, year } = d;
  if (month === undefined || month < 1 || month > 12) return msg(`không có tháng ${month}`, `there is no month ${month}`);
  if (day === undefined) return msg('ngày không hợp lệ', 'invalid date');
  if (day < 1) return msg(`không có ngày ${day}`, `there is no day ${day}`);
  const max = daysInMonth(year, month);
  if (month === 2 && day === 29) return msg(`năm ${year} không phải năm nhuận, tháng 2 chỉ có 28 ngày`, `${year} is not a leap year, February has 28 days`);
  return msg(`tháng ${month} năm ${year} chỉ có ${max} ngày`, `month ${month} of ${year} has only ${max} days`);
}

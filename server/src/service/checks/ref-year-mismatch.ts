/**
 * ref.year-mismatch — a legal normative symbol's year (`30/2020/NĐ-CP`)
 * differs from the year of the date it is cited with (`ngày 05/3/2021`).
 * Documents are numbered by the year they are signed in, so one of the two
 * is wrong; only the source document can say which, so there is no fix.
 */
import { msg } from '../i18n';
import type { Rule } from './rule';
import { citationsOf } from './ref-util';

export const refYearMismatch: Rule = {
  code: 'ref.year-mismatch',
  severity: 'warning',
  description: msg('Năm trong ký hiệu văn bản khác năm ban hành', 'The year of the symbol differs from the year of the date'),
  reads: 'block',
  check: function refYearMismatch({ doc, within }, report) {
    for (const c of citationsOf(doc, within)) {
      const y = c.symbol.parsed.year;
      if (y === undefined || !c.date || !c.date.year || c.date.year === y) continue;
      report({
        start: c.symbol.start,
        end: c.date.end,
        data: { symbol: c.symbol.text, symbolYear: y, dateYear: c.date.year },
        message: msg(
          `Ký hiệu "${c.symbol.text}" mang năm ${y} nhưng ngày ban hành là "${c.date.text}" (năm ${c.date.year}); văn bản quy phạm pháp luật được đánh số theo năm ban hành. Kiểm tra lại ký hiệu hoặc ngày theo văn bản gốc.`,
          `The symbol "${c.symbol.text}" carries the year ${y} but the date is "${c.date.text}" (${c.date.year}); legal documents are numbered by the year they are signed in. Check the symbol or the date against the source document.`,
        ),
      });
    }
  },
};

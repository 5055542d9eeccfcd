/**
 * ref.date-after-document — a cited document dated after the document that
 * cites it (a report of 30/5/2025 citing a plan of 12/6/2025). Compared at
 * the precision of the citing document's `ngay` (a day, a month or a year).
 */
import { msg } from '../i18n';
import type { Rule } from './rule';
import { citationsOf } from './ref-util';

export const refDateAfterDocument: Rule = {
  code: 'ref.date-after-document',
  severity: 'warning',
  description: msg('Văn bản được trích dẫn có ngày sau ngày của văn bản đang soạn', 'A cited document is dated after the citing document'),
  reads: 'block',
  check: function refDateAfterDocument({ doc, within }, report) {
    const own = doc.date;
    if (!own) return;
    const ownText = [own.day, own.month, own.year].filter((x) => x !== undefined).join('/');
    for (const c of citationsOf(doc, within)) {
      const d = c.date;
      if (!d || d.day === undefined || d.month === undefined || !d.year) continue;
      const cited = [d.year, d.month, d.day];
      const mine = [own.year, own.month, own.day];
      let after = false;
      for (let i = 0; i < 3; i++) {
        if (mine[i] === undefined) break;
        if (cited[i] !== mine[i]) {
          after = cited[i] > mine[i]!;
          break;
        }
      }
      if (!after) continue;
      report({
        start: d.start,
        end: d.end,
        data: { symbol: c.symbol.text, date: d.text },
        message: msg(
          `"${c.symbol.text}" được trích dẫn với ngày ${d.text}, sau ngày của văn bản này (${ownText}): một văn bản không thể dẫn văn bản ban hành sau nó. Kiểm tra lại ngày của văn bản được dẫn hoặc "ngay" ở phần đầu.`,
          `"${c.symbol.text}" is cited with the date ${d.text}, after this document's own date (${ownText}): a document cannot cite one issued later. Check the cited date or the front-matter "ngay".`,
        ),
      });
    }
  },
};

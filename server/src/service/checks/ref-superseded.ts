/**
 * ref.superseded — the catalog (built-in or user) says the cited document
 * was replaced (`thay_the_boi`) or is no longer in force (`hieu_luc: het`).
 * Only entries whose facts are certain (a user's catalog, or a clean
 * built-in record) are used. Information only: citing an old document can be right in a history. The
 * quick fix cites the replacement, in full when the catalog knows it.
 */
import { msg } from '../i18n';
import { citationDate, fullForm } from '../references/citation-format';
import { isCertain } from '../references/describe';
import { symbolKey } from '../references/symbol';
import type { CoreFix, Rule } from './rule';
import { citationsOf, stateOf } from './ref-util';

export const refSuperseded: Rule = {
  code: 'ref.superseded',
  severity: 'information',
  description: msg('Văn bản được dẫn đã hết hiệu lực hoặc đã được thay thế', 'The cited document was replaced or is no longer in force'),
  crossDocument: true,
  check: function refSuperseded(ctx, report) {
    const state = stateOf(ctx);
    if (!state) return;
    for (const c of citationsOf(ctx.doc)) {
      const item = state.catalogItem(c.key);
      // A less certain record (single source, disagreeing sources, web copies only) is shown on hover, never reported.
      if (!item || !isCertain(item)) continue;
      const by = item.entry.thay_the_boi?.trim();
      if (!by && item.entry.hieu_luc !== 'het') continue;
      const rep = by ? state.catalogItem(symbolKey(by)) : undefined;
      const repText = rep ? `${rep.entry.loai} số ${rep.entry.so_ky_hieu}${citationDate(rep.entry.ngay) ? ` ngày ${citationDate(rep.entry.ngay)}` : ''}` : by;
      // The catalog's source is shown on hover; a diagnostic stays one sentence.
      const source = item.source === 'user' ? ' (theo danh mục người dùng)' : ' (theo danh mục có sẵn)';
      const sourceEn = item.source === 'user' ? ' (per the user catalog)' : ' (per the built-in catalog)';
      const fixes: CoreFix[] = [];
      if (by && rep) {
        fixes.push({
          title: msg(`Dẫn văn bản thay thế: ${rep.entry.loai} số ${rep.entry.so_ky_hieu}`, `Cite the replacement: ${rep.entry.loai} số ${rep.entry.so_ky_hieu}`),
          edits: [{ start: c.start, end: c.end, newText: `${rep.entry.loai} ${fullForm(rep.entry)}` }],
        });
      } else if (by) {
        fixes.push({ title: msg(`Dẫn văn bản thay thế: ${by}`, `Cite the replacement: ${by}`), edits: [{ start: c.symbol.start, end: c.symbol.end, newText: by }] });
      }
      report({
        start: c.start,
        end: c.symbol.end,
        data: { symbol: c.symbol.text, replacedBy: by ?? null },
        message: by
          ? msg(
              `"${c.symbol.text}" đã được thay thế bởi ${repText}${source}. Nếu không dẫn để nói về lịch sử, hãy dẫn văn bản thay thế.`,
              `"${c.symbol.text}" was replaced by ${repText}${sourceEn}. Unless the text speaks of its history, cite the replacement.`,
            )
          : msg(`"${c.symbol.text}" đã hết hiệu lực${source}. Kiểm tra văn bản đang có hiệu lực để dẫn.`, `"${c.symbol.text}" is no longer in force${sourceEn}. Check which document is in force and cite it.`),
        fixes: fixes.length ? fixes : undefined,
      });
    }
  },
};

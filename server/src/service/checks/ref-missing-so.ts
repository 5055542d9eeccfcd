/**
 * ref.missing-so — a citation whose type name is followed directly by the
 * number, without `số` (`Kế hoạch 106/KH-SKHCN`). The quick fix inserts
 * `số ` before the number (safe in fix-all).
 */
import { msg } from '../i18n';
import type { Rule } from './rule';
import { citationsOf, headText } from './ref-util';

export const refMissingSo: Rule = {
  code: 'ref.missing-so',
  severity: 'hint',
  description: msg('Trích dẫn văn bản thiếu chữ "số" trước số, ký hiệu', 'A citation without "số" before the number'),
  reads: 'block',
  check: function refMissingSo({ doc, within }, report) {
    for (const c of citationsOf(doc, within)) {
      if (!c.type || c.so || c.type.type.generic) continue;
      const text = headText(doc, c);
      const fixed = `${c.type.text} số ${c.symbol.text}`;
      report({
        start: c.type.start,
        end: c.symbol.end,
        data: { symbol: c.symbol.text },
        message: msg(
          `"${text}" thiếu chữ "số" trước số, ký hiệu; viết "${fixed}".`,
          `"${text}" lacks "số" before the number; write "${fixed}".`,
        ),
        fixes: [{ title: msg(`Thêm "số": "${fixed}"`, `Add "số": "${fixed}"`), edits: [{ start: c.symbol.start, end: c.symbol.start, newText: 'số ' }], fixAll: true }],
      });
    }
  },
};

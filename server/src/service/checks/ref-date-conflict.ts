/**
 * ref.date-conflict — one symbol cited with two different dates, in one
 * document or across the workspace, or with a date other than the one the
 * built-in or a user catalog records. It fires at every citation of the
 * symbol that carries one of the conflicting dates (dialect §6), naming the
 * other dates and where they are. When a catalog records the date, the
 * quick fix aligns the citation with it.
 */
import { msg } from '../i18n';
import type { VbhcDocument } from '../model/document';
import { formatDmy, isoParts } from '../references/citation-format';
import type { Citation } from '../references/recognizer';
import { dayKey as dateKey, groupByDate, type DocRef, type Occurrence } from '../references/reference-index';
import type { CoreFix, Rule } from './rule';
import { citationsOf, stateOf } from './ref-util';

const MAX_PLACES_NAMED = 3;

export const refDateConflict: Rule = {
  code: 'ref.date-conflict',
  severity: 'warning',
  description: msg('Cùng một văn bản được dẫn với hai ngày khác nhau', 'One document cited with two different dates'),
  crossDocument: true,
  check: function refDateConflict(ctx, report) {
    const { doc } = ctx;
    const state = stateOf(ctx);
    const cache = new Map<string, { dates: ReadonlyMap<string, readonly Occurrence[]>; catalog?: { key: string; text: string; day: number; month: number; year: number } }>();
    for (const c of citationsOf(doc)) {
      const d = c.date;
      if (!d || d.day === undefined || d.month === undefined) continue;
      let info = cache.get(c.key);
      if (!info) {
        const dates = state
          ? state.refs.occurrencesByDate(c.key)
          : groupByDate(citationsOf(doc).filter((o) => o.key === c.key).map((citation) => ({ doc, citation })));
        const item = state?.catalog.get(c.key);
        const parts = isoParts(item?.entry.ngay);
        const catalog = parts ? { key: dateKey(parts.day, parts.month, parts.year), text: formatDmy(parts.day, parts.month, parts.year), ...parts } : undefined;
        info = { dates, catalog };
        cache.set(c.key, info);
      }
      const mine = dateKey(d.day, d.month, d.year);
      const others = [...info.dates.entries()].filter(([k]) => k !== mine);
      const catalogDiffers = !!info.catalog && info.catalog.key !== mine;
      if (others.length === 0 && !catalogDiffers) continue;
      const named = others.map(([, seen]) => `${seen[0].citation.date!.text} (${seen.slice(0, MAX_PLACES_NAMED).map((o) => placeOf(o.doc, o.citation, doc)).join(', ')}${seen.length > MAX_PLACES_NAMED ? ', …' : ''})`);
      const catVi = catalogDiffers ? `; danh mục ghi ngày ${info.catalog!.text}` : '';
      const catEn = catalogDiffers ? `; the catalog records ${info.catalog!.text}` : '';
      report({
        start: d.start,
        end: d.end,
        data: { symbol: c.symbol.text, date: d.text, others: others.map(([k]) => k), catalog: info.catalog?.key },
        message: msg(
          `"${c.symbol.text}" được dẫn với ngày ${d.text} ở đây${named.length ? ` nhưng với ngày ${named.join('; ')}` : ''}${catVi}. Một văn bản chỉ có một ngày ban hành: thống nhất theo văn bản gốc.`,
          `"${c.symbol.text}" is cited with the date ${d.text} here${named.length ? ` but with ${named.join('; ')}` : ''}${catEn}. A document has one signing date: make them agree with the source document.`,
        ),
        fixes: catalogDiffers ? alignFix(c, info.catalog!) : undefined,
      });
    }
  },
};


/** `dòng 34` in the same document, `000.vbhc.md:34` elsewhere. */
function placeOf(where: DocRef, c: Citation, checked: VbhcDocument): string {
  const line = where.source.positionAt(c.date?.start ?? c.start).line + 1;
  if (where.uri === checked.uri) return `dòng ${line}`;
  const name = decodeURIComponent(where.uri.slice(where.uri.lastIndexOf('/') + 1));
  return `${name}:${line}`;
}

/** Rewrites the date in the form it is written in (`dd/mm/yyyy` or `d tháng m năm yyyy`). */
function alignFix(c: Citation, cat: { text: string; day: number; month: number; year: number }): CoreFix[] {
  const d = c.date!;
  const text = d.form === 'long' ? `${cat.day} tháng ${cat.month} năm ${cat.year}` : cat.text;
  return [{ title: msg(`Sửa ngày theo danh mục: ${cat.text}`, `Use the catalog's date: ${cat.text}`), edits: [{ start: d.start, end: d.end, newText: text }] }];
}

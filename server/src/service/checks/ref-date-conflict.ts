/**
 * ref.date-conflict — one symbol cited with two different dates, in one
 * document or across the workspace, or with a date other than the one the
 * built-in or a user catalog records. It fires at every citation of the
 * symbol that carries one of the conflicting dates (dialect §6), naming the
 * other dates and where they are. When a catalog records the date, the
 * quick fix aligns the citation with it.
 */
import { msg, type Msg } from '../i18n';
import type { DocumentFacts } from '../model/document';
import { formatDmy, isoParts } from '../references/citation-format';
import { isCertain } from '../references/describe';
import type { Citation } from '../references/recognizer';
import { dayKey as dateKey, groupByDate, type DocRef, type Occurrence } from '../references/reference-index';
import type { CoreFix, Rule } from './rule';
import { citationsOf, stateOf } from './ref-util';

const MAX_PLACES_NAMED = 3;
/** Other dates named in a message; the rest are counted. */
export const MAX_DATES_NAMED = 3;

export const refDateConflict: Rule = {
  code: 'ref.date-conflict',
  severity: 'warning',
  description: msg('Cùng một văn bản được dẫn với hai ngày khác nhau', 'One document cited with two different dates'),
  reads: 'block',
  crossDocument: true,
  check: function refDateConflict(ctx, report) {
    const { doc } = ctx;
    const state = stateOf(ctx);
    const cache = new Map<string, { dates: ReadonlyMap<string, readonly Occurrence[]>; catalog?: { key: string; text: string; day: number; month: number; year: number } }>();
    for (const c of citationsOf(doc, ctx.within)) {
      const d = c.date;
      if (!d || d.day === undefined || d.month === undefined) continue;
      let info = cache.get(c.key);
      if (!info) {
        const dates = state
          ? state.refs.occurrencesByDate(c.key)
          : groupByDate(citationsOf(doc).filter((o) => o.key === c.key).map((citation) => ({ doc, citation })));
        const item = state?.catalogItem(c.key);
        // Only a certain catalog date counts (a less certain record never grounds a diagnostic).
        const parts = item && isCertain(item) ? isoParts(item.entry.ngay) : undefined;
        const catalog = parts ? { key: dateKey(parts.day, parts.month, parts.year), text: formatDmy(parts.day, parts.month, parts.year), ...parts } : undefined;
        info = { dates, catalog };
        cache.set(c.key, info);
      }
      const mine = dateKey(d.day, d.month, d.year);
      // The first few other dates are named and the rest counted: a symbol cited with thousands
      // of dates must not give thousands of messages that each list them all.
      const otherCount = info.dates.size - (info.dates.has(mine) ? 1 : 0);
      const catalogDiffers = !!info.catalog && info.catalog.key !== mine;
      if (otherCount === 0 && !catalogDiffers) continue;
      const others: string[] = [];
      const named: Msg[] = [];
      for (const [k, seen] of info.dates) {
        if (k === mine) continue;
        if (named.length === MAX_DATES_NAMED) break;
        others.push(k);
        const places = seen.slice(0, MAX_PLACES_NAMED).map((o) => placeOf(o.doc, o.citation, doc));
        const more = seen.length > MAX_PLACES_NAMED ? ', …' : '';
        const date = seen[0].citation.date!.text;
        named.push(msg(`${date} (${places.map((p) => p.vi).join(', ')}${more})`, `${date} (${places.map((p) => p.en).join(', ')}${more})`));
      }
      const rest = otherCount - named.length;
      const restVi = rest > 0 ? ` và ${rest} ngày khác` : '';
      const restEn = rest > 0 ? ` and ${rest} other date${rest === 1 ? '' : 's'}` : '';
      const catVi = catalogDiffers ? `; danh mục ghi ngày ${info.catalog!.text}` : '';
      const catEn = catalogDiffers ? `; the catalog records ${info.catalog!.text}` : '';
      report({
        start: d.start,
        end: d.end,
        data: { symbol: c.symbol.text, date: d.text, others, otherCount, catalog: info.catalog?.key },
        message: msg(
          `"${c.symbol.text}" được dẫn với ngày ${d.text} ở đây${named.length ? ` nhưng với ngày ${named.map((n) => n.vi).join('; ')}${restVi}` : ''}${catVi}. Một văn bản chỉ có một ngày ban hành: thống nhất theo văn bản gốc.`,
          `"${c.symbol.text}" is cited with the date ${d.text} here${named.length ? ` but with ${named.map((n) => n.en).join('; ')}${restEn}` : ''}${catEn}. A document has one signing date: make them agree with the source document.`,
        ),
        fixes: catalogDiffers ? alignFix(c, info.catalog!) : undefined,
      });
    }
  },
};


/** `dòng 34` (`line 34`) in the same document, `000.vbhc.md:34` elsewhere. */
function placeOf(where: DocRef, c: Citation, checked: DocumentFacts): Msg {
  const line = where.source.positionAt(c.date?.start ?? c.start).line + 1;
  if (where.uri === checked.uri) return msg(`dòng ${line}`, `line ${line}`);
  const name = decodeURIComponent(where.uri.slice(where.uri.lastIndexOf('/') + 1));
  return msg(`${name}:${line}`, `${name}:${line}`);
}

/** Rewrites the date in the form it is written in (`dd/mm/yyyy` or `d tháng m năm yyyy`). */
function alignFix(c: Citation, cat: { text: string; day: number; month: number; year: number }): CoreFix[] {
  const d = c.date!;
  const text = d.form === 'long' ? `${cat.day} tháng ${cat.month} năm ${cat.year}` : cat.text;
  return [{ title: msg(`Sửa ngày theo danh mục: ${cat.text}`, `Use the catalog's date: ${cat.text}`), edits: [{ start: d.start, end: d.end, newText: text }] }];
}

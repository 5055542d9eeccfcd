/**
 * date.period-year — a reporting period whose year is more than one year
 * away from the document's own year (`6 tháng đầu năm 2054` in a 2025
 * report). Needs the year of `ngay` (full or partial); without it nothing is
 * checked.
 *
 * What counts as a reporting period, to stay clear of citations and history
 * (`Hiến pháp năm 2013`, `về kết quả 6 tháng đầu năm 2022` in a cited title):
 * - in the subject line and in headings: a half-year, quarter, month or year;
 * - in the opening paragraphs and the closing paragraph: a half-year,
 *   quarter or month;
 * - elsewhere in the body: a half-year or quarter introduced by `trong`
 *   (`Trong 6 tháng đầu năm 2025, …`).
 * Plan horizons and deadlines are never periods (`giai đoạn 2021 - 2030`,
 * `đến năm 2030`, `tầm nhìn đến năm 2045`); in plans and programmes (KH,
 * CTr) a period after the document's year is a target, so only periods
 * before it are checked there.
 */
import { msg } from '../i18n';
import type { DateForm } from '../text/dates';
import type { Rule } from './rule';
import { documentDateMentions, type MentionPlace } from './date-mentions';

/** Largest distance in years between a period and the document's year that passes. */
const MAX_DISTANCE_YEARS = 1;
/** Period forms checked at each place. */
const CHECKED: Readonly<Record<MentionPlace, ReadonlySet<DateForm>>> = {
  trich_yeu: new Set(['half', 'quarter', 'month', 'month-long', 'year']),
  heading: new Set(['half', 'quarter', 'month', 'month-long', 'year']),
  intro: new Set(['half', 'quarter', 'month', 'month-long']),
  closing: new Set(['half', 'quarter', 'month', 'month-long']),
  body: new Set(['half', 'quarter']),
};
/** Types whose future periods are targets, not reports. */
const PLAN_TYPES = new Set(['KH', 'CTr']);
/** `trong` right before a body period (`Trong 6 tháng đầu năm 2025`). */
const TRONG_BEFORE = /(?:^|[^\p{L}\p{N}])trong\s{1,4}$/iu;
const LOOKBACK_CHARS = 12;

export const datePeriodYear: Rule = {
  code: 'date.period-year',
  severity: 'warning',
  description: msg('Năm của kỳ báo cáo lệch xa năm ban hành văn bản', "A reporting period's year is far from the document's year"),
  check: function datePeriodYear({ doc }, report) {
    const docYear = doc.date?.year;
    if (docYear === undefined) return;
    const plan = doc.loai !== undefined && PLAN_TYPES.has(doc.loai);
    const text = doc.source.text;
    for (const d of documentDateMentions(doc)) {
      if (d.horizon || d.year === 0 || !CHECKED[d.place].has(d.form)) continue;
      const distance = d.year - docYear;
      if (Math.abs(distance) <= MAX_DISTANCE_YEARS) continue;
      if (plan && distance > 0) continue;
      if (d.place === 'body' && !TRONG_BEFORE.test(text.slice(Math.max(0, d.start - LOOKBACK_CHARS), d.start))) continue;
      const at = d.text.lastIndexOf(String(d.year));
      const fixed = at >= 0 ? `${d.text.slice(0, at)}${docYear}${d.text.slice(at + 4)}` : undefined;
      const far = Math.abs(distance);
      report({
        start: d.start,
        end: d.end,
        data: { text: d.text, year: d.year, documentYear: docYear },
        message: msg(
          `Kỳ "${d.text}" cách năm ban hành văn bản (${docYear}, theo "ngay") ${far} năm. Kiểm tra lại năm của kỳ báo cáo${fixed ? `; có thể là "${fixed}"` : ''}.`,
          `The period "${d.text}" is ${far} years from the document's year (${docYear}, from "ngay"). Check the period's year${fixed ? `; perhaps "${fixed}"` : ''}.`,
        ),
        fixes:
          fixed
            ? [{ title: msg(`Sửa thành "${fixed}"`, `Change to "${fixed}"`), edits: [{ start: d.start + at, end: d.start + at + 4, newText: String(docYear) }], fixAll: false }]
            : undefined,
      });
    }
  },
};

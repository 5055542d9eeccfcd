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
 *   (`Trong 6 tháng đầu năm 2025, …`);
 * - anywhere else in the body of a report (BC), outside citations: a
 *   half-year, quarter or month more than a year after the document's year
 *   (`Phấn đấu hoàn thành … 6 tháng cuối năm 2052` in a numbered item),
 *   and, in its directions part (a heading with `phương hướng`), one more
 *   than a year before it — unless it is where something started or what
 *   it is compared with (`từ`, `so với`): elsewhere a report tells history.
 * Plan horizons and deadlines are never periods (`giai đoạn 2021 - 2030`,
 * `đến năm 2030`, `tầm nhìn đến năm 2045`). Only the types whose periods
 * the table of document types says are reported are checked (`periods`:
 * `report` for BC, `stated` for TB — the places above but the last); in a
 * plan or programme (KH, CTr) a period is a target, in a decision (QĐ) a
 * date of effect, and a type the table says nothing of is not checked.
 */
import { draftingOf } from '../data/doc-types';
import { msg } from '../i18n';
import type { VbhcDocument } from '../model/document';
import { documentCitations } from '../references/recognizer';
import type { DateForm } from '../text/dates';
import type { Rule } from './rule';
import { documentDateMentions, type MentionPlace } from './date-mentions';
import { foldText } from './profiles';

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
/** `trong` right before a body period (`Trong 6 tháng đầu năm 2025`). */
const TRONG_BEFORE = /(?:^|[^\p{L}\p{N}])trong\s{1,4}$/iu;
const LOOKBACK_CHARS = 12;
/** Period forms checked anywhere in a report's body. */
const REPORT_BODY: ReadonlySet<DateForm> = new Set(['half', 'quarter', 'month', 'month-long']);
/** Where a past period starts or what it is compared with (`từ quý I/2021`, `so với 6 tháng đầu năm 2022`). */
const PAST_LEAD = /(?:^|[^\p{L}\p{N}])(?:từ|so với)\s{1,4}$/iu;
/** The title word of a report's directions part (folded). */
const DIRECTIONS = ' phuong huong ';

export const datePeriodYear: Rule = {
  code: 'date.period-year',
  severity: 'warning',
  description: msg('Năm của kỳ báo cáo lệch xa năm ban hành văn bản', "A reporting period's year is far from the document's year"),
  check: function datePeriodYear({ doc }, report) {
    const docYear = doc.date?.year;
    const periods = draftingOf(doc.loai)?.periods;
    if (docYear === undefined || periods === undefined) return;
    const isReport = periods === 'report';
    const text = doc.source.text;
    let directions: [number, number][] | undefined;
    for (const d of documentDateMentions(doc)) {
      const reportBody = isReport && d.place === 'body' && REPORT_BODY.has(d.form);
      if (d.horizon || d.year === 0 || !(CHECKED[d.place].has(d.form) || reportBody)) continue;
      const distance = d.year - docYear;
      if (Math.abs(distance) <= MAX_DISTANCE_YEARS) continue;
      if (d.place === 'body') {
        const before = text.slice(Math.max(0, d.start - LOOKBACK_CHARS), d.start);
        if (!(CHECKED.body.has(d.form) && TRONG_BEFORE.test(before))) {
          if (!reportBody || insideCitation(doc, d.start)) continue;
          if (distance < 0 && (PAST_LEAD.test(before) || !inside((directions ??= directionParts(doc)), d.start))) continue;
        }
      }
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

/** True when `at` lies in a citation of the document (type name to subject: a cited title's periods are not the report's). */
function insideCitation(doc: VbhcDocument, at: number): boolean {
  // Citations are in text order and do not overlap (those of the subject line come first): the last one starting at or before `at`.
  const cs = documentCitations(doc);
  let lo = 0;
  let hi = cs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cs[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && at < cs[lo - 1].end;
}

/** The spans of the sections whose heading names the directions (`phương hướng`), each to the next heading of its level or above. */
function directionParts(doc: VbhcDocument): [number, number][] {
  const hs = doc.body.headings;
  const out: [number, number][] = [];
  hs.forEach((h, i) => {
    if (!foldText(h.title).includes(DIRECTIONS)) return;
    let j = i + 1;
    while (j < hs.length && hs[j].level > h.level) j++;
    out.push([h.start, j < hs.length ? hs[j].start : doc.source.text.length]);
  });
  return out;
}

function inside(spans: readonly [number, number][], at: number): boolean {
  return spans.some(([s, e]) => s <= at && at < e);
}

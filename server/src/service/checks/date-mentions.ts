/**
 * The date and period mentions of a document, for the date checks: those in
 * the subject line (`trich_yeu`) and in the body (code blocks excluded), each
 * tagged with where it stands. Cached per document; one linear scan of the
 * body, then one walk over its blocks.
 */
import type { Block } from '../model/body';
import { GroupScans, bodyProseText, keepsProse, ownText, type VbhcDocument } from '../model/document';
import { analysed, splicedAfterEdit, type Analysis } from '../model/analysis';
import { findDateMentions, mayHoldInvalidDate, type DateMention } from '../text/dates';

/** Where a mention stands: the subject line, a heading, the opening paragraphs (before the first heading), the last paragraph, or elsewhere in the body. */
export type MentionPlace = 'trich_yeu' | 'heading' | 'intro' | 'closing' | 'body';

/** A mention with its place. */
export interface PlacedMention extends DateMention {
  place: MentionPlace;
}

/** Blocks whose text is scanned. */
const SCANNED = new Set<Block['kind']>(['heading', 'paragraph', 'dash', 'quote', 'table', 'footnote']);
/** Prose blocks that can be the closing paragraph. */
const PROSE = new Set<Block['kind']>(['paragraph', 'dash', 'quote']);

/** Every date and period mention of a document, in text order. */
export function documentDateMentions(doc: VbhcDocument): PlacedMention[] {
  return analysed(doc, DATE_MENTIONS);
}

function scanDateMentions(doc: VbhcDocument): PlacedMention[] {
  const out: PlacedMention[] = [];
  const subject = subjectSpan(doc);
  if (subject) {
    for (const d of findDateMentions(subject.text, subject.start)) out.push(placedMention(oneShape(d), d.start, d.end, 'trich_yeu'));
  }
  const blocks = doc.body.blocks;
  const places = blockPlaces(blocks);
  // Code blocks are blanked out first, then each mention is placed by the block holding it.
  let bi = 0;
  // Each mention kept is copied once, moved to its place in the document (`shift`) and placed.
  const visit = (d: DateMention, shift: number) => {
    const start = d.start + shift;
    const end = d.end + shift;
    while (bi < blocks.length && blocks[bi].end < start) bi++;
    if (bi >= blocks.length) return;
    const b = blocks[bi];
    if (!SCANNED.has(b.kind) || start < b.start || end > b.end) return;
    const placed = placedMention(d, start, end, places[bi]);
    ownText(doc, placed);
    out.push(placed);
  };
  if (keepsProse(doc)) groupMentions.forEach(doc, visit);
  else for (const d of findDateMentions(bodyProseText(doc).text, doc.source.lineStart(doc.body.startLine))) visit(oneShape(d), 0);
  return out;
}

/**
 * A mention as the scanner gives it, with every field of a DateMention
 * written, absent ones as undefined, in one order. The scanner's mentions
 * have several shapes (their optional fields); the mentions kept have one,
 * so that the code reading hundreds of them — placing them, the carry that
 * copies those after an edit, the date checks — stays fast. Mentions from
 * the scanner pass through here alone. (A test checks no field is left out.)
 */
function oneShape(d: DateMention): DateMention {
  return { form: d.form, start: d.start, end: d.end, text: d.text, day: d.day, month: d.month, year: d.year, endYear: d.endYear, valid: d.valid, horizon: d.horizon, quarter: d.quarter, half: d.half };
}

/** A mention of oneShape at `start`–`end` in `place` (reading only mentions of that shape). */
function placedMention(d: DateMention, start: number, end: number, place: MentionPlace): PlacedMention {
  return { form: d.form, start, end, text: d.text, day: d.day, month: d.month, year: d.year, endYear: d.endYear, valid: d.valid, horizon: d.horizon, quarter: d.quarter, half: d.half, place };
}

/** A placed mention `by` characters further (its own function: it reads placed mentions only, one shape). */
function movedMention(d: PlacedMention, by: number): PlacedMention {
  return { form: d.form, start: d.start + by, end: d.end + by, text: d.text, day: d.day, month: d.month, year: d.year, endYear: d.endYear, valid: d.valid, horizon: d.horizon, quarter: d.quarter, half: d.half, place: d.place };
}

/** The subject line's value (`trich_yeu`) where its mentions are read: a string in a front matter without errors. */
function subjectSpan(doc: VbhcDocument): { start: number; text: string } | undefined {
  const subject = doc.frontMatter?.errors.length === 0 ? doc.frontMatter.fields.get('trich_yeu') : undefined;
  if (!subject || typeof subject.value !== 'string' || subject.valueEnd <= subject.valueStart) return undefined;
  return { start: subject.valueStart, text: doc.source.text.slice(subject.valueStart, subject.valueEnd) };
}

/**
 * False when no mention of documentDateMentions(doc) is an invalid date,
 * told without building them when they are not built yet: the same texts
 * (subject line, body prose) searched by mayHoldInvalidDate. For a caller
 * that wants the invalid dates alone (the error count of `vbhc export`).
 */
export function mayHaveInvalidDates(doc: VbhcDocument): boolean {
  const cached = doc.analysis.peek(DATE_MENTIONS);
  if (cached) return cached.some((d) => !d.valid);
  const subject = subjectSpan(doc);
  return (subject !== undefined && mayHoldInvalidDate(subject.text)) || mayHoldInvalidDate(bodyProseText(doc).text);
}

/**
 * The mentions of a body's prose text read group by group — the text
 * between blank lines, which no pattern crosses (bodyProseText) — each
 * group's mentions kept by its text for every document: a document checked
 * again, or parsed again after an edit in a list or a table, reads only
 * the groups that changed. The same mentions, in the same order, as one
 * scan of the whole text.
 */
const groupMentions = new GroupScans<DateMention>((group) => findDateMentions(group).map(oneShape));

/** Index of the closing paragraph: the last block that is not a footnote, page break, rule or code, when it is prose; else -1. */
function closingIndex(blocks: readonly Block[]): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (blocks[i].kind === 'footnote' || blocks[i].kind === 'pagebreak' || blocks[i].kind === 'hr' || blocks[i].kind === 'code') continue;
    return PROSE.has(blocks[i].kind) ? i : -1;
  }
  return -1;
}

/** Where each block stands (see MentionPlace). */
export function blockPlaces(blocks: readonly Block[]): MentionPlace[] {
  const closing = closingIndex(blocks);
  const places: MentionPlace[] = [];
  let seenHeading = false;
  blocks.forEach((b, i) => {
    seenHeading ||= b.kind === 'heading';
    places.push(placeOf(b, i === closing, seenHeading));
  });
  return places;
}

/** Where one block stands: `blockPlaces(blocks)[i]`, reading only the blocks up to the first heading and from the end back to the closing paragraph. */
export function blockPlace(blocks: readonly Block[], i: number): MentionPlace {
  let afterHeading = false;
  for (let k = 0; k <= i && !afterHeading; k++) afterHeading = blocks[k].kind === 'heading';
  return placeOf(blocks[i], i === closingIndex(blocks), afterHeading);
}

/** The place of block `b`: the closing paragraph, or at or after the first heading, or not. */
function placeOf(b: Block, closing: boolean, afterHeading: boolean): MentionPlace {
  return b.kind === 'heading' ? 'heading' : closing ? 'closing' : !afterHeading && b.kind !== 'footnote' ? 'intro' : 'body';
}

/**
 * The date mentions of a document. After an edit inside one paragraph the
 * mentions before it are kept, those after it moved, and only the paragraph
 * is scanned again (no scanner sees across the blank lines around it:
 * bodyProseText). Block kinds are unchanged, so every place is too.
 */
const DATE_MENTIONS: Analysis<PlacedMention[]> = {
  name: 'date mentions',
  compute: scanDateMentions,
  carry(old, _prev, next, edit) {
    const { index, newBlock, delta } = edit;
    const place = blockPlace(next.body.blocks, index);
    const found: PlacedMention[] = [];
    for (const d of findDateMentions(newBlock.text, newBlock.start)) if (d.end <= newBlock.end) found.push(placedMention(oneShape(d), d.start, d.end, place));
    return splicedAfterEdit(old, (d) => d.start, edit, found, (d) => movedMention(d, delta));
  },
};

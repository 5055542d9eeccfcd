/** Pins the derivations of the layout constants to the twip values of layout.md §1. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BODY_TWIP,
  CLOSING_TABLE_TWIP,
  FIXED_TEXT,
  FONT_SIZE_HALF_PT,
  FONT_SIZE_PT,
  HEADER_TABLE_INDENT_MM,
  HEADER_TABLE_MM,
  HEADER_TABLE_TWIP,
  PAGE_TWIP,
  RULE,
  TEXT_WIDTH_MM,
  TEXT_WIDTH_TWIP,
  mmToTwip,
} from './layout-constants';
import { textWidthMm } from './text-measure';

test('margins in twips match the table of layout.md §1 (20 mm = 1134, 30 mm = 1701, 15 mm = 850)', () => {
  assert.equal(PAGE_TWIP.MARGIN_TOP, 1134);
  assert.equal(PAGE_TWIP.MARGIN_BOTTOM, 1134);
  assert.equal(PAGE_TWIP.MARGIN_LEFT, 1701);
  assert.equal(PAGE_TWIP.MARGIN_RIGHT, 850);
  assert.equal(PAGE_TWIP.HEADER_DISTANCE, 567);
});

test('A4 is 11906 × 16838 twips and the text area is 165 mm = 9355 twips', () => {
  assert.equal(PAGE_TWIP.WIDTH, 11906);
  assert.equal(PAGE_TWIP.HEIGHT, 16838);
  assert.equal(TEXT_WIDTH_MM, 165);
  assert.equal(TEXT_WIDTH_TWIP, 9355);
});

test('the body indent of 1.27 cm is 720 twips and 6 pt before is 120 twips', () => {
  assert.equal(BODY_TWIP.FIRST_LINE_INDENT, 720);
  assert.equal(BODY_TWIP.SPACE_BEFORE, 120);
  assert.equal(BODY_TWIP.SPACE_AFTER, 0);
});

test('half-point sizes are twice the point sizes', () => {
  for (const [k, v] of Object.entries(FONT_SIZE_PT)) assert.equal(FONT_SIZE_HALF_PT[k as keyof typeof FONT_SIZE_PT], v * 2, k);
  assert.equal(FONT_SIZE_HALF_PT.BODY, 28);
  assert.equal(FONT_SIZE_HALF_PT.QUOC_HIEU, 26);
});

test('the header table is ≈ 65 mm + ≥ 100 mm and its right edge meets the right margin', () => {
  assert.ok(Math.abs(HEADER_TABLE_MM.LEFT_COL - 65) <= 5);
  assert.ok(HEADER_TABLE_MM.RIGHT_COL >= 100);
  assert.equal(HEADER_TABLE_MM.LEFT_COL + HEADER_TABLE_MM.RIGHT_COL + HEADER_TABLE_INDENT_MM, TEXT_WIDTH_MM);
  assert.equal(HEADER_TABLE_TWIP.LEFT_COL, mmToTwip(HEADER_TABLE_MM.LEFT_COL));
  assert.ok(HEADER_TABLE_TWIP.INDENT < 0);
});

test('a 13 pt bold Quốc hiệu fits on one line in the right header cell', () => {
  const width = textWidthMm(FIXED_TEXT.QUOC_HIEU, 'bold', FONT_SIZE_PT.QUOC_HIEU);
  assert.ok(width > 90 && width < 100, `estimated ${width} mm (layout.md: ≈ 96 mm)`);
  assert.ok(width < HEADER_TABLE_MM.RIGHT_COL - 2 * HEADER_TABLE_MM.CELL_PADDING);
});

test('the 14 pt bold Tiêu ngữ measures ≈ 60 mm as layout.md estimates', () => {
  const width = textWidthMm(FIXED_TEXT.TIEU_NGU, 'bold', FONT_SIZE_PT.TIEU_NGU);
  assert.ok(Math.abs(width - 60) < 3, `estimated ${width} mm`);
});

test('the short rules are between a third and a half of their line', () => {
  assert.ok(RULE.SHORT_FRACTION >= RULE.SHORT_FRACTION_MIN && RULE.SHORT_FRACTION <= RULE.SHORT_FRACTION_MAX);
  assert.equal(RULE.TIEU_NGU_FRACTION, 1);
});

test('the closing table splits the text width 55 / 45', () => {
  assert.equal(CLOSING_TABLE_TWIP.LEFT_COL + CLOSING_TABLE_TWIP.RIGHT_COL, TEXT_WIDTH_TWIP);
  assert.ok(Math.abs(CLOSING_TABLE_TWIP.LEFT_COL / TEXT_WIDTH_TWIP - 0.55) < 0.001);
});

test('the fixed texts use the official spelling: HÒA, and U+002D with spaces in the motto', () => {
  assert.equal(FIXED_TEXT.QUOC_HIEU, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  assert.equal(FIXED_TEXT.TIEU_NGU, 'Độc lập - Tự do - Hạnh phúc');
  assert.ok(!/[–—]/.test(FIXED_TEXT.TIEU_NGU));
});

test('the default house layout gives the default page: pageGeometry() equals the constants', async () => {
  const c = await import('./layout-constants');
  const g = c.pageGeometry();
  assert.deepEqual(g.pageTwip, { ...c.PAGE_TWIP });
  assert.equal(g.textWidthMm, c.TEXT_WIDTH_MM);
  assert.equal(g.textWidthTwip, c.TEXT_WIDTH_TWIP);
  assert.equal(g.headerTableIndentTwip, c.HEADER_TABLE_TWIP.INDENT);
  assert.deepEqual(g.closingTwip, { LEFT_COL: c.CLOSING_TABLE_TWIP.LEFT_COL, RIGHT_COL: c.CLOSING_TABLE_TWIP.RIGHT_COL });
  assert.equal(g.bodyHalfPt, c.FONT_SIZE_HALF_PT.BODY);
  assert.equal(g.bodyLine240ths, c.BODY.LINE_SPACING_AUTO_240THS);
  assert.equal(g.spaceBeforeTwip, c.BODY_TWIP.SPACE_BEFORE);
  assert.equal(g.contentHeightMm, c.PREVIEW.CONTENT_HEIGHT_MM);
  // Every default is inside the decree's range.
  const r = c.HOUSE_LAYOUT_RANGE;
  const d = c.DEFAULT_HOUSE_LAYOUT;
  const inside = (v: number, l: { min: number; max?: number }) => v >= l.min && v <= (l.max ?? Infinity);
  assert.ok(inside(d.marginsMm.top, r.MARGIN_TOP_MM) && inside(d.marginsMm.bottom, r.MARGIN_BOTTOM_MM) && inside(d.marginsMm.left, r.MARGIN_LEFT_MM) && inside(d.marginsMm.right, r.MARGIN_RIGHT_MM));
  assert.ok(inside(d.bodyPt, r.BODY_PT) && inside(d.lineSpacing, r.LINE_SPACING) && inside(d.paragraphSpacingPt, r.PARAGRAPH_SPACING_PT));
});

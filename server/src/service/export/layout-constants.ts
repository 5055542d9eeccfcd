/**
 * Every layout number of the official page (Decree 30/2020/NĐ-CP, Appendix I),
 * in one place, named with its unit. The .docx writer and the HTML preview
 * both read from here; nothing else in export/ holds a bare layout number.
 *
 * Sources: the project's layout specification of Decree 30 (its defaults
 * table; page setup, components, header tables and rules, Nơi nhận). Values marked
 * "our choice" are not fixed by the decree; they sit inside its ranges.
 *
 * Units: mm (paper), pt (type), half-points (docx `w:sz`), twips
 * (1/20 pt = 1/1440 inch; docx lengths), eighths of a point (docx borders).
 */

/** Unit conversions (exact by definition). */
export const UNIT = {
  MM_PER_INCH: 25.4,
  PT_PER_INCH: 72,
  TWIP_PER_PT: 20,
  TWIP_PER_INCH: 1440,
  HALF_PT_PER_PT: 2,
  EIGHTH_PT_PER_PT: 8,
} as const;

/** Millimetres to twips, rounded (layout.md §1: 1 mm = 56.69 tw). */
export function mmToTwip(mm: number): number {
  return Math.round((mm * UNIT.TWIP_PER_INCH) / UNIT.MM_PER_INCH);
}

/** Points to twips. */
export function ptToTwip(pt: number): number {
  return Math.round(pt * UNIT.TWIP_PER_PT);
}

/** Points to docx half-points (`w:sz`). */
export function ptToHalfPt(pt: number): number {
  return Math.round(pt * UNIT.HALF_PT_PER_PT);
}

/** Points to millimetres. */
export function ptToMm(pt: number): number {
  return (pt * UNIT.MM_PER_INCH) / UNIT.PT_PER_INCH;
}

/** Paper and margins: A4 portrait; top 20, bottom 20, left 30, right 15 mm (PL I §I.1–3; layout.md defaults). */
export const PAGE_MM = {
  WIDTH: 210,
  HEIGHT: 297,
  MARGIN_TOP: 20,
  MARGIN_BOTTOM: 20,
  MARGIN_LEFT: 30,
  MARGIN_RIGHT: 15,
  /** Distance of the page-number header from the top edge: 10 mm, as in the decree's own file (layout.md §1, header 567). */
  HEADER_DISTANCE: 10,
  /** Footer distance (no footer is printed; our choice). */
  FOOTER_DISTANCE: 10,
} as const;

/** Width of the text area: paper minus side margins (165 mm). */
export const TEXT_WIDTH_MM = PAGE_MM.WIDTH - PAGE_MM.MARGIN_LEFT - PAGE_MM.MARGIN_RIGHT;

/** The same page in twips (derived). */
export const PAGE_TWIP = {
  WIDTH: mmToTwip(PAGE_MM.WIDTH),
  HEIGHT: mmToTwip(PAGE_MM.HEIGHT),
  MARGIN_TOP: mmToTwip(PAGE_MM.MARGIN_TOP),
  MARGIN_BOTTOM: mmToTwip(PAGE_MM.MARGIN_BOTTOM),
  MARGIN_LEFT: mmToTwip(PAGE_MM.MARGIN_LEFT),
  MARGIN_RIGHT: mmToTwip(PAGE_MM.MARGIN_RIGHT),
  HEADER_DISTANCE: mmToTwip(PAGE_MM.HEADER_DISTANCE),
  FOOTER_DISTANCE: mmToTwip(PAGE_MM.FOOTER_DISTANCE),
} as const;

/** Text width in twips, from the twip page so that rounding matches Word's own arithmetic. */
export const TEXT_WIDTH_TWIP = PAGE_TWIP.WIDTH - PAGE_TWIP.MARGIN_LEFT - PAGE_TWIP.MARGIN_RIGHT;

/** Font: Times New Roman, black (PL I §I.4). */
export const FONT = {
  FAMILY: 'Times New Roman',
  /** CSS fallbacks: Liberation Serif and Tinos are metric-compatible with Times New Roman. */
  CSS_FAMILY: "'Times New Roman', 'Liberation Serif', Tinos, Times, serif",
  COLOR_HEX: '000000',
} as const;

/** Type sizes in points, per component (layout.md defaults table; PL I §II–III). */
export const FONT_SIZE_PT = {
  /** Quốc hiệu: 12–13 bold upper, one line. */
  QUOC_HIEU: 13,
  /** Tiêu ngữ: 13–14 bold. */
  TIEU_NGU: 14,
  /** Cơ quan chủ quản: 12–13 upper, not bold. */
  CO_QUAN_CHU_QUAN: 13,
  /** Cơ quan ban hành: 12–13 upper bold. */
  CO_QUAN: 13,
  /** Số, ký hiệu: 13. */
  SO_KY_HIEU: 13,
  /** Trích yếu of a công văn ("V/v …"): 12–13 (example 12). */
  TRICH_YEU_CONG_VAN: 12,
  /** Địa danh, ngày: 13–14 italic. */
  DIA_DANH_NGAY: 14,
  /** Tên loại: 13–14 bold upper. */
  TEN_LOAI: 14,
  /** Trích yếu: 13–14 bold. */
  TRICH_YEU: 14,
  /** Body text: 13–14. */
  BODY: 14,
  /** Headings: same size as the body (PL I §II.6). */
  HEADING: 14,
  /** Kính gửi: 13–14. */
  KINH_GUI: 14,
  /** Quyền hạn, chức vụ, họ tên: 13–14 bold. */
  SIGNER: 14,
  /** "Nơi nhận:" label: 12 bold italic. */
  NOI_NHAN_LABEL: 12,
  /** Nơi nhận items: 11. */
  NOI_NHAN_ITEM: 11,
  /** Page numbers: 13–14, header centre. */
  PAGE_NUMBER: 14,
  /** Độ khẩn / draft marks: 13–14 bold (PL I ô 10b, 11). */
  MARK: 13,
  /** Table cells: our choice, inside the body range 13–14. */
  TABLE: 13,
  /** Footnotes: not fixed by the decree; our choice. */
  FOOTNOTE: 12,
  /** Quyết định: the issuing authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"), 14 bold upper (Mẫu 1.2; layout.md §4). */
  THAM_QUYEN: 14,
  /** Quyết định: "QUYẾT ĐỊNH:", 14 bold. */
  QUYET_DINH: 14,
  /** Appendix: "Phụ lục I", 14 bold (PL I §III.1.b). */
  PHU_LUC: 14,
  /** Appendix title: 13–14 bold upper (PL I §III.1.b). */
  PHU_LUC_TITLE: 14,
  /** Appendix: the "(Kèm theo …)" line, 13–14 italic (PL I §III.1.c). */
  KEM_THEO: 14,
} as const;

/** Component names of FONT_SIZE_PT. */
export type SizeKey = keyof typeof FONT_SIZE_PT;

/** The same sizes in docx half-points (derived). */
export const FONT_SIZE_HALF_PT = Object.fromEntries(Object.entries(FONT_SIZE_PT).map(([k, v]) => [k, ptToHalfPt(v)])) as Readonly<Record<SizeKey, number>>;

/** Body paragraph: justified, first-line indent 1.27 cm, 6 pt before, 0 after, single spacing (PL I §II.6 ô 6). */
export const BODY = {
  FIRST_LINE_INDENT_MM: 12.7,
  SPACE_BEFORE_PT: 6,
  SPACE_AFTER_PT: 0,
  /** Single line spacing: docx `w:line` 240 with lineRule auto means 1.0 line. */
  LINE_SPACING_AUTO_240THS: 240,
  /** The same for CSS (`line-height`). Times New Roman's single line is ≈ 1.15 em. */
  CSS_LINE_HEIGHT: 1.15,
} as const;

/** Body paragraph lengths in twips (derived: 1.27 cm = 720 tw, 6 pt = 120 tw; layout.md §1 table). */
export const BODY_TWIP = {
  FIRST_LINE_INDENT: mmToTwip(BODY.FIRST_LINE_INDENT_MM),
  SPACE_BEFORE: ptToTwip(BODY.SPACE_BEFORE_PT),
  SPACE_AFTER: ptToTwip(BODY.SPACE_AFTER_PT),
} as const;

/** Header spacing: single, 0 before and after (layout.md §3, rows of the government samples). */
export const HEADER_SPACING_TWIP = { BEFORE: 0, AFTER: 0 } as const;

/** Kính gửi: first-line indent 35 mm as in PL III Mẫu 1.5 (layout.md §6 [◐]); several recipients line up under the colon. */
export const KINH_GUI_INDENT_MM = 35;

/**
 * Quyết định (Mẫu 1.2/1.3): space above the issuing authority (one line of
 * its type, as above the type name) and around "QUYẾT ĐỊNH:" (the body's
 * 6 pt). Our choice: the decree gives no spacing.
 */
export const QUYET_DINH_SPACING_PT = { THAM_QUYEN_BEFORE: 14, QUYET_DINH_BEFORE: 6, QUYET_DINH_AFTER: 6 } as const;

/**
 * Appendices (PL I §III.1): each starts a new section, portrait or
 * landscape. A landscape section keeps the margins rotated with the sheet
 * (turned a quarter clockwise, so the binding edge — the portrait left
 * margin — is at the top). "Số trang của Phụ lục được đánh số riêng theo
 * từng Phụ lục" (PL I §III.1.đ): each appendix numbers its pages from 1,
 * and like the document's own first page, its first page shows no number.
 */
export const APPENDIX = {
  PAGE_NUMBERS_RESTART: true,
} as const;

/** V/v line of a công văn: 6 pt below Số (layout.md §2 ô 5b). */
export const CONG_VAN_VV_SPACE_BEFORE_TWIP = ptToTwip(6);

/**
 * Header table (layout.md §3): borderless, left ≈ 65 mm, right ≥ 100 mm so a
 * 13 pt bold Quốc hiệu (≈ 95.7 mm in Times New Roman) fits on one line with
 * the cell padding; the table may extend into the margins.
 */
export const HEADER_TABLE_MM = {
  LEFT_COL: 65,
  RIGHT_COL: 103,
  /** Word's default cell padding (108 tw ≈ 1.9 mm) on each side; written explicitly. */
  CELL_PADDING: 1.905,
} as const;

/** Header table total width. */
export const HEADER_TABLE_WIDTH_MM = HEADER_TABLE_MM.LEFT_COL + HEADER_TABLE_MM.RIGHT_COL;

/** Indent of the header table: negative, so that its right edge meets the right margin (168 > 165 mm text width). */
export const HEADER_TABLE_INDENT_MM = TEXT_WIDTH_MM - HEADER_TABLE_WIDTH_MM;

/** Header table in twips (derived). */
export const HEADER_TABLE_TWIP = {
  LEFT_COL: mmToTwip(HEADER_TABLE_MM.LEFT_COL),
  RIGHT_COL: mmToTwip(HEADER_TABLE_MM.RIGHT_COL),
  CELL_PADDING: mmToTwip(HEADER_TABLE_MM.CELL_PADDING),
  INDENT: mmToTwip(HEADER_TABLE_INDENT_MM),
} as const;

/**
 * Closing block (layout.md defaults, §3 closing tables): borderless, Nơi nhận
 * left ≈ 55 % of the text width, signature right.
 */
export const CLOSING_TABLE = {
  LEFT_FRACTION: 0.55,
  /** Space left for the handwritten signature and seal: our choice (samples leave 3–4 blank lines). */
  SIGNATURE_SPACE_MM: 25,
  /** Space between the body and the closing block: our choice. */
  SPACE_BEFORE_PT: 12,
} as const;

/** Closing table columns in twips (derived from the text width). */
export const CLOSING_TABLE_TWIP = {
  LEFT_COL: Math.round(TEXT_WIDTH_TWIP * CLOSING_TABLE.LEFT_FRACTION),
  RIGHT_COL: TEXT_WIDTH_TWIP - Math.round(TEXT_WIDTH_TWIP * CLOSING_TABLE.LEFT_FRACTION),
  SIGNATURE_SPACE: mmToTwip(CLOSING_TABLE.SIGNATURE_SPACE_MM),
  SPACE_BEFORE: ptToTwip(CLOSING_TABLE.SPACE_BEFORE_PT),
} as const;

/**
 * Drawn rules (layout.md §3 "How the official files draw the rule lines"):
 * paragraph bottom borders with indents. Lengths are the normative part.
 */
export const RULE = {
  /** Under the issuer and under the trích yếu: 1/3–1/2 of the text line; we take the middle. */
  SHORT_FRACTION: 0.4,
  SHORT_FRACTION_MIN: 1 / 3,
  SHORT_FRACTION_MAX: 1 / 2,
  /** Under the Tiêu ngữ: as long as its text. */
  TIEU_NGU_FRACTION: 1,
  /** Line thickness: 0.75 pt solid (our choice; docx `w:sz` in eighths of a point). */
  THICKNESS_PT: 0.75,
  /** The rule paragraph: 1 pt type on an exact 5 pt line, so the line sits a little below the text, as the official underscore lines do. */
  PARAGRAPH_FONT_PT: 1,
  PARAGRAPH_HEIGHT_PT: 5,
  /** Gap between the paragraph and its border line. */
  GAP_PT: 0,
} as const;

/** Rule thickness in eighths of a point (derived). */
export const RULE_THICKNESS_EIGHTH_PT = Math.round(RULE.THICKNESS_PT * UNIT.EIGHTH_PT_PER_PT);

/** Boxed marks (độ khẩn, độ mật, DỰ THẢO): a thin box around the word (PL I ô 10b, 11; our gap). */
export const MARK_BOX = {
  /** Gap between the word and its box. */
  GAP_PT: 1,
  /** Side padding of the box in the preview. */
  PREVIEW_PADDING_PT: 4,
} as const;

/** Footnote separator: a short line above the notes, as Word draws it (our choice for the preview). */
export const FOOTNOTE_SEPARATOR = { WIDTH_MM: 50, THICKNESS_PT: 0.5, GAP_PT: 2 } as const;

/** Pipe tables: full width, single borders (our choice: 0.5 pt). */
export const BODY_TABLE = {
  BORDER_PT: 0.5,
  /** Cell paragraphs: no first-line indent, small spacing (our choice). */
  CELL_SPACE_BEFORE_PT: 2,
  CELL_SPACE_AFTER_PT: 2,
  CELL_PADDING_MM: 1.905,
} as const;

/** Fixed texts of the header (PL I ô 1; layout.md §2: official spelling "HÒA", U+002D with spaces). */
export const FIXED_TEXT = {
  QUOC_HIEU: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  TIEU_NGU: 'Độc lập - Tự do - Hạnh phúc',
  NOI_NHAN_LABEL: 'Nơi nhận:',
  KINH_GUI_LABEL: 'Kính gửi:',
  SO_LABEL: 'Số:',
  /** Draft mark printed when `du_thao: true`. */
  DU_THAO: 'DỰ THẢO',
  /** Quyết định: the line between the căn cứ and Điều 1, printed by the exporter (dialect §2; Mẫu 1.2). */
  QUYET_DINH: 'QUYẾT ĐỊNH:',
  /** Appendix name, lower case with its number (PL I §III.1.b; Mẫu 2.1 "Phụ lục …"). */
  PHU_LUC: 'Phụ lục',
} as const;

/** Preview-only numbers (HTML): the page look on screen. */
export const PREVIEW = {
  /** Gap between sheets on screen. */
  PAGE_GAP_MM: 8,
  /** Narrow panels show the sheet smaller: below these widths (CSS px), these zoom factors. */
  ZOOM_STEPS: [
    { MAX_WIDTH_PX: 900, ZOOM: 0.75 },
    { MAX_WIDTH_PX: 640, ZOOM: 0.5 },
  ],
  /** Footnote reference marks: superscript at this share of the text size. */
  FOOTNOTE_MARK_SCALE: 0.7,
  /** Usable page height for the approximate page breaks. */
  CONTENT_HEIGHT_MM: PAGE_MM.HEIGHT - PAGE_MM.MARGIN_TOP - PAGE_MM.MARGIN_BOTTOM,
} as const;

/**
 * The ranges Decree 30/2020 allows for what a department may set as its
 * house layout (PL I §I.3 margins; §II ô 6 body: 13–14 pt, single to 1.5
 * lines, at least 6 pt between paragraphs). No upper bound is given for the
 * paragraph spacing.
 */
export const HOUSE_LAYOUT_RANGE = {
  MARGIN_TOP_MM: { min: 20, max: 25 },
  MARGIN_BOTTOM_MM: { min: 20, max: 25 },
  MARGIN_LEFT_MM: { min: 30, max: 35 },
  MARGIN_RIGHT_MM: { min: 15, max: 20 },
  BODY_PT: { min: 13, max: 14 },
  LINE_SPACING: { min: 1, max: 1.5 },
  PARAGRAPH_SPACING_PT: { min: 6 },
} as const;

/** A house layout: the values a department may choose within the decree. */
export interface HouseLayout {
  marginsMm: { top: number; bottom: number; left: number; right: number };
  bodyPt: number;
  /** In lines (1 = single). */
  lineSpacing: number;
  /** Space before a body paragraph. */
  paragraphSpacingPt: number;
}

/** The default house layout: the page and body above. */
export const DEFAULT_HOUSE_LAYOUT: Readonly<HouseLayout> = Object.freeze({
  marginsMm: Object.freeze({ top: PAGE_MM.MARGIN_TOP, bottom: PAGE_MM.MARGIN_BOTTOM, left: PAGE_MM.MARGIN_LEFT, right: PAGE_MM.MARGIN_RIGHT }),
  bodyPt: FONT_SIZE_PT.BODY,
  lineSpacing: BODY.LINE_SPACING_AUTO_240THS / 240,
  paragraphSpacingPt: BODY.SPACE_BEFORE_PT,
});

/**
 * Everything the writers take from a house layout, derived in one place:
 * page in twips, text width, the tables that span it, and the body's type
 * size, line and spacing. `pageGeometry(DEFAULT_HOUSE_LAYOUT)` gives the
 * constants above.
 */
export interface PageGeometry {
  layout: HouseLayout;
  /** Portrait for the document; landscape for an appendix that asks for it. */
  orientation: Orientation;
  /** Sheet size and margins as laid out (landscape: the margins rotated with the sheet). */
  pageMm: { WIDTH: number; HEIGHT: number };
  marginsMm: HouseLayout['marginsMm'];
  pageTwip: { WIDTH: number; HEIGHT: number; MARGIN_TOP: number; MARGIN_BOTTOM: number; MARGIN_LEFT: number; MARGIN_RIGHT: number; HEADER_DISTANCE: number; FOOTER_DISTANCE: number };
  textWidthMm: number;
  textWidthTwip: number;
  /** Height between the top and bottom margins. */
  contentHeightMm: number;
  /** Header table indent (negative: its right edge meets the right margin). */
  headerTableIndentTwip: number;
  headerTableIndentMm: number;
  closingTwip: { LEFT_COL: number; RIGHT_COL: number };
  /** Body and heading size. */
  bodyPt: number;
  bodyHalfPt: number;
  /** Body line spacing: docx `w:line` (240ths of a line, lineRule auto) and CSS line-height. */
  bodyLine240ths: number;
  bodyCssLineHeight: number;
  /** Space before a body paragraph. */
  spaceBeforeTwip: number;
  spaceBeforePt: number;
}

/** Page orientation of a section. */
export type Orientation = 'portrait' | 'landscape';

/**
 * Margins of a sheet turned a quarter clockwise: the left margin (binding)
 * goes to the top, the top to the right, the right to the bottom, the
 * bottom to the left.
 */
export function rotatedMargins(m: HouseLayout['marginsMm']): HouseLayout['marginsMm'] {
  return { top: m.left, right: m.top, bottom: m.right, left: m.bottom };
}

/** The geometry of a house layout, portrait (the document) or landscape (an appendix). */
export function pageGeometry(layout: HouseLayout = DEFAULT_HOUSE_LAYOUT, orientation: Orientation = 'portrait'): PageGeometry {
  const landscape = orientation === 'landscape';
  const m = landscape ? rotatedMargins(layout.marginsMm) : layout.marginsMm;
  const pageMm = landscape ? { WIDTH: PAGE_MM.HEIGHT, HEIGHT: PAGE_MM.WIDTH } : { WIDTH: PAGE_MM.WIDTH, HEIGHT: PAGE_MM.HEIGHT };
  const pageTwip = {
    WIDTH: landscape ? PAGE_TWIP.HEIGHT : PAGE_TWIP.WIDTH,
    HEIGHT: landscape ? PAGE_TWIP.WIDTH : PAGE_TWIP.HEIGHT,
    MARGIN_TOP: mmToTwip(m.top),
    MARGIN_BOTTOM: mmToTwip(m.bottom),
    MARGIN_LEFT: mmToTwip(m.left),
    MARGIN_RIGHT: mmToTwip(m.right),
    HEADER_DISTANCE: PAGE_TWIP.HEADER_DISTANCE,
    FOOTER_DISTANCE: PAGE_TWIP.FOOTER_DISTANCE,
  };
  const textWidthMm = pageMm.WIDTH - m.left - m.right;
  const textWidthTwip = pageTwip.WIDTH - pageTwip.MARGIN_LEFT - pageTwip.MARGIN_RIGHT;
  const headerTableIndentMm = textWidthMm - HEADER_TABLE_WIDTH_MM;
  const left = Math.round(textWidthTwip * CLOSING_TABLE.LEFT_FRACTION);
  return {
    layout,
    orientation,
    pageMm,
    marginsMm: m,
    pageTwip,
    textWidthMm,
    textWidthTwip,
    contentHeightMm: pageMm.HEIGHT - m.top - m.bottom,
    headerTableIndentTwip: mmToTwip(headerTableIndentMm),
    headerTableIndentMm,
    closingTwip: { LEFT_COL: left, RIGHT_COL: textWidthTwip - left },
    bodyPt: layout.bodyPt,
    bodyHalfPt: ptToHalfPt(layout.bodyPt),
    bodyLine240ths: Math.round(BODY.LINE_SPACING_AUTO_240THS * layout.lineSpacing),
    bodyCssLineHeight: BODY.CSS_LINE_HEIGHT * layout.lineSpacing,
    spaceBeforeTwip: ptToTwip(layout.paragraphSpacingPt),
    spaceBeforePt: layout.paragraphSpacingPt,
  };
}

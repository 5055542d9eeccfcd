/**
 * The Word styles of the exported document, built once from the layout
 * constants: Normal (body), Heading 1–4, Footnote Text, Header, and named
 * styles for every header and closing component, so a user can restyle the
 * whole document once in Word. Paragraphs in docx.ts pick a style id from
 * STYLE and carry no direct formatting (except the computed rule indents).
 */
import { AlignmentType, BorderStyle, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import {
  BODY,
  BODY_TABLE,
  BODY_TWIP,
  CONG_VAN_VV_SPACE_BEFORE_TWIP,
  FONT,
  FONT_SIZE_HALF_PT,
  FONT_SIZE_PT,
  HEADER_SPACING_TWIP,
  KINH_GUI_INDENT_MM,
  MARK_BOX,
  RULE,
  RULE_THICKNESS_EIGHTH_PT,
  mmToTwip,
  pageGeometry,
  ptToHalfPt,
  ptToTwip,
  type PageGeometry,
} from './layout-constants';

/** Style ids used by the writer (Word's built-in ids where Word has one). */
export const STYLE = {
  NORMAL: 'Normal',
  HEADING: ['Heading1', 'Heading2', 'Heading3', 'Heading4'] as const,
  FOOTNOTE_TEXT: 'FootnoteText',
  FOOTNOTE_REFERENCE: 'FootnoteReference',
  DEFAULT_CHARACTER: 'DefaultParagraphFont',
  DEFAULT_TABLE: 'TableNormal',
  PAGE_HEADER: 'Header',
  CO_QUAN_CHU_QUAN: 'VbhcCoQuanChuQuan',
  CO_QUAN: 'VbhcCoQuan',
  SO_KY_HIEU: 'VbhcSoKyHieu',
  VV: 'VbhcTrichYeuCongVan',
  MARK: 'VbhcDauMucDo',
  DRAFT: 'VbhcDuThao',
  QUOC_HIEU: 'VbhcQuocHieu',
  TIEU_NGU: 'VbhcTieuNgu',
  DIA_DANH_NGAY: 'VbhcDiaDanhNgay',
  TEN_LOAI: 'VbhcTenLoai',
  TRICH_YEU: 'VbhcTrichYeu',
  RULE: 'VbhcDuongKe',
  KINH_GUI: 'VbhcKinhGui',
  DASH: 'VbhcGachDauDong',
  QUOTE: 'VbhcTrichDan',
  PLAIN: 'VbhcKhongThutDong',
  TABLE_TEXT: 'VbhcBang',
  TABLE_HEADER: 'VbhcTieuDeBang',
  NOI_NHAN_LABEL: 'VbhcNoiNhan',
  NOI_NHAN_ITEM: 'VbhcNoiNhanMuc',
  SIGNER: 'VbhcChucVu',
  SIGNATURE_SPACE: 'VbhcChoKy',
  SIGNER_NAME: 'VbhcHoTen',
  PLACEHOLDER: 'VbhcKhongXuatDuoc',
  PAGE_BREAK: 'VbhcNgatTrang',
} as const;

const BLACK = FONT.COLOR_HEX;
const SINGLE = { line: BODY.LINE_SPACING_AUTO_240THS, lineRule: LineRuleType.AUTO };
const TIGHT = { before: HEADER_SPACING_TWIP.BEFORE, after: HEADER_SPACING_TWIP.AFTER, ...SINGLE };
const NO_INDENT = { firstLine: 0, left: 0, right: 0 };

/** A centred header/closing paragraph style of a given size. */
function centred(id: string, name: string, size: number, run: { bold?: boolean; italics?: boolean } = {}, spacingBefore = 0): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: STYLE.NORMAL,
    next: STYLE.NORMAL,
    quickFormat: true,
    run: { size, ...run },
    paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, spacing: { ...TIGHT, before: spacingBefore }, keepNext: true },
  };
}

/** Adds a thin box around the text of a style's runs. */
function withRunBorder(style: IParagraphStyleOptions): IParagraphStyleOptions {
  return { ...style, run: { ...style.run, border: { style: BorderStyle.SINGLE, size: RULE_THICKNESS_EIGHTH_PT, color: BLACK, space: MARK_BOX.GAP_PT } } };
}

/** Builds the styles part of the document; the body's size, line and spacing come from the house layout's geometry. */
export function buildStyles(geo: PageGeometry = pageGeometry()): IStylesOptions {
  const bodyLine = { line: geo.bodyLine240ths, lineRule: LineRuleType.AUTO };
  const heading = (level: 1 | 2 | 3 | 4) => ({
    name: `Heading ${level}`,
    basedOn: STYLE.NORMAL,
    next: STYLE.NORMAL,
    quickFormat: true,
    // Level 1 prints in capitals (layout.md defaults: "level 1 upper case"); labels are typed by the user, never numbered by Word.
    run: { font: FONT.FAMILY, size: geo.bodyHalfPt, bold: true, italics: false, color: BLACK, ...(level === 1 ? { allCaps: true } : {}) },
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: BODY_TWIP.FIRST_LINE_INDENT },
      spacing: { before: geo.spaceBeforeTwip, after: BODY_TWIP.SPACE_AFTER, ...bodyLine },
      keepNext: true,
      outlineLevel: level - 1,
    },
  });
  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: STYLE.NORMAL,
      name: 'Normal',
      quickFormat: true,
      run: { font: FONT.FAMILY, size: geo.bodyHalfPt, color: BLACK },
      paragraph: {
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: BODY_TWIP.FIRST_LINE_INDENT },
        spacing: { before: geo.spaceBeforeTwip, after: BODY_TWIP.SPACE_AFTER, ...bodyLine },
      },
    },
    {
      id: STYLE.PAGE_HEADER,
      name: 'header',
      basedOn: STYLE.NORMAL,
      run: { size: FONT_SIZE_HALF_PT.PAGE_NUMBER },
      paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, spacing: TIGHT },
    },
    centred(STYLE.CO_QUAN_CHU_QUAN, 'Cơ quan chủ quản', FONT_SIZE_HALF_PT.CO_QUAN_CHU_QUAN),
    centred(STYLE.CO_QUAN, 'Cơ quan ban hành', FONT_SIZE_HALF_PT.CO_QUAN, { bold: true }),
    centred(STYLE.SO_KY_HIEU, 'Số, ký hiệu', FONT_SIZE_HALF_PT.SO_KY_HIEU),
    centred(STYLE.VV, 'Trích yếu công văn', FONT_SIZE_HALF_PT.TRICH_YEU_CONG_VAN, {}, CONG_VAN_VV_SPACE_BEFORE_TWIP),
    // Marks print in a single-line box around the word (PL I ô 10b, 11): a character border, so the box hugs the text.
    withRunBorder(centred(STYLE.MARK, 'Dấu mức độ', FONT_SIZE_HALF_PT.MARK, { bold: true }, ptToTwip(BODY.SPACE_BEFORE_PT))),
    withRunBorder({
      ...centred(STYLE.DRAFT, 'Dự thảo', FONT_SIZE_HALF_PT.MARK, { bold: true }),
      paragraph: { alignment: AlignmentType.RIGHT, indent: NO_INDENT, spacing: TIGHT },
    }),
    centred(STYLE.QUOC_HIEU, 'Quốc hiệu', FONT_SIZE_HALF_PT.QUOC_HIEU, { bold: true }),
    centred(STYLE.TIEU_NGU, 'Tiêu ngữ', FONT_SIZE_HALF_PT.TIEU_NGU, { bold: true }),
    centred(STYLE.DIA_DANH_NGAY, 'Địa danh và ngày', FONT_SIZE_HALF_PT.DIA_DANH_NGAY, { italics: true }),
    // Space above the type name: our choice (one body line), the decree gives none.
    centred(STYLE.TEN_LOAI, 'Tên loại văn bản', FONT_SIZE_HALF_PT.TEN_LOAI, { bold: true }, ptToTwip(FONT_SIZE_PT.TEN_LOAI)),
    centred(STYLE.TRICH_YEU, 'Trích yếu', FONT_SIZE_HALF_PT.TRICH_YEU, { bold: true }),
    {
      id: STYLE.RULE,
      name: 'Đường kẻ',
      basedOn: STYLE.NORMAL,
      next: STYLE.NORMAL,
      run: { size: ptToHalfPt(RULE.PARAGRAPH_FONT_PT) },
      paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, spacing: { before: 0, after: 0, line: ptToTwip(RULE.PARAGRAPH_HEIGHT_PT), lineRule: LineRuleType.EXACT }, keepNext: true },
    },
    {
      id: STYLE.KINH_GUI,
      name: 'Kính gửi',
      basedOn: STYLE.NORMAL,
      next: STYLE.NORMAL,
      run: { size: FONT_SIZE_HALF_PT.KINH_GUI },
      paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: mmToTwip(KINH_GUI_INDENT_MM) }, spacing: { before: BODY_TWIP.SPACE_BEFORE, after: 0, ...SINGLE } },
    },
    {
      // The page-break paragraph: its mark lands on the new page, so it is 1 pt tall and adds no blank line there.
      id: STYLE.PAGE_BREAK,
      name: 'Ngắt trang',
      basedOn: STYLE.NORMAL,
      next: STYLE.NORMAL,
      run: { size: ptToHalfPt(RULE.PARAGRAPH_FONT_PT) },
      paragraph: { indent: NO_INDENT, spacing: { before: 0, after: 0, line: ptToTwip(RULE.PARAGRAPH_FONT_PT), lineRule: LineRuleType.EXACT } },
    },
    { id: STYLE.DASH, name: 'Gạch đầu dòng', basedOn: STYLE.NORMAL, next: STYLE.DASH, quickFormat: true },
    { id: STYLE.QUOTE, name: 'Trích dẫn', basedOn: STYLE.NORMAL, next: STYLE.NORMAL, run: { italics: true } },
    { id: STYLE.PLAIN, name: 'Không thụt đầu dòng', basedOn: STYLE.NORMAL, next: STYLE.NORMAL, paragraph: { alignment: AlignmentType.LEFT, indent: NO_INDENT } },
    {
      id: STYLE.TABLE_TEXT,
      name: 'Chữ trong bảng',
      basedOn: STYLE.NORMAL,
      run: { size: FONT_SIZE_HALF_PT.TABLE },
      paragraph: {
        alignment: AlignmentType.LEFT,
        indent: NO_INDENT,
        spacing: { before: ptToTwip(BODY_TABLE.CELL_SPACE_BEFORE_PT), after: ptToTwip(BODY_TABLE.CELL_SPACE_AFTER_PT), ...SINGLE },
      },
    },
    { id: STYLE.TABLE_HEADER, name: 'Tiêu đề bảng', basedOn: STYLE.TABLE_TEXT, run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER } },
    {
      id: STYLE.NOI_NHAN_LABEL,
      name: 'Nơi nhận',
      basedOn: STYLE.NORMAL,
      run: { size: FONT_SIZE_HALF_PT.NOI_NHAN_LABEL, bold: true, italics: true },
      paragraph: { alignment: AlignmentType.LEFT, indent: NO_INDENT, spacing: TIGHT },
    },
    {
      id: STYLE.NOI_NHAN_ITEM,
      name: 'Nơi nhận - mục',
      basedOn: STYLE.NORMAL,
      run: { size: FONT_SIZE_HALF_PT.NOI_NHAN_ITEM },
      paragraph: { alignment: AlignmentType.LEFT, indent: NO_INDENT, spacing: TIGHT },
    },
    centred(STYLE.SIGNER, 'Quyền hạn, chức vụ', FONT_SIZE_HALF_PT.SIGNER, { bold: true }),
    centred(STYLE.SIGNATURE_SPACE, 'Chỗ ký', FONT_SIZE_HALF_PT.SIGNER),
    centred(STYLE.SIGNER_NAME, 'Họ tên người ký', FONT_SIZE_HALF_PT.SIGNER, { bold: true }),
    { id: STYLE.PLACEHOLDER, name: 'Không xuất được', basedOn: STYLE.NORMAL, run: { italics: true, highlight: 'yellow' } },
  ];
  return {
    default: {
      document: {
        run: { font: FONT.FAMILY, size: geo.bodyHalfPt, color: BLACK, language: { value: 'vi-VN' } },
        paragraph: { spacing: { before: 0, after: 0, ...SINGLE } },
      },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
      heading4: heading(4),
      footnoteText: {
        run: { font: FONT.FAMILY, size: FONT_SIZE_HALF_PT.FOOTNOTE, color: BLACK },
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: NO_INDENT, spacing: { before: 0, after: 0, ...SINGLE } },
      },
      footnoteTextChar: { run: { size: FONT_SIZE_HALF_PT.FOOTNOTE } },
      hyperlink: { run: { color: BLACK } },
    },
    paragraphStyles,
  };
}

/**
 * styles.xml with its defaults marked, as ECMA-376 §17.7.4.17 reads them: a
 * paragraph without `w:pStyle` takes the default paragraph style, a run the
 * default character style, a table the default table style. The docx
 * package marks none, so strict readers (python-docx, converters that
 * follow the standard) gave body paragraphs only the document defaults —
 * no indent, no justification, no spacing. Normal becomes the default
 * paragraph style; Default Paragraph Font (which the character styles are
 * based on) and Normal Table (no borders, Word's cell margins) are added as
 * the other two defaults.
 */
export function withDefaultStyles(stylesXml: string): string {
  const normal = `<w:style w:type="paragraph" w:styleId="${STYLE.NORMAL}">`;
  const at = stylesXml.indexOf(normal);
  const first = stylesXml.indexOf('<w:style ');
  if (at < 0 || first < 0) throw new Error('docx: styles.xml has no Normal style');
  const extra =
    `<w:style w:type="character" w:default="1" w:styleId="${STYLE.DEFAULT_CHARACTER}"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="${STYLE.DEFAULT_TABLE}"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`;
  const marked = stylesXml.slice(0, at) + `<w:style w:type="paragraph" w:default="1" w:styleId="${STYLE.NORMAL}">` + stylesXml.slice(at + normal.length);
  return marked.slice(0, first) + extra + marked.slice(first);
}

/** A bottom border of the drawn rules (solid, black). */
export const RULE_BORDER = { style: BorderStyle.SINGLE, color: BLACK } as const;

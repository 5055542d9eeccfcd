/**
 * The Word styles of the exported document, built once from the layout
 * constants: Normal (body), Heading 1–4, Footnote Text, Header, and named
 * styles for every header and closing component, so a user can restyle the
 * whole document once in Word. Paragraphs in docx.ts pick a style id from
 * STYLE and carry no direct formatting (except the computed rule indents).
 * Written as XML (`stylesXml`): each style is a small description below,
 * serialised in the schema's element order.
 */
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
  QUYET_DINH_SPACING_PT,
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
  FOOTNOTE_TEXT_CHAR: 'FootnoteTextChar',
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
  THAM_QUYEN: 'VbhcThamQuyen',
  CAN_CU: 'VbhcCanCu',
  QUYET_DINH: 'VbhcQuyetDinh',
  PHU_LUC: 'VbhcPhuLuc',
  PHU_LUC_TITLE: 'VbhcTenPhuLuc',
  KEM_THEO: 'VbhcKemTheo',
} as const;

const BLACK = FONT.COLOR_HEX;

/** Paragraph properties of a style (the subset the exporter uses). */
interface ParagraphProps {
  keepNext?: boolean;
  spacing?: { before?: number; after?: number; line?: number; lineRule?: 'auto' | 'exact' };
  indent?: { left?: number; right?: number; firstLine?: number };
  alignment?: 'both' | 'center' | 'left' | 'right';
  outlineLevel?: number;
}

/** Run properties of a style (the subset the exporter uses). */
interface RunProps {
  font?: string;
  bold?: boolean;
  /** `false` writes an explicit "not italic" (headings inside an italic context). */
  italics?: boolean;
  allCaps?: boolean;
  color?: string;
  /** Half-points. */
  size?: number;
  highlight?: string;
  /** A box around the text: thickness in eighths of a point, gap in points. */
  border?: { size: number; space: number };
  superscript?: boolean;
  language?: string;
}

/** One style. */
interface StyleSpec {
  type?: 'paragraph' | 'character';
  id: string;
  name: string;
  isDefault?: boolean;
  basedOn?: string;
  next?: string;
  link?: string;
  uiPriority?: number;
  semiHidden?: boolean;
  unhideWhenUsed?: boolean;
  quickFormat?: boolean;
  paragraph?: ParagraphProps;
  run?: RunProps;
}

const SINGLE = { line: BODY.LINE_SPACING_AUTO_240THS, lineRule: 'auto' } as const;
const TIGHT = { before: HEADER_SPACING_TWIP.BEFORE, after: HEADER_SPACING_TWIP.AFTER, ...SINGLE };
const NO_INDENT = { left: 0, right: 0, firstLine: 0 };

const attrs = (pairs: [string, number | string | undefined][]) => pairs.filter(([, v]) => v !== undefined).map(([k, v]) => ` w:${k}="${v}"`).join('');

function pPrXml(p: ParagraphProps | undefined): string {
  if (!p) return '';
  let x = '';
  if (p.keepNext) x += '<w:keepNext/>';
  if (p.spacing) x += `<w:spacing${attrs([['before', p.spacing.before], ['after', p.spacing.after], ['line', p.spacing.line], ['lineRule', p.spacing.lineRule]])}/>`;
  if (p.indent) x += `<w:ind${attrs([['left', p.indent.left], ['right', p.indent.right], ['firstLine', p.indent.firstLine]])}/>`;
  if (p.alignment) x += `<w:jc w:val="${p.alignment}"/>`;
  if (p.outlineLevel !== undefined) x += `<w:outlineLvl w:val="${p.outlineLevel}"/>`;
  return x ? `<w:pPr>${x}</w:pPr>` : '';
}

function rPrXml(r: RunProps | undefined): string {
  if (!r) return '';
  let x = '';
  if (r.font) x += `<w:rFonts w:ascii="${r.font}" w:cs="${r.font}" w:eastAsia="${r.font}" w:hAnsi="${r.font}"/>`;
  if (r.bold) x += '<w:b/><w:bCs/>';
  if (r.italics === true) x += '<w:i/><w:iCs/>';
  else if (r.italics === false) x += '<w:i w:val="false"/><w:iCs w:val="false"/>';
  if (r.allCaps) x += '<w:caps/>';
  if (r.color) x += `<w:color w:val="${r.color}"/>`;
  if (r.size !== undefined) x += `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/>`;
  if (r.highlight) x += `<w:highlight w:val="${r.highlight}"/><w:highlightCs w:val="${r.highlight}"/>`;
  if (r.border) x += `<w:bdr w:val="single" w:color="${BLACK}" w:sz="${r.border.size}" w:space="${r.border.space}"/>`;
  if (r.superscript) x += '<w:vertAlign w:val="superscript"/>';
  if (r.language) x += `<w:lang w:val="${r.language}"/>`;
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}

function styleXml(s: StyleSpec): string {
  let x = `<w:style w:type="${s.type ?? 'paragraph'}"${s.isDefault ? ' w:default="1"' : ''} w:styleId="${s.id}"><w:name w:val="${s.name}"/>`;
  if (s.basedOn) x += `<w:basedOn w:val="${s.basedOn}"/>`;
  if (s.next) x += `<w:next w:val="${s.next}"/>`;
  if (s.link) x += `<w:link w:val="${s.link}"/>`;
  if (s.uiPriority !== undefined) x += `<w:uiPriority w:val="${s.uiPriority}"/>`;
  if (s.semiHidden) x += '<w:semiHidden/>';
  if (s.unhideWhenUsed) x += '<w:unhideWhenUsed/>';
  if (s.quickFormat) x += '<w:qFormat/>';
  return `${x}${pPrXml(s.paragraph)}${rPrXml(s.run)}</w:style>`;
}

/** A centred header/closing paragraph style of a given size. */
function centred(id: string, name: string, size: number, run: RunProps = {}, spacingBefore = 0): StyleSpec {
  return {
    id,
    name,
    basedOn: STYLE.NORMAL,
    next: STYLE.NORMAL,
    quickFormat: true,
    run: { ...run, size },
    paragraph: { keepNext: true, spacing: { ...TIGHT, before: spacingBefore }, indent: NO_INDENT, alignment: 'center' },
  };
}

/** Adds a thin box around the text of a style's runs. */
function withRunBorder(style: StyleSpec): StyleSpec {
  return { ...style, run: { ...style.run, border: { size: RULE_THICKNESS_EIGHTH_PT, space: MARK_BOX.GAP_PT } } };
}

/**
 * The styles, the body's size, line and spacing from the house layout's
 * geometry. Normal is the default paragraph style, Default Paragraph Font
 * the default character style and Normal Table the default table style, as
 * ECMA-376 §17.7.4.17 reads them: a paragraph without `w:pStyle` takes
 * Normal's indent, justification and spacing in every reader, not only in
 * those that fall back to a style named Normal.
 */
export function buildStyles(geo: PageGeometry = pageGeometry()): StyleSpec[] {
  const bodyLine = { line: geo.bodyLine240ths, lineRule: 'auto' } as const;
  const heading = (level: 1 | 2 | 3 | 4): StyleSpec => ({
    id: STYLE.HEADING[level - 1],
    name: `Heading ${level}`,
    basedOn: STYLE.NORMAL,
    next: STYLE.NORMAL,
    quickFormat: true,
    // Level 1 prints in capitals (layout.md defaults: "level 1 upper case"); labels are typed by the user, never numbered by Word.
    run: { font: FONT.FAMILY, bold: true, italics: false, ...(level === 1 ? { allCaps: true } : {}), color: BLACK, size: geo.bodyHalfPt },
    paragraph: { keepNext: true, spacing: { before: geo.spaceBeforeTwip, after: BODY_TWIP.SPACE_AFTER, ...bodyLine }, indent: { firstLine: BODY_TWIP.FIRST_LINE_INDENT }, alignment: 'both', outlineLevel: level - 1 },
  });
  const hidden = { uiPriority: 99, semiHidden: true, unhideWhenUsed: true };
  return [
    { type: 'character', id: STYLE.DEFAULT_CHARACTER, name: 'Default Paragraph Font', isDefault: true, uiPriority: 1, semiHidden: true, unhideWhenUsed: true },
    heading(1),
    heading(2),
    heading(3),
    heading(4),
    { type: 'character', id: STYLE.FOOTNOTE_REFERENCE, name: 'footnote reference', basedOn: STYLE.DEFAULT_CHARACTER, ...hidden, run: { superscript: true } },
    {
      id: STYLE.FOOTNOTE_TEXT,
      name: 'footnote text',
      basedOn: STYLE.NORMAL,
      link: STYLE.FOOTNOTE_TEXT_CHAR,
      ...hidden,
      paragraph: { spacing: { before: 0, after: 0, ...SINGLE }, indent: NO_INDENT, alignment: 'both' },
      run: { font: FONT.FAMILY, color: BLACK, size: FONT_SIZE_HALF_PT.FOOTNOTE },
    },
    { type: 'character', id: STYLE.FOOTNOTE_TEXT_CHAR, name: 'Footnote Text Char', basedOn: STYLE.DEFAULT_CHARACTER, link: STYLE.FOOTNOTE_TEXT, ...hidden, run: { size: FONT_SIZE_HALF_PT.FOOTNOTE } },
    {
      id: STYLE.NORMAL,
      name: 'Normal',
      isDefault: true,
      quickFormat: true,
      paragraph: { spacing: { before: geo.spaceBeforeTwip, after: BODY_TWIP.SPACE_AFTER, ...bodyLine }, indent: { firstLine: BODY_TWIP.FIRST_LINE_INDENT }, alignment: 'both' },
      run: { font: FONT.FAMILY, color: BLACK, size: geo.bodyHalfPt },
    },
    { id: STYLE.PAGE_HEADER, name: 'header', basedOn: STYLE.NORMAL, paragraph: { spacing: TIGHT, indent: NO_INDENT, alignment: 'center' }, run: { size: FONT_SIZE_HALF_PT.PAGE_NUMBER } },
    centred(STYLE.CO_QUAN_CHU_QUAN, 'Cơ quan chủ quản', FONT_SIZE_HALF_PT.CO_QUAN_CHU_QUAN),
    centred(STYLE.CO_QUAN, 'Cơ quan ban hành', FONT_SIZE_HALF_PT.CO_QUAN, { bold: true }),
    centred(STYLE.SO_KY_HIEU, 'Số, ký hiệu', FONT_SIZE_HALF_PT.SO_KY_HIEU),
    centred(STYLE.VV, 'Trích yếu công văn', FONT_SIZE_HALF_PT.TRICH_YEU_CONG_VAN, {}, CONG_VAN_VV_SPACE_BEFORE_TWIP),
    // Marks print in a single-line box around the word (PL I ô 10b, 11): a character border, so the box hugs the text.
    withRunBorder(centred(STYLE.MARK, 'Dấu mức độ', FONT_SIZE_HALF_PT.MARK, { bold: true }, ptToTwip(BODY.SPACE_BEFORE_PT))),
    withRunBorder({
      ...centred(STYLE.DRAFT, 'Dự thảo', FONT_SIZE_HALF_PT.MARK, { bold: true }),
      paragraph: { spacing: TIGHT, indent: NO_INDENT, alignment: 'right' },
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
      paragraph: { keepNext: true, spacing: { before: 0, after: 0, line: ptToTwip(RULE.PARAGRAPH_HEIGHT_PT), lineRule: 'exact' }, indent: NO_INDENT, alignment: 'center' },
      run: { size: ptToHalfPt(RULE.PARAGRAPH_FONT_PT) },
    },
    {
      id: STYLE.KINH_GUI,
      name: 'Kính gửi',
      basedOn: STYLE.NORMAL,
      next: STYLE.NORMAL,
      paragraph: { spacing: { before: BODY_TWIP.SPACE_BEFORE, after: 0, ...SINGLE }, indent: { firstLine: mmToTwip(KINH_GUI_INDENT_MM) }, alignment: 'left' },
      run: { size: FONT_SIZE_HALF_PT.KINH_GUI },
    },
    {
      // The page-break paragraph: its mark lands on the new page, so it is 1 pt tall and adds no blank line there.
      id: STYLE.PAGE_BREAK,
      name: 'Ngắt trang',
      basedOn: STYLE.NORMAL,
      next: STYLE.NORMAL,
      paragraph: { spacing: { before: 0, after: 0, line: ptToTwip(RULE.PARAGRAPH_FONT_PT), lineRule: 'exact' }, indent: NO_INDENT },
      run: { size: ptToHalfPt(RULE.PARAGRAPH_FONT_PT) },
    },
    { id: STYLE.DASH, name: 'Gạch đầu dòng', basedOn: STYLE.NORMAL, next: STYLE.DASH, quickFormat: true },
    { id: STYLE.QUOTE, name: 'Trích dẫn', basedOn: STYLE.NORMAL, next: STYLE.NORMAL, run: { italics: true } },
    { id: STYLE.PLAIN, name: 'Không thụt đầu dòng', basedOn: STYLE.NORMAL, next: STYLE.NORMAL, paragraph: { indent: NO_INDENT, alignment: 'left' } },
    {
      id: STYLE.TABLE_TEXT,
      name: 'Chữ trong bảng',
      basedOn: STYLE.NORMAL,
      paragraph: { spacing: { before: ptToTwip(BODY_TABLE.CELL_SPACE_BEFORE_PT), after: ptToTwip(BODY_TABLE.CELL_SPACE_AFTER_PT), ...SINGLE }, indent: NO_INDENT, alignment: 'left' },
      run: { size: FONT_SIZE_HALF_PT.TABLE },
    },
    { id: STYLE.TABLE_HEADER, name: 'Tiêu đề bảng', basedOn: STYLE.TABLE_TEXT, paragraph: { alignment: 'center' }, run: { bold: true } },
    { id: STYLE.NOI_NHAN_LABEL, name: 'Nơi nhận', basedOn: STYLE.NORMAL, paragraph: { spacing: TIGHT, indent: NO_INDENT, alignment: 'left' }, run: { bold: true, italics: true, size: FONT_SIZE_HALF_PT.NOI_NHAN_LABEL } },
    { id: STYLE.NOI_NHAN_ITEM, name: 'Nơi nhận - mục', basedOn: STYLE.NORMAL, paragraph: { spacing: TIGHT, indent: NO_INDENT, alignment: 'left' }, run: { size: FONT_SIZE_HALF_PT.NOI_NHAN_ITEM } },
    centred(STYLE.SIGNER, 'Quyền hạn, chức vụ', FONT_SIZE_HALF_PT.SIGNER, { bold: true }),
    centred(STYLE.SIGNATURE_SPACE, 'Chỗ ký', FONT_SIZE_HALF_PT.SIGNER),
    centred(STYLE.SIGNER_NAME, 'Họ tên người ký', FONT_SIZE_HALF_PT.SIGNER, { bold: true }),
    { id: STYLE.PLACEHOLDER, name: 'Không xuất được', basedOn: STYLE.NORMAL, run: { italics: true, highlight: 'yellow' } },
    // Quyết định (Mẫu 1.2/1.3): the issuing authority and "QUYẾT ĐỊNH:" centred bold; the căn cứ in italics, as body paragraphs.
    centred(STYLE.THAM_QUYEN, 'Thẩm quyền ban hành', FONT_SIZE_HALF_PT.THAM_QUYEN, { bold: true }, ptToTwip(QUYET_DINH_SPACING_PT.THAM_QUYEN_BEFORE)),
    { id: STYLE.CAN_CU, name: 'Căn cứ', basedOn: STYLE.NORMAL, next: STYLE.CAN_CU, quickFormat: true, run: { italics: true } },
    {
      ...centred(STYLE.QUYET_DINH, 'Quyết định', FONT_SIZE_HALF_PT.QUYET_DINH, { bold: true }),
      paragraph: { keepNext: true, spacing: { ...TIGHT, before: ptToTwip(QUYET_DINH_SPACING_PT.QUYET_DINH_BEFORE), after: ptToTwip(QUYET_DINH_SPACING_PT.QUYET_DINH_AFTER) }, indent: NO_INDENT, alignment: 'center' },
    },
    // Appendices (PL I §III.1.b–c): "Phụ lục I" 14 bold, the title upper bold, "(Kèm theo …)" italic, all centred.
    centred(STYLE.PHU_LUC, 'Phụ lục', FONT_SIZE_HALF_PT.PHU_LUC, { bold: true }),
    centred(STYLE.PHU_LUC_TITLE, 'Tên phụ lục', FONT_SIZE_HALF_PT.PHU_LUC_TITLE, { bold: true }),
    centred(STYLE.KEM_THEO, 'Kèm theo', FONT_SIZE_HALF_PT.KEM_THEO, { italics: true }),
  ];
}

/** Normal Table: no borders, Word's cell margins (108 tw), no indent. */
const TABLE_NORMAL = `<w:style w:type="table" w:default="1" w:styleId="${STYLE.DEFAULT_TABLE}"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`;

/** word/styles.xml: document defaults (Times New Roman, black, the body size, Vietnamese; no spacing) and the styles. */
export function stylesXml(geo: PageGeometry = pageGeometry()): string {
  const defaults = `<w:docDefaults><w:rPrDefault>${rPrXml({ font: FONT.FAMILY, color: BLACK, size: geo.bodyHalfPt, language: 'vi-VN' })}</w:rPrDefault><w:pPrDefault>${pPrXml({ spacing: { before: 0, after: 0, ...SINGLE } })}</w:pPrDefault></w:docDefaults>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${defaults}${TABLE_NORMAL}${buildStyles(geo).map(styleXml).join('')}</w:styles>`;
}

/** The colour of drawn rules and borders (black). */
export const RULE_BORDER = { color: BLACK } as const;

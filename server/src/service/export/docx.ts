/**
 * Document model → .docx: the official layout of Decree 30/2020. A4
 * portrait with the margins of the house layout (layout-constants.ts); the
 * header as a borderless two-column table; drawn rules as paragraph bottom
 * borders; the body in Normal / Heading 1–4 / dash-item styles; pipe tables
 * as full-width bordered tables; real Word footnotes; the closing block as a
 * borderless two-column table; page numbers centred in the header from page 2
 * (titlePg). One bad node never sinks the document: it is replaced by a
 * visible placeholder and a note with its line number.
 *
 * Everything is written as WordprocessingML strings (paragraphs, tables,
 * styles, the package parts in ooxml-package.ts): no object per run or cell,
 * and no OOXML library to load. The body's XML is what the `docx` package
 * wrote for the same content, byte for byte (a test holds them equal), so
 * earlier exports compare.
 *
 * No file access here: the caller writes the bytes (export-file.ts).
 */
import type { VbhcDocument } from '../model/document';
import type { DocTypeTable } from '../data/doc-types';
import { msg, pick, type Msg } from '../i18n';
import { noCancellation, type CancellationToken, type Lang } from '../types';
import { RULE_BORDER, STYLE, stylesXml } from './docx-styles';
import { documentParts, formatKinhGui, upper, type DocumentParts } from './header-format';
import {
  BODY_TABLE,
  CLOSING_TABLE_TWIP,
  FIXED_TEXT,
  FONT_SIZE_PT,
  HEADER_TABLE_MM,
  HEADER_TABLE_TWIP,
  KINH_GUI_INDENT_MM,
  RULE,
  RULE_THICKNESS_EIGHTH_PT,
  TEXT_WIDTH_MM,
  mmToTwip,
  pageGeometry,
  UNIT,
  type HouseLayout,
  type PageGeometry,
} from './layout-constants';
import { documentXml, packDocx, sectionXml } from './ooxml-package';
import { buildRenderModel, cellAlign, tableColumnWidths, type BodyNode, type RenderModel, type Run } from './render-model';
import { balancedLines, longestLineMm, textWidthMm } from './text-measure';

/** Options of the exporter. */
export interface DocxOptions {
  lang?: Lang;
  /** The house layout (margins, body size and spacing); the decree defaults when absent. */
  layout?: HouseLayout;
  /** The table of document types the layout of each `loai` is read from (the built-in one when absent). */
  types?: DocTypeTable;
  token?: CancellationToken;
}

/** The exported file and the notes about what could not be printed faithfully. */
export interface DocxResult {
  bytes: Uint8Array;
  notes: string[];
}

/** Thrown when the caller cancels the export. */
export class ExportCancelledError extends Error {
  constructor() {
    super('export cancelled');
  }
}

/** Borders of a borderless table (all six) and cell (four), as the docx package wrote them. */
const NONE = (side: string) => `<w:${side} w:val="none" w:color="auto" w:sz="0"/>`;
const NO_TABLE_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(NONE).join('')}</w:tblBorders>`;
const NO_CELL_BORDERS = `<w:tcBorders>${['top', 'left', 'bottom', 'right'].map(NONE).join('')}</w:tcBorders>`;

/** Exports a parsed document to .docx bytes. */
export async function exportDocx(doc: VbhcDocument, options: DocxOptions = {}): Promise<DocxResult> {
  const lang = options.lang ?? 'vi';
  const token = options.token ?? noCancellation;
  const parts = documentParts(doc, options.types);
  const model = buildRenderModel(doc, options.types);
  const notes: Msg[] = [...parts.notes, ...model.notes];
  const built = buildDocument(doc, parts, model, notes, token, pageGeometry(options.layout));
  if (token.isCancellationRequested) throw new ExportCancelledError();
  const bytes = packDocument(built);
  if (token.isCancellationRequested) throw new ExportCancelledError();
  return { bytes, notes: notes.map((n) => pick(n, lang)) };
}

/** The document as built: its main parts as XML, ready to pack. */
export interface BuiltDocument {
  /** word/document.xml. */
  document: string;
  /** word/styles.xml. */
  styles: string;
  /** The footnotes as `<w:footnote>` XML (ids from 1). */
  footnotes: string[];
  /** The title for the document properties, XML-escaped. */
  titleXml: string;
}

/** Zips a built document (see ooxml-package.ts for the other parts). */
export function packDocument(built: BuiltDocument): Uint8Array {
  return packDocx(built);
}

/** Builds the document (exported for tests that inspect it before packing with `packDocument`). */
export function buildDocument(doc: VbhcDocument, parts: DocumentParts, model: RenderModel, notes: Msg[], token: CancellationToken = noCancellation, geo: PageGeometry = pageGeometry()): BuiltDocument {
  const ctx: WriteContext = { model, geo, footnotes: [], nextFootnoteId: 1, notes };
  const out: string[] = [];
  guard(out, notes, 0, () => headerBlock(parts, geo));
  guard(out, notes, 0, () => titleBlock(parts, geo));
  const firstAppendix = model.nodes.findIndex((n) => n.kind === 'appendix');
  const mainEnd = firstAppendix < 0 ? model.nodes.length : firstAppendix;
  for (let i = 0; i < mainEnd; i++) {
    if (token.isCancellationRequested) throw new ExportCancelledError();
    const node = model.nodes[i];
    guard(out, notes, node.line, () => bodyNode(node, ctx));
  }
  // The last body paragraph keeps with the closing block, so the signature never stands alone on a page.
  const last = out.length - 1;
  if (last >= 0) out[last] = keepWithNext(out[last]);
  guard(out, notes, doc.source.lineCount - 1, () => closingBlock(parts, geo));
  // Appendices follow the signature, each in its own section (PL I §III.1); the section before each ends with a break that carries its properties.
  let section = sectionXml(geo);
  for (let i = mainEnd; i < model.nodes.length; i++) {
    if (token.isCancellationRequested) throw new ExportCancelledError();
    const node = model.nodes[i];
    if (node.kind === 'appendix') {
      out.push(rawParagraph(STYLE.PAGE_BREAK, '', section));
      ctx.geo = pageGeometry(geo.layout, node.landscape ? 'landscape' : 'portrait');
      section = sectionXml(ctx.geo, true);
      guard(out, notes, node.line, () => appendixTitle(node, parts, ctx.geo));
    } else guard(out, notes, node.line, () => bodyNode(node, ctx));
  }
  return { document: documentXml(out, geo, section), styles: stylesXml(geo), footnotes: ctx.footnotes, titleXml: xmlText(parts.trichYeu ?? parts.vv ?? '') };
}

/** An appendix's title block (PL I §III.1.b–c; Mẫu 2.1): "Phụ lục I", its title in capitals, "(Kèm theo …)", a short rule. */
function appendixTitle(node: Extract<BodyNode, { kind: 'appendix' }>, parts: DocumentParts, geo: PageGeometry): Written[] {
  const out = [styled(STYLE.PHU_LUC, node.label)];
  if (node.title) out.push(styled(STYLE.PHU_LUC_TITLE, upper(node.title)));
  out.push(styled(STYLE.KEM_THEO, parts.kemTheo));
  // The space of a paragraph under the rule: a table that opens the appendix (it has no space before) does not touch it.
  out.push(ruleParagraph(RULE.SHORT_FRACTION * longestLineMm(parts.kemTheo, 'italic', FONT_SIZE_PT.KEM_THEO, geo.textWidthMm), geo.textWidthMm, geo.spaceBeforeTwip));
  return out;
}

/** What a writer gives: paragraphs and tables as XML. */
type Written = string;

interface WriteContext {
  model: RenderModel;
  geo: PageGeometry;
  /** Footnotes written so far as `<w:footnote>` XML, in id order (ids from 1). */
  footnotes: string[];
  nextFootnoteId: number;
  notes: Msg[];
}

/** Runs one node's writer; on failure prints a visible placeholder and records a note. */
function guard(out: Written[], notes: Msg[], line: number, write: () => Written[]): void {
  try {
    for (const w of write()) out.push(w); // no spread: a node may write more parts than a call takes arguments
  } catch (e) {
    const reason = (e as Error)?.message ?? String(e);
    notes.push(msg(`Dòng ${line + 1}: không xuất được phần này (${reason}); đã chèn dòng báo thay thế.`, `Line ${line + 1}: this part could not be exported (${reason}); a placeholder was inserted.`));
    out.push(styled(STYLE.PLACEHOLDER, `[Không xuất được nội dung ở dòng ${line + 1} — xem tệp nguồn / content at line ${line + 1} could not be exported]`));
  }
}

// ---- header -----------------------------------------------------------------

/** A paragraph of one style with plain text. */
function styled(style: string, text: string): string {
  return rawParagraph(style, rawRun(text));
}

/** A paragraph of one style whose lines are broken where given. */
function styledLines(style: string, lines: readonly string[]): string {
  return rawParagraph(style, lines.map((l, i) => (i > 0 ? `<w:r><w:br/><w:t xml:space="preserve">${xmlText(l)}</w:t></w:r>` : rawRun(l))).join(''));
}

/**
 * A drawn rule: an empty 1 pt paragraph with a bottom border, indented on
 * both sides so the line is `lengthMm` long and centred in `areaMm`; `spaceAfterTwip` below it.
 */
export function ruleParagraph(lengthMm: number, areaMm: number, spaceAfterTwip = 0): string {
  const side = mmToTwip(Math.max(0, (areaMm - lengthMm) / 2));
  const after = spaceAfterTwip > 0 ? `<w:spacing w:after="${spaceAfterTwip}"/>` : '';
  return rawParagraph(STYLE.RULE, '', `<w:pBdr><w:bottom w:val="single" w:color="${RULE_BORDER.color}" w:sz="${RULE_THICKNESS_EIGHTH_PT}" w:space="${RULE.GAP_PT}"/></w:pBdr>${after}<w:ind w:left="${side}" w:right="${side}" w:firstLine="0"/>`);
}

/** Inner widths of the header cells (column minus padding on both sides). */
export const HEADER_CELL_INNER_MM = {
  LEFT: HEADER_TABLE_MM.LEFT_COL - 2 * HEADER_TABLE_MM.CELL_PADDING,
  RIGHT: HEADER_TABLE_MM.RIGHT_COL - 2 * HEADER_TABLE_MM.CELL_PADDING,
} as const;

/** The issuer name as printed: balanced lines in the left header cell. */
export function issuerLines(coQuan: string): string[] {
  return balancedLines(coQuan, 'bold', FONT_SIZE_PT.CO_QUAN, HEADER_CELL_INNER_MM.LEFT);
}

/** The parent agency as printed: balanced lines in the left header cell. */
export function parentLines(coQuanChuQuan: string): string[] {
  return balancedLines(coQuanChuQuan, 'regular', FONT_SIZE_PT.CO_QUAN_CHU_QUAN, HEADER_CELL_INNER_MM.LEFT);
}

/** Length of the rule under the issuer: a fraction of its (longest) printed line. */
export function issuerRuleMm(coQuan: string): number {
  return RULE.SHORT_FRACTION * Math.max(...issuerLines(coQuan).map((l) => textWidthMm(l, 'bold', FONT_SIZE_PT.CO_QUAN)));
}

/** Length of the rule under the Tiêu ngữ: the length of its text. */
export function tieuNguRuleMm(): number {
  return RULE.TIEU_NGU_FRACTION * textWidthMm(FIXED_TEXT.TIEU_NGU, 'bold', FONT_SIZE_PT.TIEU_NGU);
}

/** Length of the rule under the trích yếu: a fraction of its longest line. */
export function trichYeuRuleMm(trichYeu: string, textWidthMm: number = TEXT_WIDTH_MM): number {
  return RULE.SHORT_FRACTION * longestLineMm(trichYeu, 'bold', FONT_SIZE_PT.TRICH_YEU, textWidthMm);
}

/** A cell of the header table: borderless, the header padding, top-aligned. */
function headerCell(children: string[], widthTwip: number): string {
  const pad = HEADER_TABLE_TWIP.CELL_PADDING;
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widthTwip}"/>${NO_CELL_BORDERS}<w:tcMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="${pad}"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="${pad}"/></w:tcMar><w:vAlign w:val="top"/></w:tcPr>${children.join('')}</w:tc>`;
}

/** The header table (ô 1–4, 10): agencies and Số left; Quốc hiệu, Tiêu ngữ, place and date right. */
function headerBlock(p: DocumentParts, geo: PageGeometry): string[] {
  const out: string[] = [];
  if (p.draftMark) out.push(styled(STYLE.DRAFT, p.draftMark));
  const left1: string[] = [];
  if (p.coQuanChuQuan) left1.push(styledLines(STYLE.CO_QUAN_CHU_QUAN, parentLines(p.coQuanChuQuan)));
  left1.push(styledLines(STYLE.CO_QUAN, issuerLines(p.coQuan)));
  if (p.coQuan.trim()) left1.push(ruleParagraph(issuerRuleMm(p.coQuan), HEADER_CELL_INNER_MM.LEFT));
  const right1 = [styled(STYLE.QUOC_HIEU, p.quocHieu), styled(STYLE.TIEU_NGU, p.tieuNgu), ruleParagraph(tieuNguRuleMm(), HEADER_CELL_INNER_MM.RIGHT)];
  const left2 = [styled(STYLE.SO_KY_HIEU, p.soKyHieu)];
  if (p.vv) left2.push(styled(STYLE.VV, p.vv));
  for (const m of p.marks) left2.push(styled(STYLE.MARK, m));
  const right2 = [styled(STYLE.DIA_DANH_NGAY, p.dateLine)];
  const { LEFT_COL: l, RIGHT_COL: r } = HEADER_TABLE_TWIP;
  const row = (a: string[], b: string[]) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${headerCell(a, l)}${headerCell(b, r)}</w:tr>`;
  out.push(
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${l + r}"/><w:tblInd w:type="dxa" w:w="${geo.headerTableIndentTwip}"/>${NO_TABLE_BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="${l}"/><w:gridCol w:w="${r}"/></w:tblGrid>${row(left1, right1)}${row(left2, right2)}</w:tbl>`,
  );
  return out;
}

/** Type name and trích yếu with its rule (ô 5a), then Kính gửi (ô 9a). */
function titleBlock(p: DocumentParts, geo: PageGeometry): string[] {
  const out: string[] = [];
  if (p.tenLoai) out.push(styled(STYLE.TEN_LOAI, p.tenLoai));
  if (p.trichYeu) {
    out.push(styled(STYLE.TRICH_YEU, p.trichYeu));
    out.push(ruleParagraph(trichYeuRuleMm(p.trichYeu, geo.textWidthMm), geo.textWidthMm));
  }
  const kg = formatKinhGui(p.kinhGui);
  if (kg.single) out.push(styled(STYLE.KINH_GUI, kg.single));
  else if (kg.lines.length > 0) {
    out.push(styled(STYLE.KINH_GUI, FIXED_TEXT.KINH_GUI_LABEL));
    // The dashes line up under the colon (PL I §II.9).
    const under = mmToTwip(KINH_GUI_INDENT_MM + textWidthMm(FIXED_TEXT.KINH_GUI_LABEL.replace(/:$/, ''), 'regular', FONT_SIZE_PT.KINH_GUI));
    for (const l of kg.lines) out.push(rawParagraph(STYLE.KINH_GUI, rawRun(l), `<w:spacing w:before="0"/><w:ind w:left="${under}" w:firstLine="0"/>`));
  }
  // A quyết định names its issuing authority above the căn cứ (Mẫu 1.2/1.3).
  if (p.thamQuyen) out.push(styled(STYLE.THAM_QUYEN, p.thamQuyen));
  return out;
}

// ---- body -------------------------------------------------------------------

/**
 * Makes a Word footnote of the document's footnote number `label`; returns its
 * id, or undefined when the label has no definition. Each reference gets
 * its own Word footnote (Word cannot point two references at one note).
 * The note starts with its superscript mark and a space (Footnote Text,
 * Footnote Reference styles).
 */
function addFootnote(label: number, ctx: WriteContext): number | undefined {
  const fn = ctx.model.footnotes.get(label);
  if (!fn) return undefined;
  const id = ctx.nextFootnoteId++;
  const paragraphs = fn.paragraphs.length > 0 ? fn.paragraphs : [[]];
  const body = paragraphs.map((p, i) => rawParagraph(STYLE.FOOTNOTE_TEXT, (i === 0 ? `<w:r><w:rPr><w:rStyle w:val="${STYLE.FOOTNOTE_REFERENCE}"/></w:rPr><w:footnoteRef/></w:r>${rawRun(' ')}` : '') + footnoteText(p, ctx)));
  ctx.footnotes.push(`<w:footnote w:id="${id}">${body.join('')}</w:footnote>`);
  return id;
}

/** Footnote paragraphs: runs without nested footnotes (a note inside a note prints its number). */
function footnoteText(runs: readonly Run[], ctx: WriteContext): string {
  return rawRuns(
    runs.map((r) => (r.footnote !== undefined ? { text: `[${r.footnote}]` } : r)),
    ctx,
  );
}

/** XML text as the docx package escapes it. */
function xmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ENTITY[c]);
}

const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** One run of text as docx writes a TextRun (bold/italics as `w:b w:bCs` / `w:i w:iCs`). */
export function rawRun(text: string, bold = false, italic = false): string {
  const props = bold || italic ? `<w:rPr>${bold ? '<w:b/><w:bCs/>' : ''}${italic ? '<w:i/><w:iCs/>' : ''}</w:rPr>` : '';
  return `<w:r>${props}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

/** Inline runs as XML (footnote references register their footnote). */
function rawRuns(runs: readonly Run[], ctx: WriteContext, plain = false): string {
  let out = '';
  for (const r of runs) {
    if (r.lineBreak) out += '<w:r><w:br/><w:t xml:space="preserve"></w:t></w:r>';
    else if (r.footnote !== undefined) {
      const id = addFootnote(r.footnote, ctx);
      out += id === undefined ? rawRun(`[${r.footnote}]`) : `<w:r><w:rPr><w:rStyle w:val="${STYLE.FOOTNOTE_REFERENCE}"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    } else if (plain) out += rawRun(r.text);
    else out += rawRun(r.text, !!r.bold, !!r.italic);
  }
  return out;
}

/** A body paragraph as XML, with its style when it has one (`<w:p/>` when empty, as docx writes it); `extra` follows the style in the properties. */
export function rawParagraph(style: string | undefined, runs: string, extra = ''): string {
  const props = style || extra ? `<w:pPr>${style ? `<w:pStyle w:val="${xmlText(style)}"/>` : ''}${extra}</w:pPr>` : '';
  return props || runs ? `<w:p>${props}${runs}</w:p>` : '<w:p/>';
}

/** A raw paragraph made to keep with the next one (`w:keepNext` right after its style, where the schema puts it). */
export function keepWithNext(p: string): string {
  const styled = /^<w:p><w:pPr><w:pStyle w:val="[^"]*"\/>/.exec(p);
  if (styled) return `${styled[0]}<w:keepNext/>${p.slice(styled[0].length)}`;
  if (p.startsWith('<w:p><w:pPr>')) return `<w:p><w:pPr><w:keepNext/>${p.slice('<w:p><w:pPr>'.length)}`;
  if (p === '<w:p/>') return '<w:p><w:pPr><w:keepNext/></w:pPr></w:p>';
  if (p.startsWith('<w:p>')) return `<w:p><w:pPr><w:keepNext/></w:pPr>${p.slice('<w:p>'.length)}`;
  return p;
}

type NodeWriter<K extends BodyNode['kind']> = (node: Extract<BodyNode, { kind: K }>, ctx: WriteContext) => Written[];

/** Writers by node kind (a table, not a switch ladder). Headings, paragraphs and dash items are written as XML (see RawBody). */
const NODE_WRITERS: { [K in BodyNode['kind']]: NodeWriter<K> } = {
  heading: (n, ctx) => [rawParagraph(STYLE.HEADING[n.level - 1], rawRuns(n.runs, ctx, true))],
  paragraph: (n, ctx) => [rawParagraph(n.quote ? STYLE.QUOTE : undefined, rawRuns(n.runs, ctx))],
  dash: (n, ctx) => [rawParagraph(STYLE.DASH, rawRun(`${n.marker} `) + rawRuns(n.runs, ctx))],
  table: (n, ctx) => [rawTable(n, ctx)],
  pagebreak: () => [rawParagraph(STYLE.PAGE_BREAK, '<w:r><w:br w:type="page"/></w:r>')],
  code: (n) => [rawParagraph(STYLE.PLAIN, n.text.split('\n').map((l, i) => (i > 0 ? `<w:r><w:br/><w:t xml:space="preserve">${xmlText(l)}</w:t></w:r>` : rawRun(l))).join(''))],
  hr: (_n, ctx) => [ruleParagraph(ctx.geo.textWidthMm * RULE.SHORT_FRACTION, ctx.geo.textWidthMm)],
  basis: (n, ctx) => [rawParagraph(STYLE.CAN_CU, rawRuns(n.runs, ctx))],
  decides: () => [styled(STYLE.QUYET_DINH, FIXED_TEXT.QUYET_DINH)],
  article: (n, ctx) => [rawParagraph(undefined, rawRun(n.label, true) + (n.runs.length > 0 ? rawRun(' ') + rawRuns(n.runs, ctx) : ''))],
  // Written by buildDocument, which opens the appendix's section.
  appendix: () => [],
};

function bodyNode(node: BodyNode, ctx: WriteContext): Written[] {
  return (NODE_WRITERS[node.kind] as NodeWriter<typeof node.kind>)(node as never, ctx);
}

/** Borders of a body table's edges and inner lines, as XML (single, black). */
function tableBorders(): string {
  const b = (side: string) => `<w:${side} w:val="single" w:color="${RULE_BORDER.color}" w:sz="${Math.round(BODY_TABLE.BORDER_PT * UNIT.EIGHTH_PT_PER_PT)}"/>`;
  return `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(b).join('')}</w:tblBorders>`;
}

/**
 * A pipe table as XML: full text width in fixed columns, single borders,
 * cell margins once in the table properties; header rows bold (their style)
 * and repeated at the top of every page (`w:tblHeader`); no row splits
 * across pages (`w:cantSplit`); cells without first-line indent; numbers
 * right-aligned in numeric columns unless the table says otherwise.
 */
function rawTable(n: Extract<BodyNode, { kind: 'table' }>, ctx: WriteContext): string {
  const width = ctx.geo.textWidthTwip;
  const widths = tableColumnWidths(n.rows, width);
  const pad = mmToTwip(BODY_TABLE.CELL_PADDING_MM);
  const mar = `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${pad}" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="${pad}" w:type="dxa"/></w:tblCellMar>`;
  // Per column, the cell's opening up to its runs, for header and body rows (the same for every row).
  const jc = (a: string | undefined) => (a ? `<w:jc w:val="${a}"/>` : '');
  const open = (style: string, a: string | undefined, w: number) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="${style}"/>${jc(a)}</w:pPr>`;
  const headOpen = widths.map((w, c) => open(STYLE.TABLE_HEADER, n.align[c], w));
  const bodyOpen = widths.map((w, c) => open(STYLE.TABLE_TEXT, cellAlign(n, c), w));
  const parts: string[] = [`<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/>${tableBorders()}<w:tblLayout w:type="fixed"/>${mar}</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`];
  for (let r = 0; r < n.rows.length; r++) {
    const header = r < n.headerRows;
    const row = n.rows[r];
    const opens = header ? headOpen : bodyOpen;
    let xml = header ? '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    for (let c = 0; c < widths.length; c++) xml += opens[c] + (row[c] ? rawRuns(row[c], ctx) : '') + '</w:p></w:tc>';
    parts.push(xml + '</w:tr>');
  }
  parts.push('</w:tbl>');
  return parts.join('');
}

// ---- closing ----------------------------------------------------------------

/** The closing table: Nơi nhận left (ô 9b), authority, title, signature space and name right (ô 7). */
function closingBlock(p: DocumentParts, geo: PageGeometry): string[] {
  const left: string[] = [];
  if (p.noiNhan.length > 0) {
    left.push(styled(STYLE.NOI_NHAN_LABEL, FIXED_TEXT.NOI_NHAN_LABEL));
    for (const l of p.noiNhan) left.push(styled(STYLE.NOI_NHAN_ITEM, l));
  } else left.push(rawParagraph(STYLE.NOI_NHAN_ITEM, ''));
  const right: string[] = [];
  for (const l of p.quyenHan) right.push(styled(STYLE.SIGNER, l));
  if (p.chucVu) right.push(styled(STYLE.SIGNER, p.chucVu));
  right.push(rawParagraph(STYLE.SIGNATURE_SPACE, '', `<w:spacing w:before="${CLOSING_TABLE_TWIP.SIGNATURE_SPACE}"/>`));
  if (p.hoTen) right.push(styled(STYLE.SIGNER_NAME, p.hoTen));
  const { LEFT_COL: l, RIGHT_COL: r } = geo.closingTwip;
  const cell = (children: string[], w: number) =>
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${w}"/>${NO_CELL_BORDERS}<w:tcMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="0"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="0"/></w:tcMar></w:tcPr>${children.join('')}</w:tc>`;
  return [
    // Keeps with the table: the closing block never starts a page alone.
    rawParagraph(STYLE.PLAIN, '', `<w:keepNext/><w:spacing w:before="${CLOSING_TABLE_TWIP.SPACE_BEFORE}"/>`),
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${geo.textWidthTwip}"/>${NO_TABLE_BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="${l}"/><w:gridCol w:w="${r}"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(left, l)}${cell(right, r)}</w:tr></w:tbl>`,
  ];
}

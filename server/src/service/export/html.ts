/**
 * Document model → HTML for the live preview: the same parts, texts and
 * layout constants as the .docx, drawn as A4 sheets (white paper in every
 * theme) with approximate page breaks computed from Times New Roman widths.
 *
 * Safety: every piece of document text goes through `escapeHtml`; the
 * document can never add markup, attributes, links or scripts (markdown-it
 * runs with `html: false` and links print their text only). The page allows
 * only its own <style> and <script> through the nonce the caller passes
 * (the webview's CSP); no inline style attributes are used, so per-document
 * lengths (rule widths) are classes in the nonce'd <style>.
 *
 * Scroll sync (optional script): every block carries `data-line` (0-based
 * source line). The page posts `{ type: 'vbhc.previewTopLine', line }` to
 * the webview host when it scrolls, and scrolls itself on
 * `{ type: 'vbhc.scrollToLine', line }`. The webview side is the client's.
 */
import type { VbhcDocument } from '../model/document';
import type { DocTypeTable } from '../data/doc-types';
import { pick } from '../i18n';
import type { Lang } from '../types';
import { documentParts, formatKinhGui, upper, type DocumentParts } from './header-format';
import {
  BODY,
  BODY_TABLE,
  CLOSING_TABLE,
  CONG_VAN_VV_SPACE_BEFORE_TWIP,
  FOOTNOTE_SEPARATOR,
  MARK_BOX,
  UNIT,
  FIXED_TEXT,
  FONT,
  FONT_SIZE_PT,
  HEADER_TABLE_MM,
  KINH_GUI_INDENT_MM,
  PAGE_MM,
  PREVIEW,
  QUYET_DINH_SPACING_PT,
  RULE,
  APPENDIX,
  pageGeometry,
  ptToMm,
  type HouseLayout,
  type PageGeometry,
} from './layout-constants';
import { buildRenderModel, cellAlign, runsText, splitRuns, tableColumnWidths, type BodyNode, type FootnoteNode, type RenderModel, type Run } from './render-model';
import { balancedLines, lineCount, longestLineMm, maxOf, textWidthMm, wrapLines } from './text-measure';
import type { FontFace } from './font-metrics';
import { PREVIEW_MESSAGE } from './preview-message';

export { PREVIEW_MESSAGE };

/** Options of the HTML renderer. */
export interface HtmlOptions {
  /** Nonce allowed by the webview's CSP for the <style> and <script>. */
  nonce: string;
  lang?: Lang;
  /** Include the scroll-sync script (default true). */
  scrollSync?: boolean;
  /** The house layout (margins, body size and spacing); the decree defaults when absent. */
  layout?: HouseLayout;
  /** The table of document types the layout of each `loai` is read from (the built-in one when absent). */
  types?: DocTypeTable;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Keeps only the characters a CSP nonce may hold (base64 / base64url). */
export function sanitizeNonce(nonce: string): string {
  return nonce.replace(/[^A-Za-z0-9+/=_-]/g, '');
}

/** Height of one single-spaced line of `sizePt` type, in mm. */
function lineMm(sizePt: number): number {
  return ptToMm(sizePt * BODY.CSS_LINE_HEIGHT);
}

/** Height of one line of body text in the house layout (its size and line spacing), in mm. */
function bodyLineMm(geo: PageGeometry): number {
  return ptToMm(geo.bodyPt * geo.bodyCssLineHeight);
}

/** What the block writers share: the per-document CSS classes and the page geometry. */
interface HtmlContext {
  css: CssCollector;
  geo: PageGeometry;
}

/** A block placed on a page. */
interface PlacedBlock {
  html: string;
  heightMm: number;
  /** Start a new page before this block. */
  breakBefore?: boolean;
  /** Start a new section before this block (an appendix): its sheets have this geometry and number their pages on their own. */
  section?: PageGeometry;
  footnotes?: number[];
  /** Keep on the sheet of the block before it (the closing block keeps with the last paragraph, as keepNext in the .docx). */
  keepWithPrevious?: boolean;
  /** Splits a paragraph so that its first part fits `roomMm`; undefined when it cannot (fewer than 2 lines fit). */
  split?: (roomMm: number) => [PlacedBlock, PlacedBlock] | undefined;
}

/** Renders the preview page of a document. */
export function renderHtml(doc: VbhcDocument, options: HtmlOptions): string {
  const nonce = sanitizeNonce(options.nonce);
  const lang = options.lang ?? 'vi';
  const parts = documentParts(doc, options.types);
  const model = buildRenderModel(doc, options.types);
  const css = new CssCollector();
  const geo = pageGeometry(options.layout);
  const ctx: HtmlContext = { css, geo };
  const blocks: PlacedBlock[] = [];
  const notes = [...parts.notes, ...model.notes];
  if (doc.tooLarge) {
    notes.push({
      vi: 'Văn bản quá lớn để kiểm tra: bản xem trước chỉ hiện phần đầu, không có thân văn bản (xem cảnh báo document.limit ở dòng 1).',
      en: 'The document is too large to check: the preview shows the header only, without the body (see the document.limit warning on line 1).',
    });
  }
  const guard = (line: number, f: () => PlacedBlock[]) => {
    try {
      for (const b of f()) blocks.push(b);
    } catch (e) {
      const reason = (e as Error)?.message ?? String(e);
      notes.push({ vi: `Dòng ${line + 1}: không hiển thị được phần này (${reason}).`, en: `Line ${line + 1}: this part could not be shown (${reason}).` });
      blocks.push({ html: `<p class="placeholder" data-line="${line}">${escapeHtml(`[Không hiển thị được nội dung ở dòng ${line + 1} / content at line ${line + 1} could not be shown]`)}</p>`, heightMm: bodyLineMm(geo) });
    }
  };
  guard(0, () => [headerBlock(parts, css)]);
  guard(0, () => titleBlocks(parts, ctx));
  const firstAppendix = model.nodes.findIndex((n) => n.kind === 'appendix');
  const mainEnd = firstAppendix < 0 ? model.nodes.length : firstAppendix;
  for (const node of model.nodes.slice(0, mainEnd)) guard(node.line, () => [bodyBlock(node, model, ctx)]);
  guard(doc.source.lineCount - 1, () => [closingBlock(parts, doc.source.lineCount - 1)]);
  // Appendices follow the signature, each on new sheets of its own orientation (PL I §III.1).
  for (const node of model.nodes.slice(mainEnd)) {
    if (node.kind === 'appendix') {
      ctx.geo = pageGeometry(geo.layout, node.landscape ? 'landscape' : 'portrait');
      guard(node.line, () => [appendixBlock(node, parts, ctx)]);
    } else guard(node.line, () => [bodyBlock(node, model, ctx)]);
  }
  const pages = paginate(blocks, model, geo);
  const noteHtml = notes.length ? `<aside class="notes"><ul>${notes.map((n) => `<li>${escapeHtml(pick(n, lang))}</li>`).join('')}</ul></aside>` : '';
  const title = escapeHtml([parts.tenLoai, parts.trichYeu ?? parts.vv].filter((x) => x && x.trim()).join(' ') || 'vbhc');
  return [
    '<!DOCTYPE html>',
    `<html lang="vi"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${title}</title>`,
    `<style nonce="${nonce}">${baseCss(geo)}${css.text()}</style>`,
    `</head><body class="vbhc-preview">`,
    noteHtml,
    pages.join(''),
    options.scrollSync === false ? '' : `<script nonce="${nonce}">${SCROLL_SCRIPT}</script>`,
    '</body></html>',
  ].join('\n');
}

/** Per-document CSS classes for computed lengths (the CSP forbids style attributes). */
class CssCollector {
  private readonly rules = new Map<string, string>();
  /** A class that sets `decl`; the same declaration reuses its class. */
  cls(decl: string): string {
    let name = this.rules.get(decl);
    if (!name) {
      name = `c${this.rules.size}`;
      this.rules.set(decl, name);
    }
    return name;
  }
  text(): string {
    // `.page .cN` outranks the base rules such as `.page p{margin:0}`.
    return [...this.rules].map(([decl, name]) => `.page .${name}{${decl}}`).join('');
  }
}

const mm = (v: number) => `${Math.round(v * 100) / 100}mm`;
const pt = (v: number) => `${v}pt`;

/** CSS padding of a landscape sheet: the margins rotated with it. */
function landscapePadding(geo: PageGeometry): string {
  const m = pageGeometry(geo.layout, 'landscape').marginsMm;
  return `${mm(m.top)} ${mm(m.right)} ${mm(m.bottom)} ${mm(m.left)}`;
}

function baseCss(geo: PageGeometry): string {
  const s = FONT_SIZE_PT;
  const m = geo.layout.marginsMm;
  return `
html,body{margin:0;padding:0}
body.vbhc-preview{background:var(--vscode-editor-background,#d6d6d6);padding:${mm(PREVIEW.PAGE_GAP_MM)} 0;overflow-x:auto}
.page{box-sizing:border-box;width:${mm(PAGE_MM.WIDTH)};min-height:${mm(PAGE_MM.HEIGHT)};margin:0 auto ${mm(PREVIEW.PAGE_GAP_MM)};padding:${mm(m.top)} ${mm(m.right)} ${mm(m.bottom)} ${mm(m.left)};background:#fff;color:#${FONT.COLOR_HEX};color-scheme:light;box-shadow:0 1px 4px rgba(0,0,0,.35);position:relative;display:flex;flex-direction:column;font-family:${FONT.CSS_FAMILY};font-size:${pt(geo.bodyPt)};line-height:${BODY.CSS_LINE_HEIGHT}}
.page.landscape{width:${mm(PAGE_MM.HEIGHT)};min-height:${mm(PAGE_MM.WIDTH)};padding:${landscapePadding(geo)}}
.page-number{position:absolute;top:${mm(PAGE_MM.HEADER_DISTANCE)};left:0;right:0;text-align:center;font-size:${pt(s.PAGE_NUMBER)}}
.page p{margin:0}
.body{text-align:justify;text-indent:${mm(BODY.FIRST_LINE_INDENT_MM)};margin-top:${pt(geo.spaceBeforePt)}!important;margin-bottom:${pt(BODY.SPACE_AFTER_PT)}!important;line-height:${Math.round(geo.bodyCssLineHeight * 1000) / 1000}}
.h{font-weight:bold;font-size:${pt(geo.bodyPt)}}
.h1{text-transform:uppercase}
.quote,.can-cu{font-style:italic}
.cont{text-indent:0;margin-top:0!important}
.plain{text-align:left;text-indent:0;white-space:pre-wrap}
table.hdr{border-collapse:collapse;table-layout:fixed;width:${mm(HEADER_TABLE_MM.LEFT_COL + HEADER_TABLE_MM.RIGHT_COL)};margin-left:${mm(geo.headerTableIndentMm)}}
table.hdr td{vertical-align:top;padding:0 ${mm(HEADER_TABLE_MM.CELL_PADDING)};text-align:center}
table.hdr col.l{width:${mm(HEADER_TABLE_MM.LEFT_COL)}}table.hdr col.r{width:${mm(HEADER_TABLE_MM.RIGHT_COL)}}
.cqcq{font-size:${pt(s.CO_QUAN_CHU_QUAN)}}
.cq{font-size:${pt(s.CO_QUAN)};font-weight:bold}
.so{font-size:${pt(s.SO_KY_HIEU)};white-space:pre-wrap}
.vv{font-size:${pt(s.TRICH_YEU_CONG_VAN)};margin-top:${pt(CONG_VAN_VV_SPACE_BEFORE_TWIP / UNIT.TWIP_PER_PT)}!important}
.mark{display:inline-block;font-size:${pt(s.MARK)};font-weight:bold;border:${pt(RULE.THICKNESS_PT)} solid #000;padding:0 ${pt(MARK_BOX.PREVIEW_PADDING_PT)};margin-top:${pt(BODY.SPACE_BEFORE_PT)}}
.draft{text-align:right}.draft span{display:inline-block;font-size:${pt(s.MARK)};font-weight:bold;border:${pt(RULE.THICKNESS_PT)} solid #000;padding:0 ${pt(MARK_BOX.PREVIEW_PADDING_PT)}}
.qh{font-size:${pt(s.QUOC_HIEU)};font-weight:bold;white-space:nowrap}
.tn{font-size:${pt(s.TIEU_NGU)};font-weight:bold}
.date{font-size:${pt(s.DIA_DANH_NGAY)};font-style:italic;white-space:pre-wrap}
.rule{height:${pt(RULE.PARAGRAPH_HEIGHT_PT)};border-bottom:${pt(RULE.THICKNESS_PT)} solid #000;margin:0 auto}
.tl{font-size:${pt(s.TEN_LOAI)};font-weight:bold;text-align:center;margin-top:${pt(s.TEN_LOAI)}!important}
.ty{font-size:${pt(s.TRICH_YEU)};font-weight:bold;text-align:center}
.kg{font-size:${pt(s.KINH_GUI)};text-indent:${mm(KINH_GUI_INDENT_MM)};margin-top:${pt(BODY.SPACE_BEFORE_PT)}!important}
table.grid{border-collapse:collapse;width:100%;table-layout:fixed;margin-top:${pt(BODY.SPACE_BEFORE_PT)}}
table.grid td,table.grid th{border:${pt(BODY_TABLE.BORDER_PT)} solid #000;padding:${pt(BODY_TABLE.CELL_SPACE_BEFORE_PT)} ${mm(BODY_TABLE.CELL_PADDING_MM)};font-size:${pt(s.TABLE)};text-align:left;text-indent:0;vertical-align:top}
table.grid th{font-weight:bold;text-align:center}
table.grid .al-center{text-align:center}table.grid .al-right{text-align:right}table.grid .al-left{text-align:left}
table.closing{border-collapse:collapse;width:100%;table-layout:fixed;margin-top:${pt(CLOSING_TABLE.SPACE_BEFORE_PT)}}
table.closing td{vertical-align:top;padding:0}
table.closing td.nn{width:${CLOSING_TABLE.LEFT_FRACTION * 100}%}
.nn-label{font-size:${pt(s.NOI_NHAN_LABEL)};font-weight:bold;font-style:italic}
.nn-item{font-size:${pt(s.NOI_NHAN_ITEM)}}
.signer{font-size:${pt(s.SIGNER)};font-weight:bold;text-align:center}
.sig-space{height:${mm(CLOSING_TABLE.SIGNATURE_SPACE_MM)}}
.footnotes{margin-top:auto;border-top:${pt(FOOTNOTE_SEPARATOR.THICKNESS_PT)} solid #000;width:${mm(FOOTNOTE_SEPARATOR.WIDTH_MM)};padding-top:${pt(FOOTNOTE_SEPARATOR.GAP_PT)}}
.footnotes p{font-size:${pt(s.FOOTNOTE)};text-align:justify;text-indent:0;width:${mm(geo.textWidthMm)}}
sup.fn{font-size:${PREVIEW.FOOTNOTE_MARK_SCALE * 100}%;line-height:0}
.placeholder{background:#ff0;font-style:italic}
.tq{font-size:${pt(s.THAM_QUYEN)};font-weight:bold;text-align:center;margin-top:${pt(QUYET_DINH_SPACING_PT.THAM_QUYEN_BEFORE)}!important}
.qd{font-size:${pt(s.QUYET_DINH)};font-weight:bold;text-align:center;margin-top:${pt(QUYET_DINH_SPACING_PT.QUYET_DINH_BEFORE)}!important;margin-bottom:${pt(QUYET_DINH_SPACING_PT.QUYET_DINH_AFTER)}!important}
.pl{font-size:${pt(s.PHU_LUC)};font-weight:bold;text-align:center}
.pl-title{font-size:${pt(s.PHU_LUC_TITLE)};font-weight:bold;text-align:center}
.kem-theo{font-size:${pt(s.KEM_THEO)};font-style:italic;text-align:center}
.notes{max-width:${mm(PAGE_MM.WIDTH)};margin:0 auto ${mm(PREVIEW.PAGE_GAP_MM)};font:12px sans-serif;color:var(--vscode-editor-foreground,#000)}
${PREVIEW.ZOOM_STEPS.map((z) => `@media (max-width:${z.MAX_WIDTH_PX}px){.page{zoom:${z.ZOOM}}}`).join('')}
`;
}

// ---- blocks -------------------------------------------------------------------

function inlineHtml(runs: readonly Run[], plain = false): string {
  return runs
    .map((r) => {
      if (r.lineBreak) return '<br>';
      if (r.footnote !== undefined) return `<sup class="fn">${r.footnote}</sup>`;
      let h = escapeHtml(r.text);
      if (plain) return h;
      if (r.italic) h = `<i>${h}</i>`;
      if (r.bold) h = `<b>${h}</b>`;
      return h;
    })
    .join('');
}

const footnotesOf = (runs: readonly Run[]): number[] => runs.filter((r) => r.footnote !== undefined).map((r) => r.footnote!);

/** Height of a justified paragraph of `text`. */
function paragraphMm(text: string, face: FontFace, sizePt: number, spaceBeforePt: number, widthMm: number, indentMm: number = BODY.FIRST_LINE_INDENT_MM): number {
  return ptToMm(spaceBeforePt) + lineCount(text, face, sizePt, widthMm, indentMm) * lineMm(sizePt);
}

function rule(css: CssCollector, lengthMm: number): string {
  return `<div class="rule ${css.cls(`width:${mm(lengthMm)}`)}"></div>`;
}

const INNER_LEFT_MM = HEADER_TABLE_MM.LEFT_COL - 2 * HEADER_TABLE_MM.CELL_PADDING;
const INNER_RIGHT_MM = HEADER_TABLE_MM.RIGHT_COL - 2 * HEADER_TABLE_MM.CELL_PADDING;
const RULE_MM = ptToMm(RULE.PARAGRAPH_HEIGHT_PT);

function headerBlock(p: DocumentParts, css: CssCollector): PlacedBlock {
  const s = FONT_SIZE_PT;
  const cqcq = p.coQuanChuQuan ? balancedLines(p.coQuanChuQuan, 'regular', s.CO_QUAN_CHU_QUAN, INNER_LEFT_MM) : [];
  const cq = balancedLines(p.coQuan, 'bold', s.CO_QUAN, INNER_LEFT_MM);
  const cqRule = RULE.SHORT_FRACTION * Math.max(...cq.map((l) => textWidthMm(l, 'bold', s.CO_QUAN)));
  const tnRule = RULE.TIEU_NGU_FRACTION * textWidthMm(FIXED_TEXT.TIEU_NGU, 'bold', s.TIEU_NGU);
  const lines = (ls: string[]) => ls.map(escapeHtml).join('<br>');
  const left1 = `${cqcq.length ? `<p class="cqcq">${lines(cqcq)}</p>` : ''}<p class="cq">${lines(cq)}</p>${p.coQuan.trim() ? rule(css, cqRule) : ''}`;
  const right1 = `<p class="qh">${escapeHtml(p.quocHieu)}</p><p class="tn">${escapeHtml(p.tieuNgu)}</p>${rule(css, tnRule)}`;
  const left2 = `<p class="so">${escapeHtml(p.soKyHieu)}</p>${p.vv ? `<p class="vv">${escapeHtml(p.vv)}</p>` : ''}${p.marks.map((m) => `<p><span class="mark">${escapeHtml(m)}</span></p>`).join('')}`;
  const right2 = `<p class="date">${escapeHtml(p.dateLine)}</p>`;
  const h1 = Math.max(cqcq.length * lineMm(s.CO_QUAN_CHU_QUAN) + cq.length * lineMm(s.CO_QUAN) + RULE_MM, lineMm(s.QUOC_HIEU) + lineMm(s.TIEU_NGU) + RULE_MM);
  const vvMm = p.vv ? paragraphMm(p.vv, 'regular', s.TRICH_YEU_CONG_VAN, 6, INNER_LEFT_MM, 0) : 0;
  const h2 = Math.max(lineMm(s.SO_KY_HIEU) + vvMm + p.marks.length * (lineMm(s.MARK) + ptToMm(BODY.SPACE_BEFORE_PT)), lineCount(p.dateLine, 'italic', s.DIA_DANH_NGAY, INNER_RIGHT_MM) * lineMm(s.DIA_DANH_NGAY));
  const draft = p.draftMark ? `<p class="draft"><span>${escapeHtml(p.draftMark)}</span></p>` : '';
  return {
    html: `<div data-line="0">${draft}<table class="hdr"><colgroup><col class="l"><col class="r"></colgroup><tr><td>${left1}</td><td>${right1}</td></tr><tr><td>${left2}</td><td>${right2}</td></tr></table></div>`,
    heightMm: h1 + h2 + (p.draftMark ? lineMm(s.MARK) : 0),
  };
}

function titleBlocks(p: DocumentParts, { css, geo }: HtmlContext): PlacedBlock[] {
  const s = FONT_SIZE_PT;
  const width = geo.textWidthMm;
  const out: PlacedBlock[] = [];
  if (p.tenLoai) out.push({ html: `<p class="tl" data-line="0">${escapeHtml(p.tenLoai)}</p>`, heightMm: ptToMm(s.TEN_LOAI) + lineMm(s.TEN_LOAI) });
  if (p.trichYeu) {
    const len = RULE.SHORT_FRACTION * longestLineMm(p.trichYeu, 'bold', s.TRICH_YEU, width);
    out.push({ html: `<p class="ty" data-line="0">${escapeHtml(p.trichYeu)}</p>${rule(css, len)}`, heightMm: lineCount(p.trichYeu, 'bold', s.TRICH_YEU, width) * lineMm(s.TRICH_YEU) + RULE_MM });
  }
  const kg = formatKinhGui(p.kinhGui);
  if (kg.single) out.push({ html: `<p class="kg" data-line="0">${escapeHtml(kg.single)}</p>`, heightMm: paragraphMm(kg.single, 'regular', s.KINH_GUI, BODY.SPACE_BEFORE_PT, width, KINH_GUI_INDENT_MM) });
  else if (kg.lines.length) {
    const under = KINH_GUI_INDENT_MM + textWidthMm(FIXED_TEXT.KINH_GUI_LABEL.replace(/:$/, ''), 'regular', s.KINH_GUI);
    const item = css.cls(`text-indent:0;margin-left:${mm(under)}`);
    out.push({
      html: `<div data-line="0"><p class="kg">${escapeHtml(FIXED_TEXT.KINH_GUI_LABEL)}</p>${kg.lines.map((l) => `<p class="${item}">${escapeHtml(l)}</p>`).join('')}</div>`,
      heightMm: ptToMm(BODY.SPACE_BEFORE_PT) + (kg.lines.length + 1) * lineMm(s.KINH_GUI),
    });
  }
  // A quyết định names its issuing authority above the căn cứ (Mẫu 1.2/1.3).
  if (p.thamQuyen) {
    out.push({ html: `<p class="tq" data-line="0">${escapeHtml(p.thamQuyen)}</p>`, heightMm: ptToMm(QUYET_DINH_SPACING_PT.THAM_QUYEN_BEFORE) + lineCount(p.thamQuyen, 'bold', s.THAM_QUYEN, width) * lineMm(s.THAM_QUYEN) });
  }
  return out;
}

/** An appendix's title block on a new sheet (PL I §III.1.b–c; Mẫu 2.1): "Phụ lục I", its title in capitals, "(Kèm theo …)", a short rule. */
function appendixBlock(node: Extract<BodyNode, { kind: 'appendix' }>, p: DocumentParts, { css, geo }: HtmlContext): PlacedBlock {
  const s = FONT_SIZE_PT;
  const width = geo.textWidthMm;
  const title = node.title ? upper(node.title) : undefined;
  const ruleLen = RULE.SHORT_FRACTION * longestLineMm(p.kemTheo, 'italic', s.KEM_THEO, width);
  const html = `<div class="appendix" data-line="${node.line}"><p class="pl">${escapeHtml(node.label)}</p>${title ? `<p class="pl-title">${escapeHtml(title)}</p>` : ''}<p class="kem-theo">${escapeHtml(p.kemTheo)}</p>${rule(css, ruleLen)}</div>`;
  const heightMm = lineMm(s.PHU_LUC) + (title ? lineCount(title, 'bold', s.PHU_LUC_TITLE, width) * lineMm(s.PHU_LUC_TITLE) : 0) + lineCount(p.kemTheo, 'italic', s.KEM_THEO, width) * lineMm(s.KEM_THEO) + RULE_MM;
  return { html, heightMm, breakBefore: true, section: geo };
}

/** A paragraph whose runs start with a bold label (an article's `Điều 1.`). */
function labelled(label: string, runs: readonly Run[]): Run[] {
  return [{ text: label, bold: true }, ...(runs.length > 0 ? [{ text: ' ' }, ...runs] : [])];
}

type BlockWriter<K extends BodyNode['kind']> = (n: Extract<BodyNode, { kind: K }>, model: RenderModel, ctx: HtmlContext) => PlacedBlock;

const BLOCK_WRITERS: { [K in BodyNode['kind']]: BlockWriter<K> } = {
  heading: (n, _m, { geo }) => ({
    html: `<p class="body h h${n.level}" data-line="${n.line}">${inlineHtml(n.runs, true)}</p>`,
    heightMm: ptToMm(geo.spaceBeforePt) + lineCount(runsText(n.runs), 'bold', geo.bodyPt, geo.textWidthMm, BODY.FIRST_LINE_INDENT_MM) * bodyLineMm(geo),
    footnotes: footnotesOf(n.runs),
  }),
  paragraph: (n, _m, { geo }) => splittable(n.quote ? 'body quote' : 'body', n.runs, n.line, geo),
  dash: (n, _m, { geo }) => splittable('body dash', [{ text: `${n.marker} ` }, ...n.runs], n.line, geo),
  table: (n, _model, { css, geo }) => {
    const cols = maxOf(n.rows.map((r) => r.length), 1);
    // The same column widths as the .docx (per mille of the text width).
    const widths = tableColumnWidths(n.rows, 1000);
    const colgroup = `<colgroup>${widths.map((w) => `<col class="${css.cls(`width:${w / 10}%`)}">`).join('')}</colgroup>`;
    let height = ptToMm(BODY.SPACE_BEFORE_PT);
    const rows = n.rows.map((row, r) => {
      const tag = r < n.headerRows ? 'th' : 'td';
      const colMm = (c: number) => (geo.textWidthMm * (widths[c] ?? 0)) / 1000 - 2 * BODY_TABLE.CELL_PADDING_MM;
      height += maxOf(row.map((cell, c) => lineCount(runsText(cell), r < n.headerRows ? 'bold' : 'regular', FONT_SIZE_PT.TABLE, colMm(c))), 1) * lineMm(FONT_SIZE_PT.TABLE) + ptToMm(2 * BODY_TABLE.CELL_SPACE_BEFORE_PT);
      const cells = Array.from({ length: cols }, (_, c) => {
        const align = r < n.headerRows ? n.align[c] : cellAlign(n, c);
        return `<${tag}${align ? ` class="al-${align}"` : ''}>${inlineHtml(row[c] ?? [])}</${tag}>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    });
    return { html: `<table class="grid" data-line="${n.line}">${colgroup}${rows.join('')}</table>`, heightMm: height, footnotes: n.rows.flat().flatMap(footnotesOf) };
  },
  pagebreak: (n) => ({ html: `<div class="pb" data-line="${n.line}"></div>`, heightMm: 0, breakBefore: true }),
  code: (n, _m, { geo }) => ({
    html: `<p class="body plain" data-line="${n.line}">${escapeHtml(n.text)}</p>`,
    heightMm: ptToMm(geo.spaceBeforePt) + n.text.split('\n').reduce((a, l) => a + lineCount(l, 'regular', geo.bodyPt, geo.textWidthMm, 0), 0) * bodyLineMm(geo),
  }),
  hr: (n, _m, { css, geo }) => ({ html: `<div data-line="${n.line}">${rule(css, geo.textWidthMm * RULE.SHORT_FRACTION)}</div>`, heightMm: RULE_MM }),
  basis: (n, _m, { geo }) => splittable('body can-cu', n.runs, n.line, geo),
  decides: (n) => ({
    html: `<p class="qd" data-line="${n.line}">${escapeHtml(FIXED_TEXT.QUYET_DINH)}</p>`,
    heightMm: ptToMm(QUYET_DINH_SPACING_PT.QUYET_DINH_BEFORE + QUYET_DINH_SPACING_PT.QUYET_DINH_AFTER) + lineMm(FONT_SIZE_PT.QUYET_DINH),
  }),
  article: (n, _m, { geo }) => splittable('body', labelled(n.label, n.runs), n.line, geo),
  // Written by renderHtml (appendixBlock), which opens the appendix's sheets.
  appendix: () => ({ html: '', heightMm: 0 }),
};

/**
 * A body paragraph that may break across sheets, as Word breaks it: the
 * continuation starts without indent or spacing (class `cont`).
 */
function splittable(cls: string, runs: readonly Run[], line: number, geo: PageGeometry, continued = false): PlacedBlock {
  const text = runsText(runs);
  const indent = continued ? 0 : BODY.FIRST_LINE_INDENT_MM;
  const before = continued ? 0 : geo.spaceBeforePt;
  const lineHeight = bodyLineMm(geo);
  const lines = wrapLines(text, 'regular', geo.bodyPt, geo.textWidthMm, indent);
  return {
    html: `<p class="${cls}${continued ? ' cont' : ''}" data-line="${line}">${inlineHtml(runs)}</p>`,
    heightMm: ptToMm(before) + lines.length * lineHeight,
    footnotes: footnotesOf(runs),
    split: (roomMm) => {
      const fit = Math.floor((roomMm - ptToMm(before)) / lineHeight);
      // Keep at least two lines on each side (widow and orphan control, as Word does).
      if (fit < 2 || lines.length - fit < 2) return undefined;
      const words = lines.slice(0, fit).join(' ').split(' ').length;
      const [a, b] = splitRuns(runs, offsetAfterWords(text, words));
      return [splittable(cls, a, line, geo, continued), splittable(cls, b, line, geo, true)];
    },
  };
}

/** Offset in `text` just after its first `count` whitespace-separated words. */
function offsetAfterWords(text: string, count: number): number {
  const re = /\S+/g;
  let m: RegExpExecArray | null = null;
  for (let i = 0; i < count && (m = re.exec(text)); i++);
  return m ? m.index + m[0].length : text.length;
}

function bodyBlock(node: BodyNode, model: RenderModel, ctx: HtmlContext): PlacedBlock {
  return (BLOCK_WRITERS[node.kind] as BlockWriter<typeof node.kind>)(node as never, model, ctx);
}

function closingBlock(p: DocumentParts, line: number): PlacedBlock {
  const s = FONT_SIZE_PT;
  const left = p.noiNhan.length ? `<p class="nn-label">${escapeHtml(FIXED_TEXT.NOI_NHAN_LABEL)}</p>${p.noiNhan.map((l) => `<p class="nn-item">${escapeHtml(l)}</p>`).join('')}` : '';
  const signerLines = [...p.quyenHan, ...(p.chucVu ? [p.chucVu] : [])];
  const right = signerLines.map((x) => `<p class="signer">${escapeHtml(x)}</p>`).join('') + '<div class="sig-space"></div>' + (p.hoTen ? `<p class="signer">${escapeHtml(p.hoTen)}</p>` : '');
  const hLeft = lineMm(s.NOI_NHAN_LABEL) + p.noiNhan.length * lineMm(s.NOI_NHAN_ITEM);
  const hRight = signerLines.length * lineMm(s.SIGNER) + CLOSING_TABLE.SIGNATURE_SPACE_MM + lineMm(s.SIGNER);
  return {
    html: `<table class="closing" data-line="${line}"><tr><td class="nn">${left}</td><td>${right}</td></tr></table>`,
    heightMm: ptToMm(CLOSING_TABLE.SPACE_BEFORE_PT) + Math.max(hLeft, hRight),
    keepWithPrevious: true,
  };
}

// ---- pages --------------------------------------------------------------------

function footnoteHtml(fn: FootnoteNode): string {
  return fn.paragraphs.map((p, i) => `<p>${i === 0 ? `<sup class="fn">${fn.id}</sup> ` : ''}${inlineHtml(p.map((r) => (r.footnote !== undefined ? { text: `[${r.footnote}]` } : r)))}</p>`).join('');
}

/** Splits blocks into sheets by estimated height; footnotes go to the foot of the sheet that cites them. */
function paginate(blocks: PlacedBlock[], model: RenderModel, geo: PageGeometry): string[] {
  const pages: string[] = [];
  /** Blocks of the current sheet with the height each took (footnotes included). */
  let cur: { block: PlacedBlock; mm: number }[] = [];
  let used = 0;
  /** The current section: its sheet geometry, whether it is an appendix, and the page number of its first sheet. */
  let sheet = geo;
  let appendix = false;
  let sectionStart = 1;
  const flush = () => {
    const n = pages.length + 1;
    // Page numbers (PL I §I.7, §III.1.đ): none on page 1; an appendix numbers its own pages when APPENDIX says so.
    const shown = appendix && APPENDIX.PAGE_NUMBERS_RESTART ? n - sectionStart + 1 : n;
    const numbered = appendix && !APPENDIX.PAGE_NUMBERS_RESTART ? true : shown > 1;
    const notes = cur.flatMap((c) => c.block.footnotes ?? []).map((id) => model.footnotes.get(id)).filter((f): f is FootnoteNode => !!f);
    const foot = notes.length ? `<div class="footnotes">${notes.map(footnoteHtml).join('')}</div>` : '';
    const landscape = sheet.orientation === 'landscape';
    pages.push(`<div class="page${landscape ? ' landscape' : ''}" data-page="${n}"${landscape ? ' data-orientation="landscape"' : ''}>${numbered ? `<div class="page-number">${shown}</div>` : ''}${cur.map((c) => c.block.html).join('')}${foot}</div>`);
    cur = [];
    used = 0;
  };
  const noteMm = (id: number) => {
    const fn = model.footnotes.get(id);
    return fn ? fn.paragraphs.reduce((a, p) => a + paragraphMm(runsText(p), 'regular', FONT_SIZE_PT.FOOTNOTE, 0, sheet.textWidthMm, 0), 0) : 0;
  };
  const place = (b: PlacedBlock, extra: number) => {
    cur.push({ block: b, mm: b.heightMm + extra });
    used += b.heightMm + extra;
  };
  const queue = [...blocks];
  while (queue.length > 0) {
    let b = queue.shift()!;
    const extra = (b.footnotes ?? []).reduce((a, id) => a + noteMm(id), 0);
    if (b.section) {
      if (cur.length > 0) flush();
      sheet = b.section;
      appendix = true;
      sectionStart = pages.length + 1;
    } else if (b.breakBefore && cur.length > 0) flush();
    else if (used > 0 && used + b.heightMm + extra > sheet.contentHeightMm) {
      const parts = b.split?.(sheet.contentHeightMm - used - extra);
      if (parts) {
        b = parts[0];
        queue.unshift(parts[1]);
      } else if (b.keepWithPrevious && cur.length > 1) {
        // The block before goes to the new sheet with it, so it never stands alone there.
        const prev = cur.pop()!;
        used -= prev.mm;
        flush();
        place(prev.block, prev.mm - prev.block.heightMm);
      } else flush();
    }
    place(b, (b.footnotes ?? []).reduce((a, id) => a + noteMm(id), 0));
  }
  flush();
  return pages;
}

/**
 * Scroll sync: report the top visible source line; scroll to a line on
 * request. Lines of the header (front matter, all `data-line="0"`) scroll to
 * the very top of the page, not to the last header block.
 */
const SCROLL_SCRIPT = `(function(){
var api=typeof acquireVsCodeApi==='function'?acquireVsCodeApi():null;
function blocks(){return Array.prototype.slice.call(document.querySelectorAll('[data-line]'));}
var quietUntil=0,pending=false;
window.addEventListener('scroll',function(){
if(!api||Date.now()<quietUntil||pending)return;pending=true;
requestAnimationFrame(function(){pending=false;var bs=blocks();
for(var i=0;i<bs.length;i++){var r=bs[i].getBoundingClientRect();if(r.bottom>0){api.postMessage({type:'${PREVIEW_MESSAGE.TOP_LINE}',line:Number(bs[i].getAttribute('data-line'))});return;}}});
},{passive:true});
window.addEventListener('message',function(e){var m=e.data;if(!m||m.type!=='${PREVIEW_MESSAGE.SCROLL_TO_LINE}'||typeof m.line!=='number')return;
var bs=blocks(),best=null;for(var i=0;i<bs.length;i++){if(Number(bs[i].getAttribute('data-line'))<=m.line)best=bs[i];else break;}
quietUntil=Date.now()+200;
if(!best||best.getAttribute('data-line')===bs[0].getAttribute('data-line')){window.scrollTo(0,0);}else{best.scrollIntoView({block:'start'});}});
})();`;

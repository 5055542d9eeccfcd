/**
 * The parts of the exported .docx around the body: content types,
 * relationships, document properties, settings, the two page headers, the
 * footnotes part and document.xml's frame (root element and section
 * properties). Written as XML strings: the exporter's whole document is
 * strings, so no OOXML object model is loaded or built per export (the
 * `docx` package cost a third of a whole-process export of 10 pages).
 * document.xml keeps the root element and section properties the `docx`
 * package wrote, so exports of earlier versions compare byte for byte.
 */
import { STYLE } from './docx-styles';
import { APPENDIX, type PageGeometry } from './layout-constants';
import { writeZip, type ZipEntry } from './zip-writer';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** document.xml's root element, as the docx package wrote it. */
const DOCUMENT_OPEN =
  `${XML_DECL}<w:document mc:Ignorable="w14 w15 wp14" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="${R}" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" xmlns:cx2="http://schemas.microsoft.com/office/drawing/2015/10/21/chartex" xmlns:cx3="http://schemas.microsoft.com/office/drawing/2016/5/9/chartex" xmlns:cx4="http://schemas.microsoft.com/office/drawing/2016/5/10/chartex" xmlns:cx5="http://schemas.microsoft.com/office/drawing/2016/5/11/chartex" xmlns:cx6="http://schemas.microsoft.com/office/drawing/2016/5/12/chartex" xmlns:cx7="http://schemas.microsoft.com/office/drawing/2016/5/13/chartex" xmlns:cx8="http://schemas.microsoft.com/office/drawing/2016/5/14/chartex" xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d" xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex">`;

/** Relationship ids of document.xml (the headers keep the ids the docx package gave them). */
const REL = { STYLES: 'rId1', FOOTNOTES: 'rId3', SETTINGS: 'rId4', HEADER_DEFAULT: 'rId6', HEADER_FIRST: 'rId7' } as const;

/**
 * Section properties: A4 in the geometry's orientation with its margins,
 * the header distance, a different first page (no page number on page 1).
 * An appendix's section numbers its pages from 1 with no number on its
 * first page when appendices are numbered on their own (APPENDIX), else
 * it continues the numbers and prints them on every page. Each section
 * names both headers, so every section prints the same page number.
 */
export function sectionXml(geo: PageGeometry, appendix = false): string {
  const p = geo.pageTwip;
  const numbers = !appendix ? '<w:pgNumType/><w:titlePg/>' : APPENDIX.PAGE_NUMBERS_RESTART ? '<w:pgNumType w:start="1"/><w:titlePg/>' : '<w:pgNumType/>';
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="${REL.HEADER_DEFAULT}"/><w:headerReference w:type="first" r:id="${REL.HEADER_FIRST}"/>` +
    `<w:pgSz w:w="${p.WIDTH}" w:h="${p.HEIGHT}" w:orient="${geo.orientation}"/>` +
    `<w:pgMar w:top="${p.MARGIN_TOP}" w:right="${p.MARGIN_RIGHT}" w:bottom="${p.MARGIN_BOTTOM}" w:left="${p.MARGIN_LEFT}" w:header="${p.HEADER_DISTANCE}" w:footer="${p.FOOTER_DISTANCE}" w:gutter="0"/>` +
    `${numbers}<w:docGrid w:linePitch="360"/></w:sectPr>`
  );
}

/**
 * document.xml of a body already written as XML, paragraph by paragraph and table by table; `lastSection` is the
 * last section's properties (default: the document's own). One join makes the whole part one flat string: a body
 * joined first and then wrapped would be copied again when the part is encoded for the zip (9 MB at 1,000 pages).
 */
export function documentXml(body: readonly string[], geo: PageGeometry, lastSection: string = sectionXml(geo)): string {
  return [`${DOCUMENT_OPEN}<w:body>`, ...body, `${lastSection}</w:body></w:document>`].join('');
}

/** A page header part holding one paragraph. */
function headerXml(paragraph: string): string {
  return `${XML_DECL}<w:hdr xmlns:w="${W}" xmlns:r="${R}">${paragraph}</w:hdr>`;
}

/** The page number: a PAGE field in the Header style (pages 2 on); page 1's header is empty (PL I §I.7). */
const PAGE_NUMBER_HEADER = headerXml(`<w:p><w:pPr><w:pStyle w:val="${STYLE.PAGE_HEADER}"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGE</w:instrText><w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r></w:p>`);
const EMPTY_HEADER = headerXml(`<w:p><w:pPr><w:pStyle w:val="${STYLE.PAGE_HEADER}"/></w:pPr></w:p>`);

/**
 * word/footnotes.xml: the separator and continuation separator (ids -1 and
 * 0) and the notes.
 */
export function footnotesXml(notes: readonly string[]): string {
  const sep = (type: string, id: number) => `<w:footnote w:type="${type}" w:id="${id}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:${type}/></w:r></w:p></w:footnote>`;
  return `${XML_DECL}<w:footnotes xmlns:w="${W}" xmlns:r="${R}">${sep('separator', -1)}${sep('continuationSeparator', 0)}${notes.join('')}</w:footnotes>`;
}

const SETTINGS = `${XML_DECL}<w:settings xmlns:w="${W}"><w:displayBackgroundShape/><w:evenAndOddHeaders w:val="false"/><w:updateFields w:val="false"/><w:compat><w:compatSetting w:val="15" w:uri="http://schemas.microsoft.com/office/word" w:name="compatibilityMode"/></w:compat></w:settings>`;

const CT = 'application/vnd.openxmlformats-officedocument';
const CONTENT_TYPES =
  `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${CT}.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="${CT}.wordprocessingml.styles+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="${CT}.wordprocessingml.settings+xml"/>` +
  `<Override PartName="/word/footnotes.xml" ContentType="${CT}.wordprocessingml.footnotes+xml"/>` +
  `<Override PartName="/word/header1.xml" ContentType="${CT}.wordprocessingml.header+xml"/>` +
  `<Override PartName="/word/header2.xml" ContentType="${CT}.wordprocessingml.header+xml"/>` +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
  '</Types>';

const rels = (items: [id: string, type: string, target: string][]) =>
  `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;

const OD = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = rels([
  ['rId1', `${OD}/officeDocument`, 'word/document.xml'],
  ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
  ['rId3', `${OD}/extended-properties`, 'docProps/app.xml'],
]);
const DOCUMENT_RELS = rels([
  [REL.STYLES, `${OD}/styles`, 'styles.xml'],
  [REL.FOOTNOTES, `${OD}/footnotes`, 'footnotes.xml'],
  [REL.SETTINGS, `${OD}/settings`, 'settings.xml'],
  [REL.HEADER_DEFAULT, `${OD}/header`, 'header1.xml'],
  [REL.HEADER_FIRST, `${OD}/header`, 'header2.xml'],
]);

const APP = `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>vbhc</Application></Properties>`;

/**
 * `date.toISOString()`, read from the date's UTC fields: toISOString first sets up the process's time zone (it
 * reads /etc/localtime and the zone rules, ≈ 1 ms of every export process) though it prints UTC. Years outside
 * 0–9999, which toISOString writes with six digits and a sign, are left to it.
 */
export function isoUtc(date: Date): string {
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return date.toISOString();
  const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
  const ms = date.getUTCMilliseconds();
  return `${String(year).padStart(4, '0')}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}T${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}.${String(ms).padStart(3, '0')}Z`;
}

/** docProps/core.xml: title (already XML-escaped), creator, times. */
function coreXml(titleXml: string, now: Date): string {
  const t = isoUtc(now);
  return (
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${titleXml}</dc:title><dc:creator>vbhc</dc:creator><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${t}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${t}</dcterms:modified></cp:coreProperties>`
  );
}

/** Everything a .docx needs, as written by the exporter. */
export interface PackageParts {
  /** word/document.xml. */
  document: string;
  /** word/styles.xml. */
  styles: string;
  /** The footnotes as `<w:footnote>` elements (ids from 1). */
  footnotes: readonly string[];
  /** The document title for the properties, XML-escaped. */
  titleXml: string;
}

/** The .docx package's entries (the zip's order: content types first). */
export function packageEntries(parts: PackageParts, now = new Date()): ZipEntry[] {
  return [
    { path: '[Content_Types].xml', data: CONTENT_TYPES },
    { path: '_rels/.rels', data: PACKAGE_RELS },
    { path: 'docProps/core.xml', data: coreXml(parts.titleXml, now) },
    { path: 'docProps/app.xml', data: APP },
    { path: 'word/document.xml', data: parts.document },
    { path: 'word/_rels/document.xml.rels', data: DOCUMENT_RELS },
    { path: 'word/styles.xml', data: parts.styles },
    { path: 'word/settings.xml', data: SETTINGS },
    { path: 'word/footnotes.xml', data: footnotesXml(parts.footnotes) },
    { path: 'word/header1.xml', data: PAGE_NUMBER_HEADER },
    { path: 'word/header2.xml', data: EMPTY_HEADER },
  ];
}

/** The zipped .docx. */
export function packDocx(parts: PackageParts): Uint8Array {
  return writeZip(packageEntries(parts));
}

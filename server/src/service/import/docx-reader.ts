/**
 * Reading a Word document (.docx) with mammoth's document model (paragraphs
 * with their runs' bold, italic and font, tables with merged cells,
 * footnotes, page breaks) — no HTML is made. The header table (agency, Số,
 * national title, place and date) and the closing table (Nơi nhận, signer)
 * are told from body tables by what they say; paragraphs after the closing
 * table are appendices. Text in a legacy font (`.VnTime`, `.VnTimeH`,
 * `VNI-Times`) is converted to Unicode run by run.
 *
 * Refused with a one-line `ImportError`: a file that is not a ZIP package,
 * an encrypted one (Word saves a password-protected document as an OLE
 * container), a Word 97–2003 .doc, and a package without a Word document.
 */
import { tcvn3WordToUnicode, vniWordToUnicode } from '../text/legacy-encoding';
import { closingStart, readHeader } from './header';
import { numberingLabels } from './docx-numbering';
import { appendixOrientations } from './docx-sections';
import { ImportError, type ImportBlock, type ImportRun, type ImportSource } from './types';

/** The parts of mammoth's document model read here (lib/documents.js). */
interface MNode {
  type: string;
  children?: MNode[];
  value?: string;
  styleName?: string | null;
  isBold?: boolean;
  isItalic?: boolean;
  font?: string | null;
  breakType?: string;
  noteType?: string;
  noteId?: string;
  colSpan?: number;
  rowSpan?: number;
  body?: MNode[];
  numbering?: unknown;
}

interface MDocument extends MNode {
  notes: { resolve(ref: { noteType: string; noteId: string }): MNode | null };
}

/** OLE compound file signature: an encrypted .docx or an old .doc. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** `EncryptionInfo` in UTF-16LE, the stream name of an encrypted OOXML package. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** Refuses what is not a readable .docx, with a reason a clerk understands. */
export function checkDocxBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ImportError('tệp rỗng, không có gì để nhập', 'the file is empty, nothing to import');
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTION_INFO)) {
      throw new ImportError('tệp .docx có mật khẩu: mở trong Word, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi nhập lại', 'the .docx is password-protected: open it in Word, remove the password (File > Info > Protect Document) and import again');
    }
    throw new ImportError('đây là tệp Word 97–2003 (.doc), không phải .docx: mở trong Word và lưu thành .docx rồi nhập lại', 'this is a Word 97–2003 file (.doc), not a .docx: open it in Word, save it as .docx and import again');
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05))) {
    throw new ImportError('tệp không phải .docx (không phải gói ZIP của Word) hoặc đã hỏng', 'the file is not a .docx (not a Word ZIP package) or is damaged');
  }
}

/** The legacy encoding a font name stands for, and whether it is a capitals font (`.VnTimeH`). */
export function legacyFont(font: string | null | undefined): { encoding: 'tcvn3' | 'vni'; capitals: boolean } | undefined {
  if (!font) return undefined;
  const f = font.trim();
  if (/^\.Vn/i.test(f)) return { encoding: 'tcvn3', capitals: /H$/.test(f) };
  if (/^VNI[- ]/i.test(f)) return { encoding: 'vni', capitals: false };
  return undefined;
}

/** A run's text in Unicode: converted when its font is a legacy one. */
function unicodeText(text: string, font: string | null | undefined): string {
  const legacy = legacyFont(font);
  if (!legacy) return text;
  if (legacy.encoding === 'tcvn3') return tcvn3WordToUnicode(text, legacy.capitals);
  return vniWordToUnicode(text);
}

/** Pieces of a paragraph: runs, line breaks (`\n` in text) and page breaks. */
type Piece = ImportRun | { pagebreak: true };

function paragraphPieces(p: MNode): Piece[] {
  const out: Piece[] = [];
  const walk = (n: MNode, fmt: { bold?: boolean; italic?: boolean; font?: string | null }) => {
    switch (n.type) {
      case 'run': {
        const f = { bold: !!n.isBold, italic: !!n.isItalic, font: n.font };
        for (const c of n.children ?? []) walk(c, f);
        return;
      }
      case 'text':
        out.push({ text: unicodeText(n.value ?? '', fmt.font), bold: fmt.bold || undefined, italic: fmt.italic || undefined });
        return;
      case 'tab':
        out.push({ text: ' ' });
        return;
      case 'break':
        if (n.breakType === 'page') out.push({ pagebreak: true });
        else out.push({ text: '\n' });
        return;
      case 'noteReference':
        if (n.noteType === 'footnote' || n.noteType === 'endnote') out.push({ text: '', footnote: `${n.noteType}-${n.noteId}` });
        return;
      default:
        for (const c of n.children ?? []) walk(c, fmt);
    }
  };
  walk(p, {});
  return out;
}

const isPageBreak = (p: Piece): p is { pagebreak: true } => 'pagebreak' in p;

/** A paragraph's plain text, line breaks kept as `\n`. */
function paragraphText(p: MNode): string {
  return paragraphPieces(p)
    .map((x) => (isPageBreak(x) ? '' : x.text))
    .join('');
}

/** Paragraph text as one line (line breaks and runs of spaces become one space). */
function oneLineText(p: MNode): string {
  return paragraphText(p).replace(/\s+/gu, ' ').trim();
}

/** Heading level of a Word heading style (`Heading 2`, `heading 2`), if any. */
function styleLevel(p: MNode): number | undefined {
  const m = /^(?:heading|đề mục|tiêu đề)\s*([1-9])$/iu.exec(p.styleName ?? '');
  return m ? Number(m[1]) : undefined;
}

/** Body blocks of a paragraph (a page break inside it splits it). */
function paragraphBlocks(p: MNode): ImportBlock[] {
  const blocks: ImportBlock[] = [];
  let runs: ImportRun[] = [];
  const flush = () => {
    const text = runs.map((r) => r.text).join('');
    if (text.trim() || runs.some((r) => r.footnote !== undefined)) {
      const level = styleLevel(p);
      blocks.push({ kind: 'paragraph', runs: runs.map((r) => ({ ...r, text: r.text.replace(/\n/g, ' ') })), heading: level !== undefined ? true : undefined, styleLevel: level });
    }
    runs = [];
  };
  for (const piece of paragraphPieces(p)) {
    if (isPageBreak(piece)) {
      flush();
      blocks.push({ kind: 'pagebreak' });
    } else runs.push(piece);
  }
  flush();
  return blocks;
}

/** The paragraphs of a table cell, flattened (nested tables read row by row). */
function cellParagraphs(cell: MNode): MNode[] {
  const out: MNode[] = [];
  const walk = (n: MNode) => {
    if (n.type === 'paragraph') out.push(n);
    else for (const c of n.children ?? []) walk(c);
  };
  for (const c of cell.children ?? []) walk(c);
  return out;
}

/** Rows of cells, merged cells flattened: a cell spanning columns or rows leaves empty cells behind it. */
function tableGrid(table: MNode): { rows: MNode[][][]; merged: boolean } {
  const rows: MNode[][][] = [];
  const pendingDown = new Map<number, number>();
  let merged = false;
  for (const row of (table.children ?? []).filter((r) => r.type === 'tableRow')) {
    const out: MNode[][] = [];
    let col = 0;
    const skipDown = () => {
      while ((pendingDown.get(col) ?? 0) > 0) {
        pendingDown.set(col, pendingDown.get(col)! - 1);
        out.push([]);
        col++;
      }
    };
    for (const cell of (row.children ?? []).filter((c) => c.type === 'tableCell')) {
      skipDown();
      const span = Math.max(1, cell.colSpan ?? 1);
      const down = Math.max(1, cell.rowSpan ?? 1);
      if (span > 1 || down > 1) merged = true;
      out.push(cellParagraphs(cell));
      for (let k = 1; k < span; k++) out.push([]);
      for (let k = 0; k < span; k++) if (down > 1) pendingDown.set(col + k, down - 1);
      col += span;
    }
    skipDown();
    rows.push(out);
  }
  return { rows, merged };
}

/** Header table: it carries `Số:`, the national title or a date line. */
const HEADER_TABLE_TEXT = /Số\s*:|C[ỘO]NG\s+H[ÒOÀ]A\s+X[ÃA]\s+H[ỘO]I|Độc\s+lập|,\s*ngày\s.*\snăm\s+\d{4}/iu;
/** Closing table: it carries Nơi nhận or an authority line. */
const CLOSING_TABLE_TEXT = /Nơi\s+nhận|(?:^|\n)\s*(?:TM|KT|TL|TUQ|Q)\.\s/u;

function tableText(t: MNode): string {
  return tableGrid(t)
    .rows.flat()
    .flat()
    .map(paragraphText)
    .join('\n');
}

/** Lines of one column of a two-column table. */
function columnLines(grid: MNode[][][], col: number, splitBreaks: boolean): string[] {
  const out: string[] = [];
  for (const row of grid) {
    for (const p of row[col] ?? []) {
      if (splitBreaks) out.push(...paragraphText(p).split('\n').map((l) => l.replace(/\s+/gu, ' ').trim()));
      else out.push(oneLineText(p));
    }
  }
  return out.filter(Boolean);
}

/**
 * The header table's columns. A left column whose agency lines sit in one
 * paragraph with line breaks gives those lines one by one; otherwise each
 * paragraph is one value (a long name the exporter wrapped stays whole).
 */
function headerColumns(table: MNode): { left: string[]; right: string[] } {
  const { rows } = tableGrid(table);
  const leftParas = rows.flatMap((r) => r[0] ?? []).filter((p) => oneLineText(p));
  const beforeSo = leftParas.slice(0, Math.max(0, leftParas.findIndex((p) => /Số\s*:/u.test(oneLineText(p)))));
  const split = beforeSo.length === 1 && paragraphText(beforeSo[0]).includes('\n');
  return { left: columnLines(rows, 0, split), right: columnLines(rows, 1, false) };
}

/** Reads the document model that mammoth builds from the bytes. */
async function documentModel(bytes: Uint8Array): Promise<MDocument> {
  checkDocxBytes(bytes);
  // Loaded on first import only: mammoth and its ZIP and XML readers are not small.
  const mammoth = (await import('mammoth')).default ?? (await import('mammoth'));
  let captured: MDocument | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (doc: MDocument) => {
          captured = doc;
          // Nothing needs to be rendered: hand back an empty body.
          return { ...doc, children: [] };
        },
      },
    );
  } catch (e) {
    const reason = String((e as Error)?.message ?? e).split('\n')[0];
    if (/main document part|word\/document\.xml/i.test(reason)) throw new ImportError('gói ZIP không chứa văn bản Word (thiếu word/document.xml)', 'the ZIP package holds no Word document (word/document.xml is missing)');
    throw new ImportError(`tệp .docx bị hỏng, không đọc được (${reason})`, `the .docx is damaged and cannot be read (${reason})`);
  }
  if (!captured) throw new ImportError('tệp .docx bị hỏng, không đọc được', 'the .docx is damaged and cannot be read');
  return captured;
}

/** Paragraphs of the body (tables included) in document order. */
function allParagraphs(nodes: readonly MNode[], out: MNode[] = []): MNode[] {
  for (const n of nodes) {
    if (n.type === 'paragraph') out.push(n);
    else if (n.children) allParagraphs(n.children, out);
  }
  return out;
}

/**
 * Puts the labels Word's automatic numbering prints (`1.`, `a)`, a bullet)
 * at the start of the numbered paragraphs, as if typed. When the numbered
 * paragraphs of the XML and of mammoth's model do not pair up one to one,
 * no label is guessed: a note says so.
 */
async function applyNumbering(doc: MDocument, bytes: Uint8Array, notes: ImportSource['notes']): Promise<void> {
  const numbered = allParagraphs(doc.children ?? []).filter((p) => p.numbering);
  if (numbered.length === 0) return;
  const JSZip = (await import('jszip')).default;
  const labels = await numberingLabels(await JSZip.loadAsync(bytes)).catch(() => undefined);
  if (!labels || labels.length !== numbered.length) {
    notes.push({ vi: 'Không đọc được đánh số tự động của Word: các nhãn đề mục, số thứ tự đánh tự động không có trong văn bản nhập, cần gõ lại.', en: "Word's automatic numbering could not be read: automatically numbered labels are missing from the import and need typing." });
    return;
  }
  numbered.forEach((p, i) => {
    const label = labels[i];
    if (!label.text) return;
    const text = label.kind === 'bullet' ? (label.text === '+' ? '+ ' : '- ') : `${label.text} `;
    const first = (p.children ?? []).find((c) => c.type === 'run');
    p.children = [{ type: 'run', isBold: first?.isBold, isItalic: first?.isItalic, children: [{ type: 'text', value: text }] }, ...(p.children ?? [])];
  });
}

/** An appendix's name on its own line: `PHỤ LỤC`, `PHỤ LỤC I`, `Phụ lục 2` (PL I §III.1.b prints it in lower case). */
const APPENDIX_NAME = /^ph[uụ]\s+l[uụ]c(?:\s+(?:[IVXLC]+|\d+))?\.?$/iu;

/** The line under an appendix's name and title naming the document it goes with (PL I §III.1.c). */
const KEM_THEO_LINE = /^\(\s*Kèm theo\s[^)]*\)$/u;

/** Reads a .docx. */
export async function readDocx(bytes: Uint8Array): Promise<ImportSource> {
  const doc = await documentModel(bytes);
  const notes: ImportSource['notes'] = [];
  await applyNumbering(doc, bytes, notes);
  const top = flattenBody(doc.children ?? []);
  if (!top.some((n) => (n.type === 'paragraph' ? oneLineText(n) : tableText(n).trim()))) {
    throw new ImportError('văn bản Word không có chữ nào để nhập', 'the Word document has no text to import');
  }
  // Header table: among the first elements, before any long paragraph.
  let at = 0;
  let headTable: { left: string[]; right: string[] } | undefined;
  for (let k = 0; k < Math.min(top.length, 6); k++) {
    const n = top[k];
    if (n.type === 'table' && HEADER_TABLE_TEXT.test(tableText(n))) {
      headTable = headerColumns(n);
      at = k + 1;
      break;
    }
    if (n.type === 'paragraph' && oneLineText(n).length > 200) break;
  }
  // Closing table: the last table that names Nơi nhận or an authority; what follows it is appendices.
  let closingAt = -1;
  for (let k = top.length - 1; k >= at; k--) {
    if (top[k].type === 'table' && CLOSING_TABLE_TEXT.test(tableText(top[k]))) {
      closingAt = k;
      break;
    }
  }
  // Paragraphs of the header after the table (type name, subject, Kính gửi), or the whole header without one.
  const headParas: MNode[] = [];
  for (let k = at; k < top.length && top[k].type === 'paragraph' && headParas.length < 40; k++) headParas.push(top[k]);
  const headLines = headParas.map(oneLineText);
  const nonEmpty = headLines.map((l, k) => ({ l, k })).filter((x) => x.l);
  const { used } = readHeader(
    nonEmpty.map((x) => x.l),
    headTable,
    false,
  );
  const usedParas = used > 0 ? nonEmpty[used - 1].k + 1 : 0;
  const bodyEnd = closingAt >= 0 ? closingAt : top.length;
  const bodyNodes = top.slice(at + usedParas, bodyEnd);
  let closing: string[] = [];
  if (closingAt >= 0) {
    const { rows } = tableGrid(top[closingAt]);
    closing = [...columnLines(rows, 0, true), ...columnLines(rows, 1, true)];
  } else {
    // No closing table: the closing lines are the last paragraphs from Nơi nhận on.
    const texts = bodyNodes.map((n) => (n.type === 'paragraph' ? oneLineText(n) : ''));
    const start = closingStart(texts);
    closing = bodyNodes.slice(start).flatMap((n) => (n.type === 'paragraph' ? paragraphText(n).split('\n') : []));
    bodyNodes.splice(start);
  }
  const body: ImportBlock[] = [];
  const pushNodes = (nodes: MNode[]) => {
    for (const n of nodes) {
      if (n.type === 'paragraph') body.push(...paragraphBlocks(n));
      else if (n.type === 'table') {
        const grid = tableGrid(n);
        body.push({
          kind: 'table',
          merged: grid.merged,
          rows: grid.rows.map((r) => r.map((cell) => cell.flatMap((p, i) => [...(i > 0 ? [{ text: ' ' }] : []), ...paragraphRuns(p)]))),
        });
      }
    }
  };
  pushNodes(bodyNodes);
  if (closingAt >= 0 && closingAt + 1 < top.length) {
    const rest = top.slice(closingAt + 1);
    if (rest.some((n) => (n.type === 'paragraph' ? oneLineText(n) : true))) {
      // Each appendix opens with <!-- phu-luc --> and its name (`PHỤ LỤC I`, `Phụ lục II`) as its first heading (dialect §2).
      // Under the name, the "(Kèm theo …)" line is the exporter's, made from the front matter: it is not body text.
      // An appendix that opens a landscape section is a landscape one (dialect §2), each on its own.
      const JSZip = (await import('jszip')).default;
      const wide = await appendixOrientations(await JSZip.loadAsync(bytes), (t) => CLOSING_TABLE_TEXT.test(t), (t) => APPENDIX_NAME.test(t)).catch(() => [] as boolean[]);
      let appendices = 0;
      const marker = () => (wide[appendices++] ? '<!-- phu-luc ngang -->' : '<!-- phu-luc -->');
      let opened = false;
      let underName = 0;
      for (const n of rest) {
        const text = n.type === 'paragraph' ? oneLineText(n).trim() : '';
        if (APPENDIX_NAME.test(text)) {
          body.push({ kind: 'paragraph', runs: [{ text: marker() }], raw: true });
          const first = body.length;
          pushNodes([n]);
          const name = body[first];
          if (name?.kind === 'paragraph') {
            name.heading = true;
            name.styleLevel = 1;
          }
          opened = true;
          underName = 3;
          continue;
        }
        if (!opened && (n.type !== 'paragraph' || text)) {
          body.push({ kind: 'paragraph', runs: [{ text: marker() }], raw: true });
          opened = true;
        }
        if (underName > 0 && text) {
          underName--;
          if (KEM_THEO_LINE.test(text)) {
            underName = 0;
            continue;
          }
        }
        pushNodes([n]);
      }
    }
  }
  const footnotes = new Map<string, ImportRun[][]>();
  const refs = new Set<string>();
  for (const b of body) if (b.kind === 'paragraph') for (const r of b.runs) if (r.footnote) refs.add(r.footnote);
  for (const key of refs) {
    const dash = key.indexOf('-');
    const note = doc.notes.resolve({ noteType: key.slice(0, dash), noteId: key.slice(dash + 1) });
    if (!note) continue;
    footnotes.set(
      key,
      (note.body ?? []).filter((p) => p.type === 'paragraph').map((p) => paragraphRuns(p)),
    );
  }
  return { head: nonEmpty.slice(0, used).map((x) => x.l), headTable, body, closing, footnotes, notes };
}

/** A paragraph's runs without page breaks (table cells, footnotes). */
function paragraphRuns(p: MNode): ImportRun[] {
  return paragraphPieces(p)
    .filter((x): x is ImportRun => !isPageBreak(x))
    .map((r) => ({ ...r, text: r.text.replace(/\n/g, ' ') }));
}

/** Body-level paragraphs and tables, with content controls and other wrappers opened. */
function flattenBody(nodes: readonly MNode[]): MNode[] {
  const out: MNode[] = [];
  for (const n of nodes) {
    if (n.type === 'paragraph' || n.type === 'table') out.push(n);
    else if (n.children) out.push(...flattenBody(n.children));
  }
  return out;
}

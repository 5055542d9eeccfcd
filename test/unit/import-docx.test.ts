// `vbhc import` of .docx files: documents made here with the `docx` package in
// the shapes Word produces (a borderless header table, headings typed with
// direct formatting rather than heading styles, numbered and dash paragraphs,
// a table with merged cells, footnotes, a closing table, a page break, a run
// in a TCVN3 font); the round trip export → import of every example and
// fixture; a .docx saved by LibreOffice from our export; refused inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { importFile, ImportError } from '../../server/src/service/import/index';
import { parseDocument } from '../../server/src/service/model/document';
import { exportDocx } from '../../server/src/service/export/docx';
import { modelDifferences } from './import-model';
import { generateDocument } from '../../bench/src/gen-document';
import { generateCatalog } from '../../bench/src/gen-catalog';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const p = (text: string, o: { bold?: boolean; italics?: boolean; center?: boolean } = {}) =>
  new Paragraph({ alignment: o.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED, children: [new TextRun({ text, bold: o.bold, italics: o.italics })] });
const cell = (children: Paragraph[], extra: { columnSpan?: number; rowSpan?: number } = {}) => new TableCell({ children, ...extra });

/** A plan as a clerk types it in Word: direct formatting everywhere, no heading styles. */
function wordLikePlan(): Document {
  const header = new Table({
    borders: NO_BORDERS,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          cell([p('UBND TỈNH BÌNH ĐỊNH', { center: true }), p('SỞ NỘI VỤ', { bold: true, center: true })]),
          cell([p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }), p('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true })]),
        ],
      }),
      new TableRow({
        children: [cell([p('Số: 21/KH-SNV', { center: true })]), cell([p('Quy Nhơn, ngày 12 tháng 3 năm 2026', { italics: true, center: true })])],
      }),
    ],
  });
  const table = new Table({
    rows: [
      new TableRow({ children: [cell([p('Nội dung', { bold: true })]), cell([p('Thời gian', { bold: true })]), cell([p('Đơn vị', { bold: true })])] }),
      new TableRow({ children: [cell([p('Chuẩn bị hội trường')]), cell([p('Tháng 4')], { rowSpan: 2 }), cell([p('Văn phòng')])] }),
      new TableRow({ children: [cell([p('Gửi giấy mời')]), cell([p('Phòng Tổ chức')])] }),
      new TableRow({ children: [cell([p('Tổng kết sau hội nghị')], { columnSpan: 3 })] }),
    ],
  });
  const closing = new Table({
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([p('Nơi nhận:', { bold: true, italics: true }), p('- UBND tỉnh (báo cáo);'), p('- Các phòng thuộc Sở;'), p('- Lưu: VT, TCCB.')]),
          cell([p('KT. GIÁM ĐỐC', { bold: true, center: true }), p('PHÓ GIÁM ĐỐC', { bold: true, center: true }), p(''), p(''), p('Đỗ Văn Khoa', { bold: true, center: true })]),
        ],
      }),
    ],
  });
  return new Document({
    footnotes: { 1: { children: [p('Theo lịch công tác tháng 4 của Sở.')] } },
    sections: [
      {
        children: [
          header,
          p('KẾ HOẠCH', { bold: true, center: true }),
          p('Tổ chức hội nghị tập huấn công tác văn thư năm 2026', { bold: true, center: true }),
          new Paragraph({ children: [new TextRun('Để nâng cao chất lượng soạn thảo văn bản, Sở Nội vụ ban hành '), new TextRun({ text: 'Kế hoạch', italics: true }), new TextRun(' tổ chức hội nghị như sau:')] }),
          p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
          p('1. Mục đích', { bold: true }),
          new Paragraph({ children: [new TextRun('Giúp công chức nắm vững thể thức văn bản'), new FootnoteReferenceRun(1), new TextRun('.')] }),
          p('- Trình bày đúng thể thức;'),
          p('- Ghi đúng số, ký hiệu văn bản.'),
          p('2. Yêu cầu', { bold: true }),
          p('a) Về thời gian', { bold: true, italics: true }),
          new Paragraph({ children: [new TextRun({ text: 'Hội nghị', bold: true }), new TextRun(' diễn ra trong một ngày.')] }),
          p('II. TỔ CHỨC THỰC HIỆN', { bold: true }),
          p('1. Văn phòng Sở chuẩn bị hội trường và tài liệu.'),
          p('2. Phòng Tổ chức cán bộ gửi giấy mời./.'),
          table,
          new Paragraph({ children: [new PageBreak()] }),
          // A run typed with the TCVN3 font .VnTime: the bytes are Latin-1 look-alikes.
          new Paragraph({ children: [new TextRun({ text: 'Phßng ®· chuÈn bÞ tµi liÖu.', font: '.VnTime' })] }),
          closing,
          p('PHỤ LỤC I', { bold: true, center: true }),
          p('DANH SÁCH ĐƠN VỊ THAM DỰ', { bold: true, center: true }),
          p('Văn phòng Sở, Phòng Tổ chức cán bộ.'),
        ],
      },
    ],
  });
}

async function bytesOf(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(doc));
}

const front = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]) as Record<string, unknown>;
const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n') + 5).trim();

test('a Word-made plan: header table, title, closing table into the front matter', async () => {
  const { text, missing } = await importFile('ke-hoach.docx', await bytesOf(wordLikePlan()));
  assert.deepEqual(front(text), {
    loai: 'KH',
    co_quan_chu_quan: 'UBND TỈNH BÌNH ĐỊNH',
    co_quan: 'SỞ NỘI VỤ',
    ky_hieu: 'SNV',
    so: 21,
    dia_danh: 'Quy Nhơn',
    ngay: '2026-03-12',
    trich_yeu: 'Tổ chức hội nghị tập huấn công tác văn thư năm 2026',
    noi_nhan: ['UBND tỉnh (báo cáo)', 'Các phòng thuộc Sở', 'Lưu: VT, TCCB'],
    ky: { quyen_han: 'KT. GIÁM ĐỐC', chuc_vu: 'PHÓ GIÁM ĐỐC', ho_ten: 'Đỗ Văn Khoa' },
  });
  assert.deepEqual(missing, []);
});

test('a Word-made plan: headings by label, numbered and dash paragraphs, emphasis, footnote, table, page break, legacy font, an appendix after the closing table', async () => {
  const { text, notes } = await importFile('ke-hoach.docx', await bytesOf(wordLikePlan()));
  assert.equal(
    bodyOf(text),
    [
      'Để nâng cao chất lượng soạn thảo văn bản, Sở Nội vụ ban hành *Kế hoạch* tổ chức hội nghị như sau:',
      '# I. MỤC ĐÍCH, YÊU CẦU',
      '## 1. Mục đích',
      'Giúp công chức nắm vững thể thức văn bản[^1].',
      '- Trình bày đúng thể thức;',
      '- Ghi đúng số, ký hiệu văn bản.',
      '## 2. Yêu cầu',
      '### a) Về thời gian',
      '**Hội nghị** diễn ra trong một ngày.',
      '# II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng Sở chuẩn bị hội trường và tài liệu.',
      '2. Phòng Tổ chức cán bộ gửi giấy mời./.',
      [
        '| **Nội dung** | **Thời gian** | **Đơn vị** |',
        '|---|---|---|',
        '| Chuẩn bị hội trường | Tháng 4 | Văn phòng |',
        '| Gửi giấy mời |  | Phòng Tổ chức |',
        '| Tổng kết sau hội nghị |  |  |',
      ].join('\n'),
      '<!-- pagebreak -->',
      'Phòng đã chuẩn bị tài liệu.',
      '<!-- phu-luc -->',
      '# PHỤ LỤC I',
      '**DANH SÁCH ĐƠN VỊ THAM DỰ**',
      'Văn phòng Sở, Phòng Tổ chức cán bộ.',
      '[^1]: Theo lịch công tác tháng 4 của Sở.',
    ].join('\n\n'),
  );
  assert.equal(notes.length, 1, 'one note: the merged cells');
  assert.match(notes[0].vi, /ô gộp/);
});

test("Word's automatic numbering: labels and bullets it prints come in as typed, counted as Word counts", async () => {
  const numbered = (reference: string, level: number, text: string, bold = false) => new Paragraph({ numbering: { reference, level }, children: [new TextRun({ text, bold })] });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'muc',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
            { level: 2, format: LevelFormat.DECIMAL, text: '%2.%3.' },
            { level: 3, format: LevelFormat.LOWER_LETTER, text: '%4)' },
          ],
        },
        { reference: 'gach', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-' }] },
      ],
    },
    sections: [
      {
        children: [
          numbered('muc', 0, 'MỤC ĐÍCH, YÊU CẦU', true),
          numbered('muc', 1, 'Mục đích', true),
          numbered('gach', 0, 'Nắm vững quy trình lưu trữ hồ sơ;'),
          numbered('gach', 0, 'Số hóa tài liệu lưu trữ.'),
          numbered('muc', 1, 'Yêu cầu', true),
          numbered('muc', 2, 'Về tiến độ', true),
          numbered('muc', 3, 'Quý I', true),
          numbered('muc', 3, 'Quý II', true),
          numbered('muc', 0, 'NỘI DUNG', true),
          numbered('muc', 1, 'Rà soát hồ sơ', true),
          p('Các phòng rà soát hồ sơ trước ngày 30/6/2026./.'),
        ],
      },
    ],
  });
  const { text, notes } = await importFile('danh-so.docx', await bytesOf(doc));
  assert.deepEqual(notes, []);
  assert.equal(
    bodyOf(text),
    [
      '# I. MỤC ĐÍCH, YÊU CẦU',
      '## 1. Mục đích',
      '- Nắm vững quy trình lưu trữ hồ sơ;',
      '- Số hóa tài liệu lưu trữ.',
      '## 2. Yêu cầu',
      '### 2.1. Về tiến độ',
      '#### a) Quý I',
      '#### b) Quý II',
      '# II. NỘI DUNG',
      '## 1. Rà soát hồ sơ',
      'Các phòng rà soát hồ sơ trước ngày 30/6/2026./.',
    ].join('\n\n'),
  );
});

test('round trip: every example and the fixture, exported and imported, give back the same document', async () => {
  const sources: [string, string][] = readdirSync('examples')
    .filter((f) => f.endsWith('.vbhc.md'))
    .map((f) => [f, readFileSync(join('examples', f), 'utf8')]);
  const corpus = join(process.cwd(), '../shared/corpus');
  if (existsSync(corpus)) for (const f of readdirSync(corpus).filter((x) => x.endsWith('.vbhc.md'))) sources.push([f, readFileSync(join(corpus, f), 'utf8')]);
  sources.push(['fixture', (await importFile('ke-hoach.docx', await bytesOf(wordLikePlan()))).text]);
  // Generated documents (the benchmark's generator): headings at four levels, dash items, tables, footnotes.
  const cited = generateCatalog({ entries: 50, seed: 7 });
  for (const loai of ['BC', 'KH'] as const) sources.push([`generated ${loai}`, generateDocument({ pages: 6, seed: 21, cited, loai }).text]);
  for (const [name, text] of sources) {
    const { bytes } = await exportDocx(parseDocument('file:///x.vbhc.md', text, 0, { keepTokens: true }));
    const back = (await importFile('x.docx', bytes)).text;
    const diffs = modelDifferences(text, back).filter((d) => !/^(co_quan|ky_hieu|dia_danh|ngay|loai): .*«/.test(d));
    assert.deepEqual(diffs, [], name);
  }
});

test('a .docx saved by LibreOffice from our export imports the same as our export', { skip: spawnSync('soffice', ['--version']).status !== 0 ? 'LibreOffice not installed' : false, timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-import-lo-'));
  const names = readdirSync('examples').filter((f) => f.endsWith('.vbhc.md'));
  const ours: Record<string, string> = {};
  for (const f of names) {
    const { bytes } = await exportDocx(parseDocument('file:///x.vbhc.md', readFileSync(join('examples', f), 'utf8'), 0, { keepTokens: true }));
    const docx = join(dir, f.replace('.vbhc.md', '.docx'));
    writeFileSync(docx, bytes);
    ours[f] = (await importFile(docx, bytes)).text;
  }
  const out = join(dir, 'lo');
  const r = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'docx', '--outdir', out, ...names.map((f) => join(dir, f.replace('.vbhc.md', '.docx')))], { encoding: 'utf8', timeout: 170_000 });
  assert.equal(r.status, 0, r.stderr);
  for (const f of names) {
    const saved = join(out, f.replace('.vbhc.md', '.docx'));
    const theirs = (await importFile(saved, readFileSync(saved))).text;
    assert.deepEqual(modelDifferences(ours[f], theirs), [], f);
  }
});

test('refused: not a .docx, damaged, password-protected, Word 97–2003, empty, no text', async () => {
  const refused = async (bytes: Uint8Array, pattern: RegExp) => {
    await assert.rejects(importFile('x.docx', bytes), (e: unknown) => e instanceof ImportError && pattern.test(e.en) && !e.vi.includes('\n'));
  };
  await refused(new TextEncoder().encode('Đây là một tệp văn bản đổi đuôi thành .docx'), /not a \.docx/);
  const good = await bytesOf(wordLikePlan());
  await refused(good.slice(0, Math.floor(good.length / 2)), /damaged/);
  // An encrypted OOXML package is an OLE compound file with the streams EncryptionInfo and EncryptedPackage.
  const ole = new Uint8Array(4096);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ole.set(Buffer.from('EncryptionInfo', 'utf16le'), 1024);
  ole.set(Buffer.from('EncryptedPackage', 'utf16le'), 1152);
  await refused(ole, /password-protected/);
  const doc = new Uint8Array(4096);
  doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  doc.set(Buffer.from('WordDocument', 'utf16le'), 1024);
  await refused(doc, /Word 97–2003/);
  await refused(new Uint8Array(0), /empty/);
  await refused(await bytesOf(new Document({ sections: [{ children: [new Paragraph('')] }] })), /no text/);
});

test('an appendix in a landscape section after the closing table comes in as <!-- phu-luc ngang -->; an upright one as <!-- phu-luc -->', async () => {
  const closing = new Table({
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell([p('Nơi nhận:', { bold: true, italics: true }), p('- Lưu: VT.')]), cell([p('GIÁM ĐỐC', { bold: true, center: true }), p('Lê Thị Hoa', { bold: true, center: true })])] })],
  });
  const appendix = [p('PHỤ LỤC', { bold: true, center: true }), p('BẢNG TỔNG HỢP SỐ LIỆU', { bold: true, center: true }), p('Số liệu theo từng đơn vị.')];
  const make = (orientation: (typeof PageOrientation)[keyof typeof PageOrientation] | undefined) =>
    new Document({
      sections: [
        { children: [p('BÁO CÁO', { bold: true, center: true }), p('Kết quả công tác văn thư năm 2025', { bold: true, center: true }), p('I. KẾT QUẢ', { bold: true }), p('Sở đã hoàn thành./.'), closing] },
        { properties: orientation ? { page: { size: { orientation } } } : {}, children: appendix },
      ],
    });
  const wide = bodyOf((await importFile('bao-cao.docx', await bytesOf(make(PageOrientation.LANDSCAPE)))).text);
  assert.match(wide, /\n\n<!-- phu-luc ngang -->\n\n# PHỤ LỤC\n\n\*\*BẢNG TỔNG HỢP SỐ LIỆU\*\*/);
  const upright = bodyOf((await importFile('bao-cao.docx', await bytesOf(make(undefined)))).text);
  assert.match(upright, /\n\n<!-- phu-luc -->\n\n# PHỤ LỤC\n\n/);
  assert.doesNotMatch(upright, /ngang/);
});

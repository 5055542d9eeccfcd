import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { importFile, decodeText, importOutputPath, ImportError } from './index';
import { readClosing, readHeader, parseDateLine, parseSoLine } from './header';
import { escapeInline, levelOfLabel } from './markdown-writer';
import { parseLabel } from '../model/heading-label';
import { parseDocument } from '../model/document';
import { buildRenderModel } from '../export/render-model';

/** The front matter of an imported text, parsed. */
function frontOf(text: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(m, 'front matter');
  return parseYaml(m[1]) as Record<string, unknown>;
}

async function importText(text: string): Promise<{ text: string; missing: string[] }> {
  return importFile('x.txt', new TextEncoder().encode(text));
}

// A report as a PDF copy gives it: every printed line broken, an empty line
// between lines, page numbers and a repeated page header between pages, a
// footnote at the bottom of page 1, a symbol broken at its hyphen.
const COPIED = [
  'ỦY BAN NHÂN DÂN HUYỆN AN LÃO',
  '',
  'PHÒNG VĂN HÓA VÀ THÔNG TIN',
  '',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '',
  'Độc lập - Tự do - Hạnh phúc',
  '',
  'Số: 42/BC-VHTT An Lão, ngày      tháng 6 năm 2026',
  '',
  'BÁO CÁO',
  '',
  'tình hình hoạt động thư viện cơ sở quý II năm 2026',
  '',
  'Kính gửi: Ủy ban nhân dân huyện An Lão.',
  '',
  'Thực hiện Công văn số 118/UBND-VX ngày 02/6/2026 của Ủy ban nhân dân',
  '',
  'huyện về việc báo cáo tình hình hoạt động thư viện cơ sở, Phòng Văn hóa và',
  '',
  'Thông tin báo cáo như sau:',
  '',
  'I. KẾT QUẢ THỰC HIỆN',
  '',
  '1. Phát triển tủ sách ở các thôn',
  '',
  'Trong quý, các thôn đã nhận thêm sách mới theo Kế hoạch số 15-',
  '',
  'KH/HU của Huyện ủy về đọc sách trong cộng đồng1. Số lượt bạn đọc tăng so',
  '',
  'với cùng kỳ năm trước.',
  '',
  '- Tủ sách thôn Một mở cửa vào chiều thứ Bảy và sáng Chủ nhật;',
  '',
  '- Tủ sách thôn Hai tổ chức buổi đọc sách cho thiếu nhi vào dịp hè, thu hút',
  '',
  'đông các em tham gia.',
  '',
  '                                                              ',
  '1 Kế hoạch về phát triển văn hóa đọc giai đoạn 2026 - 2030.',
  ' 2',
  '',
  'PHÒNG VĂN HÓA VÀ THÔNG TIN',
  '',
  '2. Bồi dưỡng người phụ trách tủ sách',
  '',
  'Phòng đã tổ chức một lớp bồi dưỡng ngắn ngày cho người phụ trách tủ sách',
  '',
  'các thôn.',
  '',
  'a) Nội dung bồi dưỡng',
  '',
  'Sắp xếp sách theo chủ đề; ghi sổ mượn trả.',
  '',
  'II. PHƯƠNG HƯỚNG QUÝ III',
  '',
  'Tiếp tục duy trì hoạt động các tủ sách./.',
  '',
  '3',
  '',
  'PHÒNG VĂN HÓA VÀ THÔNG TIN',
  '',
  'Nơi nhận:',
  '- UBND huyện;',
  '',
  '- Lưu: VT.',
  '',
  'TM. ỦY BAN NHÂN DÂN',
  '',
  'KT. CHỦ TỊCH',
  '',
  'PHÓ CHỦ TỊCH',
  '',
  '',
  'Lê Thị Mai',
].join('\n');

test('a copied report: header, date left partial, Kính gửi and closing into the front matter', async () => {
  const { text, missing } = await importText(COPIED);
  const fm = frontOf(text);
  assert.equal(fm.loai, 'BC');
  assert.equal(fm.co_quan_chu_quan, 'ỦY BAN NHÂN DÂN HUYỆN AN LÃO');
  assert.equal(fm.co_quan, 'PHÒNG VĂN HÓA VÀ THÔNG TIN');
  assert.equal(fm.ky_hieu, 'VHTT');
  assert.equal(fm.so, 42);
  assert.equal(fm.dia_danh, 'An Lão');
  assert.equal(fm.ngay, '2026-06', 'the day was left blank: the date stays partial');
  assert.equal(fm.trich_yeu, 'tình hình hoạt động thư viện cơ sở quý II năm 2026');
  assert.equal(fm.kinh_gui, 'Ủy ban nhân dân huyện An Lão');
  assert.deepEqual(fm.noi_nhan, ['UBND huyện', 'Lưu: VT']);
  assert.deepEqual(fm.ky, { quyen_han: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], chuc_vu: 'PHÓ CHỦ TỊCH', ho_ten: 'Lê Thị Mai' });
  assert.deepEqual(missing, []);
});

test('a copied report: lines joined, page furniture dropped, headings by label, footnote, dash items', async () => {
  const { text } = await importText(COPIED);
  const body = text.slice(text.indexOf('\n---\n') + 5).trim();
  assert.equal(
    body,
    [
      'Thực hiện Công văn số 118/UBND-VX ngày 02/6/2026 của Ủy ban nhân dân huyện về việc báo cáo tình hình hoạt động thư viện cơ sở, Phòng Văn hóa và Thông tin báo cáo như sau:',
      '# I. KẾT QUẢ THỰC HIỆN',
      '## 1. Phát triển tủ sách ở các thôn',
      'Trong quý, các thôn đã nhận thêm sách mới theo Kế hoạch số 15-KH/HU của Huyện ủy về đọc sách trong cộng đồng[^1]. Số lượt bạn đọc tăng so với cùng kỳ năm trước.',
      '- Tủ sách thôn Một mở cửa vào chiều thứ Bảy và sáng Chủ nhật;',
      '- Tủ sách thôn Hai tổ chức buổi đọc sách cho thiếu nhi vào dịp hè, thu hút đông các em tham gia.',
      '## 2. Bồi dưỡng người phụ trách tủ sách',
      'Phòng đã tổ chức một lớp bồi dưỡng ngắn ngày cho người phụ trách tủ sách các thôn.',
      '### a) Nội dung bồi dưỡng',
      'Sắp xếp sách theo chủ đề; ghi sổ mượn trả.',
      '# II. PHƯƠNG HƯỚNG QUÝ III',
      'Tiếp tục duy trì hoạt động các tủ sách./.',
      '[^1]: Kế hoạch về phát triển văn hóa đọc giai đoạn 2026 - 2030.',
    ].join('\n\n'),
  );
  // The result is a document of the dialect: it parses with the headings as written.
  const doc = parseDocument('file:///x.vbhc.md', text);
  assert.deepEqual(doc.body.headings.map((h) => `${h.level} ${h.label?.text}`), ['1 I.', '2 1.', '2 2.', '3 a)', '1 II.']);
});

test('numbered paragraphs that end a sentence stay paragraphs, and so do their siblings', async () => {
  const { text } = await importText(
    [
      'KẾ HOẠCH',
      'tổ chức ngày hội đọc sách năm 2026',
      'I. NHIỆM VỤ',
      '1. Thư viện huyện chuẩn bị sách, bàn ghế và biển hiệu cho ngày hội, hoàn',
      'thành trước ngày 15/4/2026.',
      '2. Các trường học đăng ký số học sinh tham gia và người đi cùng các em',
      'Đội Thiếu niên mỗi trường cử hai bạn dẫn chương trình.',
      '3. Phòng Văn hóa và Thông tin tổng hợp kết quả./.',
    ].join('\n'),
  );
  const body = text.slice(text.indexOf('\n---\n') + 5).trim().split('\n\n');
  assert.deepEqual(body, [
    '# I. NHIỆM VỤ',
    '1. Thư viện huyện chuẩn bị sách, bàn ghế và biển hiệu cho ngày hội, hoàn thành trước ngày 15/4/2026.',
    '2. Các trường học đăng ký số học sinh tham gia và người đi cùng các em Đội Thiếu niên mỗi trường cử hai bạn dẫn chương trình.',
    '3. Phòng Văn hóa và Thông tin tổng hợp kết quả./.',
  ]);
});

test('what the text does not show becomes a «…» placeholder; nothing is invented', async () => {
  const { text, missing } = await importText('Đề nghị các đơn vị gửi báo cáo đúng hạn.\n');
  const fm = frontOf(text);
  assert.deepEqual(missing.sort(), ['co_quan', 'ky.chuc_vu', 'ky.ho_ten', 'ky_hieu', 'dia_danh', 'loai', 'ngay', 'noi_nhan', 'trich_yeu'].sort());
  for (const key of ['loai', 'co_quan', 'ky_hieu', 'dia_danh', 'ngay', 'trich_yeu']) assert.match(String(fm[key]), /^«.+»$/, key);
  assert.equal(fm.co_quan_chu_quan, undefined, 'an optional key not found is left out');
  assert.deepEqual(fm.noi_nhan, ['«Nơi nhận»']);
  assert.match(text, /\n\nĐề nghị các đơn vị gửi báo cáo đúng hạn\.\n$/);
});

test('text is kept as written, mistakes included', async () => {
  const { text } = await importText('Sở đã trien khai kế hoạch   kịp thời .\n');
  assert.match(text, /Sở đã trien khai kế hoạch kịp thời \.$/m, 'a typo stays; only the spaces a copy adds are collapsed');
});

test('a TCVN3 (ABC) text is converted to Unicode on the way in', async () => {
  const { text } = await importText('Phßng ®· tæ chøc tèt c«ng t¸c.\n');
  assert.match(text, /Phòng đã tổ chức tốt công tác\./);
});

test('text files: UTF-8 with BOM, UTF-16 with BOM, and 8-bit legacy files decode', () => {
  assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Sở')])), 'Sở');
  assert.equal(decodeText(new Uint8Array([0xff, 0xfe, 0x53, 0x00, 0xdf, 0x1e])), 'Sở');
  assert.equal(decodeText(new Uint8Array([0x50, 0x68, 0xdf, 0x6e, 0x67])), 'Phßng', 'Windows-1252: the look-alikes the converter reads');
});

test('an empty or blank text, and a file of another kind, are refused', async () => {
  await assert.rejects(importText(''), ImportError);
  await assert.rejects(importText(' \n\n \t\n'), ImportError);
  await assert.rejects(importFile('x.pdf', new Uint8Array([1, 2, 3])), (e: unknown) => e instanceof ImportError && /\.pdf/.test((e as Error).message));
});

test('default output path: the extension replaced by .vbhc.md', () => {
  assert.equal(importOutputPath('thu-muc/bao-cao.docx'), 'thu-muc/bao-cao.vbhc.md');
  assert.equal(importOutputPath('a.b/van-ban.TXT'), 'a.b/van-ban.vbhc.md');
});

test('header pieces: Số with a blank number, công văn symbols, dates with blanks', () => {
  assert.deepEqual(parseSoLine('Số:        /KH-UBND'), { so: '', loai: 'KH', kyHieu: 'UBND', rest: '' });
  assert.deepEqual(parseSoLine('Số: 335/SKHCN-VP'), { so: '335', loai: undefined, kyHieu: 'SKHCN-VP', rest: '' });
  assert.deepEqual(parseDateLine('Hà Nội, ngày 05 tháng 01 năm 2026'), { diaDanh: 'Hà Nội', ngay: '2026-01-05' });
  assert.deepEqual(parseDateLine('Huế, ngày   tháng   năm 2026'), { diaDanh: 'Huế', ngay: '2026' });
  assert.equal(parseDateLine('ngày 5 tháng 13 năm 2026'), undefined);
});

test('a công văn: V/v under Số is the subject; no type name line', () => {
  const { facts } = readHeader([], { left: ['SỞ Y TẾ', 'Số: 77/SYT-NVY', 'V/v tăng cường phòng bệnh mùa mưa'], right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Cần Thơ, ngày 9 tháng 9 năm 2026'] });
  assert.deepEqual(facts, { so: '77', kyHieu: 'SYT-NVY', trichYeu: 'tăng cường phòng bệnh mùa mưa', ngay: '2026-09-09', diaDanh: 'Cần Thơ', loai: 'CV', coQuan: 'SỞ Y TẾ' });
});

test('a công văn is known without a type code: by V/v under Số, or by an issuer-unit symbol; never on a guess', () => {
  const right = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Huế, ngày 03 tháng 3 năm 2026'];
  const loai = (left: string[], lines: string[] = []) => readHeader(lines, { left, right }).facts.loai;
  // The symbol alone (no V/v line): issuer and unit, no Appendix III code.
  assert.equal(loai(['SỞ NỘI VỤ', 'Số: 12/SNV-TCBM'], ['Kính gửi: Ủy ban nhân dân các xã', 'Sở Nội vụ đề nghị các xã rà soát biên chế.']), 'CV');
  assert.equal(loai(['SỞ NỘI VỤ', 'Số:      /SNV-TCBM'], ['Sở Nội vụ đề nghị các xã rà soát biên chế.']), 'CV');
  // V/v under a symbol of another shape still marks a công văn.
  assert.equal(loai(['SỞ NỘI VỤ', 'Số: 12/SNV', 'V/v rà soát biên chế']), 'CV');
  // A type code in the symbol, or a type name line, decides as before.
  assert.equal(loai(['SỞ NỘI VỤ', 'Số: 12/TTr-SNV'], ['TỜ TRÌNH', 'Về việc phê duyệt biên chế']), 'TTr');
  assert.equal(loai(['SỞ NỘI VỤ', 'Số: 12/SNV-TCBM'], ['BÁO CÁO', 'Kết quả rà soát biên chế']), 'BC');
  // Not sure: a line in capitals after the header may be a type name the table does not know.
  assert.equal(loai(['SỞ NỘI VỤ', 'Số: 12/SNV-TCBM'], ['THƯ CÔNG', 'Sở Nội vụ trân trọng cảm ơn các xã.']), undefined);
  // Not sure: Kính gửi alone (a tờ trình or a báo cáo sent upward has one too), a symbol of one part, a QPPL-looking number.
  assert.equal(loai(['SỞ NỘI VỤ', 'Số: 12/SNV'], ['Kính gửi: Ủy ban nhân dân tỉnh']), undefined);
  assert.equal(loai(['SỞ NỘI VỤ', 'Số: 12/2026/NĐ-CP']), undefined);
  assert.equal(loai(['SỞ NỘI VỤ'], ['Kính gửi: Ủy ban nhân dân tỉnh']), undefined);
});

test('closing lines: a line where a copy glued both columns, wrapped items, a signature note', () => {
  const c = readClosing(['Nơi nhận: KT. GIÁM ĐỐC', '- Sở Tài chính (để biết); PHÓ GIÁM ĐỐC', '- Lưu: VT.', '(Đã ký)', 'Nguyễn Văn Bình']);
  assert.deepEqual(c, { noiNhan: ['Sở Tài chính (để biết)', 'Lưu: VT'], quyenHan: ['KT. GIÁM ĐỐC'], chucVu: 'PHÓ GIÁM ĐỐC', hoTen: 'Nguyễn Văn Bình' });
  const d = readClosing(['Nơi nhận:', '- Các phòng chuyên môn thuộc', 'huyện;', '- Lưu: VT.', 'CHỦ TỊCH', 'Phạm Minh']);
  assert.deepEqual(d.noiNhan, ['Các phòng chuyên môn thuộc huyện', 'Lưu: VT']);
  assert.equal(d.chucVu, 'CHỦ TỊCH');
  assert.equal(d.quyenHan, undefined);
});

test('escaping: markdown reads the written text back as the same characters', () => {
  const samples = ['Điểm * và _ và `mã`', 'a [^1] b', '<!-- pagebreak -->', 'x &amp; y', 'giá ~~cũ~~', '[chữ](liên kết)', 'đường_dẫn_có_gạch'];
  for (const s of samples) {
    const doc = parseDocument('file:///x.vbhc.md', `---\nloai: BC\n---\n\nMở ${escapeInline(s)} đóng.\n`, 0, { keepTokens: true });
    const model = buildRenderModel(doc);
    const para = model.nodes.find((n) => n.kind === 'paragraph');
    assert.ok(para && para.kind === 'paragraph', s);
    assert.equal(para.runs.map((r) => r.text).join(''), `Mở ${s} đóng.`, s);
  }
});

test('heading levels by label: a) after a) under 1.1. stays at level 4', () => {
  const l = (t: string) => parseLabel(t)!;
  assert.equal(levelOfLabel(l('I. A'), undefined), 1);
  assert.equal(levelOfLabel(l('2. A'), { level: 1, label: l('I. A') }), 2);
  assert.equal(levelOfLabel(l('2.1. A'), { level: 2, label: l('2. A') }), 3);
  assert.equal(levelOfLabel(l('2.1.3. A'), { level: 3, label: l('2.1. A') }), 4);
  assert.equal(levelOfLabel(l('a) A'), { level: 2, label: l('2. A') }), 3);
  assert.equal(levelOfLabel(l('a) A'), { level: 3, label: l('2.1. A') }), 4);
  assert.equal(levelOfLabel(l('b) A'), { level: 4, label: l('a) A') }), 4);
});

test('a text that opens with a heading in capitals has no header: the heading stays in the body', async () => {
  const { text, missing } = await importText('I. MỤC ĐÍCH\n\nRà soát toàn bộ hồ sơ lưu trữ của cơ quan./.\n');
  assert.ok(missing.includes('co_quan'));
  assert.match(text, /\n\n# I\. MỤC ĐÍCH\n\nRà soát toàn bộ hồ sơ lưu trữ của cơ quan\.\/\.\n$/);
});

test('a text copied out of Word (one line a paragraph): Kính gửi as a list, headings and paragraphs', async () => {
  const { text, missing } = await importText(
    [
      'UBND TỈNH KHÁNH HÒA',
      'SỞ TÀI CHÍNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 310/BC-STC',
      'Khánh Hòa, ngày 20 tháng 11 năm 2026',
      'BÁO CÁO',
      'Tình hình thu chi ngân sách 10 tháng năm 2026',
      'Kính gửi:',
      '- Ủy ban nhân dân tỉnh;',
      '- Bộ Tài chính.',
      'Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về việc báo cáo định kỳ tình hình thu chi ngân sách nhà nước, Sở Tài chính báo cáo như sau:',
      'I. TÌNH HÌNH THU NGÂN SÁCH',
      '1. Thu nội địa',
      'Thu nội địa 10 tháng đạt 85% dự toán năm, tăng 7% so với cùng kỳ năm trước nhờ các khoản thu từ doanh nghiệp và thu tiền sử dụng đất tăng mạnh trong quý III.',
      '2. Thu từ hoạt động xuất nhập khẩu',
      'Thu từ hoạt động xuất nhập khẩu đạt 70% dự toán./.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, NS.',
      'GIÁM ĐỐC',
      'Nguyễn Hữu Phước',
    ].join('\r\n'),
  );
  const fm = frontOf(text);
  assert.deepEqual(fm.kinh_gui, ['Ủy ban nhân dân tỉnh', 'Bộ Tài chính']);
  assert.equal(fm.trich_yeu, 'Tình hình thu chi ngân sách 10 tháng năm 2026');
  assert.deepEqual(fm.noi_nhan, ['Như trên', 'Lưu: VT, NS']);
  assert.deepEqual(fm.ky, { chuc_vu: 'GIÁM ĐỐC', ho_ten: 'Nguyễn Hữu Phước' });
  assert.deepEqual(missing, []);
  assert.deepEqual(
    text.slice(text.indexOf('\n---\n') + 5).trim().split('\n\n').map((b) => b.slice(0, 12)),
    ['Thực hiện ch', '# I. TÌNH HÌ', '## 1. Thu nộ', 'Thu nội địa ', '## 2. Thu từ', 'Thu từ hoạt '],
  );
});

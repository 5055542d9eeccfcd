/** Header and closing texts: number and symbol, the date line, marks, recipients. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../model/document';
import { BLANK, documentParts, formatDateLine, formatKinhGui, formatMonth, formatDay, formatRecipientLines, formatSoKyHieu } from './header-format';

const doc = (fm: string, body = 'Nội dung./.') => parseDocument('file:///t.vbhc.md', `---\n${fm}\n---\n\n${body}\n`);

test('a number below 10 gets a leading zero: Số: 05/BC-SKHCN', () => {
  assert.equal(formatSoKyHieu(5, 'BC', 'SKHCN'), 'Số: 05/BC-SKHCN');
  assert.equal(formatSoKyHieu('5', 'BC', 'SKHCN'), 'Số: 05/BC-SKHCN');
  assert.equal(formatSoKyHieu(15, 'KH', 'SKHCN'), 'Số: 15/KH-SKHCN');
  assert.equal(formatSoKyHieu('106', 'KH', 'SKHCN'), 'Số: 106/KH-SKHCN');
});

test('an empty number is kept as blank space for the clerk', () => {
  assert.equal(formatSoKyHieu('', 'BC', 'SKHCN'), `Số: ${BLANK}/BC-SKHCN`);
  assert.equal(formatSoKyHieu(undefined, 'BC', 'SKHCN'), `Số: ${BLANK}/BC-SKHCN`);
  assert.ok(/^\u00a0{3,}$/.test(BLANK));
});

test('a công văn prints the issuer part only: Số: 05/SKHCN-VP', () => {
  assert.equal(formatSoKyHieu(5, 'CV', 'SKHCN-VP'), 'Số: 05/SKHCN-VP');
});

test('days 01–09 are padded, 10–31 are not', () => {
  assert.equal(formatDay(5), '05');
  assert.equal(formatDay(9), '09');
  assert.equal(formatDay(10), '10');
  assert.equal(formatDay(30), '30');
});

test('months 01 and 02 are padded, months 3–12 are not', () => {
  assert.equal(formatMonth(1), '01');
  assert.equal(formatMonth(2), '02');
  assert.equal(formatMonth(3), '3');
  assert.equal(formatMonth(9), '9');
  assert.equal(formatMonth(12), '12');
});

test('the full date line reads Quảng Ngãi, ngày 05 tháng 01 năm 2025', () => {
  assert.equal(formatDateLine('Quảng Ngãi', { year: 2025, month: 1, day: 5 }), 'Quảng Ngãi, ngày 05 tháng 01 năm 2025');
  assert.equal(formatDateLine('Hà Nội', { year: 2020, month: 3, day: 5 }), 'Hà Nội, ngày 05 tháng 3 năm 2020');
  assert.equal(formatDateLine('Thành phố Hồ Chí Minh', { year: 2019, month: 6, day: 29 }), 'Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019');
});

test('a partial date leaves the unknown parts blank', () => {
  assert.equal(formatDateLine('Quảng Ngãi', { year: 2025, month: 5 }), `Quảng Ngãi, ngày ${BLANK} tháng 5 năm 2025`);
  assert.equal(formatDateLine('Quảng Ngãi', { year: 2025 }), `Quảng Ngãi, ngày ${BLANK} tháng ${BLANK} năm 2025`);
});

test('ngay: 2025-02 and ngay: 2025 in the front matter print blanks for the missing parts', () => {
  assert.equal(documentParts(doc('loai: BC\ndia_danh: Quảng Ngãi\nngay: 2025-02')).dateLine, `Quảng Ngãi, ngày ${BLANK} tháng 02 năm 2025`);
  assert.equal(documentParts(doc('loai: BC\ndia_danh: Quảng Ngãi\nngay: 2025')).dateLine, `Quảng Ngãi, ngày ${BLANK} tháng ${BLANK} năm 2025`);
  assert.equal(documentParts(doc('loai: BC\ndia_danh: Quảng Ngãi\nngay: 2025-01-05')).dateLine, 'Quảng Ngãi, ngày 05 tháng 01 năm 2025');
});

test('Nơi nhận items end with ";" and the last with "."; typed dashes and punctuation are not doubled', () => {
  assert.deepEqual(formatRecipientLines(['Sở Nội vụ', '- GĐ, PGĐ;', 'Lưu: VT, VP.']), ['- Sở Nội vụ;', '- GĐ, PGĐ;', '- Lưu: VT, VP.']);
  assert.deepEqual(formatRecipientLines([]), []);
});

test('one Kính gửi recipient goes on the label line; several get a line each', () => {
  assert.deepEqual(formatKinhGui(['Sở Nội vụ']), { single: 'Kính gửi: Sở Nội vụ', lines: [] });
  assert.deepEqual(formatKinhGui(['Sở Nội vụ', 'Sở Tài chính']), { lines: ['- Sở Nội vụ;', '- Sở Tài chính.'] });
  assert.deepEqual(formatKinhGui([]), { lines: [] });
});

test('the parts of a báo cáo: agencies and signer in capitals, type name BÁO CÁO', () => {
  const p = documentParts(doc('loai: BC\nco_quan_chu_quan: UBND tỉnh Quảng Ngãi\nco_quan: Sở Khoa học và Công nghệ\nky_hieu: SKHCN\nso: 7\ndia_danh: Quảng Ngãi\nngay: 2025-05-30\ntrich_yeu: kết quả công tác\nnoi_nhan: ["Sở Nội vụ", "Lưu: VT, VP"]\nky:\n  quyen_han: kt. giám đốc\n  chuc_vu: phó giám đốc\n  ho_ten: Trần Công Hòa'));
  assert.equal(p.coQuanChuQuan, 'UBND TỈNH QUẢNG NGÃI');
  assert.equal(p.coQuan, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ');
  assert.equal(p.soKyHieu, 'Số: 07/BC-SKHCN');
  assert.equal(p.tenLoai, 'BÁO CÁO');
  assert.equal(p.trichYeu, 'kết quả công tác');
  assert.equal(p.vv, undefined);
  assert.deepEqual(p.quyenHan, ['KT. GIÁM ĐỐC']);
  assert.equal(p.chucVu, 'PHÓ GIÁM ĐỐC');
  assert.equal(p.hoTen, 'Trần Công Hòa');
  assert.deepEqual(p.noiNhan, ['- Sở Nội vụ;', '- Lưu: VT, VP.']);
  assert.deepEqual(p.notes, []);
});

test('a công văn has no type name; its subject prints as V/v under Số', () => {
  const p = documentParts(doc('loai: CV\nco_quan: Sở Khoa học và Công nghệ\nky_hieu: SKHCN-VP\nso: 335\ntrich_yeu: đăng ký mô hình dân vận khéo\nkinh_gui: Sở Nội vụ'));
  assert.equal(p.tenLoai, undefined);
  assert.equal(p.vv, 'V/v đăng ký mô hình dân vận khéo');
  assert.equal(p.soKyHieu, 'Số: 335/SKHCN-VP');
  assert.deepEqual(p.kinhGui, ['Sở Nội vụ']);
});

test('do_mat, do_khan and du_thao produce their marks; without them there are none', () => {
  const p = documentParts(doc('loai: BC\ndo_mat: Mật\ndo_khan: Khẩn\ndu_thao: true'));
  assert.deepEqual(p.marks, ['MẬT', 'KHẨN']);
  assert.equal(p.draftMark, 'DỰ THẢO');
  const q = documentParts(doc('loai: BC'));
  assert.deepEqual(q.marks, []);
  assert.equal(q.draftMark, undefined);
});

test('a document without front matter still yields parts, with a note', () => {
  const p = documentParts(parseDocument('file:///t.vbhc.md', 'Chỉ có nội dung./.\n'));
  assert.equal(p.coQuan, BLANK);
  assert.equal(p.notes.length, 1);
  assert.match(p.notes[0].vi, /Dòng 1/);
});

test('a malformed ngay is noted and printed blank', () => {
  const p = documentParts(doc('loai: BC\ndia_danh: Huế\nngay: "30/5/2025"'));
  assert.equal(p.dateLine, `Huế, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`);
  assert.ok(p.notes.some((n) => n.en.includes('30/5/2025')));
});

test('quyen_han as a list gives one authority line per item, upper case; a single string gives one line; none gives none', () => {
  const base = 'loai: BC\nco_quan: Sở X\nky_hieu: SX\nky:\n  chuc_vu: phó chủ tịch\n  ho_ten: A';
  assert.deepEqual(documentParts(doc(`${base}\n  quyen_han: ["tm. ủy ban nhân dân", "KT. Chủ tịch", ""]`)).quyenHan, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH']);
  assert.deepEqual(documentParts(doc(`${base}\n  quyen_han: "Q. GIÁM ĐỐC"`)).quyenHan, ['Q. GIÁM ĐỐC']);
  assert.deepEqual(documentParts(doc(base)).quyenHan, []);
});

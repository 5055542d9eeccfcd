import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, check, frontMatter } from '../../../../test/support/structure-testkit';
import { refTypeMismatch } from './ref-type-mismatch';

const RULES = [refTypeMismatch];

test('a Nghị quyết whose symbol says ND fires, naming both the type and the code', () => {
  const text = `${frontMatter()}\nNghị quyết số 163/2021/ND-HĐND ngày 10/12/2021 của HĐND tỉnh./.\n`;
  const ds = check(text, RULES);
  assert.equal(ds.length, 1);
  assert.match(ds[0].message, /"Nghị quyết" không khớp mã loại "ND" trong ký hiệu "163\/2021\/ND-HĐND": Nghị quyết mang mã NQ/);
  assert.match(applyEdits(text, ds[0].fixes!.at(-1)!.edits), /163\/2021\/NQ-HĐND/);
});

test('Quy chế số 11-QĐ/TU fires and offers to name the type Quyết định', () => {
  const text = `${frontMatter()}\nQuy chế số 11-QĐ/TU./.\n`;
  const [d] = check(text, RULES);
  assert.match(d.message, /Quy chế mang mã QC, còn "QĐ" là mã của Quyết định/);
  assert.match(applyEdits(text, d.fixes![0].edits), /Quyết định số 11-QĐ\/TU/);
});

test('a Luật cited with a decree symbol fires', () => {
  assert.equal(check(`${frontMatter()}\nLuật số 30/2020/NĐ-CP./.\n`, RULES).length, 1);
});

test('matching types do not fire: Party Quy định QĐ, laws, Pháp lệnh PL, công văn, Nghị quyết of the National Assembly', () => {
  const text = `${frontMatter()}\nQuy định số 124-QĐ/TW; Quyết định số 396-QĐ/TU; Luật số 10/2022/QH15; Pháp lệnh số 34/2007/PL-UBTVQH11; Nghị quyết số 43/2022/QH15; Công văn số 1119/SNV-XDCQ; Đề án số 13-ĐA/TU; Kế hoạch số 39/KH-UBND; Văn bản số 5/QĐ-UBND; Thông báo kết luận số 45-TB/TU./.\n`;
  assert.deepEqual(check(text, RULES), []);
});

test('joint documents carry their joint codes: QCPH, CTrPH, KHLT, HDLT and the plain codes under a qualified name do not fire', () => {
  const text = `${frontMatter()}\nQuy chế phối hợp số 49/QCPH-UBND-UBMT-HCTĐ; Chương trình phối hợp 07/CTrPH-SNV-HND; Kế hoạch liên tịch số 15/KHLT-SYT-SGDĐT; Hướng dẫn liên tịch số 03/HDLT-STC-SNV; Chương trình hành động số 21/CTr-UBND; Kế hoạch hành động số 88/KH-UBND; Quy chế số 50/QCPH-SNV-CĐVC./.\n`;
  assert.deepEqual(check(text, RULES), []);
});

test('a qualified name whose symbol carries another type fires, and the rename keeps the qualifier', () => {
  const text = `${frontMatter()}\nQuy chế phối hợp số 49/KH-UBND-UBMT./.\n`;
  const [d, ...rest] = check(text, RULES);
  assert.equal(rest.length, 0);
  assert.match(d.message, /"Quy chế phối hợp" không khớp mã loại "KH".*Quy chế mang mã QC hoặc QCPH hoặc QCLT, còn "KH" là mã của Kế hoạch/);
  assert.match(applyEdits(text, d.fixes![0].edits), /\nKế hoạch phối hợp số 49\/KH-UBND-UBMT/);
});

test('a non-Công-văn type cited with a công văn symbol (no type code) fires on the whole head, with a fix naming it Công văn', () => {
  const text = `${frontMatter()}\nThực hiện Kế hoạch số 1119/SNV-XDCQ ngày 23/5/2025 của Sở Nội vụ./.\n`;
  const [d, ...rest] = check(text, RULES);
  assert.equal(rest.length, 0);
  assert.equal(text.split('\n')[15].slice(d.range.start.character, d.range.end.character), 'Kế hoạch số 1119/SNV-XDCQ');
  assert.match(d.message, /"Kế hoạch" nhưng ký hiệu "1119\/SNV-XDCQ" không có mã loại văn bản: Kế hoạch mang mã KH; ký hiệu dạng "số\/CƠ QUAN-ĐƠN VỊ" là của công văn/);
  assert.match(applyEdits(text, d.fixes![0].edits), /Thực hiện Công văn số 1119\/SNV-XDCQ ngày/);
  const [en] = check(text, RULES, { lang: 'en' });
  assert.match(en.message, /"Kế hoạch" is cited with "1119\/SNV-XDCQ", a symbol without a type code: a Plan carries KH/);
});

test('no type-code finding for Công văn, Văn bản, old forms (64/CP, 2088/BYT-QĐ, an unknown agency), or a glued code read as the type\'s', () => {
  const text = `${frontMatter()}\nCông văn số 1119/SNV-XDCQ; Văn bản số 12/UBND-VX; Nghị định số 64/CP ngày 27/9/1993; Quyết định số 72/TTg; Quyết định số 2088/BYT-QĐ; Quyết định số 3676/GD-ĐT; Chỉ thị số 27/CTTg; Quyết định số 13/QĐUBND-VP./.\n`;
  assert.deepEqual(check(text, RULES), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { structureMissingSection } from './structure-missing-section';
import { foldText, profileFor } from './profiles';
import { BUILT_IN_TYPES } from '../data/doc-types';
import { check, frontMatter } from '../../../../test/support/structure-testkit';

const RULES = [structureMissingSection];
const doc = (loai: string, ...headings: string[]) => `${frontMatter(loai)}\n${headings.map((h) => `${h}\n\nNội dung.\n`).join('\n')}\nHết./.\n`;

test('a plan with purpose, content and implementation parts passes', () => {
  assert.deepEqual(check(doc('KH', '# I. MỤC ĐÍCH, YÊU CẦU', '# II. NỘI DUNG THỰC HIỆN', '# III. TỔ CHỨC THỰC HIỆN'), RULES), []);
});

test('a plan without "Tổ chức thực hiện" gets one information on line 1 naming the part', () => {
  const ds = check(doc('KH', '# I. MỤC ĐÍCH, YÊU CẦU', '# II. NHIỆM VỤ, GIẢI PHÁP'), RULES);
  assert.equal(ds.length, 1);
  assert.equal(ds[0].severity, 'information');
  assert.equal(ds[0].range.start.line, 0);
  assert.match(ds[0].message, /loại KH thường có phần "Tổ chức thực hiện"/);
  assert.match(ds[0].message, /"# TỔ CHỨC THỰC HIỆN"/);
});

test('titles match without accents and case, at any heading level', () => {
  assert.deepEqual(check(doc('KH', '# I. Muc dich yeu cau', '# II. Nội Dung', '## 1. To Chuc Thuc Hien'), RULES), []);
});

test('a keyword must match whole words', () => {
  const ds = check(doc('BC', '# I. KẾT QUẢNG BÁ', '# II. PHƯƠNG HƯỚNG'), RULES);
  assert.equal(ds.length, 1);
  assert.match(ds[0].message, /"Kết quả, tình hình thực hiện"/);
});

test('a report needs results and directions; the corpus report shape passes', () => {
  assert.equal(check(doc('BC', '# I. ĐẶC ĐIỂM'), RULES).length, 2);
  assert.deepEqual(check(doc('BC', '# I. ĐẶC ĐIỂM TÌNH HÌNH', '# II. KẾT QUẢ CÔNG TÁC DÂN VẬN', '# V. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025'), RULES), []);
});

test('the profile of a type can be replaced in the settings, and emptied', () => {
  const settings = { profiles: { BC: [['đánh giá'], ['kiến nghị', 'đề xuất']] } };
  const ds = check(doc('BC', '# I. ĐÁNH GIÁ CHUNG'), RULES, settings);
  assert.equal(ds.length, 1);
  assert.match(ds[0].message, /"kiến nghị \/ đề xuất"/);
  assert.deepEqual(check(doc('BC', '# I. KHÁC'), RULES, { profiles: { BC: [] } }), []);
});

test('a type without a profile and a document without front matter are not checked', () => {
  assert.deepEqual(check(doc('TB', '# I. KHÁC'), RULES), []);
  assert.deepEqual(check('# I. KHÁC\n\nNội dung./.\n', RULES), []);
});

test('profiles are looked up by type code, exactly then ignoring case, and folding drops accents', () => {
  assert.equal(profileFor('kh', { profiles: {} })?.parts, BUILT_IN_TYPES.byCode('KH')!.drafting!.parts);
  assert.equal(profileFor(undefined, { profiles: {} }), undefined);
  assert.equal(foldText('  TỔ CHỨC, Thực hiện! '), ' to chuc thuc hien ');
  assert.equal(foldText('...'), '');
});

test('a plan whose implementation part is named for who does what (phân công nhiệm vụ, phân công trách nhiệm, trách nhiệm thực hiện) has that part; MỤC TIÊU counts for the purpose', () => {
  for (const last of ['# III. PHÂN CÔNG NHIỆM VỤ', '# III. PHÂN CÔNG TRÁCH NHIỆM', '# III. TRÁCH NHIỆM THỰC HIỆN']) {
    assert.deepEqual(check(doc('KH', '# I. MỤC TIÊU', '# II. NHIỆM VỤ, GIẢI PHÁP', last), RULES), [], last);
  }
});

test('a plan whose last part is only "trách nhiệm" of someone, or "phân công" alone, still misses the implementation part', () => {
  for (const last of ['# III. TRÁCH NHIỆM CỦA CÁN BỘ', '# III. PHÂN CÔNG']) {
    const ds = check(doc('KH', '# I. MỤC TIÊU', '# II. NỘI DUNG', last), RULES);
    assert.equal(ds.length, 1, last);
    assert.match(ds[0].message, /"Tổ chức thực hiện"/);
  }
});

test('a tờ trình divided into sections needs why and what is proposed; a short one without headings is not checked', () => {
  assert.deepEqual(check(doc('TTr', '# I. SỰ CẦN THIẾT', '# II. NỘI DUNG ĐỀ NGHỊ'), RULES), []);
  assert.deepEqual(check(doc('TTr', '# I. CƠ SỞ PHÁP LÝ', '# II. KIẾN NGHỊ'), RULES), []);
  const ds = check(doc('TTr', '# I. SỰ CẦN THIẾT BAN HÀNH', '# II. QUÁ TRÌNH XÂY DỰNG'), RULES);
  assert.deepEqual(ds.map((d) => (d.data as { part: string }).part), ['Nội dung đề nghị, kiến nghị']);
  assert.match(ds[0].message, /"# NỘI DUNG ĐỀ NGHỊ"/);
  assert.deepEqual(check(`${frontMatter('TTr')}\nSở kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt./.\n`, RULES), []);
});

test('a programme needs its tasks and who carries them out; a guidance who carries it out; either without headings is not checked', () => {
  assert.deepEqual(check(doc('CTr', '# I. MỤC TIÊU', '# II. NHIỆM VỤ, GIẢI PHÁP', '# III. TỔ CHỨC THỰC HIỆN'), RULES), []);
  assert.deepEqual(check(doc('CTr', '# I. MỤC TIÊU', '# II. NHIỆM VỤ, GIẢI PHÁP'), RULES).map((d) => (d.data as { part: string }).part), ['Tổ chức thực hiện']);
  assert.deepEqual(check(doc('HD', '# I. PHẠM VI', '# II. NỘI DUNG HƯỚNG DẪN', '# III. TRÁCH NHIỆM THỰC HIỆN'), RULES), []);
  assert.deepEqual(check(doc('HD', '# I. PHẠM VI', '# II. NỘI DUNG HƯỚNG DẪN'), RULES).map((d) => (d.data as { part: string }).part), ['Tổ chức thực hiện']);
  for (const loai of ['CTr', 'HD']) assert.deepEqual(check(`${frontMatter(loai)}\nCác đơn vị thực hiện./.\n`, RULES), [], loai);
});

test('a công văn, a thông báo and a quyết định have no profile, with or without headings', () => {
  for (const loai of ['CV', 'TB', 'QĐ']) {
    assert.deepEqual(check(doc(loai, '# I. KHÁC'), RULES), [], loai);
    assert.deepEqual(check(`${frontMatter(loai)}\nNội dung./.\n`, RULES), [], loai);
  }
});

test('a report or plan without headings is still checked (their parts are expected of every one)', () => {
  assert.equal(check(`${frontMatter('KH')}\nNội dung./.\n`, RULES).length, 3);
  assert.equal(check(`${frontMatter('BC')}\nNội dung./.\n`, RULES).length, 2);
});

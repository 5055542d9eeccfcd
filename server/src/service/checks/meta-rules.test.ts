import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { createLanguageService } from '../language-service';
import { metaYaml } from './meta-yaml';
import { metaMissingField } from './meta-missing-field';
import { metaInvalidValue } from './meta-invalid-value';
import { metaNoiNhanLuu } from './meta-noi-nhan-luu';
import type { Rule } from './rule';

const FULL = `---
loai: BC
co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
ky_hieu: SKHCN
dia_danh: "Quảng Ngãi"
ngay: 2025-05-30
trich_yeu: "kết quả công tác"
noi_nhan:
  - "Sở Nội vụ"
  - "Lưu: VT, VP"
ky:
  quyen_han: "KT. GIÁM ĐỐC"
  chuc_vu: "PHÓ GIÁM ĐỐC"
  ho_ten: "Trần Văn A"
---

Nội dung./.
`;

const META: Rule[] = [metaYaml, metaMissingField, metaInvalidValue, metaNoiNhanLuu];

function check(text: string, lang: 'vi' | 'en' = 'vi') {
  const ls = createLanguageService({ rules: META, settings: { lang } });
  ls.setDocument('file:///t.vbhc.md', text);
  return ls.getDiagnostics('file:///t.vbhc.md');
}

function applyEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lines = text.split('\n');
  const off = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => off(b.range.start) - off(a.range.start))
    .reduce((t, e) => t.slice(0, off(e.range.start)) + e.newText + t.slice(off(e.range.end)), text);
}

test('a complete front matter gives no metadata diagnostic', () => {
  assert.deepEqual(check(FULL), []);
});

test('each missing required key is reported on line 1 with its name', () => {
  const text = FULL.replace(/^co_quan:.*\n/m, '').replace(/^ngay:.*\n/m, '');
  const d = check(text);
  assert.deepEqual(d.map((x) => [x.code, x.range.start.line, (x.data as { key: string }).key]), [
    ['meta.missing-field', 0, 'co_quan'],
    ['meta.missing-field', 0, 'ngay'],
  ]);
  assert.match(d[0].message, /"co_quan"/);
});

test('the missing-field fix inserts the key at its place in the key order, with a «…» fill-in', () => {
  const text = FULL.replace(/^dia_danh:.*\n/m, '');
  const [d] = check(text);
  const fixed = applyEdits(text, d.fixes![0].edits);
  assert.equal(fixed, FULL.replace(/^dia_danh:.*$/m, 'dia_danh: "«Địa danh»"'));
  // The fill-in is draft.placeholder's to report, not a missing key any more.
  assert.deepEqual(check(fixed), []);
  const all = createLanguageService();
  all.setDocument('file:///t.vbhc.md', fixed);
  const diags = all.getDiagnostics('file:///t.vbhc.md').filter((x) => x.code.startsWith('meta.') || x.code.startsWith('draft.'));
  assert.deepEqual(diags.map((x) => [x.code, x.range.start.line]), [['draft.placeholder', 4]]);
  // A ky key goes to its place in the ky block; the block goes before the keys that follow it.
  const noName = FULL.replace(/^ {2}ho_ten:.*\n/m, '');
  assert.equal(applyEdits(noName, check(noName)[0].fixes![0].edits), FULL.replace(/^ {2}ho_ten:.*$/m, '  ho_ten: "«Họ và tên»"'));
  const noChucVu = FULL.replace(/^ {2}chuc_vu:.*\n/m, '');
  assert.equal(applyEdits(noChucVu, check(noChucVu)[0].fixes![0].edits), FULL.replace(/^ {2}chuc_vu:.*$/m, '  chuc_vu: "«CHỨC VỤ»"'));
  const noLoai = FULL.replace(/^loai:.*\n/m, '');
  assert.equal(applyEdits(noLoai, check(noLoai)[0].fixes![0].edits), FULL);
  const withExtra = FULL.replace('---\n\nNội dung', 'do_khan: "Khẩn"\n---\n\nNội dung').replace(/^ky:\n(?: {2}.*\n)+/m, '');
  const kyFixed = applyEdits(withExtra, check(withExtra).find((x) => (x.data as { key: string }).key === 'ky.chuc_vu')!.fixes![0].edits);
  assert.match(kyFixed, /"Lưu: VT, VP"\nky:\n {2}chuc_vu: "«CHỨC VỤ»"\n {2}ho_ten: "«Họ và tên»"\ndo_khan: "Khẩn"\n---/);
});

test('a công văn and a tờ trình require kinh_gui: reported on line 1, the fix inserts it after trich_yeu; other types do not', () => {
  for (const loai of ['CV', 'TTr']) {
    const text = FULL.replace('loai: BC', `loai: ${loai}`);
    const ds = check(text);
    assert.deepEqual(ds.map((d) => [d.code, d.range.start.line, (d.data as { key: string }).key]), [['meta.missing-field', 0, 'kinh_gui']], loai);
    assert.match(ds[0].message, /Thiếu khóa bắt buộc "kinh_gui" \(nơi kính gửi\)/);
    const fixed = applyEdits(text, ds[0].fixes![0].edits);
    assert.match(fixed, /trich_yeu: "kết quả công tác"\nkinh_gui: "«Cơ quan, đơn vị nhận văn bản»"\nnoi_nhan:/);
    assert.deepEqual(check(fixed), []);
    assert.deepEqual(check(text.replace('noi_nhan:', 'kinh_gui:\n  - "Sở Nội vụ"\n  - "Sở Tài chính"\nnoi_nhan:')), []);
    assert.deepEqual(check(text.replace('noi_nhan:', 'kinh_gui: ""\nnoi_nhan:')).map((d) => (d.data as { key: string }).key), ['kinh_gui']);
  }
  for (const loai of ['BC', 'KH', 'TB', 'QĐ', 'NQ']) assert.deepEqual(check(FULL.replace('loai: BC', `loai: ${loai}`)), [], loai);
  assert.match(check(FULL.replace('loai: BC', 'loai: CV'), 'en')[0].message, /Missing required key "kinh_gui" \(addressees\)/);
});

test('a key written with a fill-in is no missing key; an empty one is', () => {
  assert.deepEqual(check(FULL.replace('co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"', 'co_quan: "«TÊN CƠ QUAN BAN HÀNH»"')), []);
  assert.deepEqual(check(FULL.replace('co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"', 'co_quan: "<TÊN CƠ QUAN>"')), []);
  const empty = check(FULL.replace('co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"', 'co_quan: ""'));
  assert.deepEqual(empty.map((x) => x.code), ['meta.missing-field']);
  assert.match(empty[0].message, /"co_quan" .* đang để trống/);
});

test('a file without front matter gets one diagnostic on line 1 naming every required key, with a fix adding a header', () => {
  const d = check('Chỉ có nội dung./.\n');
  assert.equal(d.length, 1);
  assert.equal(d[0].code, 'meta.missing-field');
  assert.equal(d[0].range.start.line, 0);
  for (const key of ['loai', 'co_quan', 'ky_hieu', 'dia_danh', 'ngay', 'trich_yeu', 'noi_nhan', 'ky.chuc_vu', 'ky.ho_ten']) assert.ok(d[0].message.includes(`"${key}"`), key);
  const fixed = applyEdits('Chỉ có nội dung./.\n', d[0].fixes![0].edits);
  assert.match(fixed, /^---\nloai: "«BC hoặc KH»"\n(.|\n)*\n---\n\nChỉ có nội dung\.\/\.\n$/);
  assert.deepEqual(check(fixed), []);
});

test('a blank file gets one diagnostic whose fixes insert the skeleton of each drafted type, BC and KH first', () => {
  for (const text of ['', '\n\n', '---\n---\n', '---\n\n---\n\n']) {
    const d = check(text);
    assert.equal(d.length, 1, JSON.stringify(text));
    assert.equal(d[0].range.start.line, 0);
    assert.match(d[0].message, /Văn bản còn trống/);
    assert.deepEqual(d[0].fixes!.map((f) => f.title), ['báo cáo (BC)', 'kế hoạch (KH)', 'công văn (CV)', 'tờ trình (TTr)', 'thông báo (TB)', 'chương trình (CTr)', 'hướng dẫn (HD)', 'quyết định (QĐ)'].map((t) => `Chèn khung văn bản ${t}`));
    assert.ok(d[0].fixes!.every((f) => !f.fixAll));
    const bc = applyEdits(text, d[0].fixes![0].edits);
    assert.match(bc, /^---\nloai: BC\n/);
    assert.match(applyEdits(text, d[0].fixes![1].edits), /^---\nloai: KH\n/);
    assert.deepEqual(check(bc), [], 'the skeleton has every key; its fill-ins are draft.placeholder errors');
    for (const fix of d[0].fixes!) assert.deepEqual(check(applyEdits(text, fix.edits)), [], `${fix.title}: every key the type requires`);
  }
  assert.match(check('', 'en')[0].fixes![0].title, /^Insert document skeleton: report \(BC\)$/);
});

test('a YAML syntax error gives one meta.yaml on the offending line and nothing else', () => {
  const text = FULL.replace('ky_hieu: SKHCN', 'ky_hieu: "SKHCN');
  const d = check(text);
  assert.equal(d.length, 1);
  assert.equal(d[0].code, 'meta.yaml');
  assert.equal(d[0].range.start.line, 3); // the line with the unpaired quote
  assert.match(d[0].message, /dòng 4:1/);
});

test('a duplicate key is a YAML error on the second key', () => {
  const d = check(FULL.replace('ky_hieu: SKHCN', 'ky_hieu: SKHCN\nky_hieu: SNV'));
  assert.equal(d[0].code, 'meta.yaml');
  assert.equal(d[0].range.start.line, 4);
});

test('an unclosed front matter is reported on line 1', () => {
  const d = check('---\nloai: BC\n');
  assert.equal(d[0].code, 'meta.yaml');
  assert.equal(d[0].range.start.line, 0);
});

test('an unknown loai, a malformed ngay and a quyen_han without prefix are invalid values', () => {
  const text = FULL.replace('loai: BC', 'loai: bc').replace('ngay: 2025-05-30', 'ngay: 30/5/2025').replace('KT. GIÁM ĐỐC', 'KT GIÁM ĐỐC');
  const d = check(text).filter((x) => x.code === 'meta.invalid-value');
  assert.deepEqual(d.map((x) => x.range.start.line), [1, 5, 11]);
  assert.equal(d[0].fixes![0].edits[0].newText, 'BC');
  assert.equal(d[1].fixes![0].edits[0].newText, '2025-05-30');
  assert.equal(d[2].fixes![0].edits[0].newText, '"KT. GIÁM ĐỐC"');
});

test('an old Circular 01/2011 code is explained', () => {
  const d = check(FULL.replace('loai: BC', 'loai: UQ'));
  assert.match(d[0].message, /GUQ/);
});

test('a date that does not exist is an invalid ngay', () => {
  const d = check(FULL.replace('ngay: 2025-05-30', 'ngay: 2025-02-29'));
  assert.equal(d[0].code, 'meta.invalid-value');
  assert.match(d[0].message, /không có thật/);
});

test('the last recipient must be Lưu', () => {
  const d = check(FULL.replace('  - "Lưu: VT, VP"\n', '  - "Lưu: VT, VP"\n  - "UBND tỉnh"\n'));
  assert.equal(d.length, 1);
  assert.equal(d[0].code, 'meta.noi-nhan-luu');
  assert.equal(d[0].severity, 'warning');
  assert.equal(d[0].range.start.line, 10);
  assert.match(d[0].message, /Chuyển/);
});

test('messages follow the language setting', () => {
  const d = check(FULL.replace(/^co_quan:.*\n/m, ''), 'en');
  assert.match(d[0].message, /^Missing required key "co_quan"/);
});

const corpus = '../shared/corpus/001.vbhc.md';
test('corpus 001 lists meta.missing-field for each absent header key on line 1', { skip: !existsSync(corpus) }, () => {
  const ls = createLanguageService({ rules: META });
  ls.setDocument('file:///001.vbhc.md', readFileSync(corpus, 'utf8'));
  const d = ls.getDiagnostics('file:///001.vbhc.md');
  assert.deepEqual(
    d.map((x) => [x.code, x.range.start.line, (x.data as { key: string }).key]),
    ['co_quan', 'ky_hieu', 'dia_danh', 'ngay'].map((k) => ['meta.missing-field', 0, k]),
  );
});

const SIGNED = (quyenHan: string) => FULL.replace('  quyen_han: "KT. GIÁM ĐỐC"\n', quyenHan);

test('a signing authority of several lines: TM. then KT., TL. or TUQ., and TL. then KT., are valid, as a block or a flow list', () => {
  for (const qh of [
    '  quyen_han:\n    - "TM. ỦY BAN NHÂN DÂN"\n    - "KT. CHỦ TỊCH"\n',
    '  quyen_han: ["TM. ỦY BAN NHÂN DÂN", "TL. CHỦ TỊCH"]\n',
    '  quyen_han: ["TM. BAN CHỈ ĐẠO", "TUQ. TRƯỞNG BAN"]\n',
    '  quyen_han:\n    - TM. ỦY BAN NHÂN DÂN\n    - TL. CHỦ TỊCH\n    - KT. CHÁNH VĂN PHÒNG\n',
    '  quyen_han: ["Q. GIÁM ĐỐC"]\n',
  ]) {
    assert.deepEqual(check(SIGNED(qh)).map((d) => d.code), [], qh);
  }
});

test('each line of a list is checked for its prefix, on its own line, with the fix for a misspelt prefix', () => {
  const text = SIGNED('  quyen_han:\n    - "TM. ỦY BAN NHÂN DÂN"\n    - "KT CHỦ TỊCH"\n');
  const [d, ...rest] = check(text);
  assert.equal(rest.length, 0);
  assert.equal(d.code, 'meta.invalid-value');
  assert.equal(d.range.start.line, 13);
  assert.match(d.message, /Quyền hạn ký "KT CHỦ TỊCH" phải bắt đầu bằng TM\., KT\./);
  assert.match(applyEdits(text, d.fixes![0].edits), /\n {4}- "TM\. ỦY BAN NHÂN DÂN"\n {4}- "KT\. CHỦ TỊCH"\n/);
});

test('lines in an order Decree 30 does not allow fire on the lower line, naming both and the rule', () => {
  const cases: [string, RegExp][] = [
    ['["KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"]', /"TM\. ỦY BAN NHÂN DÂN" không đứng dưới "KT\. CHỦ TỊCH" được: KT\. là dòng cuối.*TM\. \(thay mặt tập thể\) luôn là dòng đầu/],
    ['["TM. ỦY BAN NHÂN DÂN", "TM. THƯỜNG TRỰC"]', /dưới TM\. chỉ có KT\., TL\., TUQ\., Q\./],
    ['["TUQ. GIÁM ĐỐC", "KT. TRƯỞNG PHÒNG"]', /người ký thừa ủy quyền không được ủy quyền lại, nên TUQ\. là dòng cuối/],
    ['["TL. BỘ TRƯỞNG", "TL. VỤ TRƯỞNG"]', /dưới TL\. chỉ có KT\./],
  ];
  for (const [list, re] of cases) {
    const ds = check(SIGNED(`  quyen_han: ${list}\n`));
    assert.equal(ds.length, 1, list);
    assert.equal(ds[0].code, 'meta.invalid-value');
    assert.match(ds[0].message, re);
  }
  const [en] = check(SIGNED('  quyen_han: ["TUQ. GIÁM ĐỐC", "KT. TRƯỞNG PHÒNG"]\n'), 'en');
  assert.match(en.message, /The authority line "KT\. TRƯỞNG PHÒNG" cannot stand under "TUQ\. GIÁM ĐỐC": a delegated signer may not delegate again/);
});

test('two authority lines written in one string are flagged, and the fix writes them as a list', () => {
  const text = SIGNED('  quyen_han: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"\n');
  const [d, ...rest] = check(text);
  assert.equal(rest.length, 0);
  assert.match(d.message, /gồm hai dòng \("TM\. ỦY BAN NHÂN DÂN" và "KT\. CHỦ TỊCH"\)/);
  assert.match(applyEdits(text, d.fixes![0].edits), /\n {2}quyen_han: \["TM\. ỦY BAN NHÂN DÂN", "KT\. CHỦ TỊCH"\]\n/);
  assert.deepEqual(check(SIGNED('  quyen_han: "KT. GIÁM ĐỐC SỞ KHOA HỌC"\n')), [], 'one line, one prefix');
});

test('a list line that is not text, and a map as quyen_han, are invalid', () => {
  assert.match(check(SIGNED('  quyen_han: ["TM. ỦY BAN NHÂN DÂN", 12]\n'))[0].message, /Mỗi dòng của "quyen_han" là một dòng chữ/);
  assert.match(check(SIGNED('  quyen_han: { a: 1 }\n'))[0].message, /"ky\.quyen_han" phải là một chuỗi/);
});

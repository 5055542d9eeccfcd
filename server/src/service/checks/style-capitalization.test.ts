import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, check, frontMatter } from '../../../../test/support/structure-testkit';
import { styleCapitalization } from './style-capitalization';
import { AGENCY_NAMES, CAPITAL_RULES, COMMON_WORDS, PROVINCES, TITLES } from '../data/capitalization';

const RULES = [styleCapitalization];
const doc = (body: string) => `${frontMatter()}\n${body}\n`;
/** Each finding as `written → fixed`. */
function found(body: string): string[] {
  const text = doc(body);
  const lines = text.split('\n');
  return check(text, RULES).map((d) => {
    const written = lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
    const fixed = applyEdits(text, d.fixes![0].edits).split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character);
    return `${written} → ${fixed}`;
  });
}

test('the type name of a cited document in small letters: a warning quoting the citation and the fix, citing Appendix II V.6 with its examples', () => {
  const text = doc('Căn cứ nghị định số 45/2021/NĐ-CP ngày 12/4/2021 của Chính phủ về quản lý hồ sơ./.');
  const ds = check(text, RULES);
  assert.equal(ds.length, 1);
  assert.equal(ds[0].severity, 'warning');
  assert.equal(ds[0].code, 'style.capitalization');
  assert.match(ds[0].message, /^Viết hoa chưa đúng: "nghị định số 45\/2021\/NĐ-CP" — viết "Nghị định số 45\/2021\/NĐ-CP"\. Nghị định 30\/2020\/NĐ-CP, Phụ lục II, Mục V, khoản 6: .*Bộ luật Hình sự/);
  assert.equal(ds[0].fixes![0].fixAll, true);
  assert.match(applyEdits(text, ds[0].fixes![0].edits), /Căn cứ Nghị định số 45\/2021\/NĐ-CP ngày/);
  assert.deepEqual(found('Sở đã ban hành kế hoạch 17/KH-SNV và thông báo số 09/TB-SNV.'), ['kế hoạch 17/KH-SNV → Kế hoạch 17/KH-SNV', 'thông báo số 09/TB-SNV → Thông báo số 09/TB-SNV']);
});

test('a type name without a number, and the generic "văn bản", are left alone', () => {
  assert.deepEqual(found('Các đơn vị xây dựng kế hoạch năm 2026 theo văn bản số 12/SNV-VP.'), []);
});

test('names of agencies the data lists, written with other capitals, are fixed to the decree\'s form', () => {
  assert.deepEqual(found('Phối hợp với Sở Tài Nguyên và Môi Trường và Bộ Giáo Dục và Đào Tạo, Văn Phòng Chính Phủ.'), [
    'Sở Tài Nguyên và Môi Trường → Sở Tài nguyên và Môi trường',
    'Bộ Giáo Dục và Đào Tạo → Bộ Giáo dục và Đào tạo',
    'Văn Phòng Chính Phủ → Văn phòng Chính phủ',
  ]);
  assert.deepEqual(found('Báo cáo gửi sở nội vụ và ủy ban nhân dân tỉnh; ban chấp hành trung ương đã kết luận.'), [
    'sở nội vụ → Sở Nội vụ',
    'ủy ban nhân dân → Ủy ban nhân dân',
    'ban chấp hành trung ương → Ban Chấp hành Trung ương',
  ]);
});

test('either tone placement is recognised and kept (Uỷ ban)', () => {
  assert.deepEqual(found('Gửi Uỷ Ban Nhân Dân tỉnh.'), ['Uỷ Ban Nhân Dân → Uỷ ban nhân dân']);
});

test('names in general (after các, những, mỗi; before cấp), names in capitals and names the data does not list are left alone', () => {
  assert.deepEqual(
    found(
      'Các ủy ban nhân dân cấp xã, những hội đồng nhân dân mới và ủy ban nhân dân các cấp phối hợp với UỶ BAN NHÂN DÂN TỈNH, Trung tâm Phục vụ hành chính công và Hội Sinh vật cảnh.',
    ),
    [],
  );
  assert.deepEqual(found('Đúng: Sở Khoa học và Công nghệ, Bộ Công Thương, Chủ tịch nước, Thủ tướng Chính phủ, Thành phố Hồ Chí Minh, Thủ đô Hà Nội.'), []);
});

test('a title in small letters before the name of one body is capitalised; a title in general is not', () => {
  assert.deepEqual(found('Theo chỉ đạo của chủ tịch Ủy ban nhân dân tỉnh và phó giám đốc Sở Tài chính.'), ['chủ tịch → Chủ tịch', 'phó giám đốc → Phó Giám đốc']);
  assert.deepEqual(found('Họp với các giám đốc Sở Tài chính và chủ tịch ủy ban nhân dân các cấp.'), []);
});

test('the two special cases of III.1.c are written as the decree writes them', () => {
  assert.deepEqual(found('Đoàn công tác đến thành phố Hồ Chí Minh và thủ đô Hà Nội.'), ['thành phố Hồ Chí Minh → Thành phố Hồ Chí Minh', 'thủ đô Hà Nội → Thủ đô Hà Nội']);
});

test('a province or city after tỉnh / thành phố: the name capitalised, the common noun in small letters mid-sentence', () => {
  assert.deepEqual(found('Doanh nghiệp tại tỉnh quảng ngãi và thành phố đà nẵng; UBND Tỉnh Bình Định và các xã của Thành phố Cần Thơ.'), [
    'tỉnh quảng ngãi → tỉnh Quảng Ngãi',
    'thành phố đà nẵng → thành phố Đà Nẵng',
    'Tỉnh Bình Định → tỉnh Bình Định',
    'Thành phố Cần Thơ → thành phố Cần Thơ',
  ]);
});

test('places: a unit noun at a sentence start, Tỉnh ủy and names not in the list are left alone', () => {
  assert.deepEqual(found('Tỉnh Quảng Ngãi có 96 xã. Ban Thường vụ Tỉnh ủy chỉ đạo; tỉnh hội nghị, xã Nghi Phong và Thành phố Thủ Đức.'), []);
  assert.deepEqual(found('- Tỉnh Gia Lai;\n\n(Tỉnh Lâm Đồng)'), []);
});

test('the first word of a paragraph, a dash item, a heading title and a sentence after . ? ! is capitalised', () => {
  assert.deepEqual(found('năm 2025 đạt kết quả tốt. tuy nhiên còn hạn chế! cần khắc phục? đúng vậy.\n\n- rà soát hồ sơ;\n\n## 1. kết quả đạt được'), [
    'năm → Năm',
    'tuy → Tuy',
    'cần → Cần',
    'đúng → Đúng',
    'rà → Rà',
    'kết → Kết',
  ]);
});

test('sentence starts: labels, numbered items, dotted abbreviations, ellipses, words not written in small letters only, and text after a colon are left alone', () => {
  assert.deepEqual(
    found(
      'a) nội dung thứ nhất;\n\n1. nội dung được đánh số;\n\nCác việc khác v.v. được giao, tr. 15 của tài liệu... và cuối cùng.\n\n' +
        'Kết quả như sau: đạt 95% kế hoạch; ghi chú: không.\n\n- iPhone và eKYC được dùng.\n\n- m2 sàn xây dựng.\n\n«tên cơ quan» gửi báo cáo.',
    ),
    [],
  );
});

test('a common word with every syllable capitalised: the second syllable loses its capital, the first too after a word in small letters', () => {
  assert.deepEqual(found('Các đơn vị đã Triển Khai Thực Hiện và Nâng Cao chất lượng; Ban Chỉ Đạo giao Tổ Chức hội nghị.'), [
    'Triển Khai → triển khai',
    'Thực Hiện → thực hiện',
    'Nâng Cao → nâng cao',
    'Chỉ Đạo → Chỉ đạo',
    'Tổ Chức → Tổ chức',
  ]);
  assert.deepEqual(found('## 2. Kết Quả Thực Hiện'), ['Kết Quả → Kết quả', 'Thực Hiện → Thực hiện']);
});

test('common words: names (Thành Công, Hòa Bình), correct forms and words in capitals are left alone', () => {
  assert.deepEqual(found('Ông Nguyễn Thành Công, tỉnh Hòa Bình, Kế hoạch triển khai, TRIỂN KHAI THỰC HIỆN, Trung tâm Chuyển đổi số.'), []);
});

test('tables, code and the front matter are not read', () => {
  assert.deepEqual(found('| kết quả | Triển Khai |\n|---|---|\n| sở nội vụ | x |\n\n```\nnghị định số 30/2020/NĐ-CP\n```'), []);
});

test('severity override and off', () => {
  const text = doc('Gửi sở nội vụ.');
  assert.equal(check(text, RULES, { severity: { 'style.capitalization': 'hint' } })[0].severity, 'hint');
  assert.deepEqual(check(text, RULES, { severity: { 'style.capitalization': 'off' } }), []);
});

test('the data: every rule names its place in Appendix II; names are written with the decree\'s capitals and listed once', () => {
  for (const r of Object.values(CAPITAL_RULES)) {
    assert.match(r.source.vi, /^Nghị định 30\/2020\/NĐ-CP, Phụ lục II/);
    assert.match(r.source.en, /^Decree 30\/2020\/NĐ-CP, Appendix II/);
  }
  for (const list of [AGENCY_NAMES, TITLES, PROVINCES, COMMON_WORDS.map((w) => w.word)]) assert.equal(new Set(list).size, list.length);
  for (const n of [...AGENCY_NAMES, ...TITLES, ...PROVINCES]) assert.match(n, /^\p{Lu}/u, n);
  for (const w of COMMON_WORDS) assert.match(w.word, /^\p{Ll}+ \p{Ll}+$/u, w.word);
  assert.ok(AGENCY_NAMES.includes('Ban Chấp hành Trung ương') && AGENCY_NAMES.includes('Sở Khoa học và Công nghệ') && AGENCY_NAMES.includes('Ủy ban nhân dân'));
});

test('a line scanned before (in another document, at another place, or opening another block) gives its own findings at its own place', () => {
  const line = 'các đơn vị đã Triển Khai kế hoạch.';
  const a = found(line);
  assert.deepEqual(a, ['các → Các', 'Triển Khai → triển khai']);
  assert.deepEqual(found(`Mở đầu.\n\n${line}`), a);
  assert.deepEqual(found(`- ${line}`), a);
  // The same text as a continuation line opens no sentence.
  assert.deepEqual(found(`Mở đầu\n${line}`), ['Triển Khai → triển khai']);
});

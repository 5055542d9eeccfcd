import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, check, frontMatter, service, TEST_URI } from '../../../../test/support/structure-testkit';
import { styleAbbreviation } from './style-abbreviation';
import { resolveSettings } from '../settings';
import { ABBREVIATIONS } from '../data/abbreviations';

const RULES = [styleAbbreviation];
const doc = (body: string) => `${frontMatter()}\n${body}\n`;
function spans(text: string, settings = {}): string[] {
  const lines = text.split('\n');
  return check(text, RULES, settings).map((d) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character));
}

test('an abbreviation used before its definition: information on the first use, naming the definition; the fix spells it out there and leaves the abbreviation at the definition', () => {
  const text = doc('Năm 2025, Sở rà soát 45 TTHC thuộc thẩm quyền.\n\nViệc đơn giản hóa thủ tục hành chính (TTHC) được đẩy mạnh; các TTHC còn lại được công bố./.');
  const ds = check(text, RULES);
  assert.equal(ds.length, 1);
  assert.equal(ds[0].severity, 'information');
  assert.equal(ds[0].range.start.line, 15);
  assert.match(ds[0].message, /"TTHC" được dùng trước khi viết đầy đủ \(dòng 18: "thủ tục hành chính \(TTHC\)"\)/);
  const fix = ds[0].fixes![0];
  assert.equal(fix.fixAll, true);
  assert.match(fix.title, /Viết đầy đủ ở lần dùng đầu: "thủ tục hành chính \(TTHC\)"/);
  const fixed = applyEdits(text, fix.edits);
  assert.match(fixed, /rà soát 45 thủ tục hành chính \(TTHC\) thuộc/);
  assert.match(fixed, /Việc đơn giản hóa TTHC được đẩy mạnh/);
  assert.deepEqual(check(fixed, RULES), []);
});

test('a definition with & and connectors is read from the initials (KH&CN: khoa học và công nghệ), also at a sentence start', () => {
  const text = doc('KH&CN là động lực phát triển.\n\nNgân sách cho khoa học và công nghệ (KH&CN) tăng./.');
  const ds = check(text, RULES);
  assert.equal(ds.length, 1);
  const fixed = applyEdits(text, ds[0].fixes![0].edits);
  assert.match(fixed, /Khoa học và công nghệ \(KH&CN\) là động lực/);
  assert.match(fixed, /Ngân sách cho KH&CN tăng/);
});

test('an abbreviation never spelled out: the table offers its expansion (not in fix-all); an unknown one is named with how to define it', () => {
  const text = doc('Đẩy mạnh ứng dụng CNTT và số hóa hồ sơ của HTQL trong cơ quan./.');
  const ds = check(text, RULES);
  assert.deepEqual(spans(text), ['CNTT', 'HTQL']);
  assert.match(ds[0].message, /"CNTT" chưa được viết đầy đủ lần nào. Ở lần dùng đầu viết "công nghệ thông tin \(CNTT\)"/);
  assert.equal(ds[0].fixes![0].fixAll, undefined);
  assert.match(applyEdits(text, ds[0].fixes![0].edits), /ứng dụng công nghệ thông tin \(CNTT\) và/);
  assert.match(ds[1].message, /"HTQL" chưa được viết đầy đủ lần nào.*"… \(HTQL\)".*abbreviations/);
  assert.deepEqual(ds[1].fixes, []);
});

test('only the first use is reported; a definition first is fine; a bracket that ends with it defines it ("sau đây gọi tắt là")', () => {
  assert.deepEqual(spans(doc('Dùng TTHC, rồi TTHC, rồi TTHC.')), ['TTHC']);
  assert.deepEqual(check(doc('Cải cách hành chính (CCHC) là nhiệm vụ trọng tâm; CCHC gắn với chuyển đổi số.'), RULES), []);
  assert.deepEqual(check(doc('Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là TTPVHCC) tiếp nhận hồ sơ; TTPVHCC trả kết quả.'), RULES), []);
  assert.deepEqual(check(doc('Sở Tài chính tỉnh Quảng Ngãi (Sở TC) phối hợp; Sở TC chủ trì.'), RULES), []);
});

test('the usual ones, the document\'s own symbol, citations and symbols, Roman numerals and words in capitals are never findings', () => {
  const text = doc(
    'UBND tỉnh, HĐND tỉnh, Ủy ban MTTQ, các ĐBQH, tình hình KT-XH, chế độ BHXH, BHYT và hợp tác với ASEAN, WTO.\n\n' +
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND tỉnh và Quyết định số 35/QĐ-SKHCN; văn bản của SKHCN.\n\n' +
      'Nội dung tại Mục II, Phần IV của Nghị quyết Đại hội XX; đề nghị KHẨN TRƯƠNG thực hiện, CHO Ý KIẾN trước ngày 15.\n\n' +
      '# I. KẾT QUẢ THỰC HIỆN TTHC NĂM 2025\n\nBÁO CÁO VIÊN TTHC CẤP TỈNH',
  );
  assert.deepEqual(check(text, RULES), []);
});

test('dotted abbreviations and mixed-case codes are not candidates (TP.HCM, ThS, TTg)', () => {
  assert.deepEqual(check(doc('Họp tại TP.HCM với ThS. Lê Văn Ba theo ý kiến của TTg.'), RULES), []);
});

test('tables, code and the front matter are not read', () => {
  assert.deepEqual(check(doc('| STT | ĐVT |\n|---|---|\n| 1 | HSCV |\n\n```\nXYZW\n```'), RULES), []);
});

test('.vbhc.yaml abbreviations (a map or a list) are exempt; other values are ignored', () => {
  const text = doc('Hệ thống HSCV và QLVB vận hành ổn định.');
  assert.deepEqual(spans(text), ['HSCV', 'QLVB']);
  assert.deepEqual(spans(text, { abbreviations: { HSCV: 'hồ sơ công việc' } }), ['QLVB']);
  assert.deepEqual(resolveSettings({ abbreviations: ['HSCV', 'QLVB', 3] }).abbreviations, { HSCV: '', QLVB: '' });
  assert.deepEqual(resolveSettings({ abbreviations: { HSCV: 'hồ sơ công việc', X: 5 } }).abbreviations, { HSCV: 'hồ sơ công việc', X: '' });
  assert.deepEqual(resolveSettings({ abbreviations: 'HSCV' }).abbreviations, {});
  const ls = service(text, RULES, { abbreviations: { HSCV: '', QLVB: '' } });
  assert.deepEqual(ls.getDiagnostics(TEST_URI), []);
});

test('severity override and off', () => {
  const text = doc('Ứng dụng CNTT.');
  assert.equal(check(text, RULES, { severity: { 'style.abbreviation': 'warning' } })[0].severity, 'warning');
  assert.deepEqual(check(text, RULES, { severity: { 'style.abbreviation': 'off' } }), []);
});

test('the table: every entry is an abbreviation the rule would read as one, with an expansion, listed once', () => {
  const seen = new Set<string>();
  for (const a of ABBREVIATIONS) {
    assert.ok(!seen.has(a.abbr), a.abbr);
    seen.add(a.abbr);
    assert.ok(a.expansion.length > 2, a.abbr);
    assert.match(a.abbr, /^\p{Lu}[\p{Lu}&-]*\p{Lu}$/u, a.abbr);
  }
  for (const a of ['UBND', 'HĐND', 'MTTQ', 'ĐBQH', 'KT-XH']) assert.equal(ABBREVIATIONS.find((x) => x.abbr === a)?.usual, true, a);
});

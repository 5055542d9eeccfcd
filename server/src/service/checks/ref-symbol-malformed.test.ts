import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, check, frontMatter } from '../../../../test/support/structure-testkit';
import { refSymbolMalformed } from './ref-symbol-malformed';

const RULES = [refSymbolMalformed];
const at = (text: string, d: { range: { start: { line: number; character: number }; end: { character: number } } }) =>
  text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character);

test('a Party conclusion written with the state separator (01/KL/TW) fires and is rewritten 01-KL/TW', () => {
  const text = `${frontMatter()}\nThực hiện Kết luận số 01/KL/TW ngày 18/5/2021./.\n`;
  const ds = check(text, RULES);
  assert.equal(ds.length, 1);
  assert.equal(at(text, ds[0]), '01/KL/TW');
  assert.match(ds[0].message, /Ký hiệu "01\/KL\/TW" sai dạng: trộn dấu phân cách.*Viết "01-KL\/TW"/);
  assert.match(applyEdits(text, ds[0].fixes![0].edits), /Kết luận số 01-KL\/TW ngày/);
});

test('218-QĐ-TW is rewritten 218-QĐ/TW; a state symbol with a Party issuer goes to the Party form', () => {
  const text = `${frontMatter()}\nQuyết định số 218-QĐ-TW; Chỉ thị số 08/CT-TU./.\n`;
  const ds = check(text, RULES);
  assert.deepEqual(ds.map((d) => (d.data as { suggestion: string }).suggestion), ['218-QĐ/TW', '08-CT/TU']);
});

test('a lower-case type code (77-Kl/TU) fires and the fix upper-cases it, safe for fix-all', () => {
  const text = `${frontMatter()}\nKết luận số 77-Kl/TU ngày 01/3/2024./.\n`;
  const [d] = check(text, RULES, { lang: 'en' });
  assert.match(d.message, /the type code "Kl" must be in capitals\. Write "77-KL\/TU"/);
  assert.equal(d.fixes![0].fixAll, true);
  assert.match(applyEdits(text, d.fixes![0].edits), /77-KL\/TU/);
});

test('a symbol after a type name that fits no family fires without a fix', () => {
  const text = `${frontMatter()}\nKế hoạch số 12/KH./.\n`;
  const [d] = check(text, RULES);
  assert.match(d.message, /không theo dạng nào/);
  assert.equal(d.fixes, undefined);
});

test('well-formed symbols of every family, CTr and TTr codes do not fire', () => {
  const text = `${frontMatter()}\nNghị định số 30/2020/NĐ-CP, Luật số 10/2022/QH15, Chỉ thị số 33/CT-TTg, Công văn số 1119/SNV-XDCQ, Kết luận số 114-KL/TW, Chương trình số 5/CTr-UBND, Tờ trình số 7/TTr-SKHCN./.\n`;
  assert.deepEqual(check(text, RULES), []);
});

test('a type code glued to the issuer after a non-Công-văn type fires on the symbol, and the fix puts the "-" in', () => {
  const text = `${frontMatter()}\nThực hiện Chỉ thị số 27/CTTg ngày 15/7/2024 và Quyết định số 12/QĐUBND của UBND tỉnh./.\n`;
  const ds = check(text, RULES);
  assert.deepEqual(ds.map((d) => at(text, d)), ['27/CTTg', '12/QĐUBND']);
  assert.match(ds[0].message, /Ký hiệu "27\/CTTg" sai dạng: mã loại văn bản "CT" viết liền với mã cơ quan "TTg"; giữa hai mã phải có dấu "-"\. Viết "27\/CT-TTg"\./);
  assert.equal(ds[0].fixes![0].fixAll, false);
  assert.match(applyEdits(text, [...ds[0].fixes![0].edits, ...ds[1].fixes![0].edits]), /Chỉ thị số 27\/CT-TTg ngày 15\/7\/2024 và Quyết định số 12\/QĐ-UBND của/);
  const [en] = check(text, RULES, { lang: 'en' });
  assert.match(en.message, /the type code "CT" is run together with the issuer code "TTg"; a "-" goes between them\. Write "27\/CT-TTg"/);
});

test('a correct 27/CT-TTg, a Công văn 8/CTTg and a glued code the type does not carry give no malformed symbol', () => {
  const text = `${frontMatter()}\nChỉ thị số 27/CT-TTg ngày 15/7/2024; Công văn số 8/CTTg; Kế hoạch số 11/KHXYZ-VP; Thông tư số 12/TTCP-VP./.\n`;
  assert.deepEqual(check(text, RULES), []);
});

test('a stray space inside a symbol: one finding quoting the whole broken text, and the fix takes the space out (safe for fix-all)', () => {
  const text = `${frontMatter()}\nTheo Kế hoạch số 75/KH- UBND ngày 02/4/2025 và Kế hoạch số 76 /KH-UBND./.\n`;
  const ds = check(text, RULES);
  assert.deepEqual(ds.map((d) => at(text, d)), ['75/KH- UBND', '76 /KH-UBND']);
  assert.match(ds[0].message, /Ký hiệu "75\/KH- UBND" sai dạng: có dấu cách thừa bên trong ký hiệu.*Viết "75\/KH-UBND"\./);
  assert.equal(ds[0].fixes![0].fixAll, true);
  assert.match(applyEdits(text, [...ds[0].fixes![0].edits, ...ds[1].fixes![0].edits]), /Kế hoạch số 75\/KH-UBND ngày 02\/4\/2025 và Kế hoạch số 76\/KH-UBND\./);
});

test('a symbol followed by a dash with spaces on both sides is not a spaced symbol', () => {
  const text = `${frontMatter()}\nKế hoạch số 75/KH-UBND - Sở Nội vụ chủ trì; Quyết định số 13/QĐ-UBND- ngày 5 tháng này./.\n`;
  assert.deepEqual(check(text, RULES), []);
});

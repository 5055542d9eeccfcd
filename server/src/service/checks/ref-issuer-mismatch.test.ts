import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, frontMatter } from '../../../../test/support/structure-testkit';
import { refIssuerMismatch } from './ref-issuer-mismatch';

const RULES = [refIssuerMismatch];

test('33/CT-TTg of the Politburo fires at the issuer, naming the code and the body', () => {
  const text = `${frontMatter()}\nChỉ thị số 33/CT-TTg ngày 26/11/2021 của Bộ Chính trị về công tác dân vận./.\n`;
  const [d, ...rest] = check(text, RULES);
  assert.equal(rest.length, 0);
  assert.equal(text.split('\n')[15].slice(d.range.start.character, d.range.end.character), 'Bộ Chính trị');
  assert.match(d.message, /"33\/CT-TTg" mang mã cơ quan "TTg" \(Thủ tướng Chính phủ\) nhưng được dẫn là "của Bộ Chính trị"/);
});

test('matching issuers, abbreviations (UBND tỉnh, HĐND tỉnh), Party bodies and unknown bodies do not fire', () => {
  const text = `${frontMatter()}\nChỉ thị số 33/CT-TTg của Thủ tướng Chính phủ; Kết luận số 114-KL/TW của Ban Bí thư; Quyết định số 835/QĐ-UBND của UBND tỉnh; Nghị quyết số 93/NQ-HĐND của HĐND tỉnh; Nghị quyết số 04-NQ/TU của Hội nghị Tỉnh ủy lần thứ 5; Kế hoạch số 204-KH/BDVTU-BCSĐUBND của Ban Dân vận Tỉnh ủy; Kế hoạch số 5/KH-XYZ của Bộ Công an; Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội./.\n`;
  assert.deepEqual(check(text, RULES), []);
});

test('a glued symbol is checked as the symbol meant: 27/CTTg of the Politburo fires', () => {
  const text = `${frontMatter()}\nChỉ thị số 27/CTTg ngày 15/7/2024 của Bộ Chính trị./.\n`;
  const [d, ...rest] = check(text, RULES);
  assert.equal(rest.length, 0);
  assert.match(d.message, /"27\/CTTg" mang mã cơ quan "TTg" \(Thủ tướng Chính phủ\)/);
});

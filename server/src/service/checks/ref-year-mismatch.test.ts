import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, frontMatter } from '../../../../test/support/structure-testkit';
import { refYearMismatch } from './ref-year-mismatch';

const RULES = [refYearMismatch];

test('a decree numbered 2020 cited with a 2021 date fires, naming both years', () => {
  const [d, ...rest] = check(`${frontMatter()}\nNghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ./.\n`, RULES);
  assert.equal(rest.length, 0);
  assert.match(d.message, /Ký hiệu "30\/2020\/NĐ-CP" mang năm 2020 nhưng ngày ban hành là "05\/3\/2021" \(năm 2021\)/);
});

test('a law with the right year, a long-form date and non-QPPL symbols do not fire', () => {
  const text = `${frontMatter()}\nLuật số 10/2022/QH15 ngày 10 tháng 11 năm 2022; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020; Chỉ thị số 33/CT-TTg ngày 26/11/2021./.\n`;
  assert.deepEqual(check(text, RULES), []);
});

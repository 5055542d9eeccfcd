import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, check, frontMatter } from './structure-testkit';
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

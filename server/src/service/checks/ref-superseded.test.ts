import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, check, frontMatter } from '../../../../test/support/structure-testkit';
import { refSuperseded } from './ref-superseded';

const RULES = [refSuperseded];

test('Decree 110/2004 (replaced by Decree 30/2020 in the built-in catalog) is information, and the fix cites the replacement in full', () => {
  const text = `${frontMatter()}\nThực hiện Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư./.\n`;
  const [d, ...rest] = check(text, RULES);
  assert.equal(rest.length, 0);
  assert.equal(d.severity, 'information');
  assert.match(d.message, /"110\/2004\/NĐ-CP" đã được thay thế bởi Nghị định số 30\/2020\/NĐ-CP ngày 05\/3\/2020 \(theo danh mục có sẵn\)/);
  const fixed = applyEdits(text, d.fixes![0].edits);
  assert.match(fixed, /Thực hiện Nghị định số 30\/2020\/NĐ-CP ngày 05\/3\/2020 của Chính phủ về công tác văn thư\.\/\./);
});

test('documents in force and documents the catalogs do not know do not fire', () => {
  const text = `${frontMatter()}\nNghị định số 30/2020/NĐ-CP; Chỉ thị số 33/CT-TTg; Kế hoạch số 99/KH-UBND./.\n`;
  assert.deepEqual(check(text, RULES), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, check, frontMatter } from '../../../../test/support/structure-testkit';
import { refDateAfterDocument } from './ref-date-after-document';

const RULES = [refDateAfterDocument];

test('a plan dated after the report that cites it fires at its date', () => {
  const ds = check(`${frontMatter('BC', '2025-05-30')}\nThực hiện Kế hoạch số 12/KH-UBND ngày 12/6/2025 của UBND tỉnh./.\n`, RULES);
  assert.deepEqual(brief(ds), ['16:ref.date-after-document']);
  assert.match(ds[0].message, /"12\/KH-UBND" được trích dẫn với ngày 12\/6\/2025, sau ngày của văn bản này \(30\/5\/2025\)/);
});

test('the same day, earlier dates, and a month-only document date in the same month do not fire', () => {
  assert.deepEqual(check(`${frontMatter('BC', '2025-05-30')}\nKế hoạch số 12/KH-UBND ngày 30/5/2025; Chỉ thị số 33/CT-TTg ngày 26/11/2021./.\n`, RULES), []);
  assert.deepEqual(check(`${frontMatter('BC', '2025-05')}\nKế hoạch số 12/KH-UBND ngày 31/5/2025./.\n`, RULES), []);
});

test('with a month-only document date, a later month fires', () => {
  assert.equal(check(`${frontMatter('BC', '2025-05')}\nKế hoạch số 12/KH-UBND ngày 01/6/2025./.\n`, RULES).length, 1);
});

test('a joint document without "số" and a glued symbol dated after the document fire', () => {
  const text = `${frontMatter('BC', '2025-05-30')}\nQuy chế phối hợp 49/QCPH-UBND-UBMT-HCTĐ ngày 10/6/2025; Chỉ thị số 27/CTTg ngày 15/7/2025./.\n`;
  assert.deepEqual(check(text, RULES).map((d) => (d.data as { symbol: string }).symbol), ['49/QCPH-UBND-UBMT-HCTĐ', '27/CTTg']);
});

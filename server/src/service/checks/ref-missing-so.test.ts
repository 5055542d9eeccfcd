import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, brief, check, frontMatter } from '../../../../test/support/structure-testkit';
import { refMissingSo } from './ref-missing-so';

const RULES = [refMissingSo];

test('a type name followed directly by the number is a hint naming the citation, and the fix adds "số"', () => {
  const text = `${frontMatter()}\nThực hiện Kế hoạch 106/KH-SKHCN ngày 12/3/2025./.\n`;
  const ds = check(text, RULES);
  assert.deepEqual(brief(ds), ['16:ref.missing-so']);
  assert.equal(ds[0].severity, 'hint');
  const line = text.split('\n')[15];
  assert.equal(line.slice(ds[0].range.start.character, ds[0].range.end.character), 'Kế hoạch 106/KH-SKHCN');
  assert.match(ds[0].message, /"Kế hoạch 106\/KH-SKHCN" thiếu chữ "số"/);
  assert.match(applyEdits(text, ds[0].fixes![0].edits), /Kế hoạch số 106\/KH-SKHCN ngày/);
  assert.equal(ds[0].fixes![0].fixAll, true);
});

test('citations with "số", bare symbols and the generic "văn bản" do not fire', () => {
  const text = `${frontMatter()}\nKế hoạch số 106/KH-SKHCN; theo 33/CT-TTg; Văn bản 12/UBND-VX./.\n`;
  assert.deepEqual(check(text, RULES), []);
});

test('two in one line both fire (Kế hoạch and Công văn)', () => {
  const text = `${frontMatter()}\nThực hiện Kế hoạch 34/KH-UBND ngày 27/2/2025, Sở đã có Công văn 335/SKHCN-VP ngày 31/3/2025./.\n`;
  assert.deepEqual(brief(check(text, RULES)), ['16:ref.missing-so', '16:ref.missing-so']);
});

test('a qualified type name without "số" is a hint on the whole phrase, and the fix adds "số" before the number', () => {
  const text = `${frontMatter()}\nCăn cứ Quy chế phối hợp 49/QCPH-UBND-UBMT-HCTĐ và Kế hoạch liên tịch 15/KHLT-SYT-SGDĐT./.\n`;
  const ds = check(text, RULES);
  assert.deepEqual(brief(ds), ['16:ref.missing-so', '16:ref.missing-so']);
  const line = text.split('\n')[15];
  assert.equal(line.slice(ds[0].range.start.character, ds[0].range.end.character), 'Quy chế phối hợp 49/QCPH-UBND-UBMT-HCTĐ');
  assert.match(ds[0].message, /viết "Quy chế phối hợp số 49\/QCPH-UBND-UBMT-HCTĐ"/);
  assert.match(applyEdits(text, [...ds[0].fixes![0].edits, ...ds[1].fixes![0].edits]), /Quy chế phối hợp số 49\/QCPH-UBND-UBMT-HCTĐ và Kế hoạch liên tịch số 15\/KHLT/);
});

test('qualified names with "số" do not fire', () => {
  assert.deepEqual(check(`${frontMatter()}\nChương trình hành động số 21/CTr-UBND; Hướng dẫn liên tịch số 03/HDLT-STC-SNV./.\n`, RULES), []);
});

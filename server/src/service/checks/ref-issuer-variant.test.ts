import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, check, frontMatter } from '../../../../test/support/structure-testkit';
import { refIssuerVariant } from './ref-issuer-variant';

const RULES = [refIssuerVariant];

test('08/KH-SKHCHN in a document of SKHCN fires on the code and the fix writes SKHCN', () => {
  const text = `${frontMatter()}\nThực hiện Kế hoạch số 08/KH-SKHCHN ngày 02/01/2025./.\n`;
  const [d, ...rest] = check(text, RULES);
  assert.equal(rest.length, 0);
  assert.equal(text.split('\n')[15].slice(d.range.start.character, d.range.end.character), 'SKHCHN');
  assert.match(d.message, /Mã cơ quan "SKHCHN" trong "08\/KH-SKHCHN" gần giống mã của cơ quan soạn "SKHCN" \(thừa 1 ký tự\): có lẽ gõ nhầm\. Nếu là văn bản của chính cơ quan, viết "SKHCN"\./);
  assert.match(applyEdits(text, d.fixes![0].edits), /08\/KH-SKHCN ngày/);
});

test('the own code, known agencies one or two edits away (SKHĐT), short codes and distant codes do not fire', () => {
  const text = `${frontMatter()}\nKế hoạch số 1/KH-SKHCN; Kế hoạch số 2/KH-SKHĐT; Chỉ thị số 3-CT/TU; Kế hoạch số 4/KH-UBND; Công văn số 5/SNV-VP./.\n`;
  assert.deepEqual(check(text, RULES), []);
});

test('the dialect example: 08/KH-SKHCHN in a document whose ky_hieu is SKHHCN (two letters swapped) fires, in English too', () => {
  const text = `${frontMatter()}\nKế hoạch số 08/KH-SKHCHN./.\n`.replace('ky_hieu: SKHCN', 'ky_hieu: SKHHCN');
  const [d] = check(text, RULES, { lang: 'en' });
  assert.match(d.message, /The issuer code "SKHCHN" in "08\/KH-SKHCHN" is close to this agency's own code "SKHHCN" \(2 letters differ\)/);
  // Two swapped letters are two letters that differ, as a reader counts them.
  assert.match(check(text, RULES)[0].message, /\(khác 2 ký tự\)/);
  // A letter missing, and one changed.
  const missing = `${frontMatter()}\nKế hoạch số 08/KH-SKHN./.\n`;
  assert.match(check(missing, RULES)[0].message, /gần giống mã của cơ quan soạn "SKHCN" \(thiếu 1 ký tự\)/);
  const changed = `${frontMatter()}\nKế hoạch số 08/KH-SKHCM./.\n`;
  assert.match(check(changed, RULES)[0].message, /\(khác 1 ký tự\)/);
});

test('a type code glued to the own code (12/QĐUBND) is no issuer variant, with or without a type name before it', () => {
  const text = `${frontMatter()}\nQuyết định số 12/QĐUBND; theo số 13/QĐUBND; số 14/KHSKHCN./.\n`.replace('ky_hieu: SKHCN', 'ky_hieu: UBND');
  assert.deepEqual(check(text, RULES), []);
  const own = `${frontMatter()}\nsố 15/KHSKHCN-VP./.\n`;
  assert.deepEqual(check(own, RULES), []);
});

test('an issuer variant inside a spaced symbol is found where it is written', () => {
  const text = `${frontMatter()}\nKế hoạch số 08/KH- SKHCHN ngày 02/01/2025./.\n`;
  const [d, ...rest] = check(text, RULES);
  assert.equal(rest.length, 0);
  assert.equal(text.split('\n')[15].slice(d.range.start.character, d.range.end.character), 'SKHCHN');
});

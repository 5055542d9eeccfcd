import { test } from 'node:test';
import assert from 'node:assert/strict';
import { structureNumberingGap } from './structure-numbering-gap';
import { structureNumberingDuplicate } from './structure-numbering-duplicate';
import { structureNumberingStyle } from './structure-numbering-style';
import { applyEdits, brief, check, frontMatter, headingLines, service, TEST_URI } from '../../../../test/support/structure-testkit';

const LABEL_RULES = [structureNumberingGap, structureNumberingDuplicate, structureNumberingStyle];
const FM = frontMatter();
/** Line of the first body line (the blank after the front matter). */
const L = FM.split('\n').length;

const doc = (...headings: string[]) => `${FM}\n${headings.map((h) => `${h}\n\nNội dung.\n`).join('\n')}\nHết./.\n`;

test('I then III fires on III, naming the previous label and the right one', () => {
  const text = doc('# I. MỘT', '# III. HAI');
  const ds = check(text, LABEL_RULES);
  assert.deepEqual(brief(ds), [`${L + 5}:structure.numbering-gap`]);
  assert.match(ds[0].message, /sau mục "I\." \(dòng \d+\) là mục "III\."/);
  assert.match(ds[0].message, /Số đúng là "II\."/);
  assert.deepEqual(headingLines(applyEdits(text, ds[0].fixes![0].edits)), ['# I. MỘT', '# II. HAI']);
});

test('a first label that is not 1 fires', () => {
  const ds = check(doc('# II. MỘT', '# III. HAI'), LABEL_RULES);
  assert.deepEqual(brief(ds), [`${L + 1}:structure.numbering-gap`]);
  assert.match(ds[0].message, /mục đầu tiên/);
});

test('1 then 3 fires, and the renumbering carries decimal children along', () => {
  const text = doc('# I. KẾT QUẢ', '## 1. Một', '## 3. Ba', '### 3.1. Ba một', '### 3.2. Ba hai');
  const ds = check(text, LABEL_RULES);
  assert.deepEqual(brief(ds), [`${L + 9}:structure.numbering-gap`]);
  assert.deepEqual(headingLines(applyEdits(text, ds[0].fixes![0].edits)), ['# I. KẾT QUẢ', '## 1. Một', '## 2. Ba', '### 2.1. Ba một', '### 2.2. Ba hai']);
});

test('letters skipping đ fire: d) then e)', () => {
  const text = doc('# I. A', '## 1. B', '### a) a', '### b) b', '### c) c', '### d) d', '### e) e');
  const ds = check(text, LABEL_RULES);
  assert.equal(ds.length, 1);
  assert.equal(ds[0].code, 'structure.numbering-gap');
  assert.match(ds[0].message, /"e\)"/);
  assert.match(ds[0].message, /"đ\)"/);
});

test('a decimal label that does not continue its parent fires and is renumbered under the parent', () => {
  const text = doc('# I. A', '## 1. B', '## 2. C', '### 1.1. C một', '### 1.2. C hai');
  const ds = check(text, LABEL_RULES);
  assert.deepEqual(ds.map((d) => d.code), ['structure.numbering-gap', 'structure.numbering-gap']);
  assert.match(ds[0].message, /nằm trong mục "2\." nên phải đánh số dạng "2\.1\."/);
  const fixed = applyEdits(text, service(text, LABEL_RULES).getFixAllEdits(TEST_URI));
  assert.deepEqual(headingLines(fixed), ['# I. A', '## 1. B', '## 2. C', '### 2.1. C một', '### 2.2. C hai']);
});

test('labels out of order fire', () => {
  const ds = check(doc('# I. A', '# III. B', '# II. C'), LABEL_RULES);
  assert.equal(ds.length, 2);
  assert.match(ds[0].message, /^Đánh số bị nhảy: sau mục "I\."/);
  assert.match(ds[1].message, /^Đánh số không theo thứ tự: mục "II\." đứng sau mục "III\."/);
});

test('fix all renumbers a group with two problems once, and nested groups with it', () => {
  const text = doc('# I. A', '# III. B', '## 1. x', '## 3. y', '# V. C');
  const ls = service(text, LABEL_RULES);
  const ds = ls.getDiagnostics(TEST_URI);
  assert.equal(ds.filter((d) => d.fixes?.some((f) => f.fixAll)).length, 1);
  const fixed = applyEdits(text, ls.getFixAllEdits(TEST_URI));
  assert.deepEqual(headingLines(fixed), ['# I. A', '# II. B', '## 1. x', '## 2. y', '# III. C']);
  assert.deepEqual(check(fixed, LABEL_RULES), []);
});

test('separate groups each carry their own fix-all renumbering', () => {
  const text = doc('# I. A', '## 1. x', '## 3. y', '# II. B', '## 2. z');
  const ls = service(text, LABEL_RULES);
  const fixed = applyEdits(text, ls.getFixAllEdits(TEST_URI));
  assert.deepEqual(headingLines(fixed), ['# I. A', '## 1. x', '## 2. y', '# II. B', '## 1. z']);
});

test('when the gap rule is off, the duplicate in the same group carries the fix-all', () => {
  const text = doc('# I. A', '# III. B', '# III. C');
  const ls = service(text, LABEL_RULES, { severity: { 'structure.numbering-gap': 'off' } });
  assert.deepEqual(brief(ls.getDiagnostics(TEST_URI)).map((b) => b.split(':')[1]), ['structure.numbering-duplicate']);
  assert.deepEqual(headingLines(applyEdits(text, ls.getFixAllEdits(TEST_URI))), ['# I. A', '# II. B', '# III. C']);
});

test('well-numbered headings, unlabelled headings and restarts under a new parent do not fire', () => {
  const text = doc('# I. A', '## 1. x', '### 1.1. p', '### 1.2. q', '## 2. y', '### a) r', '### b) s', '# PHỤ LỤC', '# II. B', '## 1. z', '#### ghi chú');
  assert.deepEqual(check(text, LABEL_RULES), []);
});

test('ordered-list paragraphs numbered 1. 3. are prose, not headings', () => {
  const text = `${FM}\n# I. A\n\n1. Một.\n\n3. Ba./.\n`;
  assert.deepEqual(check(text, LABEL_RULES), []);
});

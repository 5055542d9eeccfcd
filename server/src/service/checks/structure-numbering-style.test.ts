import { test } from 'node:test';
import assert from 'node:assert/strict';
import { structureNumberingGap } from './structure-numbering-gap';
import { structureNumberingDuplicate } from './structure-numbering-duplicate';
import { structureNumberingStyle } from './structure-numbering-style';
import { applyEdits, brief, check, frontMatter, headingLines, service, TEST_URI } from '../../../../test/support/structure-testkit';

const LABEL_RULES = [structureNumberingGap, structureNumberingDuplicate, structureNumberingStyle];
const doc = (...headings: string[]) => `${frontMatter()}\n${headings.map((h) => `${h}\n\nNội dung.\n`).join('\n')}\nHết./.\n`;

test('a Roman label at level 2 fires and the fix changes only the label to the Arabic style', () => {
  const text = doc('# I. KẾT QUẢ', '## 1. Một', '## II. Hai');
  const ds = check(text, LABEL_RULES);
  assert.deepEqual(ds.map((d) => d.code), ['structure.numbering-style']);
  assert.match(ds[0].message, /Mục "II\." là tiêu đề cấp 2 \("##"\) nhưng đánh số kiểu số La Mã/);
  assert.match(ds[0].message, /Đổi thành "2\."/);
  const fix = ds[0].fixes![0];
  assert.equal(fix.title, 'Đổi "II." thành "2."');
  assert.equal(applyEdits(text, fix.edits), text.replace('## II. Hai', '## 2. Hai'));
});

test('an Arabic label at level 1 fires, in English too', () => {
  const ds = check(doc('# 1. KẾT QUẢ'), LABEL_RULES, { lang: 'en' });
  assert.deepEqual(ds.map((d) => d.code), ['structure.numbering-style']);
  assert.match(ds[0].message, /level-1 heading \("#"\) but uses Arabic numbers.*Change it to "I\."/);
});

test('a Roman label at level 3 fires with the sibling style as target', () => {
  const ds = check(doc('# I. A', '## 1. B', '### a) c', '### II. d'), LABEL_RULES);
  assert.deepEqual(ds.map((d) => d.code), ['structure.numbering-style']);
  assert.match(ds[0].message, /Đổi thành "b\)"/);
});

test('mixing 1.1. and b) among siblings fires on the odd one', () => {
  const ds = check(doc('# I. A', '## 1. B', '### 1.1. c', '### b) d'), LABEL_RULES);
  assert.deepEqual(ds.map((d) => d.code), ['structure.numbering-style']);
  assert.match(ds[0].message, /không thống nhất/);
  assert.match(ds[0].message, /"1\.2\."/);
});

test('letters f, j, w, z are not in the sequence', () => {
  const ds = check(doc('# I. A', '## 1. B', '### a) a', '### b) b', '### c) c', '### d) d', '### đ) đ', '### e) e', '### f) f'), LABEL_RULES);
  assert.deepEqual(ds.map((d) => d.code), ['structure.numbering-style']);
  assert.match(ds[0].message, /không dùng f, j, w, z/);
  assert.match(ds[0].message, /"g\)"/);
});

test('fix all restyles a wrong label once', () => {
  const text = doc('# I. A', '## 1. x', '## II. y', '# II. B');
  const fixed = applyEdits(text, service(text, LABEL_RULES).getFixAllEdits(TEST_URI));
  assert.deepEqual(headingLines(fixed), ['# I. A', '## 1. x', '## 2. y', '# II. B']);
});

test('every style the dialect allows passes: a) or 1.1. at level 3, a) or 1.1.1. at level 4, anything deeper', () => {
  const text = doc('# I. A', '## 1. B', '### 1.1. c', '#### a) d', '#### b) e', '### 1.2. f', '#### 1.2.1. g', '##### tự do', '## 2. H', '### a) i', '### b) k');
  assert.deepEqual(brief(check(text, LABEL_RULES)), []);
});

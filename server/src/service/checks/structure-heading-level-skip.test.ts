import { test } from 'node:test';
import assert from 'node:assert/strict';
import { structureHeadingLevelSkip } from './structure-heading-level-skip';
import { applyEdits, check, frontMatter } from '../../../../test/support/structure-testkit';

const RULES = [structureHeadingLevelSkip];
const doc = (...headings: string[]) => `${frontMatter()}\n${headings.map((h) => `${h}\n\nNội dung.\n`).join('\n')}\nHết./.\n`;

test('### directly under # fires on the heading, quoting both headings', () => {
  const text = doc('# I. KẾT QUẢ', '### a) Cải cách thủ tục hành chính');
  const ds = check(text, RULES);
  assert.equal(ds.length, 1);
  assert.equal(ds[0].code, 'structure.heading-level-skip');
  const line = text.split('\n')[ds[0].range.start.line];
  assert.equal(line, '### a) Cải cách thủ tục hành chính');
  assert.equal(ds[0].range.start.character, 0);
  assert.match(ds[0].message, /"### a\) Cải cách thủ tục hành chính" \(cấp 3\) nằm ngay dưới tiêu đề cấp 1 "I\. KẾT QUẢ"/);
  assert.match(ds[0].message, /Đổi "###" thành "##"/);
});

test('the fix raises the heading to the missing level and touches nothing else', () => {
  const text = doc('# I. KẾT QUẢ', '### a) Một');
  const [d] = check(text, RULES);
  assert.equal(d.fixes![0].fixAll, false);
  assert.equal(applyEdits(text, d.fixes![0].edits), text.replace('### a) Một', '## a) Một'));
});

test('#### under ## fires; the message is in English when asked', () => {
  const ds = check(doc('# I. A', '## 1. B', '#### a) C'), RULES, { lang: 'en' });
  assert.equal(ds.length, 1);
  assert.match(ds[0].message, /level-2 heading "1\. B".*level 3 is missing/);
});

test('consecutive levels, a document starting at ##, and going back up do not fire', () => {
  assert.deepEqual(check(doc('## 1. A', '### a) b', '# I. C', '## 1. d', '### 1.1. e', '#### a) f', '# II. G'), RULES), []);
});

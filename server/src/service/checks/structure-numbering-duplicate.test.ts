import { test } from 'node:test';
import assert from 'node:assert/strict';
import { structureRules } from './structure-rules';
import { structureNumberingDuplicate } from './structure-numbering-duplicate';
import { structureNumberingGap } from './structure-numbering-gap';
import { structureNumberingStyle } from './structure-numbering-style';
import { applyEdits, brief, check, frontMatter, service, TEST_URI } from '../../../../test/support/structure-testkit';

const LABEL_RULES = [structureNumberingGap, structureNumberingDuplicate, structureNumberingStyle];

const BODY_I_II_II_III = `
# I. ĐẶC ĐIỂM TÌNH HÌNH

Nội dung một.

# II. KẾT QUẢ THỰC HIỆN

Nội dung hai.

# II. ĐÁNH GIÁ CHUNG

Nội dung ba.

# III. PHƯƠNG HƯỚNG, NHIỆM VỤ

Nội dung bốn./.
`;
const DOC = frontMatter() + BODY_I_II_II_III;

test('I, II, II, III gets numbering-duplicate on the second II and nothing else from the structure rules', () => {
  const ds = check(DOC, structureRules);
  assert.deepEqual(brief(ds), ['24:structure.numbering-duplicate']);
  const d = ds[0];
  const lines = DOC.split('\n');
  assert.equal(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), 'II.');
  assert.match(d.message, /"II\." bị trùng với mục "II\." ở dòng 20/);
  assert.match(d.message, /"III\."/);
});

test('the renumber fix yields I, II, III, IV and changes nothing else', () => {
  const [d] = check(DOC, [structureNumberingDuplicate]);
  const fix = d.fixes!.find((f) => f.title.startsWith('Đánh số lại'))!;
  const fixed = applyEdits(DOC, fix.edits);
  assert.equal(fixed, DOC.replace('# II. ĐÁNH GIÁ', '# III. ĐÁNH GIÁ').replace('# III. PHƯƠNG', '# IV. PHƯƠNG'));
  assert.deepEqual(check(fixed, structureRules), []);
  // Only the labels are touched.
  for (const e of fix.edits) assert.match(e.newText, /^[IVX]+\.$/);
});

test('fix all applies the renumbering once', () => {
  const ls = service(DOC, structureRules);
  const fixed = applyEdits(DOC, ls.getFixAllEdits(TEST_URI));
  assert.equal(fixed, DOC.replace('# II. ĐÁNH GIÁ', '# III. ĐÁNH GIÁ').replace('# III. PHƯƠNG', '# IV. PHƯƠNG'));
});

test('the message is in English when the language is English', () => {
  const [d] = check(DOC, [structureNumberingDuplicate], { lang: 'en' });
  assert.match(d.message, /Heading number "II\." repeats "II\." on line 20 among the top-level headings/);
  assert.equal(d.fixes![0].title, 'Renumber the top-level headings');
});

test('a repeated Arabic number under one parent fires; the same number under two parents does not', () => {
  const doc = `${frontMatter()}
# I. KẾT QUẢ

## 1. Công tác lãnh đạo

## 2. Công tác tuyên truyền

## 2. Công tác kiểm tra

# II. PHƯƠNG HƯỚNG, NHIỆM VỤ

## 1. Nhiệm vụ

## 2. Giải pháp

Kết thúc./.
`;
  const ds = check(doc, [structureNumberingDuplicate]);
  assert.deepEqual(brief(ds), ['22:structure.numbering-duplicate']);
  assert.match(ds[0].message, /trong mục "I\."/);
  const fixed = applyEdits(doc, ds[0].fixes![0].edits);
  assert.equal(fixed, doc.replace('## 2. Công tác kiểm tra', '## 3. Công tác kiểm tra'));
});

test('repeated letters with đ in the sequence fire only on the repeat', () => {
  const doc = `${frontMatter()}
# I. KẾT QUẢ

## 1. Công tác

### a) Một

### b) Hai

### c) Ba

### d) Bốn

### đ) Năm

### đ) Sáu

Kết thúc./.
`;
  const ds = check(doc, LABEL_RULES);
  assert.deepEqual(brief(ds), ['30:structure.numbering-duplicate']);
  assert.equal(applyEdits(doc, ds[0].fixes![0].edits), doc.replace('### đ) Sáu', '### e) Sáu'));
});

test('a document without repeats gets no numbering-duplicate', () => {
  const doc = frontMatter() + BODY_I_II_II_III.replace('# II. ĐÁNH GIÁ', '# III. ĐÁNH GIÁ').replace('# III. PHƯƠNG', '# IV. PHƯƠNG');
  assert.deepEqual(check(doc, [structureNumberingDuplicate]), []);
});

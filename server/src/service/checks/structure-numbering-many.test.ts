// Thousands of misnumbered sibling headings: the label rules report a bounded
// list per group (the first problems one by one, then one finding counting
// the rest), and every finding of a group shares one renumbering edit list,
// so memory and output grow with the headings, not with their square.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { structureRules } from './structure-rules';
import { MAX_PROBLEMS_PER_GROUP } from './structure-labels';
import { applyEdits, frontMatter, service, TEST_URI } from '../../../../test/support/structure-testkit';

const COUNT = 8000;
/** `## 1. Nhiệm vụ` repeated: every heading after the first repeats number 1. */
const REPEATED = frontMatter() + '\n' + Array.from({ length: COUNT }, (_, i) => `## 1. Nhiệm vụ thứ ${i + 1}\n\nNội dung.\n`).join('\n') + '\nKết thúc./.\n';

test('the generated document holds the repeated headings it claims', () => {
  assert.equal(REPEATED.match(/^## 1\. Nhiệm vụ/gm)?.length, COUNT);
});

test(`${COUNT} repeated heading numbers give ${MAX_PROBLEMS_PER_GROUP} duplicates and one count of the rest`, () => {
  const ls = service(REPEATED, structureRules);
  const ds = ls.getDiagnostics(TEST_URI).filter((d) => d.code === 'structure.numbering-duplicate');
  assert.equal(ds.length, MAX_PROBLEMS_PER_GROUP + 1);
  const last = ds[ds.length - 1];
  const rest = COUNT - 1 - MAX_PROBLEMS_PER_GROUP;
  assert.match(last.message, new RegExp(`^Còn ${rest} mục trùng số thứ tự trong các mục ngoài cùng \\(dòng \\d+–\\d+, bắt đầu từ mục "1\\."\\)`));
  assert.deepEqual(last.data, { kind: 'more', count: rest, label: '1.' });
  // One edit list for the whole group, shared by every finding.
  const lists = new Set(ds.map((d) => d.fixes!.find((f) => f.title.startsWith('Đánh số lại'))!.edits));
  assert.equal(lists.size, 1);
  assert.equal([...lists][0].length, COUNT - 1);
});

test('the counting finding carries the renumbering, which fixes every heading of the group', () => {
  const ls = service(REPEATED, structureRules);
  const ds = ls.getDiagnostics(TEST_URI).filter((d) => d.code === 'structure.numbering-duplicate');
  const fixed = applyEdits(REPEATED, ds[ds.length - 1].fixes![0].edits);
  assert.match(fixed, new RegExp(`^## ${COUNT}\\. Nhiệm vụ thứ ${COUNT}$`, 'm'));
  assert.equal(service(fixed, structureRules).getDiagnostics(TEST_URI).filter((d) => d.code.startsWith('structure.numbering')).length, 0);
  // Fix all renumbers once, to the same text.
  assert.equal(applyEdits(REPEATED, ls.getFixAllEdits(TEST_URI)), fixed);
});

test('one problem past the limit is reported as itself, not counted', () => {
  const n = MAX_PROBLEMS_PER_GROUP + 2; // n - 1 duplicates
  const text = frontMatter() + '\n' + Array.from({ length: n }, () => '# I. PHẦN\n').join('\n') + '\nHết./.\n';
  const ds = service(text, structureRules).getDiagnostics(TEST_URI).filter((d) => d.code === 'structure.numbering-duplicate');
  assert.equal(ds.length, n - 1);
  assert.ok(ds.every((d) => /bị trùng với mục "I\."/.test(d.message)));
});

test('the count is in English when the language is English, per code and per group', () => {
  const groups = ['# I. PHẦN MỘT', '# II. PHẦN HAI'].map((h) => h + '\n\n' + Array.from({ length: 40 }, () => '## 5. Việc\n').join('\n')).join('\n');
  const ds = service(frontMatter() + '\n' + groups + '\nHết./.\n', structureRules, { lang: 'en' }).getDiagnostics(TEST_URI);
  const counts = ds.filter((d) => (d.data as { kind?: string }).kind === 'more');
  // Per group: the gap (5 is not 1) is reported once; the 39 duplicates are cut at the limit.
  assert.equal(counts.length, 2);
  for (const d of counts) {
    assert.equal(d.code, 'structure.numbering-duplicate');
    assert.match(d.message, new RegExp(`^${39 - MAX_PROBLEMS_PER_GROUP} more headings with repeated numbers under "I{1,2}\\." \\(lines \\d+–\\d+, from "5\\."\\); only the first ${MAX_PROBLEMS_PER_GROUP} are reported one by one\\.`));
  }
});

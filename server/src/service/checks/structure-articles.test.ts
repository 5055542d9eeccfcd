import { test } from 'node:test';
import assert from 'node:assert/strict';
import { structureNumberingGap } from './structure-numbering-gap';
import { structureNumberingDuplicate } from './structure-numbering-duplicate';
import { applyEdits, check, frontMatter } from '../../../../test/support/structure-testkit';

const RULES = [structureNumberingGap, structureNumberingDuplicate];
const QD = (...articles: string[]) =>
  `${frontMatter('QĐ', '2025-05-30', 'Về việc thành lập Tổ công tác')}\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nTheo đề nghị của Chánh Văn phòng Sở.\n\n${articles.map((a) => `${a} Nội dung của điều.`).join('\n\n')}./.\n`;
const brief = (ds: ReturnType<typeof check>) => ds.map((d) => `${d.code}:${(d.data as { label: string }).label}→${(d.data as { target?: string }).target}`);

test('articles numbered 1, 2, 3 without gaps pass', () => {
  assert.deepEqual(check(QD('Điều 1.', 'Điều 2.', 'Điều 3.'), RULES), []);
});

test('a skipped article number is a numbering-gap on its label, quoting both articles and the right number', () => {
  const text = QD('Điều 1.', 'Điều 2.', 'Điều 4.');
  const ds = check(text, RULES);
  assert.deepEqual(brief(ds), ['structure.numbering-gap:Điều 4.→Điều 3.']);
  assert.equal(ds[0].severity, 'warning');
  const line = text.split('\n').findIndex((l) => l.startsWith('Điều 4.'));
  assert.deepEqual([ds[0].range.start, ds[0].range.end], [{ line, character: 0 }, { line, character: 7 }]);
  assert.match(ds[0].message, /^Số điều bị nhảy: sau "Điều 2\." \(dòng \d+\) là "Điều 4\."\. Số đúng là "Điều 3\."\. Dùng sửa nhanh "Đánh số lại các điều"/);
  const fix = ds[0].fixes![0];
  assert.equal(fix.title, 'Đánh số lại các điều');
  assert.equal(fix.fixAll, false, 'citations of articles by number must be read again');
  assert.equal(applyEdits(text, fix.edits), QD('Điều 1.', 'Điều 2.', 'Điều 3.'));
});

test('a first article other than 1, an article out of order and a repeated one', () => {
  assert.deepEqual(brief(check(QD('Điều 2.', 'Điều 3.'), RULES)), ['structure.numbering-gap:Điều 2.→Điều 1.']);
  assert.match(check(QD('Điều 2.', 'Điều 3.'), RULES)[0].message, /"Điều 2\." là điều đầu tiên của quyết định nhưng không đánh số 1/);
  assert.deepEqual(brief(check(QD('Điều 1.', 'Điều 3.', 'Điều 2.'), RULES)), ['structure.numbering-gap:Điều 3.→Điều 2.', 'structure.numbering-gap:Điều 2.→Điều 3.']);
  const dup = check(QD('Điều 1.', 'Điều 2.', 'Điều 2.', 'Điều 3.'), RULES);
  assert.deepEqual(brief(dup), ['structure.numbering-duplicate:Điều 2.→Điều 3.']);
  assert.match(dup[0].message, /Số điều "Điều 2\." bị trùng với điều ở dòng \d+\./);
  assert.equal(applyEdits(QD('Điều 1.', 'Điều 2.', 'Điều 2.', 'Điều 3.'), dup[0].fixes![0].edits), QD('Điều 1.', 'Điều 2.', 'Điều 3.', 'Điều 4.'));
  assert.match(check(QD('Điều 1.', 'Điều 3.'), RULES, { lang: 'en' })[0].message, /^Article numbers skip: "Điều 3\." follows "Điều 1\."/);
});

test('only paragraphs that begin with "Điều N." of a quyết định, before its appendices, are articles', () => {
  // Mentions inside a paragraph, numbered items, quotes and other types are not articles.
  assert.deepEqual(check(QD('Điều 1.', 'Giao nhiệm vụ theo Điều 5. Từ nay', 'Điều 2.'), RULES), []);
  assert.deepEqual(check(QD('Điều 1.', '1. Điều 7.', '> Điều 9.', 'Điều 2.'), RULES), []);
  for (const loai of ['BC', 'KH', 'CV', 'TTr']) {
    const text = QD('Điều 1.', 'Điều 3.').replace('loai: QĐ', `loai: ${loai}`);
    assert.deepEqual(check(text, RULES), [], loai);
  }
  const appendix = `${QD('Điều 1.', 'Điều 2.')}\n<!-- phu-luc -->\n\n# PHỤ LỤC\n\nĐiều 7. Trích dẫn điều của văn bản khác.\n`;
  assert.deepEqual(check(appendix, RULES), []);
});

test('thousands of repeated articles give a bounded list: twenty, then one finding counting the rest', () => {
  const ds = check(QD(...Array.from({ length: 200 }, () => 'Điều 1.')), RULES);
  assert.equal(ds.length, 21);
  assert.deepEqual(ds[20].data, { kind: 'more', count: 179, label: 'Điều 1.' });
  assert.match(ds[20].message, /^Còn 179 điều đánh số sai/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { structureMissingEndMark } from './structure-missing-end-mark';
import { applyEdits, check, frontMatter, service, TEST_URI } from '../../../../test/support/structure-testkit';

const RULES = [structureMissingEndMark];
const FM = frontMatter();

test('a body ending with ./. passes, also before footnotes and with a trailing footnote reference', () => {
  assert.deepEqual(check(`${FM}\n# I. A\n\nKính đề nghị Sở Nội vụ tổng hợp./.\n`, RULES), []);
  assert.deepEqual(check(`${FM}\nNội dung[^1].\n\nHết./.\n\n[^1]: Ghi chú không có dấu\n`, RULES), []);
  assert.deepEqual(check(`${FM}\nHết./.[^1]  \n\n[^1]: Ghi chú\n`, RULES), []);
  assert.deepEqual(check(`${FM}\n- Ý cuối cùng./.\n`, RULES), []);
});

test('a last sentence ending with a full stop fires and the fix turns "." into "./."', () => {
  const text = `${FM}\n# I. A\n\nKính đề nghị Sở Nội vụ tổng hợp.\n\n[^1]: Ghi chú.\n`;
  const ds = check(text, RULES);
  assert.equal(ds.length, 1);
  assert.equal(ds[0].code, 'structure.missing-end-mark');
  assert.equal(text.split('\n')[ds[0].range.start.line], 'Kính đề nghị Sở Nội vụ tổng hợp.');
  assert.match(ds[0].message, /\("Kính đề nghị Sở Nội vụ tổng hợp\."\) chưa có dấu kết thúc "\.\/\."/);
  assert.equal(applyEdits(text, ds[0].fixes![0].edits), text.replace('tổng hợp.\n', 'tổng hợp./.\n'));
});

test('a last sentence without punctuation gets ./. appended, before a footnote reference', () => {
  const text = `${FM}\nCác cơ quan hành chính nhà nước, chính quyền các cấp[^2]\n\n[^2]: x\n`;
  const [d] = check(text, RULES);
  assert.equal(applyEdits(text, d.fixes![0].edits), text.replace('các cấp[^2]', 'các cấp./.[^2]'));
});

test('the fix is offered to fix all, and a semicolon is replaced', () => {
  const text = `${FM}\n- Ý thứ nhất;\n- Ý thứ hai;\n`;
  const ls = service(text, RULES);
  assert.equal(applyEdits(text, ls.getFixAllEdits(TEST_URI)), text.replace('Ý thứ hai;', 'Ý thứ hai./.'));
});

test('a body ending with a table fires and the fix adds a ./. line after it', () => {
  const text = `${FM}\nBảng:\n\n| A | B |\n|---|---|\n| 1 | 2 |\n`;
  const ds = check(text, RULES, { lang: 'en' });
  assert.equal(ds.length, 1);
  assert.match(ds[0].message, /ends with a table/);
  assert.equal(applyEdits(text, ds[0].fixes![0].edits), `${text.trimEnd()}\n\n./.\n`);
});

test('the mark inside a sentence does not count, and an empty body is not checked', () => {
  assert.equal(check(`${FM}\nHết./. Nhưng còn nữa\n`, RULES).length, 1);
  assert.deepEqual(check(FM, RULES), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createLanguageService } from '../language-service';
import { dateInvalid } from './date-invalid';
import { brief, check, frontMatter } from '../../../../test/support/structure-testkit';

const RULES = [dateInvalid];
const CORPUS = '../shared/corpus';

test('29/02/2025 fires as an error that names the date and the reason', () => {
  const text = `${frontMatter()}\nKế hoạch số 39/KH-UBND ngày 29/02/2025 của UBND tỉnh./.\n`;
  const ds = check(text, RULES);
  assert.equal(ds.length, 1);
  assert.equal(ds[0].severity, 'error');
  const line = text.split('\n')[ds[0].range.start.line];
  assert.equal(line.slice(ds[0].range.start.character, ds[0].range.end.character), '29/02/2025');
  assert.match(ds[0].message, /Ngày "29\/02\/2025" không có thật: năm 2025 không phải năm nhuận/);
});

test('31/4/2024, a long-form date and a month 13 fire with their own reasons', () => {
  const ds = check(`${frontMatter()}\nngày 31/4/2024; ngày 30 tháng 2 năm 2024; tháng 13/2025; ngày 0/5/2024./.\n`, RULES, { lang: 'en' });
  assert.deepEqual(ds.map((d) => d.message.replace(/\. Check.*/, '')), [
    'The date "31/4/2024" does not exist: month 4 of 2024 has only 30 days',
    'The date "30 tháng 2 năm 2024" does not exist: month 2 of 2024 has only 29 days',
    'The date "tháng 13/2025" does not exist: there is no month 13',
    'The date "0/5/2024" does not exist: there is no day 0',
  ]);
});

test('a bad date in the subject line fires there', () => {
  const text = frontMatter('BC', '2025-05-30', 'kết quả thực hiện Kế hoạch ngày 31/6/2025') + '\nHết./.\n';
  const ds = check(text, RULES);
  assert.deepEqual(brief(ds), ['7:date.invalid']);
});

test('real dates, leap days, symbols, bare day-month and code blocks do not fire', () => {
  const text = `${frontMatter()}\nNgày 29/2/2024, ngày 28/02/2025, Nghị định 30/2020/NĐ-CP, trước ngày 31/11 hằng năm.\n\n\`\`\`\n31/02/2025\n\`\`\`\n\nHết./.\n`;
  assert.deepEqual(check(text, RULES), []);
});

test('corpus: date.invalid at each 29/02/2025 of 000 (lines 34 and 36) and nowhere else in the corpus', { skip: !existsSync(CORPUS) }, () => {
  const ls = createLanguageService({ rules: RULES });
  for (const f of ['000', '001']) ls.setDocument(`file:///${f}.vbhc.md`, readFileSync(`${CORPUS}/${f}.vbhc.md`, 'utf8'));
  const d0 = ls.getDiagnostics('file:///000.vbhc.md');
  assert.deepEqual(brief(d0), ['34:date.invalid', '36:date.invalid']);
  const lines = readFileSync(`${CORPUS}/000.vbhc.md`, 'utf8').split('\n');
  for (const d of d0) assert.equal(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), '29/02/2025');
  assert.deepEqual(ls.getDiagnostics('file:///001.vbhc.md'), []);
});

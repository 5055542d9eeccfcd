import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createLanguageService } from '../language-service';
import { applyEdits, brief, check, frontMatter } from '../../../../test/support/structure-testkit';
import { refDateConflict } from './ref-date-conflict';
import { MAX_FINDINGS_PER_CODE } from './engine';

const RULES = [refDateConflict];
const CORPUS = '../shared/corpus';

test('one symbol cited with two dates in one document fires at both citations, naming the other date and line', () => {
  const text = `${frontMatter()}\nKế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND tỉnh.\n\nLại Kế hoạch số 12/KH-UBND ngày 15/3/2025./.\n`;
  const ds = check(text, RULES);
  assert.deepEqual(brief(ds), ['16:ref.date-conflict', '18:ref.date-conflict']);
  assert.match(ds[0].message, /"12\/KH-UBND" được dẫn với ngày 05\/3\/2025 ở đây nhưng với ngày 15\/3\/2025 \(dòng 18\)/);
  const line = text.split('\n')[15];
  assert.equal(line.slice(ds[0].range.start.character, ds[0].range.end.character), '05/3/2025');
});

test('the same date written two ways (05/3/2025, ngày 5 tháng 3 năm 2025) is no conflict; a citation without date is none either', () => {
  const text = `${frontMatter()}\nKế hoạch số 12/KH-UBND ngày 05/3/2025; Kế hoạch số 12/KH-UBND ngày 5 tháng 3 năm 2025; Kế hoạch số 12/KH-UBND./.\n`;
  assert.deepEqual(check(text, RULES), []);
});

test('a date other than the catalog\'s fires, and the fix aligns it with the catalog', () => {
  const text = `${frontMatter()}\nChỉ thị số 33/CT-TTg ngày 26/11/2022 của Thủ tướng Chính phủ./.\n`;
  const [d] = check(text, RULES);
  assert.match(d.message, /danh mục ghi ngày 26\/11\/2021/);
  assert.match(applyEdits(text, d.fixes![0].edits), /ngày 26\/11\/2021 của/);
});

test('corpus 000 and 001 with a third report citing 39/KH-UBND with another date: ref.date-conflict in both places', { skip: !existsSync(CORPUS) }, () => {
  const ls = createLanguageService({ rules: RULES });
  for (const f of ['000', '001']) ls.setDocument(`file:///${f}.vbhc.md`, readFileSync(`${CORPUS}/${f}.vbhc.md`, 'utf8'));
  assert.deepEqual(ls.getDiagnostics('file:///000.vbhc.md'), [], 'the corpus alone has no conflict');
  const third = `${frontMatter('BC', '2025-06-30')}\nThực hiện Kế hoạch số 39/KH-UBND ngày 28/02/2025 của UBND tỉnh về thực hiện dân chủ ở cơ sở./.\n`;
  ls.setDocument('file:///002.vbhc.md', third);
  const d0 = ls.getDiagnostics('file:///000.vbhc.md');
  assert.deepEqual(brief(d0), ['34:ref.date-conflict', '36:ref.date-conflict']);
  assert.match(d0[0].message, /nhưng với ngày 28\/02\/2025 \(002\.vbhc\.md:16\)/);
  const d2 = ls.getDiagnostics('file:///002.vbhc.md');
  assert.deepEqual(brief(d2), ['16:ref.date-conflict']);
  assert.match(d2[0].message, /29\/02\/2025 \(000\.vbhc\.md:34, 000\.vbhc\.md:36\)/);
  assert.deepEqual(ls.getDiagnostics('file:///001.vbhc.md'), []);
  // Remove the third document: the conflict goes away (the index follows the workspace).
  ls.removeDocument('file:///002.vbhc.md');
  assert.deepEqual(ls.getDiagnostics('file:///000.vbhc.md'), []);
});

test('a glued or spaced symbol and the symbol meant are one document: two dates conflict', () => {
  const text = `${frontMatter()}\nChỉ thị số 27/CT-TTg ngày 15/7/2024; Chỉ thị số 27/CTTg ngày 16/7/2024; Kế hoạch số 75/KH-UBND ngày 02/4/2025; Kế hoạch số 75/KH- UBND ngày 03/4/2025./.\n`;
  const ds = check(text, RULES);
  assert.equal(ds.length, 4);
  assert.match(ds[1].message, /"27\/CTTg" được dẫn với ngày 16\/7\/2024 ở đây nhưng với ngày 15\/7\/2024/);
  assert.match(ds[3].message, /"75\/KH- UBND" được dẫn với ngày 03\/4\/2025 ở đây nhưng với ngày 02\/4\/2025/);
});

test('a non-standard joint code without "số" is recognised, so a second date conflicts', () => {
  const text = `${frontMatter()}\nChương trình phối hợp 07/CTrPH-SNV-HND ngày 10/01/2025; Chương trình phối hợp số 07/CTrPH-SNV-HND ngày 11/01/2025./.\n`;
  assert.equal(check(text, RULES).length, 2);
});

test('3,000 citations of one symbol with 3,000 dates: each message names three other dates and counts the rest, all diagnostics under 10× the text', () => {
  const dates: string[] = [];
  for (let y = 2001; dates.length < 3000; y++) for (let m = 1; m <= 12 && dates.length < 3000; m++) for (let d = 1; d <= 28 && dates.length < 3000; d++) dates.push(`${d}/${m}/${y}`);
  const body = dates.map((d) => `Kế hoạch số 12/KH-UBND ngày ${d} của UBND tỉnh.`).join('\n\n');
  const text = `${frontMatter('BC', '2025-05-30')}\n${body}./.\n`;
  assert.equal(new Set(dates).size, 3000);
  assert.equal(text.split('12/KH-UBND').length - 1, 3000);
  const ls = createLanguageService();
  ls.setDocument('file:///t.vbhc.md', text);
  const all = ls.getDiagnostics('file:///t.vbhc.md');
  const ds = all.filter((d) => d.code === 'ref.date-conflict');
  // The first MAX_FINDINGS_PER_CODE one by one, then one count of the rest (engine.ts).
  assert.equal(ds.length, MAX_FINDINGS_PER_CODE + 1);
  assert.match(ds[MAX_FINDINGS_PER_CODE].message, new RegExp(`^Còn ${3000 - MAX_FINDINGS_PER_CODE} chỗ khác cùng loại \\(ref\.date-conflict\\)`));
  assert.match(ds[0].message, /^"12\/KH-UBND" được dẫn với ngày 1\/1\/2001 ở đây nhưng với ngày 2\/1\/2001 \(dòng \d+\); 3\/1\/2001 \(dòng \d+\); 4\/1\/2001 \(dòng \d+\) và 2996 ngày khác\. /);
  assert.deepEqual((ds[0].data as { otherCount: number }).otherCount, 2999);
  assert.ok(JSON.stringify(all).length < 10 * text.length, `${JSON.stringify(all).length} bytes of diagnostics for ${text.length} characters`);
});

test('in English (places too), one other date past the named ones is "1 other date"', () => {
  const text = `${frontMatter()}\n${['1/3/2025', '2/3/2025', '3/3/2025', '4/3/2025', '5/3/2025'].map((d) => `Kế hoạch số 12/KH-UBND ngày ${d}.`).join('\n\n')}./.\n`;
  const ds = check(text, RULES, { lang: 'en' });
  assert.equal(ds.length, 5);
  assert.match(ds[0].message, /but with 2\/3\/2025 \(line \d+\); 3\/3\/2025 \(line \d+\); 4\/3\/2025 \(line \d+\) and 1 other date\. /);
  assert.ok(ds.every((d) => / and 1 other date\. /.test(d.message)));
  // Four dates: each citation names the three others, nothing is counted.
  const four = check(text.replace(/\n\nKế hoạch số 12\/KH-UBND ngày 5\/3\/2025\./, ''), RULES, { lang: 'en' });
  assert.equal(four.length, 4);
  assert.ok(four.every((d) => !/other date/.test(d.message)));
});

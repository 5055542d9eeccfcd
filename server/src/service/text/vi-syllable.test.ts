/** The syllable grammar and the syllable list: what is a syllable, where its tone mark stands, and what the list corrects. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readSyllable, splitTone, syllableKey, withTone } from './vi-syllable';
import { isListed, suggest, syllableList, toneVariants } from './vi-dictionary';

test('syllables of the grammar: onsets with their spelling rules, rhymes, stop finals with sắc or nặng only', () => {
  for (const w of ['nghiệp', 'nghề', 'ghi', 'gì', 'gìn', 'giữ', 'giếng', 'quốc', 'quyết', 'quý', 'quên', 'kế', 'kỹ', 'lý', 'của', 'người', 'khuỷu', 'ngoẹo', 'hoài', 'xoong', 'yêu', 'ý', 'uống', 'thuở', 'tuyển', 'hoặc', 'oẳn']) {
    assert.ok(readSyllable(w), w);
  }
  for (const w of ['ngiệp', 'nghành', 'ghà', 'gè', 'cế', 'kác', 'coa', 'cuy', 'trọngtâm', 'đươc', 'hìnnh', 'họcc', 'tất̀', 'iêu', 'bàt']) {
    assert.equal(readSyllable(w), undefined, w);
  }
});

test('the tone mark\'s place: one place, or two for open oa, oe, uy (both schools)', () => {
  const at = (w: string) => { const s = readSyllable(w)!; return [s.placed, s.main, s.alt]; };
  assert.deepEqual(at('hòa'), [true, 1, 2]);
  assert.deepEqual(at('hoà'), [true, 1, 2]);
  assert.deepEqual(at('thủy'), [true, 2, 3]);
  assert.deepEqual(at('hoàn'), [true, 2, -1]);
  assert.deepEqual(at('cuả'), [false, 1, -1]);
  assert.deepEqual(at('ngươì'), [false, 3, -1]);
  assert.deepEqual(at('gì'), [true, 1, -1]);
  assert.equal(syllableKey('hòa'), syllableKey('hoà'));
  assert.equal(withTone('hoa', 2, 1), 'hòa');
  assert.deepEqual(splitTone('Ủy'.toLowerCase()), { bare: 'uy', tone: 3, at: 0, marks: 1 });
});

test('the shipped list is the dictionary-vi syllable list: every small-letter entry but a few loans is a syllable of the grammar', () => {
  const lines = readFileSync(new URL('../../../../node_modules/dictionary-vi/index.dic', import.meta.url), 'utf8').split('\n');
  assert.ok(Number(lines[0]) > 6000, 'the count line');
  const list = syllableList();
  const loans: string[] = [];
  for (const w of lines.slice(1).map((l) => l.trim().normalize('NFC')).filter((l) => l && l === l.toLowerCase())) {
    assert.ok(isListed(list, w), w);
    if (!readSyllable(w)) loans.push(w);
  }
  assert.ok(loans.length < 30, loans.join(' '));
  for (const w of ['nghiệp', 'nhiệm', 'của', 'hòa', 'hoà', 'thủy', 'thuỷ', 'ủy', 'quý', 'trọng', 'tâm']) assert.ok(isListed(list, w), w);
});

test('corrections: a rule of writing first, else near words', () => {
  const list = syllableList();
  assert.deepEqual(suggest(list, 'ngiệp'), [{ text: 'nghiệp', kind: 'spelling' }]);
  assert.deepEqual(suggest(list, 'nghành'), [{ text: 'ngành', kind: 'spelling' }]);
  assert.deepEqual(suggest(list, 'kác'), [{ text: 'các', kind: 'spelling' }]);
  assert.deepEqual(suggest(list, 'trọngtâm'), [{ text: 'trọng tâm', kind: 'split' }]);
  assert.deepEqual(suggest(list, 'cuả'), [{ text: 'của', kind: 'spelling' }]);
  const near = suggest(list, 'đươc').map((s) => s.text);
  assert.ok(near.includes('được') && near.every((w) => isListed(list, w)), near.join());
  assert.deepEqual(toneVariants(list, 'nhiêm').sort(), ['nhiễm', 'nhiệm']);
});

test('every two-syllable word of the spelling check\'s list is two listed syllables, written once', async () => {
  const { COMPOUND_WORDS } = await import('../data/compound-words');
  const list = syllableList();
  assert.ok(COMPOUND_WORDS.length > 150);
  assert.equal(new Set(COMPOUND_WORDS).size, COMPOUND_WORDS.length);
  for (const w of COMPOUND_WORDS) {
    const parts = w.split(' ');
    assert.equal(parts.length, 2, w);
    for (const p of parts) assert.ok(isListed(list, p), `${w}: ${p}`);
  }
});

test('every loanword the spelling check accepts is neither a syllable of the grammar nor listed (else it would need no entry)', async () => {
  const { LOANWORDS } = await import('../data/loanwords');
  const list = syllableList();
  assert.ok(LOANWORDS.length >= 20);
  for (const w of LOANWORDS) {
    assert.equal(w, w.normalize('NFC').toLowerCase(), w);
    assert.ok(!isListed(list, w) && !readSyllable(w), w);
  }
});

test('a run of letters longer than two glued syllables gets no correction, and at once', () => {
  const list = syllableList();
  const t0 = process.cpuUsage();
  assert.deepEqual(suggest(list, 'ễ'.repeat(100_000)), []);
  assert.ok(process.cpuUsage(t0).user < 1_000_000, 'well under a second');
});

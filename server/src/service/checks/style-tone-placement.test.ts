/**
 * style.tone-placement on sentences written for these tests: a document that
 * writes `hòa` and `hoà` (or `thủy` and `thuỷ` …) gets a hint on every word
 * of the school it uses less, naming both counts; the fix writes the word
 * the other way. Names are never counted nor changed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../language-service';
import type { VbhcDiagnostic } from '../types';
import type { VbhcSettingsInput } from '../settings';
import { docWith } from '../../../../test/support/style-testkit';

const URI = 'file:///dau-thanh.vbhc.md';

function run(body: string, settings: VbhcSettingsInput = {}): { ds: VbhcDiagnostic[]; words: string[] } {
  const text = docWith(body);
  const ls = createLanguageService({ settings });
  ls.setDocument(URI, text);
  const ds = ls.getDiagnostics(URI).filter((d) => d.code === 'style.tone-placement');
  const lines = text.split('\n');
  return { ds, words: ds.map((d) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)) };
}

test('the words of the less used school get a hint naming both counts, with a fix to the other school', () => {
  const { ds, words } = run('Bảo đảm hòa hợp, khỏe mạnh và thủy lợi ổn định; công tác thuỷ sản được chú trọng.');
  assert.deepEqual(words, ['thuỷ']);
  assert.equal(ds[0].severity, 'hint');
  assert.equal(ds[0].message, '“thuỷ” đặt dấu thanh khác phần lớn văn bản: 3 chữ đặt dấu trên nguyên âm đầu (“hòa”, “khỏe”, “thủy”), 1 chữ đặt trên nguyên âm sau (“thuỷ”). Viết thống nhất: “thủy”.');
  assert.deepEqual(ds[0].fixes!.map((f) => [f.title, f.edits[0].newText, f.fixAll]), [['Viết thống nhất: “thủy”', 'thủy', true]]);
});

test('the majority decides either way, in English too; capitals are kept', () => {
  const { ds, words } = run('Hoà giải cơ sở, khoẻ mạnh, thuỷ sản; Ủy ban nhân dân chỉ đạo.', { lang: 'en' });
  assert.deepEqual(words, ['Ủy']);
  assert.equal(ds[0].fixes![0].edits[0].newText, 'Uỷ');
  assert.equal(ds[0].message, '"Ủy" places its tone mark unlike most of the document: 3 word(s) put it on the second vowel ("hoà", "khoẻ", "thuỷ"), 1 on the first ("ủy"). Write it one way: "Uỷ".');
});

test('on a tie, the school of the first such word is kept', () => {
  assert.deepEqual(run('Công tác hòa giải và thuỷ lợi.').words, ['thuỷ']);
  assert.deepEqual(run('Công tác thuỷ lợi và hòa giải.').words, ['hòa']);
});

test('one school throughout, or words whose mark has one place, give nothing', () => {
  assert.deepEqual(run('Hòa giải, khỏe mạnh, thủy lợi, quý I, hoàn thành, khuyến khích, thuế, hoài bão.').words, []);
  assert.deepEqual(run('Hoà giải, khoẻ mạnh, thuỷ lợi, quý I, hoàn thành.').words, []);
});

test('names are neither counted nor changed: people, places, a one-word name after a title', () => {
  const body = 'Đồng chí Nguyễn Thị Thuỷ, ông Hoà và tỉnh Khánh Hoà, huyện Hoà Vang; công tác hòa giải, thủy lợi.';
  assert.deepEqual(run(body).words, []);
});

test('the hint is raised and silenced by the severity settings', () => {
  const body = 'Công tác hòa giải, khỏe mạnh và thuỷ lợi.';
  assert.equal(run(body, { severity: { 'style.tone-placement': 'warning' } }).ds[0].severity, 'warning');
  assert.equal(run(body, { severity: { 'style.tone-placement': 'off' } }).ds.length, 0);
});

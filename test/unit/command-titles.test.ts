/**
 * A Vietnamese clerk finds every command in an English VS Code: each title
 * reads "<Vietnamese> (<the same words without diacritics>) — <English>", the
 * same in both display languages (VS Code's palette matches neither
 * diacritics nor synonyms, only the label's own characters). The walkthrough
 * names commands exactly as the palette shows them and its step texts, which
 * VS Code renders without Markdown code spans, hold no backticks. Messages
 * about the document are Vietnamese unless the user asks for English.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const pkg = JSON.parse(read('package.json'));
const nlsEn = JSON.parse(read('package.nls.json')) as Record<string, string>;
const nlsVi = JSON.parse(read('package.nls.vi.json')) as Record<string, string>;
const commands = pkg.contributes.commands as Array<{ command: string; title: string; category: string }>;

/** Folds Vietnamese to ASCII lower case (đ → d, marks dropped). */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Every title as the palette shows it: "VBHC: …". */
const paletteTitles = commands.map((c) => `${c.category}: ${nlsEn[/^%(.+)%$/.exec(c.title)![1]]}`);

test('every command title is Vietnamese, its unaccented words, then English — the same in both display languages', () => {
  for (const c of commands) {
    const key = /^%(.+)%$/.exec(c.title)![1];
    assert.equal(nlsVi[key], nlsEn[key], `${key}: one title whatever the display language`);
    const m = /^(.+) \(([a-z0-9 ]+)\) — (.+)$/.exec(nlsEn[key]);
    assert.ok(m, `${key} reads "<Vietnamese> (<unaccented>) — <English>": ${nlsEn[key]}`);
    const [, vi, plain, en] = m;
    assert.ok(/[^\x00-\x7f]/.test(vi), `${key}: Vietnamese with its diacritics`);
    assert.ok(/^[\x00-\x7f]+$/.test(en), `${key}: English`);
    const plainWords = new Set(plain.split(' '));
    for (const word of vi.split(/[\s/]+/)) {
      if (/[^\x00-\x7f]/.test(word)) assert.ok(plainWords.has(fold(word)), `${key}: "${fold(word)}" (for "${word}") is in the unaccented part`);
    }
    for (const word of plainWords) assert.ok(fold(vi).split(/[\s/.]+/).includes(word), `${key}: "${word}" is a word of the title`);
  }
});

test('the palette filter finds each command by unaccented words, as VS Code matches them (characters of the label)', () => {
  const find = (q: string) => paletteTitles.filter((t) => t.toLowerCase().includes(q));
  assert.deepEqual(find('xuat tep docx'), ['VBHC: Xuất tệp .docx (xuat tep docx) — Export .docx']);
  assert.equal(find('tạo văn bản').length, 1);
  assert.equal(find('tao van ban').length, 1);
});

/** Every "VBHC: …" mention in a text, checked to start an exact palette title. */
function assertExactMentions(text: string, where: string): number {
  let n = 0;
  for (const m of text.matchAll(/VBHC: /g)) {
    const rest = text.slice(m.index!).replace(/\s*\n\s*/g, ' ');
    assert.ok(paletteTitles.some((t) => rest.startsWith(t)), `${where}: "${rest.slice(0, 70)}…" is not a command title as the palette shows it`);
    n++;
  }
  return n;
}

test('the walkthrough pages and texts name commands exactly as the palette shows them', () => {
  let mentions = 0;
  for (const f of readdirSync(join(root, 'docs/walkthrough'))) mentions += assertExactMentions(read(join('docs/walkthrough', f)), f);
  for (const nls of [nlsEn, nlsVi]) for (const [k, v] of Object.entries(nls)) if (k.startsWith('walkthrough') || k.startsWith('config.')) mentions += assertExactMentions(v, k);
  assert.ok(mentions >= 10, `${mentions} mentions checked`);
});

test('walkthrough step texts hold no backticks (VS Code shows them literally there)', () => {
  for (const nls of [nlsEn, nlsVi]) for (const [k, v] of Object.entries(nls)) if (k.startsWith('walkthrough')) assert.ok(!v.includes('`'), `${k}: ${v}`);
});

test('messages about the document are Vietnamese by default; en and auto are there to choose', () => {
  const setting = pkg.contributes.configuration.properties['vbhc.language'];
  assert.equal(setting.default, 'vi');
  assert.deepEqual(setting.enum, ['auto', 'vi', 'en']);
  assert.equal(setting.enumDescriptions.length, setting.enum.length);
  assert.match(nlsEn['config.language'], /Vietnamese by default, whatever VS Code's display language/);
  assert.doesNotMatch(read('client/src/i18n.ts'), /get<string>\(LANGUAGE_SETTING, 'auto'\)/, 'the client falls back to Vietnamese');
});

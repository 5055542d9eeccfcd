import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Logger } from '../logger';
import { createLanguageService } from '../language-service';
import { parseDocument } from '../model/document';
import { headingGroups, labelText, renumberAllEdits } from './renumber';
import { structureRules } from './structure-rules';
import { dateRules } from './date-rules';
import { applyEdits, frontMatter, headingLines } from '../../../../test/support/structure-testkit';

const doc = (...headings: string[]) => `${frontMatter()}\n${headings.map((h) => `${h}\n\nNội dung.\n`).join('\n')}\nHết./.\n`;

function renumber(text: string): string {
  const ls = createLanguageService();
  ls.setDocument('file:///r.vbhc.md', text);
  return applyEdits(text, ls.getRenumberEdits('file:///r.vbhc.md'));
}

test('renumbering the whole document fixes every level and keeps titles and prose', () => {
  const text = doc('# I. A', '# I. B', '## 1. x', '## 4. y', '### 4.1. p', '### 4.1. q', '#### a) m', '#### c) n', '# IX. C', '## II. z');
  const out = renumber(text);
  assert.deepEqual(headingLines(out), ['# I. A', '# II. B', '## 1. x', '## 2. y', '### 2.1. p', '### 2.2. q', '#### a) m', '#### b) n', '# III. C', '## 1. z']);
  assert.equal(out.replace(/^#.*$/gm, ''), text.replace(/^#.*$/gm, ''));
});

test('renumbering keeps the author\'s trailing-dot habit on decimal labels and leaves right labels alone', () => {
  const text = doc('# I. A', '## 1. B', '### 1.1 p', '### 1.3 q', '## 02. C');
  const ls = createLanguageService();
  ls.setDocument('file:///r.vbhc.md', text);
  const edits = ls.getRenumberEdits('file:///r.vbhc.md');
  assert.deepEqual(edits.map((e) => e.newText), ['1.2']);
});

test('renumbering maps back to the original text of NFD and CRLF files', () => {
  const text = doc('# I. MỤC ĐÍCH', '# III. TỔ CHỨC THỰC HIỆN').normalize('NFD').replace(/\n/g, '\r\n');
  const ls = createLanguageService();
  ls.setDocument('file:///r.vbhc.md', text);
  const [e] = ls.getRenumberEdits('file:///r.vbhc.md');
  const lines = text.split('\r\n');
  assert.equal(lines[e.range.start.line].slice(e.range.start.character, e.range.end.character), 'III.');
  assert.equal(e.newText, 'II.');
});

test('an unknown document and a document without headings give no edits', () => {
  const ls = createLanguageService();
  assert.deepEqual(ls.getRenumberEdits('file:///none.vbhc.md'), []);
  assert.deepEqual(renumberAllEdits(parseDocument('file:///x.vbhc.md', 'Chỉ có văn bản./.\n')), []);
});

test('headings are grouped by parent and level, with subtree ends', () => {
  const d = parseDocument('file:///g.vbhc.md', '# I. A\n\n### a) skip\n\n## 1. b\n\n# II. C\n');
  const g = headingGroups(d);
  assert.deepEqual(g.groups.map((x) => [x.parent, x.level, x.members, x.kind]), [
    [-1, 1, [0, 3], 'roman'],
    [0, 3, [1], 'letter'],
    [0, 2, [2], 'arabic'],
  ]);
  assert.deepEqual(g.subtreeEnd, [3, 2, 3, 4]);
});

test('label texts follow the dialect: Roman, Arabic, decimal, Vietnamese letters', () => {
  assert.equal(labelText({ kind: 'roman', parts: [14] }), 'XIV.');
  assert.equal(labelText({ kind: 'arabic', parts: [3] }), '3.');
  assert.equal(labelText({ kind: 'decimal', parts: [2, 1] }), '2.1.');
  assert.equal(labelText({ kind: 'decimal', parts: [2, 1] }, false), '2.1');
  assert.equal(labelText({ kind: 'letter', parts: [5] }), 'đ)');
  assert.equal(labelText({ kind: 'letter', parts: [7] }), 'g)');
  assert.equal(labelText({ kind: 'letter', parts: [24] }), undefined);
});


/** A random heading: level 1–5 and a label in any style, right or wrong. */
const headingArb = fc.record({
  level: fc.integer({ min: 1, max: 5 }),
  label: fc.oneof(
    fc.constantFrom('I.', 'II.', 'III.', 'IV.', 'IX.', '1.', '2.', '3.', '7.', '0.', '1.1.', '1.2', '2.1.', '3.3.1.', 'a)', 'b)', 'đ)', 'f)', 'e)', ''),
    fc.integer({ min: 1, max: 12 }).map((n) => `${n}.`),
  ),
  title: fc.constantFrom('Kết quả', 'NỘI DUNG', 'Tổ chức thực hiện', 'x 29/02/2025', '6 tháng đầu năm 2054'),
});

function buildDoc(hs: { level: number; label: string; title: string }[]): string {
  return `${frontMatter()}\n${hs.map((h) => `${'#'.repeat(h.level)} ${h.label ? `${h.label} ` : ''}${h.title}\n\nĐoạn văn ngày 12/3/2025.\n`).join('\n')}\nHết./.\n`;
}

const LABEL_CODES = new Set(['structure.numbering-gap', 'structure.numbering-duplicate', 'structure.numbering-style']);

test('property: renumbering leaves no label problem, is idempotent and changes heading labels only', () => {
  fc.assert(
    fc.property(fc.array(headingArb, { maxLength: 18 }), (hs) => {
      const text = buildDoc(hs);
      const once = renumber(text);
      const ls = createLanguageService({ rules: structureRules });
      ls.setDocument('file:///p.vbhc.md', once);
      assert.deepEqual(ls.getDiagnostics('file:///p.vbhc.md').filter((d) => LABEL_CODES.has(d.code)).map((d) => d.message), []);
      assert.deepEqual(ls.getRenumberEdits('file:///p.vbhc.md'), []);
      const strip = (t: string) => t.split('\n').map((l) => (l.startsWith('#') ? l.replace(/^(#+ )\S+ /, '$1') : l));
      assert.equal(once.split('\n').length, text.split('\n').length);
      assert.deepEqual(
        strip(once).filter((l) => !l.startsWith('#')),
        strip(text).filter((l) => !l.startsWith('#')),
      );
    }),
    { numRuns: 300 },
  );
});

test('property: fix all leaves no label problem and no rule throws on random documents', () => {
  const errors: string[] = [];
  const logger: Logger = { error: (m) => errors.push(m), info: () => undefined };
  fc.assert(
    fc.property(fc.array(headingArb, { maxLength: 18 }), (hs) => {
      const text = buildDoc(hs);
      const ls = createLanguageService({ rules: [...structureRules, ...dateRules], logger });
      ls.setDocument('file:///p.vbhc.md', text);
      const fixed = applyEdits(text, ls.getFixAllEdits('file:///p.vbhc.md'));
      const again = createLanguageService({ rules: structureRules, logger });
      again.setDocument('file:///p.vbhc.md', fixed);
      assert.deepEqual(again.getDiagnostics('file:///p.vbhc.md').filter((d) => LABEL_CODES.has(d.code)).map((d) => d.message), []);
    }),
    { numRuns: 300 },
  );
  assert.deepEqual(errors, []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createLanguageService } from '../language-service';
import { referenceRules } from './reference-rules';
import { brief } from '../../../../test/support/structure-testkit';

const CORPUS = '../shared/corpus';

test('corpus: the reference checks give exactly the expected ref.missing-so (000: lines 34, 38, 54, 60, 60) and nothing else', { skip: !existsSync(CORPUS) }, () => {
  const ls = createLanguageService({ rules: referenceRules });
  for (const f of ['000', '001']) ls.setDocument(`file:///${f}.vbhc.md`, readFileSync(`${CORPUS}/${f}.vbhc.md`, 'utf8'));
  const expected = JSON.parse(readFileSync(`${CORPUS}/000.expected.json`, 'utf8')) as { code: string; line: number; text: string }[];
  const d0 = ls.getDiagnostics('file:///000.vbhc.md');
  const want = expected.filter((e) => e.code.startsWith('ref.')).map((e) => `${e.line}:${e.code}`);
  assert.deepEqual(brief(d0), want);
  const lines = readFileSync(`${CORPUS}/000.vbhc.md`, 'utf8').split('\n');
  const texts = d0.map((d) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character));
  assert.deepEqual(texts, expected.filter((e) => e.code.startsWith('ref.')).map((e) => e.text));
  assert.deepEqual(ls.getDiagnostics('file:///001.vbhc.md'), []);
});

test('every reference rule has a distinct dialect code and a description in both languages', () => {
  const codes = referenceRules.map((r) => r.code);
  assert.deepEqual(codes, [
    'ref.symbol-malformed',
    'ref.type-mismatch',
    'ref.date-conflict',
    'ref.year-mismatch',
    'ref.date-after-document',
    'ref.issuer-mismatch',
    'ref.issuer-variant',
    'ref.superseded',
    'ref.missing-so',
  ]);
  for (const r of referenceRules) assert.ok(r.description.vi && r.description.en, r.code);
});

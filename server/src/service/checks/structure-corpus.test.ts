import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createLanguageService } from '../language-service';
import { structureRules } from './structure-rules';
import { dateRules } from './date-rules';
import { brief } from '../../../../test/support/structure-testkit';

const CORPUS = '../shared/corpus';
const present = existsSync(CORPUS);

/** What the corpus expects from the structure and date codes (the rest belongs to other rules). */
function expected(name: string): string[] {
  const list = JSON.parse(readFileSync(`${CORPUS}/${name}.expected.json`, 'utf8')) as { code: string; line: number }[];
  return list.filter((e) => e.code.startsWith('structure.') || e.code.startsWith('date.')).map((e) => `${e.line}:${e.code}`);
}

test('on the corpus, the structure and date rules give exactly the expected diagnostics and no others', { skip: !present }, () => {
  const ls = createLanguageService({ rules: [...structureRules, ...dateRules] });
  const names = ['000', '001'];
  for (const n of names) ls.setDocument(`file:///${n}.vbhc.md`, readFileSync(`${CORPUS}/${n}.vbhc.md`, 'utf8'));
  for (const n of names) {
    assert.deepEqual(brief(ls.getDiagnostics(`file:///${n}.vbhc.md`)), expected(n), `corpus ${n}`);
  }
});

test('on the corpus, renumbering changes nothing: every heading is already in sequence', { skip: !present }, () => {
  const ls = createLanguageService({ rules: [...structureRules, ...dateRules] });
  for (const n of ['000', '001']) {
    ls.setDocument(`file:///${n}.vbhc.md`, readFileSync(`${CORPUS}/${n}.vbhc.md`, 'utf8'));
    assert.deepEqual(ls.getRenumberEdits(`file:///${n}.vbhc.md`), [], `corpus ${n}`);
  }
});

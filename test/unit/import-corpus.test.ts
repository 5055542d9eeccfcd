// `vbhc import` of every corpus raw text (text copied out of the printed
// document), compared with the corpus document: front-matter values the raw
// text shows are equal; headings equal in level, label and title; body
// paragraphs equal after whitespace normalisation. The match is reported per
// file. Skipped when ../shared is not there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../server/src/service/import/index';
import { parseDocument } from '../../server/src/service/model/document';
import { frontMatterValues } from './import-model';

const CORPUS = join(process.cwd(), '../shared/corpus');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.raw.txt') && existsSync(join(CORPUS, f.replace('.raw.txt', '.vbhc.md')))) : [];
const ws = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** A value shows in the raw text when its words do (dates and numbers are printed in their own forms). */
function shown(raw: string, key: string, value: string): boolean {
  if (key === 'loai' || key === 'ngay' || key === 'so') return true;
  const items = value.startsWith('[') ? (JSON.parse(value) as string[]) : [value];
  return items.every((v) => raw.includes(ws(v)));
}

function bodyParts(text: string) {
  const doc = parseDocument('file:///x.vbhc.md', text);
  return {
    headings: doc.body.headings.map((h) => `${h.level} ${h.label?.text ?? ''} ${ws(h.title)}`),
    paragraphs: doc.body.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'dash' || b.kind === 'footnote').map((b) => ws(b.text)),
  };
}

test('corpus raw texts are present (the comparison below runs on them)', { skip: files.length === 0 ? 'no ../shared/corpus' : false }, () => {
  assert.ok(files.length > 0);
});

for (const f of files) {
  test(`import of corpus ${f} matches its document`, async () => {
    const raw = readFileSync(join(CORPUS, f), 'utf8');
    const expected = readFileSync(join(CORPUS, f.replace('.raw.txt', '.vbhc.md')), 'utf8');
    const { text } = await importFile(f, readFileSync(join(CORPUS, f)));
    const rawFlat = ws(raw);
    const want = frontMatterValues(expected);
    const got = frontMatterValues(text);
    const keys = Object.keys(want).filter((k) => shown(rawFlat, k, want[k]));
    const keyMatches = keys.filter((k) => got[k] === want[k]);
    const a = bodyParts(text);
    const b = bodyParts(expected);
    const same = (x: string[], y: string[]) => y.filter((v, i) => x[i] === v).length;
    const report = `${f}: front matter ${keyMatches.length}/${keys.length} keys, headings ${same(a.headings, b.headings)}/${b.headings.length}, paragraphs ${same(a.paragraphs, b.paragraphs)}/${b.paragraphs.length}`;
    console.log(report);
    assert.deepEqual(Object.fromEntries(keys.map((k) => [k, got[k]])), Object.fromEntries(keys.map((k) => [k, want[k]])), report);
    assert.deepEqual(a.headings, b.headings, report);
    assert.deepEqual(a.paragraphs, b.paragraphs, report);
  });
}

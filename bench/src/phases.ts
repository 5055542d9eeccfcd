/**
 * Where the time of a re-check goes, on the 100-page document of the last
 * bench run (warm, medians of 30 runs): SourceText, front matter, the whole
 * parse, each rule alone on an analysed document, the shared analyses, and
 * the re-check after a one-line edit as the server does it.
 * Usage: node bench/build.mjs && node bench/out/phases.cjs
 */
import * as path from 'node:path';
import { ALL_RULES } from '../../server/src/service/checks/registry';
import { LanguageService, silentLogger } from '../../server/src/service/index';
import { parseDocument } from '../../server/src/service/model/document';
import { reparseAfterEdit } from '../../server/src/service/model/incremental';
import { documentDateMentions } from '../../server/src/service/checks/date-mentions';
import { parseFrontMatter } from '../../server/src/service/model/front-matter';
import { documentCitations } from '../../server/src/service/references/recognizer';
import { SourceText } from '../../server/src/service/text/source-text';
import { readFixtures } from './fixtures';

const fx = readFixtures(path.resolve(__dirname, 'data'));
const d = fx.docs.find((x) => x.pages === 100)!;
const text = d.doc.text;
const URI = 'file:///p.vbhc.md';

function median(f: () => void, runs = 30): number {
  for (let w = 0; w < 5; w++) f();
  const t: number[] = [];
  for (let r = 0; r < runs; r++) {
    const s = process.hrtime.bigint();
    f();
    t.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  return t.sort((a, b) => a - b)[runs >> 1];
}

const rows: [string, number][] = [];
const src = new SourceText(text);
rows.push(['SourceText', median(() => new SourceText(text))]);
rows.push(['parseFrontMatter', median(() => parseFrontMatter(src.text))]);
const parse = median(() => parseDocument(URI, text));
rows.push(['parseDocument', parse]);
rows.push(['documentCitations (fresh document)', median(() => documentCitations(parseDocument(URI, text))) - parse]);

const svc = new LanguageService({ logger: silentLogger });
svc.setDocument(URI, text);
svc.getDiagnostics(URI);
const doc = parseDocument(URI, text);
const ctx = svc.checkContext(doc);
for (const rule of ALL_RULES) rule.check(ctx, () => undefined);
for (const rule of ALL_RULES) rows.push([`${rule.code} (analyses cached)`, median(() => rule.check(ctx, () => undefined))]);

const lines = text.split('\n');
{
  const edited = [...lines];
  edited[d.doc.middleParagraphLine] += ' x';
  const next = edited.join('\n');
  documentCitations(doc);
  documentDateMentions(doc);
  rows.push(['reparseAfterEdit (one paragraph; citations and dates carried)', median(() => reparseAfterEdit(doc, next, 1))]);
}
let n = 0;
rows.push(['one-line edit: setDocument + getDiagnostics', median(() => {
  n++;
  lines[d.doc.middleParagraphLine] += n % 2 ? ' ' : '';
  svc.setDocument(URI, lines.join('\n'), n);
  svc.getDiagnostics(URI);
}, 40)]);
for (const [k, v] of rows) console.log(`${v.toFixed(2).padStart(8)} ms  ${k}`);

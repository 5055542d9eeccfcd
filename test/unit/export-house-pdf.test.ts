/**
 * The house-layout example (examples/bo-cuc-rieng: 25/20/35/20 mm margins,
 * 13 pt, 1.2 lines, read from its .vbhc.yaml as the CLI reads it) through
 * LibreOffice to PDF, measured with poppler: text starts at the top margin
 * and stays inside the side margins, the body is set at 13 pt with 1.2
 * lines, footnote text at 12 pt with a superscript mark at the foot of the
 * page, and the last paragraph shares the page of the signature block.
 * Skipped, with the reason, when LibreOffice or poppler is missing.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { convertDocxToPdf, findSoffice } from '../../server/src/export-file';
import { createCliService } from '../../server/src/cli';
import { pathToUri } from '../../server/src/uri';
import { PT_TO_MM, pdfLines, squash, type PdfLine } from './pdf-lines';

const SOURCE = resolve('examples/bo-cuc-rieng/bao-cao-bo-cuc-rieng.vbhc.md');
const hasPoppler = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error === undefined;

let pdf: string | undefined;
let skip: string | false = hasPoppler ? false : 'poppler-utils (pdftotext) not installed';

before(async () => {
  if (skip) return;
  if (!(await findSoffice())) {
    skip = 'LibreOffice (soffice) not installed';
    return;
  }
  const service = await createCliService(SOURCE, process.cwd());
  const uri = pathToUri(SOURCE);
  service.setDocument(uri, readFileSync(SOURCE, 'utf8'));
  const { bytes, notes } = await service.exportDocx(uri);
  assert.deepEqual(notes, []);
  pdf = join(mkdtempSync(join(tmpdir(), 'vbhc-house-pdf-')), 'house.pdf');
  await convertDocxToPdf(bytes, pdf);
});


/** How often each type size is set in the PDF's page streams (`/Fn size Tf`). */
function typeSizes(file: string): Map<number, number> {
  const data = readFileSync(file);
  const sizes = new Map<number, number>();
  const bin = data.toString('latin1');
  for (const m of bin.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = bin.indexOf('endstream', start);
    let s: string;
    try {
      s = inflateSync(data.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const t of s.matchAll(/\/F\d+ ([\d.]+) Tf/g)) sizes.set(Number(t[1]), (sizes.get(Number(t[1])) ?? 0) + 1);
  }
  return sizes;
}

test('the house layout in the PDF: margins 25/20/35/20 mm', (t) => {
  if (skip) return t.skip(skip);
  const ls = pdfLines(pdf!);
  const body = ls.filter((l) => l.x1 - l.x0 > 120);
  assert.ok(body.length >= 10, `${body.length} full lines`);
  // Full body lines start at the left margin and, justified, end at the right one.
  assert.ok(Math.abs(Math.min(...body.map((l) => l.x0)) - 35) < 0.5, `left ${Math.min(...body.map((l) => l.x0)).toFixed(1)} mm`);
  assert.ok(Math.abs(210 - Math.max(...body.map((l) => l.x1)) - 20) < 0.6, `right ${(210 - Math.max(...body.map((l) => l.x1))).toFixed(1)} mm`);
  // Page 2: the page number in the header 10 mm from the edge, the text from the top margin.
  const p2 = ls.filter((l) => l.page === 2).sort((a, b) => a.y0 - b.y0);
  assert.equal(p2[0].text, '2');
  assert.ok(Math.abs(p2[0].y0 - 10) < 1, `page number at ${p2[0].y0.toFixed(1)} mm`);
  assert.ok(Math.abs(p2[1].y0 - 25) < 1, `text starts at ${p2[1].y0.toFixed(1)} mm`);
  // Nothing runs into the bottom margin.
  assert.ok(Math.max(...ls.map((l) => l.y1)) <= 297 - 20 + 1, `lowest text at ${Math.max(...ls.map((l) => l.y1)).toFixed(1)} mm`);
});

test('the house layout in the PDF: body at 13 pt on 1.2 lines with 6 pt between paragraphs', (t) => {
  if (skip) return t.skip(skip);
  const sizes = typeSizes(pdf!);
  const most = [...sizes].sort((a, b) => b[1] - a[1])[0][0];
  assert.equal(most, 13, `type sizes ${JSON.stringify([...sizes])}`);
  // Line pitch inside a paragraph: 1.2 × the font's single line (Liberation Serif: 1.149 em); 6 pt more between paragraphs.
  const first = pdfLines(pdf!).filter((l) => l.page === 1 && l.x1 - l.x0 > 120).sort((a, b) => a.y0 - b.y0);
  const gaps = first.slice(1).map((l, i) => (l.y0 - first[i].y0) / PT_TO_MM);
  const single = 13 * 1.149;
  assert.ok(gaps.some((g) => Math.abs(g - 1.2 * single) < 0.3), `gaps ${gaps.map((g) => g.toFixed(1))}`);
  assert.ok(gaps.some((g) => Math.abs(g - 1.2 * single - 6) < 0.3), `gaps ${gaps.map((g) => g.toFixed(1))}`);
});

test('the footnote in the PDF: 12 pt text at the foot of its page, its marks superscript', (t) => {
  if (skip) return t.skip(skip);
  const sizes = typeSizes(pdf!);
  assert.ok(sizes.has(12), 'footnote text at 12 pt');
  // Reference marks: a smaller size than the text they sit in.
  assert.ok([...sizes.keys()].some((s) => s < 9), `a superscript size among ${[...sizes.keys()]}`);
  const ls = pdfLines(pdf!);
  const note = ls.find((l) => squash(l.text).includes(squash('trình bày theo Phụ lục I')));
  assert.ok(note, 'the footnote text is printed');
  assert.equal(note.page, 1);
  assert.ok(note.y0 > 250, `footnote at ${note.y0.toFixed(1)} mm from the top`);
});

test('the last paragraph shares the page of the signature block', (t) => {
  if (skip) return t.skip(skip);
  const ls = pdfLines(pdf!);
  const closingPage = ls.find((l) => squash(l.text) === squash('Nơi nhận:'))!.page;
  const lastPage = ls.find((l) => /\.\/\.$/.test(l.text))!.page;
  assert.equal(lastPage, closingPage);
});

/**
 * The exported .docx as other programs see it: LibreOffice turns the
 * project's sample report and plan (examples/) into PDF (export-file.ts), poppler reads the pages back (A4,
 * order of the header parts, Quốc hiệu on one line, no page number on page
 * 1, a centred number in the top margin of page 2), and pandoc reads the
 * .docx with no error and keeps the text of every paragraph. Skipped, with
 * the reason, when a tool is missing.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { convertDocxToPdf, findSoffice } from './export-file';
import { parseDocument } from './service/model/document';
import { exportDocx } from './service/export/docx';
import { FIXED_TEXT, PAGE_MM, TEXT_WIDTH_MM, UNIT } from './service/export/layout-constants';

const EXAMPLES = join(process.cwd(), 'examples');
/** Two samples of the project that run over two pages: a report with a parent agency, and a plan. */
const SAMPLES = ['bao-cao-mau', 'ke-hoach-mau'];
const has = (cmd: string, arg = '-v') => spawnSync(cmd, [arg], { stdio: 'ignore' }).error === undefined;
const hasPoppler = has('pdftotext') && has('pdfinfo');
const hasPandoc = has('pandoc', '--version');

const work = mkdtempSync(join(tmpdir(), 'vbhc-pdf-test-'));
const docx = new Map<string, Uint8Array>();
const pdf = new Map<string, string>();
let soffice: string | undefined;

before(async () => {
  soffice = await findSoffice();
  for (const name of SAMPLES) {
    const doc = parseDocument(`file:///${name}.vbhc.md`, readFileSync(join(EXAMPLES, `${name}.vbhc.md`), 'utf8'));
    const { bytes } = await exportDocx(doc);
    docx.set(name, bytes);
    if (soffice && hasPoppler) {
      const out = join(work, `${name}.pdf`);
      await convertDocxToPdf(bytes, out);
      pdf.set(name, out);
    }
  }
});

after(() => rmSync(work, { recursive: true, force: true }));

const skipPdf = !hasPoppler ? 'poppler-utils (pdftotext, pdfinfo) not installed' : false;
/** Evaluated inside the test: `soffice` is only known after `before`. */
function needSoffice(t: { skip(msg: string): void }): boolean {
  if (!soffice) {
    t.skip('LibreOffice (soffice) not installed');
    return false;
  }
  return true;
}

const text = (file: string, page: number, layout = true) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), ...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });

interface Word {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

function words(file: string, page: number): Word[] {
  const html = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: m[4] }));
}

const MM_TO_PT = UNIT.PT_PER_INCH / UNIT.MM_PER_INCH;

for (const name of SAMPLES) {
  test(`${name}: the PDF is A4`, { skip: skipPdf }, (t) => {
    if (!needSoffice(t)) return;
    const info = execFileSync('pdfinfo', [pdf.get(name)!], { encoding: 'utf8' });
    const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    assert.ok(Math.abs(Number(m[1]) - PAGE_MM.WIDTH * MM_TO_PT) < 1, info);
    assert.ok(Math.abs(Number(m[2]) - PAGE_MM.HEIGHT * MM_TO_PT) < 1, info);
    assert.ok(Number(/Pages:\s+(\d+)/.exec(info)![1]) >= 2, 'the samples run over two pages');
  });

  test(`${name}: the header parts come in order and the national title sits on one line`, { skip: skipPdf }, (t) => {
    if (!needSoffice(t)) return;
    const lines = text(pdf.get(name)!, 1).split('\n');
    const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
    const quocHieu = at(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    const motto = at(/Độc lập - Tự do - Hạnh phúc/);
    const so = at(/Số:/);
    const date = at(/ngày .* tháng .* năm/);
    const type = at(/^\s*(BÁO CÁO|KẾ HOẠCH)\s*$/);
    assert.ok(quocHieu >= 0, 'the whole Quốc hiệu is found on one text line');
    assert.ok(quocHieu < motto && motto < date && date < type, `order: ${[quocHieu, motto, date, type]}`);
    assert.equal(so, date, 'Số and the date share a row');
    // One line by position too: every word of the Quốc hiệu has the same top.
    const qh = words(pdf.get(name)!, 1).filter((w) => FIXED_TEXT.QUOC_HIEU.split(' ').includes(w.text) && w.yMin < 100);
    assert.equal(qh.length, FIXED_TEXT.QUOC_HIEU.split(' ').length);
    assert.equal(new Set(qh.map((w) => Math.round(w.yMin))).size, 1);
    if (name === 'bao-cao-mau') {
      const parent = at(/UBND TỈNH QUẢNG NGÃI/);
      const issuer = at(/SỞ KHOA HỌC/);
      assert.ok(parent <= quocHieu && parent < issuer && issuer < so, 'parent agency, issuer, then Số in the left column');
      assert.ok(at(/kết quả thực hiện công tác dân vận/) > type, 'the subject follows the type name');
    }
  });

  test(`${name}: no page number on page 1, a centred page number in the top margin of page 2`, { skip: skipPdf }, (t) => {
    if (!needSoffice(t)) return;
    const file = pdf.get(name)!;
    const topMarginPt = PAGE_MM.MARGIN_TOP * MM_TO_PT;
    const page1Top = words(file, 1).filter((w) => w.yMin < topMarginPt - 2);
    assert.deepEqual(page1Top, [], 'nothing printed above the top margin of page 1');
    assert.doesNotMatch(text(file, 1).split('\n').filter((l) => l.trim())[0], /^\s*\d+\s*$/);
    // Body glyph boxes may start a point above the margin; the number sits near 10 mm.
    const num = words(file, 2).filter((w) => w.yMin < topMarginPt - 5);
    assert.deepEqual(num.map((w) => w.text), ['2']);
    const centre = (num[0].xMin + num[0].xMax) / 2;
    const textCentre = (PAGE_MM.MARGIN_LEFT + TEXT_WIDTH_MM / 2) * MM_TO_PT;
    assert.ok(Math.abs(centre - textCentre) < 5, `page number centred: ${centre} vs ${textCentre}`);
  });
}

/** Paragraph texts of a .docx (line breaks as spaces), headers and footnotes included. */
async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: string[] = [];
  for (const part of ['word/document.xml', 'word/footnotes.xml']) {
    const xml = (await zip.file(part)?.async('string')) ?? '';
    for (const p of xml.matchAll(/<w:p>.*?<\/w:p>/gs)) {
      const t = [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[1] === undefined ? ' ' : m[1])).join('');
      if (t.trim()) out.push(decode(t));
    }
  }
  return out;
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

const norm = (s: string) => s.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();

for (const name of SAMPLES) {
  test(`${name}: pandoc reads the .docx with no error and keeps the text of every paragraph`, { skip: !hasPandoc ? 'pandoc not installed' : false }, async () => {
    const file = join(work, `${name}.docx`);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, docx.get(name)!);
    const r = spawnSync('pandoc', ['-f', 'docx', '-t', 'html', '--wrap=none', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr.trim(), '', 'no warnings');
    // Footnote reference marks are dropped (our paragraph texts do not contain them either).
    const html = norm(decode(r.stdout.replace(/<a href="#fn\d+"[^>]*>.*?<\/a>/g, '').replace(/<br \/>/g, ' ').replace(/<[^>]+>/g, '')));
    const paras = await docxParagraphs(docx.get(name)!);
    assert.ok(paras.length > 20);
    for (const p of paras) assert.ok(html.includes(norm(p)), `pandoc lost: ${p.slice(0, 80)}`);
    assert.ok(html.includes('Lưu: VT, VP.'));
  });
}

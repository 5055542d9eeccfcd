/**
 * Each model form through LibreOffice to PDF, read back with poppler: the
 * order of the parts on page 1 of a công văn (V/v in the left column under
 * Số, smaller), a tờ trình and a quyết định (authority, căn cứ, "QUYẾT
 * ĐỊNH:", articles, a multi-line signature authority); a plan whose
 * landscape appendix table runs over pages with its header row repeated and
 * its pages numbered on their own; pandoc reads that .docx back. Uses the
 * project's own fixtures. Skipped, with the reason, when LibreOffice,
 * poppler or pandoc is missing.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertDocxToPdf, findSoffice } from '../../server/src/export-file';
import { parseDocument } from '../../server/src/service/model/document';
import { exportDocx } from '../../server/src/service/export/docx';
import { PAGE_MM } from '../../server/src/service/export/layout-constants';
import { CONG_VAN_FIXTURE, QUYET_DINH_FIXTURE, TO_TRINH_FIXTURE, keHoachWithAppendices } from '../../server/src/service/export/layout-types.fixture';
import { PT_TO_MM, pdfLines, squash, type PdfLine } from './pdf-lines';

const has = (cmd: string, arg = '-v') => spawnSync(cmd, [arg], { stdio: 'ignore' }).error === undefined;
const hasPoppler = has('pdftotext') && has('pdfinfo');
const hasPandoc = has('pandoc', '--version');

const FIXTURES = { cv: CONG_VAN_FIXTURE, ttr: TO_TRINH_FIXTURE, qd: QUYET_DINH_FIXTURE, kh: keHoachWithAppendices() } as const;
type Name = keyof typeof FIXTURES;

const work = mkdtempSync(join(tmpdir(), 'vbhc-types-pdf-'));
const docx = new Map<Name, string>();
const pdf = new Map<Name, string>();
let skip: string | false = hasPoppler ? false : 'poppler-utils (pdftotext, pdfinfo) not installed';

before(async () => {
  for (const [name, text] of Object.entries(FIXTURES) as [Name, string][]) {
    const { bytes, notes } = await exportDocx(parseDocument(`file:///${name}.vbhc.md`, text));
    assert.deepEqual(notes, [], name);
    const file = join(work, `${name}.docx`);
    writeFileSync(file, bytes);
    docx.set(name, file);
  }
  if (skip) return;
  if (!(await findSoffice())) {
    skip = 'LibreOffice (soffice) not installed';
    return;
  }
  for (const [name, file] of docx) {
    const out = join(work, `${name}.pdf`);
    await convertDocxToPdf(readFileSync(file), out);
    pdf.set(name, out);
  }
});

after(() => rmSync(work, { recursive: true, force: true }));


/** The first line of `page` that starts with `start` (spaces ignored). */
function lineStarting(ls: readonly PdfLine[], page: number, start: string): PdfLine {
  const found = ls.find((l) => l.page === page && squash(l.text).startsWith(squash(start)));
  assert.ok(found, `page ${page}: no line starting "${start}" in ${JSON.stringify(ls.filter((l) => l.page === page).map((l) => l.text))}`);
  return found;
}

/** Asserts that the lines starting with `starts` come in this order down page `page`. */
function assertOrder(ls: readonly PdfLine[], page: number, starts: readonly string[]): void {
  const ys = starts.map((s) => lineStarting(ls, page, s).y0);
  for (let i = 1; i < ys.length; i++) assert.ok(ys[i] > ys[i - 1], `"${starts[i]}" (${ys[i].toFixed(1)} mm) is below "${starts[i - 1]}" (${ys[i - 1].toFixed(1)} mm)`);
}

function needPdf(t: { skip(msg: string): void }, name: Name): string | undefined {
  if (skip) {
    t.skip(skip);
    return undefined;
  }
  return pdf.get(name);
}

/** Page sizes in mm, [width, height] per page. */
function pageSizes(file: string): [number, number][] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]) * PT_TO_MM, Number(m[2]) * PT_TO_MM]);
}

test('công văn, page 1: Số, then "V/v …" centred in the left column in smaller type, Kính gửi and its list, the body, the signature', (t) => {
  const file = needPdf(t, 'cv');
  if (!file) return;
  const ls = pdfLines(file);
  assertOrder(ls, 1, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 04/SKHCN-VP', 'V/v góp ý', 'Kính gửi:', '- Phòng Quản lý khoa học;', '- Trung tâm Ứng dụng', 'Để hoàn thiện', 'Nơi nhận:']);
  const so = lineStarting(ls, 1, 'Số:');
  const vv = lineStarting(ls, 1, 'V/v');
  // The left column: the V/v lines end left of the page's middle and are centred under Số (within a few mm).
  assert.ok(vv.x1 < PAGE_MM.WIDTH / 2, `V/v ends at ${vv.x1.toFixed(1)} mm`);
  assert.ok(Math.abs((vv.x0 + vv.x1) / 2 - (so.x0 + so.x1) / 2) < 4, `V/v centre ${((vv.x0 + vv.x1) / 2).toFixed(1)}, Số centre ${((so.x0 + so.x1) / 2).toFixed(1)}`);
  // 12 pt under 13 pt: a lower line box.
  assert.ok(vv.y1 - vv.y0 < so.y1 - so.y0, `V/v box ${(vv.y1 - vv.y0).toFixed(2)} mm, Số box ${(so.y1 - so.y0).toFixed(2)} mm`);
  assert.equal(ls.some((l) => l.page === 1 && squash(l.text) === squash('CÔNG VĂN')), false, 'no type name');
});

test('tờ trình, page 1: type name, subject, Kính gửi on one line, then the body', (t) => {
  const file = needPdf(t, 'ttr');
  if (!file) return;
  assertOrder(pdfLines(file), 1, ['Số: 12/TTr-SKHCN', 'TỜ TRÌNH', 'đề nghị phê duyệt danh mục', 'Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi', 'I. SỰ CẦN THIẾT']);
});

test('quyết định, page 1: type name, subject, authority, căn cứ, "QUYẾT ĐỊNH:", articles, then the two-line signature authority', (t) => {
  const file = needPdf(t, 'qd');
  if (!file) return;
  const ls = pdfLines(file);
  assertOrder(ls, 1, ['Số: 08/QĐ-UBND', 'QUYẾT ĐỊNH', 'Về việc thành lập', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'Căn cứ Luật', 'Theo đề nghị', 'QUYẾT ĐỊNH:', 'Điều 1.', 'Điều 2.', 'Điều 3.', 'Nơi nhận:', '- Như Điều 3;']);
  assertOrder(ls, 1, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Võ Minh Châu']);
  // Authority and "QUYẾT ĐỊNH:" centred on the text area (left margin 30, right 15 mm).
  const centre = (30 + PAGE_MM.WIDTH - 15) / 2;
  for (const s of ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'QUYẾT ĐỊNH:']) {
    const l = lineStarting(ls, 1, s);
    assert.ok(Math.abs((l.x0 + l.x1) / 2 - centre) < 3, `${s}: centre ${((l.x0 + l.x1) / 2).toFixed(1)} mm`);
  }
});

test('a plan with a landscape appendix: landscape pages only for it, its header row on every page, pages numbered per appendix', (t) => {
  const file = needPdf(t, 'kh');
  if (!file) return;
  const sizes = pageSizes(file);
  const landscape = sizes.map(([w, h]) => w > h);
  assert.ok(sizes.length >= 4, `${sizes.length} pages`);
  assert.equal(landscape[0], false, 'the plan is portrait');
  assert.equal(landscape[sizes.length - 1], false, 'appendix II is portrait');
  const wide = landscape.flatMap((l, i) => (l ? [i + 1] : []));
  assert.ok(wide.length >= 2, `the table runs over ${wide.length} landscape pages`);
  assert.deepEqual(wide, Array.from({ length: wide.length }, (_, i) => i + 2), 'appendix I, and only it, is landscape');
  const ls = pdfLines(file);
  const top = (page: number) => ls.filter((l) => l.page === page).sort((a, b) => a.y0 - b.y0);
  // Page 1 and each appendix's first page carry no number; later pages of appendix I are numbered 2, 3, … at the top.
  assert.equal(top(1)[0].text.trim().startsWith('UBND'), true, top(1)[0].text);
  assert.equal(squash(top(2)[0].text), squash('Phụ lục I'));
  wide.slice(1).forEach((page, i) => {
    const [number, header] = top(page);
    assert.equal(number.text.trim(), String(i + 2), `page ${page}`);
    assert.ok(number.y0 < 15, `page number ${number.y0.toFixed(1)} mm from the top`);
    // The table's header row repeats at the top of the page.
    assert.equal(squash(header.text), 'STT', `page ${page} starts with ${header.text}`);
    const beside = ls.filter((l) => l.page === page && Math.abs(l.y0 - header.y0) < 2).map((l) => squash(l.text));
    assert.ok(beside.includes(squash('Nhiệm vụ')) && beside.includes(squash('Sản phẩm')), `the header row: ${JSON.stringify(beside)}`);
  });
  assert.equal(squash(top(sizes.length)[0].text), squash('Phụ lục II'));
  // The landscape table fills the width between the rotated side margins (20 mm each).
  const row = lineStarting(ls, wide[0], 'STT');
  assert.ok(row.x0 < 20 + 4, `table starts at ${row.x0.toFixed(1)} mm`);
  const rightmost = Math.max(...ls.filter((l) => l.page === wide[0]).map((l) => l.x1));
  assert.ok(rightmost > PAGE_MM.HEIGHT - 20 - 40, `text reaches ${rightmost.toFixed(1)} mm`);
});

test('pandoc reads the plan with its appendices back', { skip: hasPandoc ? false : 'pandoc not installed' }, () => {
  const text = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', docx.get('kh')!], { encoding: 'utf8' });
  for (const s of ['Phụ lục I', 'DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025', '(Kèm theo Kế hoạch số 07/KH-SKHCN', 'Rà soát quy trình nội bộ số 30 của Sở', 'Phụ lục II', 'Văn phòng Sở tổng hợp kết quả thực hiện hằng quý.']) {
    assert.ok(text.includes(s), `pandoc text has "${s}"`);
  }
});

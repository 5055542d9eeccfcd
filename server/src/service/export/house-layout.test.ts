/**
 * A department's house layout: read from a `layout` section, clamped to
 * Decree 30's ranges with a finding for every value not used as given,
 * reported on the offending value of `.vbhc.yaml`, and applied alike to the
 * .docx (page margins, Normal and headings) and to the preview.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { pick } from '../i18n';
import { parseDocument } from '../model/document';
import { createLanguageService } from '../language-service';
import { exportDocx } from './docx';
import { renderHtml } from './html';
import { houseLayoutDiagnostics, LAYOUT_CODE, resolveHouseLayout } from './house-layout';
import { DEFAULT_HOUSE_LAYOUT, mmToTwip } from './layout-constants';
import { HOUSE_LAYOUT_REPORT as TEXT } from './house-layout.fixture';

const HOUSE = { margins_mm: { top: 25, bottom: 20, left: 35, right: 20 }, body_pt: 13, line_spacing: 1.2, paragraph_spacing_pt: 6 };

test('no layout section: the decree defaults, no findings', () => {
  assert.deepEqual(resolveHouseLayout(undefined), { layout: DEFAULT_HOUSE_LAYOUT, problems: [] });
  assert.deepEqual(resolveHouseLayout({}).problems, []);
});

test('values inside the ranges are used as given', () => {
  const r = resolveHouseLayout(HOUSE);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.layout, { marginsMm: { top: 25, bottom: 20, left: 35, right: 20 }, bodyPt: 13, lineSpacing: 1.2, paragraphSpacingPt: 6 });
  // Keys left out keep their defaults.
  assert.deepEqual(resolveHouseLayout({ margins_mm: { left: 32 } }).layout.marginsMm, { ...DEFAULT_HOUSE_LAYOUT.marginsMm, left: 32 });
});

test('a value outside the decree range is clamped and reported, quoting the value, the range and what was used', () => {
  const r = resolveHouseLayout({ margins_mm: { top: 18, right: 30 }, body_pt: 12, line_spacing: 2, paragraph_spacing_pt: 3 });
  assert.deepEqual(r.layout, { marginsMm: { top: 20, bottom: 20, left: 30, right: 20 }, bodyPt: 13, lineSpacing: 1.5, paragraphSpacingPt: 6 });
  assert.deepEqual(r.problems.map((p) => [p.code, p.path.join('.')]), [
    [LAYOUT_CODE.RANGE, 'margins_mm.top'],
    [LAYOUT_CODE.RANGE, 'margins_mm.right'],
    [LAYOUT_CODE.RANGE, 'body_pt'],
    [LAYOUT_CODE.RANGE, 'line_spacing'],
    [LAYOUT_CODE.RANGE, 'paragraph_spacing_pt'],
  ]);
  assert.equal(pick(r.problems[0].message, 'vi'), 'Lề trên 18 mm nằm ngoài khoảng Nghị định 30/2020/NĐ-CP cho phép (20 mm–25 mm); đã dùng 20 mm. Sửa thành một giá trị trong khoảng đó.');
  assert.equal(pick(r.problems[3].message, 'en'), 'Line spacing 2 is outside the range Decree 30/2020/NĐ-CP allows (1–1.5); 1.5 was used. Change it to a value in that range.');
  assert.match(pick(r.problems[4].message, 'vi'), /Khoảng cách giữa các đoạn 3 pt .*\(từ 6 pt trở lên\); đã dùng 6 pt/);
  // Exactly on the bounds is inside.
  assert.deepEqual(resolveHouseLayout({ margins_mm: { top: 20, bottom: 25, left: 35, right: 15 }, body_pt: 14, line_spacing: 1.5 }).problems, []);
});

test('a value that is not a number, a section that is not a map and an unknown key are reported; the defaults stay', () => {
  const r = resolveHouseLayout({ body_pt: '13', margins_mm: 'rộng', line_height: 1.2 });
  assert.deepEqual(r.layout, DEFAULT_HOUSE_LAYOUT);
  assert.deepEqual(r.problems.map((p) => [p.code, p.path.join('.')]), [
    [LAYOUT_CODE.INVALID, 'body_pt'],
    [LAYOUT_CODE.INVALID, 'margins_mm'],
    [LAYOUT_CODE.INVALID, 'line_height'],
  ]);
  assert.match(pick(r.problems[0].message, 'vi'), /Cỡ chữ phần nội dung phải là một số \(13 pt–14 pt\), không phải "13"; đã dùng mặc định 14 pt\./);
  assert.match(pick(r.problems[2].message, 'en'), /Unknown key "line_height" in the layout section; valid keys: margins_mm, body_pt, line_spacing, paragraph_spacing_pt\./);
  assert.equal(resolveHouseLayout([1, 2]).problems.length, 1);
});

test('.vbhc.yaml: each finding sits on the offending value (an unknown key on the key); other sections are left alone', () => {
  const yaml = 'language: vi\nlayout:\n  margins_mm:\n    top: 18\n    left: 32\n  body_pt: 15\n  lin_spacing: 1.2\ncatalogs: []\n';
  const d = houseLayoutDiagnostics(yaml, 'vi');
  assert.deepEqual(
    d.map((x) => [x.code, x.severity, x.range.start.line, x.range.start.character, x.range.end.character]),
    [
      [LAYOUT_CODE.RANGE, 'warning', 3, 9, 11],
      [LAYOUT_CODE.RANGE, 'warning', 5, 11, 13],
      [LAYOUT_CODE.INVALID, 'warning', 6, 2, 13],
    ],
  );
  assert.deepEqual(houseLayoutDiagnostics('language: vi\n', 'vi'), []);
  assert.deepEqual(houseLayoutDiagnostics('layout: [\n', 'vi'), []);
});

test('the .docx takes the house layout: page margins, body and headings at its size, line and spacing; the text width follows', async () => {
  const { layout } = resolveHouseLayout(HOUSE);
  const zip = await JSZip.loadAsync((await exportDocx(parseDocument('file:///t.vbhc.md', TEXT), { layout })).bytes);
  const document = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const mar = /<w:pgMar [^>]*\/>/.exec(document)![0];
  const a = (xml: string, name: string) => new RegExp(`w:${name}="(-?\\d+)"`).exec(xml)?.[1];
  assert.deepEqual([a(mar, 'top'), a(mar, 'bottom'), a(mar, 'left'), a(mar, 'right')], [25, 20, 35, 20].map((mm) => String(mmToTwip(mm))));
  for (const id of ['Normal', 'Heading1']) {
    const st = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(styles)![0];
    assert.equal(/<w:sz w:val="(\d+)"\/>/.exec(st)![1], '26', `${id} 13 pt`);
    assert.match(st, /<w:spacing w:before="120" w:after="0" w:line="288" w:lineRule="auto"\/>/, `${id}: 6 pt before, 1.2 lines`);
  }
  // The closing table spans the narrower text width (210 − 35 − 20 = 155 mm).
  const widths = [...document.matchAll(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  assert.ok(widths.includes(mmToTwip(210) - mmToTwip(35) - mmToTwip(20)), `table widths ${widths}`);
});

test('the preview takes the same house layout', () => {
  const { layout } = resolveHouseLayout(HOUSE);
  const html = renderHtml(parseDocument('file:///t.vbhc.md', TEXT), { nonce: 'n', layout });
  assert.match(html, /padding:25mm 20mm 20mm 35mm;/);
  assert.match(html, /font-size:13pt;line-height:1\.15\}/);
  assert.match(html, /\.body\{[^}]*margin-top:6pt!important;[^}]*line-height:1\.38\}/);
});

test('settings given to the service reach export and preview; a clamped value is said in the export notes', async () => {
  const ls = createLanguageService({ settings: { lang: 'vi', layout: { ...HOUSE, margins_mm: { ...HOUSE.margins_mm, left: 40 } } } });
  assert.equal(ls.settings.layout.marginsMm.left, 35);
  const uri = 'file:///t.vbhc.md';
  ls.setDocument(uri, TEXT, 1);
  const out = await ls.exportDocx(uri);
  assert.match(out.notes[0], /^Lề trái 40 mm nằm ngoài khoảng/);
  assert.match(ls.renderHtml(uri, { nonce: 'n' }), /padding:25mm 20mm 20mm 35mm;/);
  ls.configure({ lang: 'vi' });
  assert.deepEqual((await ls.exportDocx(uri)).notes, []);
});

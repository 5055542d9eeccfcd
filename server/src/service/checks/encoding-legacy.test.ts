// encoding.legacy: legacy TCVN3/VNI runs are reported with a quick fix that
// converts them to Unicode NFC; Unicode text, code blocks and the corpus are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, silentLogger, type TextEdit } from '../index';

const CORPUS = join(process.cwd(), '../shared/corpus');
const hasCorpus = existsSync(join(CORPUS, '000.vbhc.md'));
const URI = 'file:///t.vbhc.md';

const HEADER = `---
loai: BC
co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
ky_hieu: SKHCN
dia_danh: "Quảng Ngãi"
ngay: 2025-05-30
trich_yeu: "kết quả công tác"
noi_nhan:
  - "Lưu: VT, VP"
---
`;

function service(text: string) {
  const s = createLanguageService({ logger: silentLogger });
  s.setDocument(URI, text);
  return s;
}

function legacy(text: string) {
  return service(text).getDiagnostics(URI).filter((d) => d.code === 'encoding.legacy');
}

/** Applies edits (original-text ranges) to a text. */
function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

test('a TCVN3 paragraph gives one encoding.legacy warning on the run, naming the text and its reading', () => {
  const text = HEADER + '\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\n';
  const diags = legacy(text);
  assert.equal(diags.length, 1);
  const d = diags[0];
  assert.equal(d.severity, 'warning');
  assert.equal(d.range.start.line, 11);
  assert.equal(d.range.start.character, 0);
  assert.equal(d.range.end.character, 'Céng hoµ x· héi chñ nghÜa ViÖt'.length);
  assert.match(d.message, /TCVN3 \(ABC\)/);
  assert.match(d.message, /"Céng hoµ x· héi chñ nghÜa ViÖt"/);
  assert.match(d.message, /"Cộng hoà xã hội chủ nghĩa Việt"/);
  assert.deepEqual(d.data, { encoding: 'tcvn3', converted: 'Cộng hoà xã hội chủ nghĩa Việt' });
});

test('the quick fix converts the run to Unicode NFC and the warning goes away', () => {
  const text = HEADER + '\nTheo Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam.\n';
  const [d] = legacy(text);
  assert.ok(d, 'fires on VNI');
  assert.match(d.message, /VNI/);
  const fixed = apply(text, d.fixes![0].edits);
  assert.ok(fixed.includes('Theo Cộng hòa xã hội chủ nghĩa Việt Nam.'));
  assert.equal(fixed, fixed.normalize('NFC'));
  assert.deepEqual(legacy(fixed), []);
});

test('the quick fix is offered as a code action on the diagnostic range, and stays out of fix-all', () => {
  const text = HEADER + '\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\n';
  const s = service(text);
  const d = s.getDiagnostics(URI).find((x) => x.code === 'encoding.legacy')!;
  const actions = s.getCodeActions(URI, d.range).filter((a) => a.diagnostic?.code === 'encoding.legacy');
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'quickfix');
  assert.match(actions[0].title, /Cộng hoà/);
  assert.ok(!s.getFixAllEdits(URI).some((e) => e.newText.includes('Cộng hoà')));
});

test('legacy text in a front-matter value fires too', () => {
  const text = HEADER.replace('"kết quả công tác"', '"kÕt qu¶ c«ng t¸c d©n vËn"') + '\nNội dung.\n';
  const diags = legacy(text);
  assert.equal(diags.length, 1);
  assert.equal(diags[0].range.start.line, 6);
});

test('a CRLF document with a BOM gets fix edits at the right original columns', () => {
  const text = '\ufeff' + (HEADER + '\nMở đầu: Céng hoµ x· héi chñ nghÜa ViÖt Nam\n').replace(/\n/g, '\r\n');
  const [d] = legacy(text);
  assert.equal(d.range.start.line, 11);
  assert.equal(d.range.start.character, 'Mở đầu: '.length);
  const fixed = apply(text.replace(/\r\n/g, '\n'), d.fixes![0].edits);
  assert.ok(fixed.includes('Mở đầu: Cộng hoà xã hội chủ nghĩa Việt Nam'));
});

test('NFD Unicode Vietnamese, foreign words and symbols do not fire', () => {
  const body = 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi báo cáo kết quả.\n\nMüller, café, naïve, © 2025, ½, «Bonjour», Zürich.\n';
  assert.deepEqual(legacy((HEADER + '\n' + body).normalize('NFD')), []);
  assert.deepEqual(legacy(HEADER + '\n' + body), []);
});

test('legacy-looking text inside a fenced code block does not fire', () => {
  assert.deepEqual(legacy(HEADER + '\n```\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\n```\n'), []);
});

test('the corpus documents give no encoding.legacy', { skip: !hasCorpus }, () => {
  for (const name of ['000.vbhc.md', '001.vbhc.md']) assert.deepEqual(legacy(readFileSync(join(CORPUS, name), 'utf8')), [], name);
});

test('convertLegacyEncoding without a range converts every legacy run of the document, code blocks untouched', () => {
  const text = HEADER + '\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\n\nSở Khoa học báo cáo.\n\n§éc lËp - Tù do - H¹nh phóc\n\n```\nCéng hoµ x· héi\n```\n';
  const s = service(text);
  const edits = s.convertLegacyEncoding(URI);
  assert.equal(edits.length, 2);
  const out = apply(text, edits);
  assert.ok(out.includes('Cộng hoà xã hội chủ nghĩa Việt Nam\n'));
  assert.ok(out.includes('Độc lập - Tự do - Hạnh phúc'));
  assert.ok(out.includes('```\nCéng hoµ x· héi\n```'));
  assert.ok(out.includes('Sở Khoa học báo cáo.'));
});

test('convertLegacyEncoding on a selection converts a single clear word the document check would leave', () => {
  const text = HEADER + '\nXem ViÖt và Sở Khoa học.\n';
  const s = service(text);
  assert.deepEqual(s.convertLegacyEncoding(URI), []);
  const edits = s.convertLegacyEncoding(URI, { start: { line: 11, character: 0 }, end: { line: 11, character: 24 } });
  assert.equal(apply(text, edits).split('\n')[11], 'Xem Việt và Sở Khoa học.');
});

test('convertLegacyEncoding on an unknown document or a Unicode selection gives no edits', () => {
  const s = service(HEADER + '\nSở Khoa học và Công nghệ.\n');
  assert.deepEqual(s.convertLegacyEncoding('file:///none.vbhc.md'), []);
  assert.deepEqual(s.convertLegacyEncoding(URI, { start: { line: 11, character: 0 }, end: { line: 11, character: 25 } }), []);
});

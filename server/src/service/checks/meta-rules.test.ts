import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { createLanguageService } from '../language-service';
import { metaYaml } from './meta-yaml';
import { metaMissingField } from './meta-missing-field';
import { metaInvalidValue } from './meta-invalid-value';
import { metaNoiNhanLuu } from './meta-noi-nhan-luu';
import type { Rule } from './rule';

const FULL = `---
loai: BC
co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
ky_hieu: SKHCN
dia_danh: "Quảng Ngãi"
ngay: 2025-05-30
trich_yeu: "kết quả công tác"
noi_nhan:
  - "Sở Nội vụ"
  - "Lưu: VT, VP"
ky:
  quyen_han: "KT. GIÁM ĐỐC"
  chuc_vu: "PHÓ GIÁM ĐỐC"
  ho_ten: "Trần Văn A"
---

Nội dung./.
`;

const META: Rule[] = [metaYaml, metaMissingField, metaInvalidValue, metaNoiNhanLuu];

function check(text: string, lang: 'vi' | 'en' = 'vi') {
  const ls = createLanguageService({ rules: META, settings: { lang } });
  ls.setDocument('file:///t.vbhc.md', text);
  return ls.getDiagnostics('file:///t.vbhc.md');
}

function applyEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lines = text.split('\n');
  const off = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => off(b.range.start) - off(a.range.start))
    .reduce((t, e) => t.slice(0, off(e.range.start)) + e.newText + t.slice(off(e.range.end)), text);
}

test('a complete front matter gives no metadata diagnostic', () => {
  assert.deepEqual(check(FULL), []);
});

test('each missing required key is reported on line 1 with its name', () => {
  const text = FULL.replace(/^co_quan:.*\n/m, '').replace(/^ngay:.*\n/m, '');
  const d = check(text);
  assert.deepEqual(d.map((x) => [x.code, x.range.start.line, (x.data as { key: string }).key]), [
    ['meta.missing-field', 0, 'co_quan'],
    ['meta.missing-field', 0, 'ngay'],
  ]);
  assert.match(d[0].message, /"co_quan"/);
});

test('the missing-field fix inserts the key before the closing fence', () => {
  const text = FULL.replace(/^dia_danh:.*\n/m, '');
  const [d] = check(text);
  const fixed = applyEdits(text, d.fixes![0].edits);
  assert.match(fixed, /dia_danh: "<Địa danh>"\n(.|\n)*---\n\nNội dung/);
  // The placeholder still counts as not filled.
  assert.equal(check(fixed)[0].code, 'meta.missing-field');
});

test('a file without front matter reports every required key on line 1', () => {
  const d = check('Chỉ có nội dung./.\n');
  assert.equal(d.length, 9);
  assert.ok(d.every((x) => x.code === 'meta.missing-field' && x.range.start.line === 0));
});

test('a YAML syntax error gives one meta.yaml on the offending line and nothing else', () => {
  const text = FULL.replace('ky_hieu: SKHCN', 'ky_hieu: "SKHCN');
  const d = check(text);
  assert.equal(d.length, 1);
  assert.equal(d[0].code, 'meta.yaml');
  assert.equal(d[0].range.start.line, 3); // the line with the unpaired quote
  assert.match(d[0].message, /dòng 4:1/);
});

test('a duplicate key is a YAML error on the second key', () => {
  const d = check(FULL.replace('ky_hieu: SKHCN', 'ky_hieu: SKHCN\nky_hieu: SNV'));
  assert.equal(d[0].code, 'meta.yaml');
  assert.equal(d[0].range.start.line, 4);
});

test('an unclosed front matter is reported on line 1', () => {
  const d = check('---\nloai: BC\n');
  assert.equal(d[0].code, 'meta.yaml');
  assert.equal(d[0].range.start.line, 0);
});

test('an unknown loai, a malformed ngay and a quyen_han without prefix are invalid values', () => {
  const text = FULL.replace('loai: BC', 'loai: bc').replace('ngay: 2025-05-30', 'ngay: 30/5/2025').replace('KT. GIÁM ĐỐC', 'KT GIÁM ĐỐC');
  const d = check(text).filter((x) => x.code === 'meta.invalid-value');
  assert.deepEqual(d.map((x) => x.range.start.line), [1, 5, 11]);
  assert.equal(d[0].fixes![0].edits[0].newText, 'BC');
  assert.equal(d[1].fixes![0].edits[0].newText, '2025-05-30');
  assert.equal(d[2].fixes![0].edits[0].newText, '"KT. GIÁM ĐỐC"');
});

test('an old Circular 01/2011 code is explained', () => {
  const d = check(FULL.replace('loai: BC', 'loai: UQ'));
  assert.match(d[0].message, /GUQ/);
});

test('a date that does not exist is an invalid ngay', () => {
  const d = check(FULL.replace('ngay: 2025-05-30', 'ngay: 2025-02-29'));
  assert.equal(d[0].code, 'meta.invalid-value');
  assert.match(d[0].message, /không có thật/);
});

test('the last recipient must be Lưu', () => {
  const d = check(FULL.replace('  - "Lưu: VT, VP"\n', '  - "Lưu: VT, VP"\n  - "UBND tỉnh"\n'));
  assert.equal(d.length, 1);
  assert.equal(d[0].code, 'meta.noi-nhan-luu');
  assert.equal(d[0].severity, 'warning');
  assert.equal(d[0].range.start.line, 10);
  assert.match(d[0].message, /Chuyển/);
});

test('messages follow the language setting', () => {
  const d = check(FULL.replace(/^co_quan:.*\n/m, ''), 'en');
  assert.match(d[0].message, /^Missing required key "co_quan"/);
});

const corpus = '../shared/corpus/001.vbhc.md';
test('corpus 001 lists meta.missing-field for each absent header key on line 1', { skip: !existsSync(corpus) }, () => {
  const ls = createLanguageService({ rules: META });
  ls.setDocument('file:///001.vbhc.md', readFileSync(corpus, 'utf8'));
  const d = ls.getDiagnostics('file:///001.vbhc.md');
  assert.deepEqual(
    d.map((x) => [x.code, x.range.start.line, (x.data as { key: string }).key]),
    ['co_quan', 'ky_hieu', 'dia_danh', 'ngay'].map((k) => ['meta.missing-field', 0, k]),
  );
});

// Hostile input through the whole service: broken YAML, NFD text, CRLF with a
// BOM, an empty file, a 5 MB file, NUL bytes and lone surrogates. Each test
// asserts the outcome, not only the absence of a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, MAX_DOCUMENT_CHARS, silentLogger, type VbhcLanguageService } from '../../server/src/service/index';
import { FUZZ_NONCE, assertHtmlSafe, checkAllFeatures, checkDocx, diagnosticKeys, FUZZ_URI, serviceWith } from '../fuzz/harness';

/** The project's sample documents (any clone has them). */
const EXAMPLES = join(process.cwd(), 'examples');
const FM = '---\nloai: BC\nco_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"\nky_hieu: SKHCN\ndia_danh: "Quảng Ngãi"\nngay: 2025-05-30\ntrich_yeu: "kết quả công tác"\nnoi_nhan:\n  - "Sở Nội vụ"\n  - "Lưu: VT, VP"\nky:\n  chuc_vu: "GIÁM ĐỐC"\n  ho_ten: "Nguyễn Văn A"\n---\n';
const BODY = '\n# I. KẾT QUẢ THỰC HIỆN\n\n## 1. Công tác lãnh đạo\n\nTheo Kế hoạch số 106/KH-SKHCN ngày 31/02/2025 của Sở.\n\n## 3. Nhảy số\n\n# II. PHƯƠNG HƯỚNG, NHIỆM VỤ\n\nNội dung.\n';

function codes(svc: VbhcLanguageService, uri = FUZZ_URI): string[] {
  return svc.getDiagnostics(uri).map((d) => d.code);
}

// ---- broken YAML ---------------------------------------------------------------------

test('broken YAML gives one meta.yaml error at the offending line, in Vietnamese, and the body is still checked', () => {
  const text = '---\nloai: BC\nco_quan: [SỞ\nky_hieu: SKHCN\n---\n' + BODY;
  const svc = serviceWith(text);
  const diags = checkAllFeatures(text, svc);
  const yaml = diags.filter((d) => d.code === 'meta.yaml');
  assert.equal(yaml.length, 1);
  assert.equal(yaml[0].severity, 'error');
  assert.ok(yaml[0].range.start.line >= 1 && yaml[0].range.start.line <= 4, `line ${yaml[0].range.start.line}`);
  assert.match(yaml[0].message, /YAML/);
  assert.ok(diags.some((d) => d.code.startsWith('structure.') || d.code.startsWith('date.')), 'body rules still ran');
  assert.equal(svc.getDocumentSymbols(FUZZ_URI).length, 2);
});

test('a front matter that is never closed is reported, not parsed as the whole file', () => {
  const svc = serviceWith('---\nloai: BC\n\nNội dung dài.\n');
  const d = svc.getDiagnostics(FUZZ_URI).find((x) => x.code === 'meta.yaml');
  assert.ok(d);
  assert.match(d.message, /---/);
});

test('YAML anchors, aliases and tags in the front matter neither throw nor expand into a crash', () => {
  const text = '---\na: &a [1, 2]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\nloai: !!binary aGVsbG8=\nngay: !!timestamp 2025-01-01\n---\n' + BODY;
  checkAllFeatures(text);
  assert.ok(codes(serviceWith(text)).length > 0);
});

test('a YAML alias with no anchor (a value written *Kết quả*) is a meta.yaml error at the alias, not a crash (fuzzer find)', () => {
  for (const text of ['---\nb: *a\n---\n', '---\nloai: BC\ntrich_yeu: *Kết\n---\n\nNội dung./.\n']) {
    const diags = checkAllFeatures(text);
    const yaml = diags.find((d) => d.code === 'meta.yaml');
    assert.ok(yaml, JSON.stringify(text));
    assert.equal(yaml.range.start.line, text.split('\n').findIndex((l) => l.includes('*')));
    assert.match(yaml.message, /ngoặc kép/);
  }
});

test('a YAML alias bomb (many nested aliases) is a meta.yaml error, not a crash or a hang', () => {
  const refs = (n: string) => `[${Array.from({ length: 60 }, () => `*${n}`).join(', ')}]`;
  const text = `---\na: &a [1, 2]\nb: &b ${refs('a')}\nc: &c ${refs('b')}\nd: ${refs('c')}\n---\n`;
  const t = performance.now();
  const diags = checkAllFeatures(text);
  assert.ok(performance.now() - t < 2000);
  assert.ok(diags.some((d) => d.code === 'meta.yaml' && /alias/.test(d.message)));
});

test('a front-matter key that YAML reads as a collection ([^1]: …) prints no process warning to stderr', async () => {
  const warnings: string[] = [];
  const listen = (w: Error) => warnings.push(w.message);
  process.on('warning', listen);
  try {
    checkAllFeatures('---\n[^1]: chú thích\n? [a, b]\n: c\nloai: BC\n---\n\nNội dung./.\n');
    await new Promise((r) => setImmediate(r));
  } finally {
    process.off('warning', listen);
  }
  assert.deepEqual(warnings.filter((m) => /stringified|mapAsMap/.test(m)), []);
});

// ---- NFD, CRLF, BOM -------------------------------------------------------------------

test('a document in NFD gives the same diagnostics at the same lines and columns as in NFC', () => {
  const text = FM + BODY;
  assert.deepEqual(diagnosticKeys(text.normalize('NFD')), diagnosticKeys(text));
  assert.ok(diagnosticKeys(text).some((k) => k.startsWith('date.invalid')), 'the 31/02 date fires in both');
});

test('a document with CRLF line ends and a BOM gives the same diagnostics, with ranges inside its CRLF lines', () => {
  const text = FM + BODY;
  const crlf = '\ufeff' + text.replace(/\n/g, '\r\n');
  assert.deepEqual(diagnosticKeys(crlf), diagnosticKeys(text));
  const diags = checkAllFeatures(crlf);
  const date = diags.find((d) => d.code === 'date.invalid')!;
  const lineText = crlf.split('\r\n')[date.range.start.line];
  assert.equal(lineText.slice(date.range.start.character, date.range.end.character), '31/02/2025');
});

test('the sample documents in NFD and in CRLF with a BOM give the same diagnostics as stored', () => {
  for (const name of ['bao-cao-mau.vbhc.md', 'ke-hoach-mau.vbhc.md', 'co-loi.vbhc.md']) {
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    const base = diagnosticKeys(text);
    assert.deepEqual(diagnosticKeys(text.normalize('NFD')), base, `${name} NFD`);
    assert.deepEqual(diagnosticKeys('\ufeff' + text.replace(/\n/g, '\r\n')), base, `${name} CRLF+BOM`);
  }
});

test('lone CR line ends are lines too: ranges stay inside them', () => {
  const text = (FM + BODY).replace(/\n/g, '\r');
  const diags = checkAllFeatures(text);
  assert.ok(diags.some((d) => d.code === 'date.invalid'));
});

// ---- empty -------------------------------------------------------------------------------

test('an empty file gives the missing-field errors on line 1 and nothing else, with no symbols or folds', () => {
  const svc = serviceWith('');
  const diags = checkAllFeatures('', svc);
  assert.ok(diags.length > 0);
  assert.ok(diags.every((d) => d.code === 'meta.missing-field' && d.range.start.line === 0));
  assert.deepEqual(svc.getDocumentSymbols(FUZZ_URI), []);
  assert.deepEqual(svc.getFoldingRanges(FUZZ_URI), []);
  assert.equal(typeof svc.renderHtml(FUZZ_URI, { nonce: FUZZ_NONCE }), 'string');
});

test('a file holding only a BOM, only blank lines or only "---" behaves like an empty one', () => {
  for (const text of ['\ufeff', '\n\n\n', '\r\n\r\n', '---', '---\n---', '---\r\n---\r\n']) {
    const diags = checkAllFeatures(text);
    assert.ok(diags.some((d) => d.code === 'meta.missing-field' || d.code === 'meta.yaml'), JSON.stringify(text));
  }
});

test('an empty file exports a .docx that opens (unzips, well-formed document.xml)', async () => {
  await checkDocx('');
});

// ---- 4 MB, just under the size limit ------------------------------------------------------------

test('a 4 MB document (just under the size limit) is checked in full without a crash in reasonable time, and its diagnostics are the sample report\'s repeated', () => {
  const sample = readFileSync(join(EXAMPLES, 'bao-cao-mau.vbhc.md'), 'utf8');
  const bodyStart = sample.indexOf('\n---\n', 4) + 5;
  let text = sample.slice(0, bodyStart);
  let copies = 0;
  while (text.length + (sample.length - bodyStart) <= MAX_DOCUMENT_CHARS) {
    text += sample.slice(bodyStart);
    copies++;
  }
  const svc = createLanguageService({ logger: silentLogger });
  svc.setDocument(FUZZ_URI, text);
  const t = performance.now();
  const diags = svc.getDiagnostics(FUZZ_URI);
  const ms = performance.now() - t;
  assert.ok(ms < 30_000, `diagnostics took ${Math.round(ms)} ms`);
  // Every repeated section duplicates the first copy's numbering: the duplicates are found
  // (past the first ones of a group, one finding counts the rest).
  const duplicates = diags.filter((d) => d.code === 'structure.numbering-duplicate');
  assert.ok(duplicates.reduce((n, d) => n + ((d.data as { kind?: string; count?: number }).kind === 'more' ? (d.data as { count: number }).count : 1), 0) >= copies - 1);
  assert.ok(svc.getDocumentSymbols(FUZZ_URI).length >= copies);
  const lines = text.split('\n');
  for (const d of diags) assert.ok(d.range.end.line < lines.length && d.range.end.character <= lines[d.range.end.line].length);
});

test('a 4 MB single line without spaces (under the size limit) is checked within a few seconds', () => {
  const text = FM + '\n' + 'a'.repeat(4_000_000) + '\n';
  const t = performance.now();
  checkAllFeatures(text);
  assert.ok(performance.now() - t < 10_000);
});

// ---- NUL and lone surrogates ----------------------------------------------------------------

test('NUL bytes in the body and front matter neither throw nor push ranges outside the text', () => {
  const text = FM.replace('kết quả', 'kết\u0000quả') + '\n# I. KẾT\u0000QUẢ\n\nNội\u0000dung ngày 31/02/2025\u0000./.\n\u0000';
  const diags = checkAllFeatures(text);
  assert.ok(diags.some((d) => d.code === 'date.invalid'), 'the rules see through the NULs');
  assertHtmlSafe(serviceWith(text).renderHtml(FUZZ_URI, { nonce: FUZZ_NONCE }));
});

test('lone surrogates neither throw nor break ranges, HTML or the .docx', async () => {
  const text = FM + '\n# I. KẾT QUẢ \ud800\n\nNội \udc00 dung \ud83d ngày 31/02/2025 \ude00./.\n\ud800';
  const diags = checkAllFeatures(text);
  assert.ok(diags.some((d) => d.code === 'date.invalid'));
  const html = serviceWith(text).renderHtml(FUZZ_URI, { nonce: FUZZ_NONCE });
  assertHtmlSafe(html);
  assert.ok(html.includes('KẾT QUẢ'));
  await checkDocx(text);
});

test('a surrogate pair split by an edit (high surrogate at a line end) keeps the columns in range', () => {
  const text = FM + '\nA\ud83d\n\ude00B ngày 31/02/2025./.\n';
  const diags = checkAllFeatures(text);
  const date = diags.find((d) => d.code === 'date.invalid')!;
  assert.equal(date.range.start.line, 16);
  assert.equal(text.split('\n')[16].slice(date.range.start.character, date.range.end.character), '31/02/2025');
});

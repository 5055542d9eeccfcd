// Oversized input: a file of the workspace too large to read is not read
// (one document.limit diagnostic and one log line), an open document too
// long to check gets its front matter checked and one document.limit
// diagnostic, and request payloads of any size are cut to what they can use.
// Nothing is left out in silence: the preview says so and the export refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createLanguageService,
  DocumentTooLargeError,
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENT_CHARS,
  type IFileSystem,
  type Logger,
} from '../../server/src/service/index';
import { checkAllFeatures, serviceWith } from '../fuzz/harness';

const FM = '---\nloai: BC\nco_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"\nky_hieu: SKHCN\ndia_danh: "Quảng Ngãi"\nngay: 2025-05-30\ntrich_yeu: "kết quả công tác"\nnoi_nhan:\n  - "Sở Nội vụ"\n  - "Lưu: VT, VP"\nky:\n  chuc_vu: "GIÁM ĐỐC"\n  ho_ten: "Nguyễn Văn A"\n---\n';
/** A section with findings of every kind the body can have: a repeated heading number, an impossible date, a citation. */
const SECTION = '\n# I. KẾT QUẢ\n\nNgày 31/02/2025 Sở đã triển khai Kế hoạch số 12/KH-UBND ngày 03/01/2025 của UBND tỉnh.\n';

/** A document of at least `chars` characters: the front matter, then SECTION repeated. */
function longDocument(chars: number, fm = FM): string {
  return fm + SECTION.repeat(Math.ceil((chars - fm.length) / SECTION.length));
}

function logger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m), error: (m) => lines.push(m) };
}

test('the generated long document is over the limit and holds what it claims', () => {
  const text = longDocument(MAX_DOCUMENT_CHARS + 1);
  assert.ok(text.length > MAX_DOCUMENT_CHARS);
  assert.ok(text.startsWith(FM));
  assert.equal(text.split('# I. KẾT QUẢ').length - 1, Math.ceil((MAX_DOCUMENT_CHARS + 1 - FM.length) / SECTION.length));
});

test('an open document over the limit: front matter checked, one document.limit warning on line 1, nothing from the body', () => {
  const uri = 'file:///dai.vbhc.md';
  const ls = createLanguageService({ logger: logger() });
  // ky_hieu removed: the front matter is still checked.
  const text = longDocument(MAX_DOCUMENT_CHARS + 1, FM.replace('ky_hieu: SKHCN\n', ''));
  ls.setDocument(uri, text, 1);
  const t = performance.now();
  const ds = ls.getDiagnostics(uri);
  const ms = performance.now() - t;
  assert.deepEqual(ds.map((d) => d.code).sort(), ['document.limit', 'meta.missing-field']);
  const limit = ds.find((d) => d.code === 'document.limit')!;
  assert.equal(limit.severity, 'warning');
  assert.deepEqual(limit.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
  assert.match(limit.message, new RegExp(`^Văn bản dài ${text.length.toLocaleString('de-DE').replace(/\./g, '\\.')} ký tự, quá giới hạn 4\\.194\\.304 ký tự mà vbhc kiểm tra: chỉ phần đầu \\(front matter\\) được kiểm tra; thân văn bản không được kiểm tra`));
  // Only the header was parsed: nothing of the body is in the model.
  const doc = ls.getDocument(uri)!;
  assert.equal(doc.body.blocks.length, 0);
  assert.ok(doc.source.text.length < 1000);
  assert.deepEqual(ls.getDocumentSymbols(uri), []);
  // A full check of 4 M characters takes seconds; the header alone, milliseconds.
  assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
  // An edit is as cheap.
  ls.setDocument(uri, text.slice(0, -2) + 'x\n', 2);
  const t2 = performance.now();
  assert.equal(ls.getDiagnostics(uri).length, 2);
  assert.ok(performance.now() - t2 < 2000);
});

test('in English, and when the front matter is not closed: said too', () => {
  const uri = 'file:///dai.vbhc.md';
  const ls = createLanguageService({ settings: { lang: 'en' } });
  ls.setDocument(uri, longDocument(MAX_DOCUMENT_CHARS + 1, FM.slice(0, -4)), 1);
  const ds = ls.getDiagnostics(uri);
  assert.deepEqual(ds.map((d) => d.code), ['document.limit']);
  assert.match(ds[0].message, /^The document has [\d,]+ characters, over the 4,194,304 characters vbhc checks: the front matter is not checked either \(none, or not closed within the first 65,536 characters\); the body is not checked, has no outline and cannot be exported\./);
});

test('the export of a document over the limit is refused, and the preview says the body is left out', async () => {
  const uri = 'file:///dai.vbhc.md';
  const ls = createLanguageService();
  ls.setDocument(uri, longDocument(MAX_DOCUMENT_CHARS + 1), 1);
  await assert.rejects(ls.exportDocx(uri), (e: unknown) => e instanceof DocumentTooLargeError && /quá dài để xuất/.test((e as Error).message));
  assert.match(ls.renderHtml(uri, { nonce: 'abc' }), /bản xem trước chỉ hiện phần đầu, không có thân văn bản/);
});

test('a document just under the limit is checked in full', () => {
  // Checking one of 4 M characters takes a while: the limit is tested on a service whose text is just under it by one section.
  const uri = 'file:///vua.vbhc.md';
  const ls = createLanguageService();
  const text = FM + SECTION.repeat(3);
  ls.setDocument(uri, text, 1);
  const codes = ls.getDiagnostics(uri).map((d) => d.code);
  assert.ok(codes.includes('structure.numbering-duplicate') && codes.includes('date.invalid'));
  assert.ok(!codes.includes('document.limit'));
});

/** A file system holding one huge file it refuses to read, and one small document. */
function hugeFs(reads: string[]): IFileSystem {
  const small = FM + SECTION;
  return {
    findFiles: async () => ['/ws/lon.vbhc.md', '/ws/nho.vbhc.md'],
    size: async (p) => (p === '/ws/lon.vbhc.md' ? 300 * 1024 * 1024 : Buffer.byteLength(small)),
    readFile: async (p) => {
      reads.push(p);
      if (p === '/ws/lon.vbhc.md') throw new Error('the huge file was read');
      return small;
    },
    isFile: async () => true,
  };
}

test('a 300 MB file of the workspace is not read: one document.limit warning and one log line', async () => {
  const reads: string[] = [];
  const log = logger();
  const ls = createLanguageService({ fs: hugeFs(reads), logger: log });
  const uris = await ls.indexWorkspace(['/ws'], (p) => `file://${p}`);
  assert.deepEqual(uris, ['file:///ws/lon.vbhc.md', 'file:///ws/nho.vbhc.md']);
  assert.deepEqual(reads, ['/ws/nho.vbhc.md']);
  const ds = ls.getDiagnostics('file:///ws/lon.vbhc.md');
  assert.equal(ds.length, 1);
  assert.equal(ds[0].code, 'document.limit');
  assert.deepEqual(ds[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.match(ds[0].message, /^Tệp nặng 300,0 MB, quá giới hạn 16,0 MB nên vbhc không đọc/);
  assert.equal(log.lines.filter((l) => /lon\.vbhc\.md is 314572800 bytes, over the \d+-byte limit: not read/.test(l)).length, 1);
  // Read again (a watched-file change): no second log line.
  await ls.readDocumentFile('file:///ws/lon.vbhc.md', '/ws/lon.vbhc.md');
  assert.equal(log.lines.length, 1);
  // The other document is checked as usual, and the workspace check goes on.
  assert.ok(ls.getDiagnostics('file:///ws/nho.vbhc.md').some((d) => d.code === 'date.invalid'));
  await assert.rejects(ls.exportDocx('file:///ws/lon.vbhc.md'), DocumentTooLargeError);
  // Opened in the editor after all (its text given): the front matter is checked.
  ls.setDocument('file:///ws/lon.vbhc.md', longDocument(MAX_DOCUMENT_CHARS + 1), 1);
  assert.deepEqual(ls.getDiagnostics('file:///ws/lon.vbhc.md').map((d) => d.code), ['document.limit']);
  assert.ok(MAX_DOCUMENT_BYTES < 300 * 1024 * 1024);
});

test('a file system that cannot tell sizes: the text is read, then checked as an open one would be', async () => {
  const text = longDocument(MAX_DOCUMENT_CHARS + 1);
  const fs: IFileSystem = { findFiles: async () => ['/ws/a.vbhc.md'], readFile: async () => text, isFile: async () => true };
  const ls = createLanguageService({ fs });
  await ls.indexWorkspace(['/ws'], (p) => `file://${p}`);
  ls.prepareDocument('file:///ws/a.vbhc.md');
  assert.deepEqual(ls.getDiagnostics('file:///ws/a.vbhc.md').map((d) => d.code), ['document.limit']);
});

test('a 48 MB catalog search query or workspace-symbol query is cut, and answered at once', () => {
  const ls = createLanguageService();
  ls.searchCatalog('30/2020'); // the first search builds the catalog's maps
  // Decoded from bytes, as a request's text is: one flat string (a string built by `repeat` is a tree that takes seconds to flatten).
  const query = Buffer.concat([Buffer.from('30/2020/NĐ-CP '), Buffer.alloc(48 * 1024 * 1024, 'a')]).toString('utf8');
  const t = performance.now();
  const items = ls.searchCatalog(query, { limit: 1e12 });
  ls.getWorkspaceSymbols(query);
  const ms = performance.now() - t;
  assert.ok(Array.isArray(items));
  assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
  assert.ok(ls.searchCatalog('30/2020/NĐ-CP', { limit: 1e12 }).length <= 500);
  assert.ok(ls.searchCatalog('30/2020/NĐ-CP', { limit: 1e12 }).some((i) => /30\/2020\/NĐ-CP/.test(JSON.stringify(i))));
});

test('every feature on a document over the limit answers with ranges inside its text, positions past the header included', () => {
  const text = longDocument(MAX_DOCUMENT_CHARS + 1);
  const diags = checkAllFeatures(text, serviceWith(text));
  assert.deepEqual(diags.map((d) => d.code), ['document.limit']);
});

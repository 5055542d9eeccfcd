// Content that markdown-it would drop: lists nested ten deep and quotes
// twenty deep (its CommonMark bound) took the rest of the document with
// them, from the checks, the preview and the .docx, with no word; a table
// of 100,000 rows became a placeholder (a spread of its rows overflowed the
// stack). Every word now reaches the checks and the outputs; what is
// printed without its structure is reported by document.limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { createLanguageService } from '../../server/src/service/index';
import { FLAT_NESTING } from '../../server/src/service/model/markdown';

const URI = 'file:///long.vbhc.md';
const FM = '---\nloai: BC\nco_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"\nky_hieu: SKHCN\ndia_danh: "Quảng Ngãi"\nngay: 2025-05-30\ntrich_yeu: "kết quả công tác"\nnoi_nhan:\n  - "Sở Nội vụ"\n  - "Lưu: VT, VP"\nky:\n  chuc_vu: "GIÁM ĐỐC"\n  ho_ten: "Nguyễn Văn A"\n---\n';

/** Each item one level deeper, each with its own word to find: `mục-1`, `mục-2`, … */
const nestedList = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- nội dung mục-${i + 1};`).join('\n');
/** Each line one quote deeper: `trích-1`, `trích-2`, … */
const nestedQuote = (depth: number) => Array.from({ length: depth }, (_, i) => `${'> '.repeat(i + 1)}trích dẫn trích-${i + 1}`).join('\n');
const AFTER = 'Đoạn cuối ngày 30/02/2025 vẫn được đọc.';

function documentWith(...parts: string[]): string {
  return `${FM}\n# I. NỘI DUNG\n\n${parts.join('\n\n')}\n\n${AFTER}\n\nKết thúc./.\n`;
}

/** The words of the .docx body (text runs joined). */
async function docxText(ls: ReturnType<typeof createLanguageService>): Promise<string> {
  const { bytes } = await ls.exportDocx(URI);
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

function words(prefix: string, depth: number): string[] {
  return Array.from({ length: depth }, (_, i) => `${prefix}-${i + 1}`);
}

test('the generated nests are as deep as they claim', () => {
  assert.equal(nestedList(25).split('\n').at(-1), `${'  '.repeat(24)}- nội dung mục-25;`);
  assert.equal(nestedQuote(45).split('\n').at(-1)!.split('>').length - 1, 45);
});

test('a list nested 10 deep and a quote 20 deep: every word in the checks, the preview and the .docx, structure kept, no document.limit', async () => {
  const ls = createLanguageService();
  ls.setDocument(URI, documentWith(nestedList(10), nestedQuote(20)));
  const ds = ls.getDiagnostics(URI);
  assert.ok(!ds.some((d) => d.code === 'document.limit'), JSON.stringify(ds.map((d) => d.code)));
  // The paragraph after them is a block of its own: its impossible date is found.
  const doc = ls.getDocument(URI)!;
  assert.ok(doc.body.blocks.some((b) => b.kind === 'paragraph' && b.text === AFTER));
  assert.ok(ds.some((d) => d.code === 'date.invalid'));
  assert.equal(doc.body.blocks.filter((b) => b.kind === 'dash').length, 10);
  const html = ls.renderHtml(URI, { nonce: 'n' });
  const docx = await docxText(ls);
  for (const w of [...words('mục', 10), ...words('trích', 20), 'Đoạn cuối', 'Kết thúc']) {
    assert.ok(html.includes(w), `preview lacks ${w}`);
    assert.ok(docx.includes(w), `.docx lacks ${w}`);
  }
});

test(`past ${FLAT_NESTING / 2} lists or ${FLAT_NESTING} quotes the rest is printed as paragraphs, every word kept, and document.limit says where`, async () => {
  const ls = createLanguageService();
  const text = documentWith(nestedList(25), nestedQuote(45));
  ls.setDocument(URI, text);
  const ds = ls.getDiagnostics(URI);
  const limit = ds.filter((d) => d.code === 'document.limit');
  assert.equal(limit.length, 1);
  // The 19th item keeps its bullet; what it holds (the 20th list on) is read flat, from its own line.
  const firstFlat = text.split('\n').findIndex((l) => l.includes(`mục-${FLAT_NESTING / 2};`));
  assert.equal(limit[0].range.start.line, firstFlat);
  assert.match(limit[0].message, new RegExp(`^Từ dòng ${firstFlat + 1}, nội dung lồng quá 19 cấp danh sách hoặc 38 cấp trích dẫn \\(và 1 chỗ khác\\): phần lồng sâu hơn được kiểm tra và in như đoạn văn thường`));
  assert.ok(ls.getDocument(URI)!.body.blocks.some((b) => b.kind === 'paragraph' && b.text === AFTER));
  assert.ok(ds.some((d) => d.code === 'date.invalid' && d.range.start.line === text.split('\n').indexOf(AFTER)));
  const html = ls.renderHtml(URI, { nonce: 'n' });
  const docx = await docxText(ls);
  for (const w of [...words('mục', 25), ...words('trích', 45), 'Đoạn cuối', 'Kết thúc']) {
    assert.ok(html.includes(w), `preview lacks ${w}`);
    assert.ok(docx.includes(w), `.docx lacks ${w}`);
  }
});

test('in English, one place', () => {
  const ls = createLanguageService({ settings: { lang: 'en' } });
  ls.setDocument(URI, documentWith(nestedList(25)));
  const [d] = ls.getDiagnostics(URI).filter((x) => x.code === 'document.limit');
  assert.match(d.message, /^From line \d+, content is nested deeper than 19 lists or 38 quotes: the deeper part is checked and printed as plain paragraphs, without its bullets or indentation\. Nest fewer levels\.$/);
});

test('a footnote definition nested too deep is kept as text, not read as a link definition and lost', () => {
  const ls = createLanguageService();
  const deep = `${nestedQuote(FLAT_NESTING + 1)}\n${'> '.repeat(FLAT_NESTING + 1)}\n${'> '.repeat(FLAT_NESTING + 1)}[^9]: chú thích sâu`;
  ls.setDocument(URI, documentWith(deep));
  assert.ok(ls.renderHtml(URI, { nonce: 'n' }).includes('chú thích sâu'));
});

test('a table of 100,000 rows is printed whole in the preview, without a placeholder', () => {
  const rows = 100_000;
  const text = `${FM}\n| Số | Nội dung |\n|---|---|\n${Array.from({ length: rows }, (_, i) => `| ${i + 1} | hàng-${i + 1} |`).join('\n')}\n\nHết./.\n`;
  const ls = createLanguageService();
  ls.setDocument(URI, text);
  const html = ls.renderHtml(URI, { nonce: 'n' });
  assert.doesNotMatch(html, /không hiển thị được|could not be shown/);
  assert.ok(html.includes(`hàng-${rows}<`));
});

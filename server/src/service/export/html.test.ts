/** The HTML preview: nothing from the document becomes markup; page look from the layout constants. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../model/document';
import { escapeHtml, PREVIEW_MESSAGE, renderHtml, sanitizeNonce } from './html';
import { BODY, FIXED_TEXT, FONT_SIZE_PT, PAGE_MM } from './layout-constants';

const HOSTILE = `---
loai: BC
co_quan: "<script>alert('cq')</script>"
ky_hieu: SKHCN
dia_danh: "<img src=x onerror=alert(1)>"
ngay: 2025-05-30
trich_yeu: "<b onmouseover=alert(2)>trích yếu</b>"
noi_nhan: ["<a href='javascript:alert(3)'>x</a>", "Lưu: VT"]
ky:
  chuc_vu: "<svg onload=alert(4)>"
  ho_ten: "A & B"
---

# I. <script>alert(5)</script>

Đoạn <script>alert(6)</script> và <img src=x onerror=alert(7)> và [bấm vào](javascript:alert(8)) và <!-- chú thích --> và <b>in đậm thô</b>[^1] và [trang web](https://example.com/x).

<div onclick="alert(9)">khối HTML thô</div>

<!-- một chú thích HTML -->

- <iframe src="javascript:alert(10)"></iframe>

| <style>x</style> | ![ảnh](javascript:alert(11)) |
|---|---|
| <a href="javascript:alert(12)">liên kết</a> | \`<code>\` |

[^1]: <script>alert(13)</script>
`;

const ALLOWED_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'div', 'p', 'table', 'colgroup', 'col', 'tr', 'td', 'th', 'br', 'b', 'i', 'sup', 'aside', 'ul', 'li', 'span', 'script']);
const ALLOWED_ATTRS = new Set(['class', 'data-line', 'data-page', 'charset', 'http-equiv', 'content', 'name', 'nonce', 'lang']);

/** Every tag of the page outside <style> and <script> bodies. */
function tags(html: string): { name: string; attrs: string[] }[] {
  const outside = html.replace(/(<style[^>]*>)[\s\S]*?(<\/style>)/g, '$1$2').replace(/(<script[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2');
  return [...outside.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({
    name: m[1].toLowerCase(),
    attrs: [...m[2].matchAll(/([^\s=]+)(?:="[^"]*")?/g)].map((a) => a[1].toLowerCase()),
  }));
}

test('document text containing <script>, <img onerror>, javascript: links and raw HTML comes out escaped, never as markup', () => {
  const html = renderHtml(parseDocument('file:///t.vbhc.md', HOSTILE), { nonce: 'abc123' });
  for (const t of tags(html)) {
    assert.ok(ALLOWED_TAGS.has(t.name), `unexpected tag <${t.name}>`);
    for (const a of t.attrs) assert.ok(ALLOWED_ATTRS.has(a), `unexpected attribute ${a} on <${t.name}>`);
  }
  // Only our own script, carrying the nonce.
  assert.equal((html.match(/<script/g) ?? []).length, 1);
  assert.match(html, /<script nonce="abc123">/);
  assert.doesNotMatch(html, /<img|<iframe|<svg|<a |href="|src="/i);
  assert.doesNotMatch(html.replace(/&[a-z#0-9]+;/g, ''), /<(img|iframe|svg|a)\b/i);
  // The hostile text is there, as text.
  for (const t of ["&lt;SCRIPT&gt;ALERT(&#39;CQ&#39;)&lt;/SCRIPT&gt;", '&lt;img src=x onerror=alert(1)&gt;', '&lt;script&gt;alert(6)&lt;/script&gt;', '&lt;!-- chú thích --&gt;', '&lt;b&gt;in đậm thô&lt;/b&gt;', '&lt;div onclick=&quot;alert(9)&quot;&gt;', '&lt;!-- một chú thích HTML --&gt;', '&lt;iframe src=&quot;javascript:alert(10)&quot;&gt;', '&lt;style&gt;x&lt;/style&gt;', '&lt;script&gt;alert(13)&lt;/script&gt;', 'A &amp; B', '&lt;code&gt;']) {
    assert.ok(html.includes(t), `escaped text ${t}`);
  }
  // A link prints its text, never its target; markdown-it refuses javascript: targets, which stay plain text.
  assert.ok(html.includes('và trang web.'));
  assert.ok(!html.includes('example.com'));
  assert.ok(html.includes('[bấm vào](javascript:alert(8))'));
});

test('the nonce cannot break out of its attribute', () => {
  assert.equal(sanitizeNonce('ab"><script>x'), 'abscriptx');
  const html = renderHtml(parseDocument('file:///t.vbhc.md', '# I. A\n'), { nonce: 'ab"><script>alert(1)</script>' });
  assert.equal((html.match(/<script/g) ?? []).length, 1);
  assert.match(html, /style-src 'nonce-abscriptalert1\/script'/);
});

test('escapeHtml escapes the five markup characters and the backtick', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&\``), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;');
});

test('the page runs under a strict CSP: no default sources, style and script only by nonce', () => {
  const html = renderHtml(parseDocument('file:///t.vbhc.md', '# I. A\n'), { nonce: 'n0nce' });
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-n0nce'; script-src 'nonce-n0nce';">/);
  assert.match(html, /<style nonce="n0nce">/);
  assert.doesNotMatch(html, / style="/);
  const noScript = renderHtml(parseDocument('file:///t.vbhc.md', '# I. A\n'), { nonce: 'n0nce', scrollSync: false });
  assert.doesNotMatch(noScript, /<script/);
});

test('the sheet is A4 white paper with the official margins, font and body spacing, in any theme', () => {
  const html = renderHtml(parseDocument('file:///t.vbhc.md', '---\nloai: BC\n---\n\nA./.\n'), { nonce: 'n' });
  assert.match(html, new RegExp(`\\.page\\{[^}]*width:${PAGE_MM.WIDTH}mm;min-height:${PAGE_MM.HEIGHT}mm`));
  assert.match(html, new RegExp(`padding:${PAGE_MM.MARGIN_TOP}mm ${PAGE_MM.MARGIN_RIGHT}mm ${PAGE_MM.MARGIN_BOTTOM}mm ${PAGE_MM.MARGIN_LEFT}mm;background:#fff;color:#000000;color-scheme:light`));
  assert.match(html, new RegExp(`font-size:${FONT_SIZE_PT.BODY}pt`));
  assert.match(html, /font-family:'Times New Roman'/);
  assert.match(html, new RegExp(`text-indent:${BODY.FIRST_LINE_INDENT_MM}mm;margin-top:${BODY.SPACE_BEFORE_PT}pt`));
  assert.match(html, /var\(--vscode-editor-background/);
});

test('the header shows the national title, motto, Số and date; the closing block shows Nơi nhận and the signer', () => {
  const html = renderHtml(parseDocument('file:///t.vbhc.md', '---\nloai: BC\nco_quan: Sở X\nky_hieu: SX\nso: 3\ndia_danh: Huế\nngay: 2025-02-03\ntrich_yeu: về việc Y\nnoi_nhan: [A, "Lưu: VT"]\nky:\n  chuc_vu: giám đốc\n  ho_ten: Nguyễn Văn A\n---\n\nA./.\n'), { nonce: 'n' });
  for (const t of [FIXED_TEXT.QUOC_HIEU, FIXED_TEXT.TIEU_NGU, 'Số: 03/BC-SX', 'Huế, ngày 03 tháng 02 năm 2025', 'BÁO CÁO', 'về việc Y', 'SỞ X', 'Nơi nhận:', '- A;', '- Lưu: VT.', 'GIÁM ĐỐC', 'Nguyễn Văn A']) {
    assert.ok(html.includes(t), t);
  }
  const body = html.slice(html.indexOf('<body'));
  assert.ok(body.indexOf(FIXED_TEXT.QUOC_HIEU) < body.indexOf('BÁO CÁO'));
  assert.ok(body.indexOf('BÁO CÁO') < body.indexOf('Nơi nhận:'));
});

test('a page break starts a new sheet with its page number; the first sheet has none', () => {
  const html = renderHtml(parseDocument('file:///t.vbhc.md', '---\nloai: BC\n---\n\n# I. A\n\nMột.\n\n<!-- pagebreak -->\n\n# II. B\n\nHai./.\n'), { nonce: 'n' });
  const pages = html.split('<div class="page"').slice(1);
  assert.equal(pages.length, 2);
  assert.doesNotMatch(pages[0], /page-number/);
  assert.match(pages[1], /<div class="page-number">2<\/div>/);
  assert.ok(pages[1].includes('II. B'));
});

test('a long document is cut into several sheets and a long paragraph continues on the next sheet', () => {
  const para = 'Nội dung dài của văn bản hành chính được lặp lại nhiều lần để vượt quá một trang giấy. '.repeat(40);
  const html = renderHtml(parseDocument('file:///t.vbhc.md', `---\nloai: BC\n---\n\n${para}\n\n${para}\n`), { nonce: 'n' });
  const pages = html.split('<div class="page"').slice(1);
  assert.ok(pages.length >= 2, `pages: ${pages.length}`);
  assert.match(html, /class="body cont"/);
});

test('blocks carry their source line for scroll sync, and the page posts and hears the shared message names', () => {
  const html = renderHtml(parseDocument('file:///t.vbhc.md', '---\nloai: BC\n---\n\n# I. A\n\nMột./.\n'), { nonce: 'n' });
  assert.match(html, /<p class="body h h1" data-line="4">I\. A<\/p>/);
  assert.match(html, /<p class="body" data-line="6">Một\.\/\.<\/p>/);
  assert.ok(html.includes(`type:'${PREVIEW_MESSAGE.TOP_LINE}'`));
  assert.ok(html.includes(`m.type!=='${PREVIEW_MESSAGE.SCROLL_TO_LINE}'`));
});

test('the closing block never stands alone on a sheet: the last paragraph goes with it, as keepNext does in the .docx', () => {
  let moved = 0;
  for (let n = 20; n <= 70; n++) {
    const body = Array.from({ length: n }, (_, i) => `Đoạn văn số ${i + 1} của báo cáo thử nghiệm.`).join('\n\n');
    const html = renderHtml(parseDocument('file:///t.vbhc.md', `---\nloai: BC\nnoi_nhan: ["Sở Nội vụ", "Lưu: VT"]\nky:\n  chuc_vu: GIÁM ĐỐC\n  ho_ten: Lê Văn An\n---\n\n${body}./.\n`), { nonce: 'n' });
    const pages = html.split('<div class="page"').slice(1);
    const last = pages[pages.length - 1];
    assert.match(last, /<table class="closing"/);
    assert.match(last, new RegExp(`Đoạn văn số ${n} của báo cáo`), `${n} paragraphs: the last one is on the closing block's sheet`);
    // The sheet holds only the last paragraph and the closing block: the page end fell right before the closing block.
    if (pages.length > 1 && (last.match(/class="body"/g) ?? []).length === 1) moved++;
  }
  assert.ok(moved > 0, 'some lengths put the page end right before the closing block');
});

test('preview tables: numbers right-aligned in numeric columns, header cells as the table says', () => {
  const html = renderHtml(parseDocument('file:///t.vbhc.md', '---\nloai: BC\n---\n\n| STT | Đơn vị | Tỷ lệ |\n|---|---|:-:|\n| 1 | Văn phòng | 12,5% |\n| 2 | Thanh tra | 1.234 |\n'), { nonce: 'n' });
  assert.match(html, /<tr><th>STT<\/th><th>Đơn vị<\/th><th class="al-center">Tỷ lệ<\/th><\/tr>/);
  assert.match(html, /<tr><td class="al-center">1<\/td><td>Văn phòng<\/td><td class="al-center">12,5%<\/td><\/tr>/);
});

test('preview and export: a sequence-number column (STT, TT, Số TT, Số thứ tự) is centred; a numeric column under another header stays right', () => {
  for (const head of ['STT', 'TT', 'Số TT', 'Số thứ tự', 'S.T.T', 'stt']) {
    const html = renderHtml(parseDocument('file:///t.vbhc.md', `---\nloai: BC\n---\n\n| ${head} | Số hồ sơ |\n|---|---|\n| 1 | 12 |\n| 2 | 1.234 |\n`), { nonce: 'n' });
    assert.match(html, /<tr><td class="al-center">1<\/td><td class="al-right">12<\/td><\/tr>/, head);
  }
  // Not a sequence header, no header row, or an alignment the table states: unchanged.
  const other = renderHtml(parseDocument('file:///t.vbhc.md', '---\nloai: BC\n---\n\n| Mã số | Tên |\n|---|---|\n| 1 | A |\n\n| STT | Tên |\n|--:|---|\n| 1 | A |\n'), { nonce: 'n' });
  const grids = other.match(/<table class="grid"[\s\S]*?<\/table>/g)!;
  assert.equal(grids.length, 2);
  for (const g of grids) assert.match(g, /<tr><td class="al-right">1<\/td><td>A<\/td><\/tr>/);
});

test('a signing authority of several lines shows each line as its own signer line, in order, above the title', () => {
  const html = renderHtml(parseDocument('file:///t.vbhc.md', '---\nloai: BC\nco_quan: Sở X\nky_hieu: SX\ndia_danh: Huế\nngay: 2025-02-03\ntrich_yeu: về việc Y\nnoi_nhan: [A, "Lưu: VT"]\nky:\n  quyen_han: ["TM. Ủy ban nhân dân", "KT. CHỦ TỊCH"]\n  chuc_vu: PHÓ CHỦ TỊCH\n  ho_ten: Nguyễn Văn A\n---\n\nA./.\n'), { nonce: 'n' });
  const signers = [...html.matchAll(/<p class="signer">([^<]*)<\/p>/g)].map((m) => m[1]);
  assert.deepEqual(signers, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A']);
});

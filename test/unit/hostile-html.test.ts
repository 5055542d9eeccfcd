// The HTML preview against hostile documents: <script>, javascript: links,
// <img onerror>, raw HTML and attribute-breaking text in the body, headings,
// tables, footnotes and front matter never reach the page as markup; the page
// keeps a CSP-friendly structure (nonce on every <script>/<style>, no inline
// handlers or style attributes, nothing remote).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FUZZ_NONCE, FUZZ_URI, assertHtmlSafe, serviceWith } from '../fuzz/harness';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<a href="javascript:alert(1)">bấm</a>',
  '<style>body{display:none}</style>',
  '<div style="background:url(https://evil.example/x)">x</div>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '</style><script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<!--<script>alert(1)</script>-->',
];

const LINKS = ['[bấm vào đây](javascript:alert(1))', '[x](JaVaScRiPt:alert(1))', '[x](data:text/html,<script>alert(1)</script>)', '<javascript:alert(1)>', '![ảnh](javascript:alert(1))', '![ảnh](https://evil.example/track.png)', '[x](https://evil.example "t\\" onclick=\\"alert(1)")'];

function header(trichYeu: string, coQuan = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'): string {
  const q = (s: string) => JSON.stringify(s);
  return `---\nloai: BC\nco_quan: ${q(coQuan)}\nky_hieu: SKHCN\ndia_danh: "Quảng Ngãi"\nngay: 2025-05-30\ntrich_yeu: ${q(trichYeu)}\nnoi_nhan:\n  - ${q('Sở <b>Nội</b> vụ')}\n  - "Lưu: VT, VP"\nky:\n  chuc_vu: ${q('GIÁM ĐỐC <script>x</script>')}\n  ho_ten: "Nguyễn Văn A"\n---\n`;
}

function bodyWith(payload: string): string {
  return [
    `# I. KẾT QUẢ ${payload}`,
    '',
    `Đoạn văn có ${payload} ở giữa.`,
    '',
    payload,
    '',
    `- Gạch đầu dòng ${payload};`,
    '',
    `| Cột ${payload} | B |`,
    '|---|---|',
    `| ${payload} | 2 |`,
    '',
    `> Trích dẫn ${payload}`,
    '',
    `Có chú thích[^1].`,
    '',
    `[^1]: Chú thích ${payload}.`,
    '',
    '```html',
    payload,
    '```',
    '',
    'Kết thúc./.',
  ].join('\n');
}

function render(text: string): string {
  return serviceWith(text).renderHtml(FUZZ_URI, { nonce: FUZZ_NONCE });
}

/** The page's markup with the document's own text taken out is what counts: no tag may come from the payload. */
function assertNoInjectedTags(html: string): void {
  assertHtmlSafe(html);
  assert.ok(!/<(script|img|svg|iframe|base|link|object|embed)\b(?![^>]*nonce="fuzzNonce)/i.test(html.replace(/<script nonce="fuzzNonce0123456789"[^>]*>/g, '')), 'an injected tag reached the page');
  assert.ok(!/<a\s/i.test(html), 'links print their text only');
  assert.ok(!(html.match(/<[^>]*>/g) ?? []).some((tag) => tag.includes('evil.example')), 'no remote URL inside a tag');
}

for (const payload of PAYLOADS) {
  test(`the payload ${JSON.stringify(payload)} in body, heading, table, quote, footnote, code and front matter shows as text only`, () => {
    const html = render(header(`kết quả ${payload}`, `SỞ ${payload}`) + '\n' + bodyWith(payload));
    assertNoInjectedTags(html);
    // The payload is visible as text (escaped), so the author sees what they wrote.
    assert.ok(html.includes('&lt;'), 'escaped angle brackets are present');
  });
}

for (const link of LINKS) {
  test(`the link ${JSON.stringify(link)} prints its text, never an href or src`, () => {
    const html = render(header('kết quả') + `\nXem ${link} nhé.\n\nKết thúc./.\n`);
    assertNoInjectedTags(html);
    assert.ok(!/href=|src=/i.test(html.replace(/<script nonce[^>]*>[\s\S]*?<\/script>/g, '')), 'no href/src attribute anywhere in the document part');
  });
}

test('every <script> and <style> of the page carries the nonce, and there is at least one of each only when expected', () => {
  const html = render(header('kết quả') + '\n' + bodyWith('<script>alert(1)</script>'));
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  const styles = html.match(/<style\b[^>]*>/gi) ?? [];
  assert.ok(styles.length >= 1);
  for (const tag of [...scripts, ...styles]) assert.match(tag, new RegExp(`nonce="${FUZZ_NONCE}"`));
});

test('a hostile nonce cannot break out of its attribute', () => {
  const html = serviceWith(header('kết quả') + '\nNội dung./.\n').renderHtml(FUZZ_URI, { nonce: '"><script>alert(1)</script>' });
  assert.ok(!html.includes('<script>alert(1)'));
  for (const tag of html.match(/<(script|style)\b[^>]*>/gi) ?? []) assert.match(tag, /^<(script|style) nonce="[A-Za-z0-9+/=_-]*"/);
});

test('the page loads nothing remote: no http(s) URL in any attribute', () => {
  const html = render(header('kết quả') + '\n' + bodyWith('https://evil.example/x.png'));
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) assert.ok(!/(src|href)\s*=\s*["']?https?:/i.test(tag), tag);
});

test('the page-break comment is the only comment honoured; other HTML comments show as text', () => {
  const html = render(header('kết quả') + '\nMột.\n\n<!-- pagebreak -->\n\nHai <!-- ẩn --> ba./.\n');
  assert.ok(!html.includes('<!-- ẩn -->'));
  assert.ok(html.includes('&lt;!-- ẩn --&gt;'));
});

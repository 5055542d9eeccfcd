// The footnote tail and normalize rules: the same tokens as markdown-it and
// markdown-it-footnote give, the tail in time linear in the footnotes (the
// plugin's copied the token stream once per footnote: 4,000 footnotes took
// minutes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { markdown } from './markdown';

function plugins(): MarkdownIt {
  const md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });
  md.enable('table');
  md.use(footnote);
  return md;
}

const SAMPLES = [
  'Câu một[^1] và câu hai[^hai].\n\n[^1]: Chú thích một.\n\n[^hai]: Chú thích hai\n    tiếp dòng.\n',
  'Chú thích trong dòng^[ngắn gọn] và tham chiếu[^a][^a].\n\n[^a]: Hai lần.\n\n> [^b]: Trong trích dẫn.\n',
  'Tham chiếu chưa định nghĩa[^x].\n\n[^y]: Định nghĩa không dùng.\n\n- [^z]: trong danh sách\n',
  '[^1]:\n\n[^1]: Định nghĩa lặp.\n\nCâu[^1].\n\n[^2]: - một\n    - hai\n\nCâu[^2].\n',
  'Không có chú thích nào.\n',
  // Line breaks and NUL that normalize rewrites (the analysis text has neither; a direct parse may).
  'Dòng một\r\ndòng hai\rdòng ba có \0 ở giữa[^1].\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n\r\n[^1]: Chú thích\r\n',
];

test('the footnote tail gives the tokens markdown-it-footnote gives', () => {
  const theirs = plugins();
  for (const text of SAMPLES) assert.deepEqual(JSON.parse(JSON.stringify(markdown().parse(text, {}))), JSON.parse(JSON.stringify(theirs.parse(text, {}))), text);
});

test('8,000 footnotes are parsed in time linear in their number', () => {
  const doc = (n: number) =>
    Array.from({ length: n }, (_, i) => `Câu ${i}[^${i}].`).join('\n\n') + '\n\n' + Array.from({ length: n }, (_, i) => `[^${i}]: Chú thích ${i}.`).join('\n\n') + '\n';
  const time = (n: number) => {
    const text = doc(n);
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const t = performance.now();
      markdown().parse(text, {});
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  time(500); // warm-up
  const small = time(1000);
  const large = time(8000);
  // Eight times the footnotes: about eight times the time when linear, sixty-four when quadratic
  // (the bound sits between, with room for a busy machine).
  assert.ok(large < 32 * small + 200, `1,000 footnotes ${small.toFixed(0)} ms, 8,000 ${large.toFixed(0)} ms`);
  const tokens = markdown().parse(doc(8000), {});
  assert.equal(tokens.filter((t) => t.type === 'footnote_open').length, 8000);
});

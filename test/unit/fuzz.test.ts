// The quick seeded fuzz run (≈10,000 cases, reproducible): every property of
// test/fuzz/properties.ts with its share of the cases, the harness's own
// checks shown able to fail, and regressions for what the fuzzer found.
// Seed and count: FUZZ_SEED, FUZZ_QUICK_COUNT (defaults below).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_DOCUMENT_CHARS } from '../../server/src/service/index';
import { FUZZ_PROPERTIES, buildProperty } from '../fuzz/properties';
import {
  FUZZ_NONCE,
  FUZZ_URI,
  applyMutation,
  assertHtmlSafe,
  assertWellFormedXml,
  checkAllFeatures,
  checkDocx,
  checkNormalisationInvariance,
  HOSTILE_JSON_ALLOWANCE,
  HOSTILE_SHAPES,
  jsonOverBudget,
  normalisationStable,
  seedDocuments,
  serviceWith,
} from '../fuzz/harness';

const SEED = Number(process.env.FUZZ_SEED ?? 20251124);
const QUICK_COUNT = Number(process.env.FUZZ_QUICK_COUNT ?? 10_000);
const seeds = seedDocuments();

const FM = '---\nloai: BC\nco_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"\nky_hieu: SKHCN\ndia_danh: "Quảng Ngãi"\nngay: 2025-05-30\ntrich_yeu: "kết quả"\nnoi_nhan:\n  - "Sở Nội vụ"\n  - "Lưu: VT, VP"\nky:\n  chuc_vu: "GIÁM ĐỐC"\n  ho_ten: "Nguyễn Văn A"\n---\n';

for (const [i, p] of FUZZ_PROPERTIES.entries()) {
  const numRuns = Math.max(1, Math.round(QUICK_COUNT * p.share));
  test(`fuzz (seed ${SEED + i}, ${numRuns} cases): ${p.name}`, async () => {
    await fc.assert(buildProperty(p, seeds), { seed: SEED + i, numRuns });
  });
}

// ---- the harness's checks can fail --------------------------------------------------

test('the range check rejects a diagnostic past the end of its line', () => {
  const svc = serviceWith('abc');
  const bad = { getDiagnostics: () => [{ code: 'x', severity: 'error', message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } } }] };
  assert.throws(() => checkAllFeatures('abc', Object.assign(Object.create(svc), bad)), /character 4 > line 0 length 3/);
});

test('the range check rejects a diagnostic on a line the document does not have', () => {
  const svc = serviceWith('a\nb');
  const bad = { getDiagnostics: () => [{ code: 'x', severity: 'error', message: 'm', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } } }] };
  assert.throws(() => checkAllFeatures('a\nb', Object.assign(Object.create(svc), bad)), /line 2 ≥ line count 2/);
});

test('the XML check rejects unbalanced tags, raw < and &, and characters XML 1.0 forbids', () => {
  assertWellFormedXml('<?xml version="1.0"?><w:document a="1"><w:t>x &amp; y</w:t><w:br/></w:document>');
  assert.throws(() => assertWellFormedXml('<a><b></a>'), /closes/);
  assert.throws(() => assertWellFormedXml('<a>x < y</a>'), /raw </);
  assert.throws(() => assertWellFormedXml('<a>x & y</a>'), /bare &/);
  assert.throws(() => assertWellFormedXml('<a>\u0001</a>'), /not allowed/);
  assert.throws(() => assertWellFormedXml('<a>'), /unclosed/);
});

test('the HTML check rejects scripts without the nonce, handlers, javascript: URLs and inline styles', () => {
  assertHtmlSafe(`<html><head><style nonce="${FUZZ_NONCE}">p{}</style></head><body><p>&lt;script&gt;</p><script nonce="${FUZZ_NONCE}">1</script></body></html>`);
  assert.throws(() => assertHtmlSafe('<script>alert(1)</script>'), /without the nonce/);
  assert.throws(() => assertHtmlSafe('<p onclick="x()">a</p>'), /event handler/);
  assert.throws(() => assertHtmlSafe('<p><a href="javascript:alert(1)">a</a></p>'), /javascript: URL/);
  assert.throws(() => assertHtmlSafe('<p style="color:red">a</p>'), /inline style/);
  assert.throws(() => assertHtmlSafe('<img src=x>'), /unexpected element/);
});

test('the invariance check notices a text whose NFD form reads differently', () => {
  assert.ok(!normalisationStable('\ud800'));
  assert.ok(!normalisationStable('한'), 'Hangul decomposes into letters, not marks');
  assert.ok(normalisationStable('Cộng hòa xã hội chủ nghĩa Việt Nam 😀'));
});

test('mutations insert, delete and duplicate lines and characters as asked', () => {
  assert.equal(applyMutation('a\nb', { op: 'insertLine', at: 0.5, line: 'x' }), 'a\nx\nb');
  assert.equal(applyMutation('a\nb', { op: 'deleteLine', at: 0 }), 'b');
  assert.equal(applyMutation('a\nb', { op: 'duplicateLine', at: 0.9 }), 'a\nb\nb');
  assert.equal(applyMutation('abc', { op: 'duplicateText', at: 0.25, length: 1, times: 2 }), 'abbbc');
  assert.equal(applyMutation('a', { op: 'nesting', at: 0, marker: '> ', depth: 3 }), '> > > sâu\na');
});

test('each hostile shape builds what it is named for, at both ends of its range', () => {
  const shape = (name: string) => HOSTILE_SHAPES.find((s) => s.name === name)!;
  const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
  const lines = (text: string) => text.split('\n');
  assert.equal(HOSTILE_SHAPES.length, 11);
  for (const s of HOSTILE_SHAPES) {
    for (const n of [s.min, s.max]) {
      const text = s.build(n);
      assert.ok(text.startsWith('---\nloai: BC') || text.startsWith('---\nx: &a') || text.startsWith('---\nk0: 0'), s.name);
      switch (s.name) {
        case 'repeated headings': assert.equal(count(text, /^## 1\. Mục lặp lại$/gm), n); break;
        case 'misnumbered headings': assert.equal(count(text, /^#{1,2} \d+\. Mục \d+$/gm), n); break;
        case 'YAML aliases': assert.equal(count(text, /\*a\b/g), n); break;
        case 'YAML keys': assert.equal(count(text, /^k\d+: \d+$/gm), n); assert.ok(count(text, /^k0: /gm) > 1, 'a repeated key'); break;
        case 'footnotes': assert.equal(count(text, /\[\^\d+\]\./g), n); assert.equal(count(text, /^\[\^\d+\]: /gm), n); break;
        case 'citations of one symbol with distinct dates': {
          const dates = [...text.matchAll(/12\/KH-UBND ngày (\S+)/g)].map((m) => m[1]);
          assert.equal(dates.length, n);
          assert.equal(new Set(dates).size, n);
          break;
        }
        case 'impossible dates on one line': assert.equal(count(text, /ngày 31\/02\/2025/g), n); assert.ok(lines(text).some((l) => l.length >= 16 * n)); break;
        case 'deep list nesting': assert.ok(lines(text).some((l) => l === '  '.repeat(n - 1) + '- mục')); break;
        case 'deep quote nesting': assert.ok(lines(text).some((l) => l === '> '.repeat(n) + 'trích')); break;
        case 'long single line': assert.ok(Math.max(...lines(text).map((l) => l.length)) >= n); break;
        case 'oversized file': assert.ok(text.length > MAX_DOCUMENT_CHARS && text.length >= n); break;
        default: assert.fail(`no check for ${s.name}`);
      }
    }
  }
});

test('the hostile JSON bound rejects output past 10× the text plus the allowance', () => {
  assert.equal(jsonOverBudget(10 * 1000 + HOSTILE_JSON_ALLOWANCE, 1000), undefined);
  assert.match(jsonOverBudget(10 * 1000 + HOSTILE_JSON_ALLOWANCE + 1, 1000)!, /diagnostics JSON \d+ bytes for 1000 characters > \d+/);
});

// ---- regressions for what the fuzzer found ------------------------------------------

test('a line that starts with combining marks keeps its diagnostics on that line in LF, CRLF and NFD (SourceText fix)', () => {
  const text = FM + '\u0300\u0300\u0300\u0300';
  checkNormalisationInvariance(text);
  const endMark = serviceWith(text).getDiagnostics(FUZZ_URI).find((d) => d.code === 'structure.missing-end-mark');
  assert.equal(endMark?.range.start.line, 14);
  assert.equal(endMark?.range.start.character, 0);
});

test('the .docx export drops characters XML 1.0 forbids (NUL, C0 controls, U+FFFE, U+FFFF) so Word can open it (fuzzer find)', async () => {
  for (const c of ['\u0000', '\u0001', '\u000b', '\u001b', '\ufffe', '\uffff']) {
    await checkDocx(FM + `\nVăn bản ${c} tiếp.\n`);
    await checkDocx(FM.replace('kết quả', `kết ${c} quả`) + '\nVăn bản.\n');
  }
});

/**
 * Differential test of SourceText's fast construction (unchanged stretches
 * copied as slices, identity map left implicit): on random text mixing ASCII,
 * precomposed and decomposed Vietnamese, CR/CRLF, a BOM, astral characters,
 * lone surrogates and stray marks, it must give the same analysis text and
 * the same offset map as the straightforward per-character construction.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NOT_SURELY_PLAIN, SourceText } from './source-text';

const COMBINING = /\p{M}/u;

/** The per-character construction the fast one replaced (reference). */
function reference(original: string): { text: string; map: number[] } {
  const out: string[] = [];
  const map: number[] = [];
  let i = original.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = original.length;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (c === 13) {
      out.push('\n');
      map.push(i);
      i += original.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    if (c === 10 || (c < 0x80 && !(i + 1 < n && original.charCodeAt(i + 1) >= 0x300 && COMBINING.test(original[i + 1])))) {
      out.push(original[i]);
      map.push(i);
      i++;
      continue;
    }
    const start = i;
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    while (i < n) {
      const cp = original.codePointAt(i)!;
      if (!COMBINING.test(String.fromCodePoint(cp))) break;
      i += cp > 0xffff ? 2 : 1;
    }
    const cluster = original.slice(start, i);
    const norm = wellFormed(cluster) ? cluster.normalize('NFC') : cluster;
    for (let k = 0; k < norm.length; k++) {
      out.push(norm[k]);
      map.push(start);
    }
  }
  map.push(n);
  return { text: out.join(''), map };
}

/** True when the string has no lone surrogate. */
function wellFormed(s: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

const PIECES = ['a', 'Q', ' ', '\n', '\r', '\r\n', '\ufeff', 'ệ', 'Ư', 'đ', 'e\u0302\u0323', 'u\u031b', 'x\u0323', '\u0301', '\u0344', '\u212b', '😀', '\ud800', '\udc00', '/', '1', '𝅘𝅥', 'Å', 'ノ\u3099', '“', '–', '…', '\t', 'ẛ'];

test('the fast construction gives the same text and offset map as the per-character one', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
      const original = parts.join('');
      const s = new SourceText(original);
      const ref = reference(original);
      assert.equal(s.text, ref.text);
      for (let k = -1; k <= ref.map.length; k++) {
        const want = k <= 0 ? ref.map[0] : k >= ref.map.length ? original.length : ref.map[k];
        assert.equal(s.toOriginal(k), want, `toOriginal(${k}) of ${JSON.stringify(original)}`);
      }
      for (let o = -1; o <= original.length + 1; o++) {
        let lo = 0;
        let hi = ref.map.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (ref.map[mid] < o) lo = mid + 1;
          else hi = mid;
        }
        assert.equal(s.fromOriginal(o), lo, `fromOriginal(${o}) of ${JSON.stringify(original)}`);
      }
    }),
    { numRuns: 3000 },
  );
});

test('an NFC text with LF line ends is analysed as it is, offsets unchanged', () => {
  const text = 'Sở Khoa học và Công nghệ\nbáo cáo ngày 30/5/2025';
  const s = new SourceText(text);
  assert.equal(s.text, text);
  assert.equal(s.toOriginal(5), 5);
  assert.equal(s.fromOriginal(12), 12);
  assert.deepEqual(s.positionAt(text.length), { line: 1, character: 'báo cáo ngày 30/5/2025'.length });
});

test('text of the characters read as surely plain never changes under NFC, whatever their order', () => {
  const plain = (c: number) => !NOT_SURELY_PLAIN.test(String.fromCharCode(c));
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    const nfd = ch.normalize('NFD');
    // Nothing composes with a character before it unless it comes after the first in some decomposition.
    for (let k = 1; k < nfd.length; k++) assert.ok(!plain(nfd.charCodeAt(k)), `U+${cp.toString(16)} decomposes to U+${nfd.charCodeAt(k).toString(16)} after its first`);
    if (cp < 0x10000 && plain(cp)) {
      assert.equal(ch.normalize('NFC'), ch, `U+${cp.toString(16)}`);
      assert.ok(plain(nfd.charCodeAt(0)), `U+${cp.toString(16)} starts with U+${nfd.charCodeAt(0).toString(16)}`);
    }
  }
  assert.ok(!NOT_SURELY_PLAIN.test('Quyết định “số 12” – Đà Nẵng…\tẛ\n'));
  for (const c of ['\r', '\u0301', '\u212b', '😀', '\u1161', '\u2028']) assert.ok(NOT_SURELY_PLAIN.test(`a${c}`), JSON.stringify(c));
});

test('a text of surely plain characters is analysed as it is, with its lines', () => {
  const pieces = ['a', 'Q', ' ', '\n', '\n\n', 'ệ', 'Ư', 'đ', '“', '–', '…', '\t', 'ẛ', 'Å', '/', '1', '\u0000'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const original = parts.join('');
      const s = new SourceText(original);
      assert.equal(s.text, original);
      const lines = original.split('\n');
      assert.equal(s.lineCount, lines.length);
      let at = 0;
      lines.forEach((line, n) => {
        assert.equal(s.lineStart(n), at);
        assert.deepEqual(s.positionAt(at + line.length), { line: n, character: line.length });
        at += line.length + 1;
      });
    }),
    { numRuns: 1000 },
  );
});

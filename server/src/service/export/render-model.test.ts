import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printable } from './render-model';

/** printable as two replaces on every text, before it skipped texts with nothing to change. */
const reference = (s: string) =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

test('printable drops what XML 1.0 forbids and replaces lone surrogates, as the two replaces did', () => {
  const chars = ['a', 'ệ', ' ', '\t', '\n', '\r', '\u0000', '\u0008', '\u000b', '\u000c', '\u000e', '\u001f', '\u0020', '\u007f', '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff', '\ue000', '\ufffd', '\ufffe', '\uffff'];
  // Every string of up to three of these characters (12,000 of them): every neighbour of every boundary.
  const texts = [''];
  for (let len = 1; len <= 3; len++) for (let n = 0; n < chars.length ** len; n++) {
    let s = '';
    for (let k = 0, m = n; k < len; k++, m = Math.floor(m / chars.length)) s += chars[m % chars.length];
    texts.push(s);
  }
  for (const s of texts) assert.equal(printable(s), reference(s), JSON.stringify(s));
  assert.equal(printable('Báo cáo 😀 đủ'), 'Báo cáo 😀 đủ');
  assert.equal(printable('Văn bản\u0007 lỗi \ud83d hết'), 'Văn bản lỗi \ufffd hết');
});

test('printable returns a text with nothing to change as it is', () => {
  const s = 'Ủy ban nhân dân tỉnh'.repeat(3);
  assert.equal(printable(s), s);
});

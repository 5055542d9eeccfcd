import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeHTML } from './bundle-entities-lazy';

const DECODER = require.resolve('entities/lib/decode.js');

test('the bundles\' entities stand-in loads the decoder on its first call, not before', () => {
  delete require.cache[DECODER];
  assert.equal(require.cache[DECODER], undefined);
  assert.equal(decodeHTML('&amp;'), '&');
  assert.ok(require.cache[DECODER], 'the decoder is loaded by the first call');
});

test('the stand-in decodes named, decimal and hexadecimal references as the package does', () => {
  const real = (require(DECODER) as { decodeHTML: (s: string) => string }).decodeHTML;
  for (const ref of ['&amp;', '&lt;', '&nbsp;', '&ecirc;', '&#7871;', '&#x1EBF;', '&copy', '&notin;', '&NotAnEntity;', 'không có tham chiếu']) {
    assert.equal(decodeHTML(ref), real(ref), ref);
  }
  assert.equal(decodeHTML('Ki&ecirc;n Giang &amp; H&#7871;'), 'Kiên Giang & Hế');
});

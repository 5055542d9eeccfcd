import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceText } from './source-text';

const NFC = 'Quảng Ngãi, ngày 29/02/2025\nDòng hai ổn định';

test('NFC text passes through unchanged with identity offsets', () => {
  const s = new SourceText(NFC);
  assert.equal(s.text, NFC);
  const i = NFC.indexOf('29/02');
  assert.deepEqual(s.positionAt(i), { line: 0, character: i });
});

test('NFD text is analysed as NFC and positions map back into the NFD original', () => {
  const nfd = NFC.normalize('NFD');
  const s = new SourceText(nfd);
  assert.equal(s.text, NFC);
  const pos = s.positionAt(NFC.indexOf('29/02'));
  assert.equal(nfd.slice(nfd.split('\n')[0].indexOf('29/02')).startsWith('29/02'), true);
  assert.equal(pos.character, nfd.indexOf('29/02'));
  assert.equal(s.displayColumn(pos), new SourceText(NFC).displayColumn(new SourceText(NFC).positionAt(NFC.indexOf('29/02'))));
});

test('CRLF and a BOM are dropped for analysis and positions stay on the same lines', () => {
  const orig = '\ufeff' + NFC.replace(/\n/g, '\r\n');
  const s = new SourceText(orig);
  assert.equal(s.text, NFC);
  const off = NFC.indexOf('hai');
  const pos = s.positionAt(off);
  assert.equal(pos.line, 1);
  assert.equal(orig.split('\r\n')[1].slice(pos.character).startsWith('hai'), true);
  assert.equal(s.displayColumn(pos), 6);
});

test('lone surrogates and NUL characters do not break the map', () => {
  const s = new SourceText('a\ud800b\u0000c\udc00');
  assert.equal(s.text.length, 6);
  assert.deepEqual(s.positionAt(6), { line: 0, character: 6 });
});

test('offsetAt inverts positionAt on original positions', () => {
  const nfd = NFC.normalize('NFD');
  const s = new SourceText(nfd);
  const off = NFC.indexOf('ổn');
  assert.equal(s.offsetAt(s.positionAt(off)), off);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { crc32, writeZip } from './zip-writer';

test('an archive written with native deflate reads back with every entry intact', async () => {
  const big = 'Cộng hòa xã hội chủ nghĩa Việt Nam. '.repeat(500);
  const bytes = writeZip([
    { path: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>' },
    { path: 'word/document.xml', data: big },
    { path: 'word/media/x.bin', data: new Uint8Array([0, 1, 2, 255]) },
  ]);
  const zip = await JSZip.loadAsync(bytes);
  assert.deepEqual(Object.keys(zip.files), ['[Content_Types].xml', 'word/document.xml', 'word/media/x.bin']);
  assert.equal(await zip.file('word/document.xml')!.async('string'), big);
  assert.deepEqual([...(await zip.file('word/media/x.bin')!.async('uint8array'))], [0, 1, 2, 255]);
  assert.ok(bytes.length < big.length / 5, 'the large part is deflated');
});

test('the same entries give the same bytes', () => {
  const e = [{ path: 'a.xml', data: 'x'.repeat(1000) }];
  assert.deepEqual(writeZip(e), writeZip(e));
});

test('crc32 matches the reference value', () => {
  assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
});

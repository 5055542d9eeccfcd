/**
 * How the CLI and the server read files: a catalog that is a pipe no longer
 * hangs `vbhc check`, /dev/zero is not read, a file over the cap is refused;
 * UTF-16 and UTF-32 with a BOM read as the same document in UTF-8 (the same
 * findings, the same export), UTF-16 without a BOM is refused in plain
 * words, and bytes that are not UTF-8 are counted and located, not silently
 * replaced.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { runMain, tempFolder } from './cli-run';
import { createNodeFileSystem } from '../../server/src/node-fs';
import { decodeText, readTextFile, ReadTextError } from '../../server/src/read-text';

const DOC = '---\nloai: BC\nco_quan: SỞ THỬ NGHIỆM\nky_hieu: STN\ndia_danh: Huế\nngay: 2025-05-30\ntrich_yeu: đọc tệp ở nhiều mã\nnoi_nhan: ["Lưu: VT"]\nky:\n  chuc_vu: GIÁM ĐỐC\n  ho_ten: Trần Văn Thử\n---\n\n# I. NỘI DUNG\n\nNgày 30/02/2025 không có thật.\n\nĐoạn cuối có chữ 😀 ngoài mặt phẳng cơ bản./.\n';
const posix = process.platform !== 'win32';

function workspace(t: TestContext): string {
  const dir = tempFolder(t, 'vbhc-read-text-');
  return dir;
}


/** The document's bytes in each encoding, with its BOM. */
function encoded(text: string): Record<string, Buffer> {
  const le16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be16 = Buffer.from(le16).swap16();
  const cps = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
  const le32 = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => le32.writeUInt32LE(cp, i * 4));
  const be32 = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => be32.writeUInt32BE(cp, i * 4));
  return { 'utf-8 with BOM': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-16le': le16, 'utf-16be': be16, 'utf-32le': le32, 'utf-32be': be32 };
}

test('UTF-16 and UTF-32 files with a BOM are checked and exported as the same document in UTF-8', async (t) => {
  const dir = workspace(t);
  writeFileSync(join(dir, 'goc.vbhc.md'), DOC);
  const expected = await runMain(['check', '--format', 'json', 'goc.vbhc.md'], dir);
  const findings = (out: string) => JSON.stringify((JSON.parse(out) as { diagnostics: unknown[] }[])[0].diagnostics);
  assert.match(findings(expected.stdout), /date\.invalid/, 'the invalid date is found');
  for (const [name, bytes] of Object.entries(encoded(DOC))) {
    const file = `${name.replace(/\W+/g, '-')}.vbhc.md`;
    writeFileSync(join(dir, file), bytes);
    const r = await runMain(['check', '--format', 'json', file], dir);
    assert.equal(r.stderr, '', name);
    assert.equal(findings(r.stdout), findings(expected.stdout), `${name}: the same findings at the same places`);
    assert.equal((await runMain(['export', file], dir)).code, 0);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, file.replace('.vbhc.md', '.docx'))));
    assert.match(await zip.file('word/document.xml')!.async('string'), /Ngày 30\/02\/2025 không có thật\./, `${name}: the export holds the text`);
  }
});

test('UTF-16 without a BOM is refused in plain words (it used to give nine misleading missing-field errors)', async (t) => {
  const dir = workspace(t);
  writeFileSync(join(dir, 'a.vbhc.md'), Buffer.from(DOC, 'utf16le'));
  for (const args of [['check', 'a.vbhc.md'], ['export', 'a.vbhc.md']]) {
    const r = await runMain(args, dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /UTF-16 không có BOM.*UTF-8/);
    assert.doesNotMatch(r.stdout, /meta\.missing-field/);
  }
});

test('bytes that are not UTF-8 are counted and located on stderr; the rest of the document is checked as before', async (t) => {
  const dir = workspace(t);
  const at = DOC.indexOf('Đoạn cuối');
  // A Latin-1 "é" and a lone continuation byte on line 18 (the last); a genuine U+FFFD earlier is not counted.
  const bytes = Buffer.concat([Buffer.from(DOC.slice(0, at).replace('không có thật', 'không có thật \ufffd')), Buffer.from([0xe9, 0x20, 0x80, 0x20]), Buffer.from(DOC.slice(at))]);
  writeFileSync(join(dir, 'a.vbhc.md'), bytes);
  const r = await runMain(['check', 'a.vbhc.md'], dir);
  assert.equal(r.code, 1, 'the invalid date is still an error');
  assert.match(r.stderr, /a\.vbhc\.md: 2 ký tự không đọc được ở mã UTF-8 đã thay bằng U\+FFFD \(ký tự đầu ở dòng 18\)/);
  assert.match(r.stderr, /2 character\(s\) not valid UTF-8 replaced by U\+FFFD \(the first on line 18\)/);
  assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
  const reported: number[] = [];
  const fs = createNodeFileSystem((_file, read) => reported.push(read.replaced, read.firstReplacedLine!));
  assert.match(await fs.readFile(join(dir, 'a.vbhc.md')), /Đoạn cuối/);
  assert.deepEqual(reported, [2, 18], 'the server hears of them too');
});

test('decodeText: lone surrogates and a dangling byte in UTF-16, and code points out of range in UTF-32, are counted', () => {
  const le = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00, 0x00, 0xd8, 0x42, 0x00, 0x43]);
  const r16 = decodeText(le);
  assert.equal(r16.text, '\ufeffA\n\ufffdB\ufffd');
  assert.deepEqual([r16.encoding, r16.replaced, r16.firstReplacedLine], ['utf-16le', 2, 2]);
  const r32 = decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0, 0, 0, 0x11, 0]));
  assert.deepEqual([r32.text, r32.encoding, r32.replaced], ['A\ufffd', 'utf-32le', 1]);
  assert.deepEqual(decodeText(Buffer.from('Văn bản')), { text: 'Văn bản', encoding: 'utf-8', replaced: 0 });
});

test('a catalog that is a pipe (FIFO) does not hang vbhc check, and /dev/zero is not read', { skip: !posix }, async (t) => {
  const dir = workspace(t);
  writeFileSync(join(dir, 'a.vbhc.md'), DOC);
  if (spawnSync('mkfifo', [join(dir, 'ong.vanban.yaml')]).status !== 0) return t.skip('mkfifo not available');
  writeFileSync(join(dir, '.vbhc.yaml'), 'catalogs:\n  - ong.vanban.yaml\n  - /dev/zero\n');
  const t0 = Date.now();
  const r = await Promise.race([runMain(['check', 'a.vbhc.md'], dir), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('vbhc check hangs')), 20_000).unref())]);
  assert.ok(Date.now() - t0 < 20_000);
  assert.equal(r.code, 1, 'the document is checked');
  assert.match(r.stderr, /ong\.vanban\.yaml.*không phải là tệp thường/);
  assert.match(r.stderr, /\/dev\/zero.*not a regular file/);
});

test('a file over the size cap is refused before it is read whole', async (t) => {
  const dir = workspace(t);
  const file = join(dir, 'lon.vanban.yaml');
  writeFileSync(file, Buffer.alloc(4097, 0x61));
  await assert.rejects(readTextFile(file, 4096), (e: unknown) => e instanceof ReadTextError && e.code === 'too-large' && /lớn hơn/.test(e.vi));
  assert.equal((await readTextFile(file, 4097)).text.length, 4097);
});

test('a file of several megabytes is read whole, every character in place; a /proc file (its size says 0) is read to its end', async (t) => {
  const dir = workspace(t);
  // 3 MB of Vietnamese text: three-byte letters and four-byte emoji land across every megabyte boundary.
  const line = 'Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện 😀 đúng hạn.\n';
  const text = line.repeat(Math.ceil((3 * 2 ** 20) / Buffer.byteLength(line)));
  const file = join(dir, 'lon.vbhc.md');
  writeFileSync(file, text);
  const read = await readTextFile(file);
  assert.equal(read.replaced, 0);
  assert.equal(read.text.length, text.length);
  assert.ok(read.text === text, 'the text read is the text written');
  // /proc files say size 0 and still have content: read to the end all the same.
  if (posix) assert.match((await readTextFile('/proc/self/status')).text, /^Name:/m);
});

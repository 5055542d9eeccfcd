/**
 * What `vbhc export` may replace: never its own source, whatever path names
 * it (a symlinked folder, a hard link — as another letter case is on a
 * case-insensitive file system); never a device, a pipe or a link to
 * nothing; a symbolic link to a file is written through and kept. A replaced
 * file keeps its mode; the longest legal file name works; a format that
 * contradicts the output's extension and `-o -` are refused. Each case is
 * the reproduction of a defect, run through the CLI's `main`.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { linkSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMain, tempFolder } from './cli-run';
import { checkExportTarget, ExportFileError, writeFileAtomic } from '../../server/src/export-file';

const DOC = '---\nloai: BC\nco_quan: SỞ THỬ NGHIỆM\nky_hieu: STN\ndia_danh: Huế\nngay: 2025-05-30\ntrich_yeu: bảo vệ tệp nguồn\nnoi_nhan: ["Lưu: VT"]\nky:\n  chuc_vu: GIÁM ĐỐC\n  ho_ten: Trần Văn Thử\n---\n\n# I. NỘI DUNG\n\nTệp nguồn không bao giờ bị ghi đè./.\n';
const posix = process.platform !== 'win32';

function workspace(t: TestContext): string {
  const dir = tempFolder(t, 'vbhc-export-target-');
  writeFileSync(join(dir, 'a.vbhc.md'), DOC);
  return dir;
}


test('export into a symlinked folder that names the source is refused with exit 2, the source kept', { skip: !posix }, async (t) => {
  const dir = workspace(t);
  symlinkSync('.', join(dir, 'same'));
  for (const format of ['docx', 'html']) {
    const r = await runMain(['export', 'a.vbhc.md', '-o', 'same/a.vbhc.md', '--format', format], dir);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /chính là tệp nguồn/);
    assert.equal(readFileSync(join(dir, 'a.vbhc.md'), 'utf8'), DOC, 'the source is intact');
  }
  assert.deepEqual(readdirSync(dir).sort(), ['a.vbhc.md', 'same']);
});

test('export onto another name of the same file (a hard link, as another letter case is on a case-insensitive disk) is refused', async (t) => {
  const dir = workspace(t);
  linkSync(join(dir, 'a.vbhc.md'), join(dir, 'A.VBHC.MD.html'));
  const r = await runMain(['export', 'a.vbhc.md', '-o', 'A.VBHC.MD.html', '--lang', 'en'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /it is the source document/);
  assert.equal(readFileSync(join(dir, 'a.vbhc.md'), 'utf8'), DOC);
});

test('a PDF export onto its source is refused before LibreOffice runs', { skip: !posix }, async (t) => {
  const dir = workspace(t);
  symlinkSync('.', join(dir, 'same'));
  const r = await runMain(['export', 'a.vbhc.md', '-o', 'same/a.vbhc.md', '--format', 'pdf'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /chính là tệp nguồn/);
  assert.equal(readFileSync(join(dir, 'a.vbhc.md'), 'utf8'), DOC);
});

test('a pipe (FIFO) at the target is refused and stays a pipe', { skip: !posix }, async (t) => {
  const dir = workspace(t);
  const fifo = join(dir, 'ong.docx');
  if (spawnSync('mkfifo', [fifo]).status !== 0) return t.skip('mkfifo not available');
  const r = await runMain(['export', 'a.vbhc.md', '-o', 'ong.docx'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /ống dẫn/);
  assert.ok(lstatSync(fifo).isFIFO());
});

test('a device at the target is refused before anything is written (checked, never written: /dev/null)', { skip: !posix }, async () => {
  await assert.rejects(checkExportTarget('/dev/null'), (e: unknown) => e instanceof ExportFileError && e.code === 'not-a-file' && /thiết bị/.test(e.vi) && /device/.test(e.en));
  assert.ok(statSync('/dev/null').isCharacterDevice());
});

test('a symbolic link to a device is refused, and the link is kept', { skip: !posix }, async (t) => {
  const dir = workspace(t);
  symlinkSync('/dev/null', join(dir, 'null.docx'));
  const r = await runMain(['export', 'a.vbhc.md', '-o', 'null.docx'], dir);
  assert.equal(r.code, 2);
  assert.ok(lstatSync(join(dir, 'null.docx')).isSymbolicLink());
  assert.ok(statSync('/dev/null').isCharacterDevice());
});

test('a symbolic link to a regular file is written through: the file it points to is replaced, the link kept', { skip: !posix }, async (t) => {
  const dir = workspace(t);
  writeFileSync(join(dir, 'that.html'), 'old');
  symlinkSync('that.html', join(dir, 'link.html'));
  const r = await runMain(['export', 'a.vbhc.md', '-o', 'link.html'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readlinkSync(join(dir, 'link.html')), 'that.html');
  assert.match(readFileSync(join(dir, 'that.html'), 'utf8'), /^<!DOCTYPE html>/);
  assert.deepEqual(readdirSync(dir).sort(), ['a.vbhc.md', 'link.html', 'that.html'], 'no temporary file left');
});

test('a symbolic link to nothing is refused and nothing is created', { skip: !posix }, async (t) => {
  const dir = workspace(t);
  symlinkSync('nowhere.docx', join(dir, 'dangling.docx'));
  const r = await runMain(['export', 'a.vbhc.md', '-o', 'dangling.docx'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /không tồn tại/);
  assert.deepEqual(readdirSync(dir).sort(), ['a.vbhc.md', 'dangling.docx']);
});

test('re-export keeps the mode of the file it replaces (0600 stays 0600)', { skip: !posix }, async (t) => {
  const dir = workspace(t);
  const out = join(dir, 'a.docx');
  writeFileSync(out, 'old');
  chmodSync(out, 0o600);
  assert.equal((await runMain(['export', 'a.vbhc.md'], dir)).code, 0);
  assert.equal(statSync(out).mode & 0o7777, 0o600);
  assert.equal(readFileSync(out).subarray(0, 2).toString(), 'PK');
  chmodSync(out, 0o640);
  await writeFileAtomic(out, 'x');
  assert.equal(statSync(out).mode & 0o7777, 0o640);
});

test('an output name of 255 bytes, the longest a file system allows, is written', async (t) => {
  const dir = workspace(t);
  const name = 'b'.repeat(255 - '.docx'.length) + '.docx';
  const r = await runMain(['export', 'a.vbhc.md', '-o', name], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readFileSync(join(dir, name)).subarray(0, 2).toString(), 'PK');
  assert.deepEqual(readdirSync(dir).sort(), ['a.vbhc.md', name]);
});

test('--format html with a .docx output name is refused, nothing written', async (t) => {
  const dir = workspace(t);
  const r = await runMain(['export', 'a.vbhc.md', '--format', 'html', '-o', 'x.docx'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--format html/);
  assert.match(r.stderr, /x\.docx/);
  assert.deepEqual(readdirSync(dir), ['a.vbhc.md']);
  // The format named by the extension or by --format alone, or both agreeing, still work.
  assert.equal((await runMain(['export', 'a.vbhc.md', '--format', 'html', '-o', 'y.html'], dir)).code, 0);
  assert.equal((await runMain(['export', 'a.vbhc.md', '--format', 'html', '-o', 'z.trang'], dir)).code, 0);
  assert.match(readFileSync(join(dir, 'z.trang'), 'utf8'), /^<!DOCTYPE html>/);
});

test('-o - is refused (the export is a file written through a temporary file), and no file named "-" appears', async (t) => {
  const dir = workspace(t);
  const r = await runMain(['export', 'a.vbhc.md', '-o', '-'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /-o \.\/-/);
  assert.deepEqual(readdirSync(dir), ['a.vbhc.md']);
  assert.equal((await runMain(['export', 'a.vbhc.md', '-o', './-', '--format', 'html'], dir)).code, 0, 'a file named "-" when asked for so');
});

/**
 * The shipped CLI writing into a pipe its reader has closed (`vbhc check
 * FILE | head -1`): no stack trace, the command's own exit code, and a file
 * being exported is still written whole. Real pipes, real processes. An
 * output that fails for another reason (a full disk) is one line and exit 2.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli.js');
const built = existsSync(CLI);

/** A report with errors (its header is incomplete) and a spacing finding per paragraph: a check output of many lines. */
function documentText(): string {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Đoạn thứ ${i + 1} nêu kết quả công việc , có dấu cách thừa trước dấu phẩy.`);
  return ['---', 'loai: BC', 'co_quan: SỞ THỬ NGHIỆM', 'ky_hieu: STN', 'dia_danh: Huế', 'ngay: 2025-05-30', 'trich_yeu: kết quả thử đường ống', '---', '', '# I. KẾT QUẢ', '', ...paragraphs.flatMap((p) => [p, '']), ''].join('\n');
}

/** Runs the CLI with its standard output a pipe whose reading end is closed at once. */
function runIntoClosedPipe(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr }));
  });
}

test('check, export and import into a closed pipe: quiet, with their own exit codes', { skip: !built && 'dist/cli.js not built' }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-pipe-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'bao-cao.vbhc.md'), documentText());
  const plain = spawnSync(process.execPath, [CLI, 'check', 'bao-cao.vbhc.md'], { cwd: dir, encoding: 'utf8' });
  assert.equal(plain.status, 1, 'the document has errors');
  assert.ok(plain.stdout.split('\n').length > 40, 'a long output');

  for (const args of [['check', 'bao-cao.vbhc.md'], ['check', '--format', 'json', 'bao-cao.vbhc.md']]) {
    const r = await runIntoClosedPipe(args, dir);
    assert.equal(r.stderr, '', `${args.join(' ')}: nothing on stderr`);
    assert.equal(r.code, 1, `${args.join(' ')}: the exit code of the check`);
  }

  const exported = await runIntoClosedPipe(['export', 'bao-cao.vbhc.md', '-o', 'bao-cao.docx'], dir);
  assert.equal(exported.code, 0);
  assert.doesNotMatch(exported.stderr, /EPIPE|Error|at /, 'no stack trace');
  assert.equal(readFileSync(join(dir, 'bao-cao.docx')).subarray(0, 2).toString('latin1'), 'PK', 'the .docx is written');

  const imported = await runIntoClosedPipe(['import', 'bao-cao.docx', '-o', 'lai.vbhc.md'], dir);
  assert.equal(imported.code, 0);
  assert.doesNotMatch(imported.stderr, /EPIPE|Error|at /, 'no stack trace');
  assert.match(readFileSync(join(dir, 'lai.vbhc.md'), 'utf8'), /KẾT QUẢ/);
});

test('an output that cannot be written for another reason is one line and exit 2', { skip: (!built && 'dist/cli.js not built') || (!existsSync('/dev/full') && 'no /dev/full') }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-full-'));
  try {
    writeFileSync(join(dir, 'bao-cao.vbhc.md'), documentText());
    const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${CLI}" check bao-cao.vbhc.md > /dev/full`], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'vbhc: không ghi được đầu ra chuẩn / cannot write standard output: ENOSPC\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

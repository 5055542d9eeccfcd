/** `vbhc export`: arguments, default output names, formats, exit codes and messages. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './cli';
import { defaultOutputPath, parseExportArgs } from './cli-export';
import { exportFileName } from './service/workspace';
import { findSoffice } from './export-file';

const DOC = '---\nloai: BC\nco_quan: SỞ X\nky_hieu: SX\ndia_danh: Huế\nngay: 2025-05-30\ntrich_yeu: thử\nnoi_nhan: ["Lưu: VT"]\nky:\n  chuc_vu: GIÁM ĐỐC\n  ho_ten: A\n---\n\n# I. A\n\nNội dung./.\n';

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-cli-export-'));
  writeFileSync(join(dir, 'bao-cao.vbhc.md'), DOC);
  return dir;
}

test('the default output replaces .vbhc.md by the format extension', () => {
  assert.equal(defaultOutputPath('a/bao-cao.vbhc.md', 'docx'), 'a/bao-cao.docx');
  assert.equal(defaultOutputPath('bao-cao.vbhc.md', 'pdf'), 'bao-cao.pdf');
  assert.equal(defaultOutputPath('bao-cao.vbhc.md', 'html'), 'bao-cao.html');
  assert.equal(defaultOutputPath('ghi-chu.md', 'docx'), 'ghi-chu.docx');
  assert.equal(defaultOutputPath('khong-duoi', 'docx'), 'khong-duoi.docx');
});

test('arguments: PATH, -o OUT, --format and --format=…', () => {
  assert.deepEqual(parseExportArgs(['a.vbhc.md']), { input: 'a.vbhc.md' });
  assert.deepEqual(parseExportArgs(['a.vbhc.md', '-o', 'b.docx', '--format', 'docx']), { input: 'a.vbhc.md', output: 'b.docx', format: 'docx' });
  assert.deepEqual(parseExportArgs(['--format=pdf', 'a.vbhc.md']), { input: 'a.vbhc.md', format: 'pdf' });
});

test('vbhc export writes the .docx next to the source and exits 0', async () => {
  const dir = workspace();
  try {
    const r = await run(['export', 'bao-cao.vbhc.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Đã xuất bao-cao\.docx/);
    const bytes = readFileSync(join(dir, 'bao-cao.docx'));
    assert.equal(bytes.subarray(0, 2).toString(), 'PK');
    assert.deepEqual(readdirSync(dir).sort(), ['bao-cao.docx', 'bao-cao.vbhc.md']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('vbhc export --format html writes a standalone page, -o chooses the name', async () => {
  const dir = workspace();
  try {
    const r = await run(['export', 'bao-cao.vbhc.md', '--format', 'html', '-o', 'xem.html'], dir);
    assert.equal(r.code, 0, r.stderr);
    const html = readFileSync(join(dir, 'xem.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    assert.doesNotMatch(html, /<script/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the format follows the -o extension when --format is not given', async () => {
  const dir = workspace();
  try {
    const r = await run(['export', 'bao-cao.vbhc.md', '-o', 'ra.html'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(readFileSync(join(dir, 'ra.html'), 'utf8'), /<!DOCTYPE html>/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage and input errors exit 2 with a one-line reason and no stack trace', async () => {
  const dir = workspace();
  try {
    const cases: [string[], RegExp][] = [
      [['export'], /chưa chỉ tệp/],
      [['export', 'khong-co.vbhc.md'], /không tìm thấy "khong-co\.vbhc\.md"/],
      [['export', 'bao-cao.vbhc.md', '--format', 'odt'], /--format nhận docx, html hoặc pdf/],
      [['export', 'bao-cao.vbhc.md', '--bogus'], /tùy chọn không rõ "--bogus"/],
      [['export', 'bao-cao.vbhc.md', 'hai.vbhc.md'], /một tệp/],
      [['export', '.'], /không phải là tệp/],
      [['export', 'bao-cao.vbhc.md', '-o', 'bao-cao.vbhc.md'], /chính là tệp nguồn/],
      [['export', 'bao-cao.vbhc.md', '-o'], /thiếu giá trị/],
    ];
    for (const [args, re] of cases) {
      const r = await run(args, dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, re, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, `one line: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a read-only output exits 2 with a clear message and the old file is kept', async () => {
  const dir = workspace();
  const out = join(dir, 'bao-cao.docx');
  try {
    writeFileSync(out, 'cũ');
    chmodSync(out, 0o444);
    const r = await run(['export', 'bao-cao.vbhc.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Không có quyền ghi/);
    assert.equal(readFileSync(out, 'utf8'), 'cũ');
  } finally {
    chmodSync(out, 0o644);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('vbhc export --format pdf writes a PDF through LibreOffice', async (t) => {
  if (!(await findSoffice())) return t.skip('LibreOffice (soffice) not installed');
  const dir = workspace();
  try {
    const r = await run(['export', 'bao-cao.vbhc.md', '--format', 'pdf'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(join(dir, 'bao-cao.pdf')).subarray(0, 5).toString(), '%PDF-');
    assert.ok(!existsSync(join(dir, 'bao-cao.docx')), 'no stray .docx next to the source');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('notes about content printed differently go to stderr; the export still succeeds', async () => {
  const dir = workspace();
  try {
    writeFileSync(join(dir, 'anh.vbhc.md'), DOC.replace('Nội dung./.', 'Xem ![sơ đồ](so-do.png)./.'));
    const r = await run(['export', 'anh.vbhc.md', '--lang', 'en'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /note: Line 16: image "sơ đồ" is not exported/);
    assert.match(r.stdout, /Written anh\.docx/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a document with errors is exported all the same, and the count of its errors goes to stderr', async () => {
  const dir = workspace();
  try {
    writeFileSync(join(dir, 'du-thao.vbhc.md'), DOC.replace('co_quan: SỞ X', 'co_quan: "«TÊN CƠ QUAN BAN HÀNH»"').replace('Nội dung./.', 'Họp ngày 31/4/2025./.'));
    const r = await run(['export', 'du-thao.vbhc.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(join(dir, 'du-thao.docx')));
    assert.match(r.stdout, /Đã xuất du-thao\.docx/);
    assert.equal(r.stderr, 'vbhc: văn bản còn 2 lỗi; vẫn xuất. Xem các lỗi: vbhc check du-thao.vbhc.md\n');
    const en = await run(['export', 'du-thao.vbhc.md', '--lang', 'en', '--format', 'html'], dir);
    assert.equal(en.code, 0);
    assert.equal(en.stderr, 'vbhc: the document has 2 errors; exported anyway. List them with: vbhc check du-thao.vbhc.md\n');
    // A document without errors prints nothing on stderr.
    assert.equal((await run(['export', 'bao-cao.vbhc.md'], dir)).stderr, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the count of errors an export prints is the count vbhc check gives, for dates in every kind of block', async () => {
  const dir = workspace();
  try {
    // Impossible dates in the trích yếu, a paragraph, dash items, a table cell, a quote and a footnote.
    const body = '# I. A\n\nHọp ngày 31/4/2025.\n\n- ngày 32/1/2025 họp lại;\n- ngày 5/13/2025 họp tiếp.\n\n| Việc | Ngày |\n|---|---|\n| Họp | 31/6/2025 |\n\n> Trích ngày 31/9/2025.\n\nNội dung[^1]./.\n\n[^1]: Ghi chú ngày 31/11/2025.\n';
    writeFileSync(join(dir, 'ngay.vbhc.md'), DOC.replace('trich_yeu: thử', 'trich_yeu: kết quả họp ngày 30/2/2025').replace(/# I\. A[\s\S]*$/, body));
    const check = await run(['check', '--format', 'json', 'ngay.vbhc.md'], dir);
    const found = (JSON.parse(check.stdout) as { diagnostics: { severity: string; code: string }[] }[])[0].diagnostics.filter((d) => d.severity === 'error');
    assert.deepEqual(found.map((d) => d.code), Array(7).fill('date.invalid'));
    const r = await run(['export', 'ngay.vbhc.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, 'vbhc: văn bản còn 7 lỗi; vẫn xuất. Xem các lỗi: vbhc check ngay.vbhc.md\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the editor names an export with the same function as the CLI: on the file name, never as a source that is not Markdown', () => {
  assert.equal(exportFileName('bao-cao.VBHC.MD', '.pdf'), 'bao-cao.pdf');
  assert.equal(exportFileName('ghi-chu.MD', '.docx'), 'ghi-chu.docx');
  assert.equal(exportFileName('ban-goc.docx', '.docx'), 'ban-goc.docx.docx');
  assert.equal(exportFileName('thu.muc/khong-duoi', '.html'), 'thu.muc/khong-duoi.html');
  assert.equal(defaultOutputPath('a/bao-cao.vbhc.md', 'docx'), exportFileName('a/bao-cao.vbhc.md', '.docx'));
});

// `vbhc import PATH [-o OUT] [--force]` (dialect §5): default output name,
// never overwriting without --force, and refused inputs giving a one-line
// error, exit 2 and nothing written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli';

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

const REPORT = ['SỞ TƯ PHÁP', 'Số: 08/BC-STP', 'Đà Nẵng, ngày 3 tháng 2 năm 2026', 'BÁO CÁO', 'kết quả tuyên truyền pháp luật tháng 01 năm 2026', 'Trong tháng, Sở đã tổ chức hai buổi tuyên truyền pháp luật tại phường./.', 'Nơi nhận:', '- UBND thành phố;', '- Lưu: VT.', 'GIÁM ĐỐC', 'Hồ Thị Lan'].join('\n');

test('vbhc import writes NAME.vbhc.md beside the input, and the result checks without a YAML error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-import-'));
  writeFileSync(join(dir, 'bao-cao.txt'), REPORT);
  const r = await run(['import', 'bao-cao.txt'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /bao-cao\.vbhc\.md/);
  const out = readFileSync(join(dir, 'bao-cao.vbhc.md'), 'utf8');
  assert.match(out, /^---\nloai: BC\n/);
  assert.match(out, /\nky:\n {2}chuc_vu: "GIÁM ĐỐC"\n {2}ho_ten: "Hồ Thị Lan"\n---\n/);
  const check = await run(['check', '--format', 'json', 'bao-cao.vbhc.md'], dir);
  const diags = JSON.parse(check.stdout)[0].diagnostics as { code: string }[];
  assert.ok(!diags.some((d) => d.code === 'meta.yaml' || d.code === 'meta.missing-field'), JSON.stringify(diags));
});

test('vbhc import never overwrites without --force; with it, it does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-import-'));
  writeFileSync(join(dir, 'a.txt'), REPORT);
  writeFileSync(join(dir, 'a.vbhc.md'), 'bản của tôi');
  const r = await run(['import', 'a.txt'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /--force/);
  assert.equal(readFileSync(join(dir, 'a.vbhc.md'), 'utf8'), 'bản của tôi');
  const f = await run(['import', 'a.txt', '--force'], dir);
  assert.equal(f.code, 0, f.stderr);
  assert.match(readFileSync(join(dir, 'a.vbhc.md'), 'utf8'), /^---\nloai: BC/);
  const o = await run(['import', 'a.txt', '-o', 'khac.vbhc.md'], dir);
  assert.equal(o.code, 0, o.stderr);
  assert.ok(existsSync(join(dir, 'khac.vbhc.md')));
});

test('refused inputs: one line on stderr, exit 2, nothing written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-import-'));
  const ole = new Uint8Array(2048);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ole.set(Buffer.from('EncryptionInfo', 'utf16le'), 512);
  const cases: [string, Uint8Array | string, RegExp][] = [
    ['hong.docx', 'PK\u0003\u0004 không phải gói ZIP thật', /hỏng|damaged/],
    ['van-ban.docx', 'chỉ là chữ', /không phải \.docx/],
    ['mat-khau.docx', ole, /mật khẩu/],
    ['rong.docx', '', /rỗng/],
    ['rong.txt', '\n  \n', /rỗng/],
    ['anh.png', 'x', /chỉ nhập được tệp \.docx hoặc \.txt/],
  ];
  for (const [name, content, reason] of cases) {
    writeFileSync(join(dir, name), content);
    const r = await run(['import', name], dir);
    assert.equal(r.code, 2, name);
    assert.equal(r.stderr.trim().split('\n').length, 1, name);
    assert.match(r.stderr, reason, name);
    assert.ok(!existsSync(join(dir, name.replace(/\.[^.]+$/, '.vbhc.md'))), `${name}: nothing written`);
  }
  const missing = await run(['import', 'khong-co.docx'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /không tìm thấy/);
  const usage = await run(['import'], dir);
  assert.equal(usage.code, 2);
  assert.match((await run(['--help'], dir)).stdout, /vbhc import/);
});

test('what an imported file does not show is pointed at by draft.placeholder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-import-'));
  writeFileSync(join(dir, 'ghi-chu.txt'), 'Đề nghị các phòng nộp hồ sơ lưu trữ trước ngày 15/12/2026./.\n');
  const r = await run(['import', 'ghi-chu.txt'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /co_quan, ky_hieu, dia_danh, ngay/);
  const check = await run(['check', '--format', 'json', 'ghi-chu.vbhc.md'], dir);
  const diags = JSON.parse(check.stdout)[0].diagnostics as { code: string; line: number }[];
  const lines = readFileSync(join(dir, 'ghi-chu.vbhc.md'), 'utf8').split('\n');
  const placeholderLines = diags.filter((d) => d.code === 'draft.placeholder').map((d) => lines[d.line - 1].split(':')[0].trim());
  for (const key of ['loai', 'co_quan', 'ky_hieu', 'dia_danh', 'ngay', 'trich_yeu', 'chuc_vu', 'ho_ten']) assert.ok(placeholderLines.includes(key), `${key}: ${placeholderLines.join(', ')}`);
});

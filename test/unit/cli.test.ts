// The `vbhc check` command line: dialect §5 output, exit codes and hostile input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../../server/src/cli';

/** A plan written for these tests, without four required header keys (co_quan, ky_hieu, dia_danh, ngay). */
const PLAN_MISSING_KEYS = `---
loai: KH
trich_yeu: "kiểm tra thiết bị phòng cháy, chữa cháy năm 2026"
noi_nhan:
  - "Các phòng thuộc Sở"
  - "Lưu: VT, VP"
ky:
  chuc_vu: "GIÁM ĐỐC"
  ho_ten: "Nguyễn Thị Lan"
---

# I. MỤC ĐÍCH

Rà soát toàn bộ bình chữa cháy và lối thoát hiểm của trụ sở.

# II. TỔ CHỨC THỰC HIỆN

1. Văn phòng Sở lập danh mục thiết bị cần kiểm tra.
2. Các phòng phối hợp trong thời gian kiểm tra./.
`;
const REPORT = 'examples/bao-cao-mau.vbhc.md';

interface CliDiag { line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }

async function run(args: string[], cwd = process.cwd()) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

async function json(file: string): Promise<{ code: number; diags: CliDiag[] }> {
  const r = await run(['check', '--format', 'json', file]);
  const out = JSON.parse(r.stdout) as { file: string; diagnostics: CliDiag[] }[];
  return { code: r.code, diags: out[0].diagnostics };
}

function tmp(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-cli-'));
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** A folder with the plan above and the project's sample report. */
function planFolder(): { dir: string; plan: string } {
  const plan = tmp('ke-hoach-thieu.vbhc.md', PLAN_MISSING_KEYS);
  writeFileSync(join(plan, '..', 'bao-cao-mau.vbhc.md'), readFileSync(REPORT, 'utf8'));
  return { dir: join(plan, '..'), plan };
}

test('a plan without four header keys: meta.missing-field for each on line 1, exit 1', async () => {
  const { code, diags } = await json(planFolder().plan);
  assert.equal(code, 1);
  const missing = diags.filter((d) => d.code === 'meta.missing-field');
  assert.deepEqual(missing.map((d) => [d.line, d.column, d.severity]), [[1, 1, 'error'], [1, 1, 'error'], [1, 1, 'error'], [1, 1, 'error']]);
  for (const key of ['co_quan', 'ky_hieu', 'dia_danh', 'ngay']) assert.ok(missing.some((d) => d.message.includes(`"${key}"`)), key);
});

for (const [name, file] of [['bao-cao-mau.vbhc.md', REPORT], ['ke-hoach-thieu.vbhc.md', 'plan']]) {
  test(`${name} in NFD and in CRLF with a BOM gives the same diagnostics at the same line/column`, async () => {
    const source = file === 'plan' ? planFolder().plan : file;
    const text = readFileSync(source, 'utf8');
    const base = await json(source);
    const nfd = await json(tmp(name, text.normalize('NFD')));
    const crlf = await json(tmp(name, '\ufeff' + text.replace(/\n/g, '\r\n')));
    const key = (d: CliDiag) => `${d.code}@${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
    assert.deepEqual(nfd.diags.map(key), base.diags.map(key));
    assert.deepEqual(crlf.diags.map(key), base.diags.map(key));
    assert.equal(nfd.code, base.code);
  });
}

test('a YAML syntax error gives one meta.yaml on the right line and exit 1', async () => {
  const p = tmp('hong.vbhc.md', '---\nloai: BC\nco_quan: "SỞ NỘI VỤ\nky_hieu: SNV\n---\n\nNội dung./.\n');
  const { code, diags } = await json(p);
  assert.equal(code, 1);
  const yaml = diags.filter((d) => d.code === 'meta.yaml');
  assert.equal(yaml.length, 1);
  assert.equal(yaml[0].line, 3);
});

test('an empty file gives one clear diagnostic on line 1 (empty document, skeleton offered), no crash', async () => {
  const { code, diags } = await json(tmp('rong.vbhc.md', ''));
  assert.equal(code, 1);
  assert.equal(diags.length, 1);
  assert.equal(diags[0].line, 1);
  assert.equal(diags[0].code, 'meta.missing-field');
  assert.match(diags[0].message, /Văn bản còn trống/);
});

test('a 5 MB file is checked without a crash', async () => {
  const para = 'Sở Khoa học và Công nghệ triển khai Kế hoạch số 106/KH-SKHCN ngày 12/3/2025 về công tác dân vận chính quyền năm 2025.\n\n';
  const header = '---\nloai: BC\nco_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"\nky_hieu: SKHCN\ndia_danh: "Quảng Ngãi"\nngay: 2025-05-30\ntrich_yeu: "kết quả"\nnoi_nhan:\n  - "Lưu: VT, VP"\nky:\n  chuc_vu: "GIÁM ĐỐC"\n  ho_ten: "Nguyễn Văn A"\n---\n\n# I. KẾT QUẢ\n\n';
  const body = para.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(para)));
  const { code, diags } = await json(tmp('lon.vbhc.md', header + body + 'Hết./.\n'));
  assert.ok(code === 0 || code === 1);
  assert.ok(Array.isArray(diags));
});

test('usage and input errors exit 2 with one line on stderr', async () => {
  for (const args of [['check'], ['check', 'khong-co.vbhc.md'], ['check', '--format', 'xml', 'a'], ['check', '--catalog'], ['lam-gi'], ['check', '--catalog', 'khong-co.vanban.yaml', REPORT]]) {
    const r = await run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/);
  }
});

test('a folder is searched for *.vbhc.md and the text output ends with a summary', async () => {
  const r = await run(['check', planFolder().dir]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /ke-hoach-thieu\.vbhc\.md:1:1: lỗi meta\.missing-field/);
  assert.match(r.stdout, /Đã kiểm tra 2 tệp/);
});

test('--lang en gives English messages', async () => {
  const r = await run(['check', '--lang', 'en', planFolder().plan]);
  assert.match(r.stdout, /Missing required key "co_quan"/);
});

test('.vbhc.yaml at the workspace root overrides severities', async () => {
  const p = tmp('a.vbhc.md', '');
  writeFileSync(join(p, '..', '.vbhc.yaml'), 'diagnostics:\n  severity:\n    meta.missing-field: warning\n');
  const { code, diags } = await json(p);
  assert.equal(code, 0);
  assert.ok(diags.every((d) => d.severity === 'warning'));
});

test('the bundled dist/cli.js runs as `vbhc` with the same exit code', { skip: !existsSync('dist/cli.js') ? 'dist/cli.js not built' : false }, () => {
  const r = spawnSync(process.execPath, ['dist/cli.js', 'check', '--format', 'json', planFolder().plan], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.equal(JSON.parse(r.stdout)[0].diagnostics[0].code, 'meta.missing-field');
});

test('a malformed *.vanban.yaml beside the checked files is reported in the catalog file itself', async () => {
  const p = tmp('a.vbhc.md', readFileSync('examples/bao-cao-mau.vbhc.md', 'utf8'));
  writeFileSync(join(p, '..', 'sai.vanban.yaml'), '- so_ky_hieu: 33/CT-TTg\n  loai: Chỉ thị\n  ngay: 2021-13-26\n  co_quan: Thủ tướng Chính phủ\n  trich_yeu: về x\n');
  const r = await run(['check', '--format', 'json', p]);
  const out = JSON.parse(r.stdout) as { file: string; diagnostics: CliDiag[] }[];
  assert.equal(out[0].diagnostics.length, 0, 'the document itself is clean');
  const cat = out.find((f) => f.file.endsWith('sai.vanban.yaml'))!;
  assert.deepEqual(cat.diagnostics.map((d) => [d.code, d.line]), [['catalog.invalid-entry', 3]]);
  assert.equal(r.code, 1);
});

test('--catalog adds a user catalog whose entries the checks use', async () => {
  const cat = tmp('rieng.vanban.yaml', '- so_ky_hieu: 12/KH-SNV\n  loai: Kế hoạch\n  ngay: 2025-03-03\n  co_quan: Sở Nội vụ\n  trich_yeu: về công tác dân vận\n');
  const doc = readFileSync('examples/bao-cao-mau.vbhc.md', 'utf8').replace('như sau:', 'và Kế hoạch số 12/KH-SNV ngày 04/3/2025 của Sở Nội vụ như sau:');
  const p = tmp('b.vbhc.md', doc);
  const r = await run(['check', '--format', 'json', '--catalog', cat, p]);
  const out = JSON.parse(r.stdout) as { file: string; diagnostics: CliDiag[] }[];
  assert.ok(out[0].diagnostics.some((d) => d.code === 'ref.date-conflict'), JSON.stringify(out[0].diagnostics));
});

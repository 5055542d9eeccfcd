// `vbhc catalog search|stats|import` (dialect §5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli';

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

/** An empty folder with the given files. */
function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-catalog-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const DEPT = `- so_ky_hieu: 88/KH-UBND
  loai: Kế hoạch
  ngay: 2025-02-14
  co_quan: UBND huyện Phong Điền
  trich_yeu: về kiểm kê tài liệu lưu trữ
  nguon: sổ văn bản đến
`;

test('search finds by subject without diacritics, best first, and JSON entries carry §4 keys and their source', async () => {
  const dir = folder({ 'phong.vanban.yaml': DEPT });
  const text = await run(['catalog', 'search', 'nghi dinh cong tac van thu', '--limit', '3'], dir);
  assert.equal(text.code, 0);
  assert.match(text.stdout.split('\n')[0], /^Nghị định số 30\/2020\/NĐ-CP ngày 05\/3\/2020 của Chính phủ về công tác văn thư$/);
  assert.match(text.stdout, /vbpl\.vn/);
  const r = await run(['catalog', 'search', 'kiem ke tai lieu luu tru', '--format', 'json', '--catalog', join(dir, 'phong.vanban.yaml')], dir);
  const out = JSON.parse(r.stdout) as Record<string, unknown>[];
  assert.equal(out[0].so_ky_hieu, '88/KH-UBND');
  assert.equal(out[0].source, 'user');
  assert.deepEqual(Object.keys(out[0]).sort(), ['co_quan', 'hieu_luc', 'loai', 'ngay', 'nguon', 'so_ky_hieu', 'source', 'thay_the_boi', 'trich_yeu']);
  const ws = JSON.parse((await run(['catalog', 'search', '88/KH-UBND', '--format', 'json'], dir)).stdout) as Record<string, unknown>[];
  assert.equal(ws[0].source, 'workspace');
  const nq = JSON.parse((await run(['catalog', 'search', 'Nghị quyết số 57', '--format', 'json', '--limit', '1'], dir)).stdout) as Record<string, unknown>[];
  assert.equal(nq[0].so_ky_hieu, '57-NQ/TW');
  assert.equal(nq[0].source, 'builtin');
});

test('bad usage exits 2 with a one-line reason', async () => {
  const dir = folder();
  for (const args of [['catalog'], ['catalog', 'search'], ['catalog', 'search', 'x', '--limit', '0'], ['catalog', 'search', 'x', '--format', 'xml'], ['catalog', 'import']]) {
    const r = await run(args, dir);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1);
  }
});

test('stats counts the built-in entries by type, and no built-in issuer is a province, a Sở or a provincial Party committee', async () => {
  const dir = folder({ 'phong.vanban.yaml': DEPT });
  const r = await run(['catalog', 'stats', '--format', 'json'], dir);
  const out = JSON.parse(r.stdout) as { source: string; entries: number; types: { loai: string; count: number }[] }[];
  const builtin = out.find((s) => s.source === 'builtin')!;
  assert.ok(builtin.entries > 9000);
  assert.equal(builtin.types.reduce((n, t) => n + t.count, 0), builtin.entries);
  assert.ok(builtin.types.some((t) => t.loai === 'Nghị định' && t.count > 1000));
  assert.equal(out.find((s) => s.source === 'workspace')?.entries, 1);
  const text = await run(['catalog', 'stats'], dir);
  assert.match(text.stdout, /^Danh mục có sẵn: \d+ văn bản\n  Thông tư: \d+/);
});

test('import takes CSV, JSON lines and §4 YAML into a user catalog, reporting what was added, changed and rejected', async () => {
  const dir = folder({
    'ds.csv': 'so_ky_hieu,loai,ngay,co_quan,trich_yeu,hieu_luc\n"15/KH-UBND",Kế hoạch,2025-01-06,UBND huyện,"về chuyển đổi số, năm 2025",con\n16/KH-UBND,Kế hoạch,2025-13-01,UBND huyện,về y tế,con\n,Kế hoạch,,,,\n17/QĐ-UBND,Quyết định,2025-02-03,UBND huyện,về thi đua,mot_phan\n',
    'ds.jsonl': [
      JSON.stringify({ so_ky_hieu: '15/KH-UBND', loai: 'Kế hoạch', ngay: '2025-01-07', co_quan: 'UBND huyện', trich_yeu: 'về chuyển đổi số, năm 2025', hieu_luc: 'con', thay_the_boi: [] }),
      JSON.stringify({ so_ky_hieu: '18/2024/NĐ-CP', loai: 'Nghị định', ngay: '2024-02-01', co_quan: 'Chính phủ', trich_yeu: 'về thử', hieu_luc: 'unknown', thay_the_boi: [], ghi_chu: 'chỉ có trong trích dẫn của văn bản khác (1 lần trong 1 tệp [web], 1 lần khớp ngày và cơ quan)' }),
      'không phải json',
    ].join('\n'),
    'ds.yaml': DEPT,
  });
  const first = await run(['catalog', 'import', 'ds.csv', '-o', 'huyen.vanban.yaml'], dir);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /thêm 2, thay đổi 0, giữ nguyên 0, loại 2/);
  assert.match(first.stdout, /ds\.csv:3: 16\/KH-UBND: ngày "2025-13-01"/);
  assert.match(first.stdout, /ds\.csv:4: thiếu so_ky_hieu/);
  const second = await run(['catalog', 'import', 'ds.jsonl', '-o', 'huyen.vanban.yaml'], dir);
  assert.match(second.stdout, /thêm 0, thay đổi 1, giữ nguyên 0, loại 2/);
  assert.match(second.stdout, /thay đổi \/ changed: 15\/KH-UBND/);
  assert.match(second.stdout, /ds\.jsonl:2: 18\/2024\/NĐ-CP: ghi chú cho biết dữ kiện chưa chắc chắn/);
  assert.match(second.stdout, /ds\.jsonl:3: không phải JSON/);
  const third = await run(['catalog', 'import', 'ds.yaml', '-o', 'huyen.vanban.yaml'], dir);
  assert.match(third.stdout, /thêm 1, thay đổi 0/);
  const catalog = readFileSync(join(dir, 'huyen.vanban.yaml'), 'utf8');
  // The result is a catalog the product reads without a problem.
  const search = JSON.parse((await run(['catalog', 'search', 'chuyen doi so', '--format', 'json'], dir)).stdout) as Record<string, unknown>[];
  assert.equal(search[0].so_ky_hieu, '15/KH-UBND');
  assert.equal(search[0].ngay, '2025-01-07');
  assert.match(catalog, /- so_ky_hieu: "17\/QĐ-UBND"\n {2}loai: "Quyết định"\n {2}ngay: 2025-02-03/);
  assert.match(catalog, /hieu_luc: con/);
  writeFileSync(join(dir, 'bc.vbhc.md'), '---\nloai: BC\nngay: 2025-06-02\n---\n\nThực hiện Kế hoạch số 15/KH-UBND ngày 07/01/2025 của UBND huyện.\n');
  const check = JSON.parse((await run(['check', '--format', 'json', dir], dir)).stdout) as { file: string; diagnostics: { code: string }[] }[];
  assert.deepEqual(check.filter((f) => f.file.endsWith('.vanban.yaml')), [], 'the imported catalog has no problem');
});

test('import writes the catalog as an export is written: a read-only catalog is left as it is, a linked one stays a link', async () => {
  const dir = folder({ 'a.csv': 'so_ky_hieu,loai,ngay,trich_yeu\n21/KH-UBND,Kế hoạch,2025-03-01,về cải cách hành chính\n', 'b.csv': 'so_ky_hieu,loai,ngay,trich_yeu\n22/KH-UBND,Kế hoạch,2025-03-02,về chuyển đổi số\n' });
  assert.equal((await run(['catalog', 'import', 'a.csv', '-o', 'phong.vanban.yaml'], dir)).code, 0);
  const before = readFileSync(join(dir, 'phong.vanban.yaml'), 'utf8');
  chmodSync(join(dir, 'phong.vanban.yaml'), 0o444);
  const refused = await run(['catalog', 'import', 'b.csv', '-o', 'phong.vanban.yaml'], dir);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /Không có quyền ghi ".*phong\.vanban\.yaml"/);
  assert.equal(readFileSync(join(dir, 'phong.vanban.yaml'), 'utf8'), before);
  chmodSync(join(dir, 'phong.vanban.yaml'), 0o644);
  symlinkSync('phong.vanban.yaml', join(dir, 'lien-ket.vanban.yaml'));
  assert.equal((await run(['catalog', 'import', 'b.csv', '-o', 'lien-ket.vanban.yaml'], dir)).code, 0);
  assert.ok(lstatSync(join(dir, 'lien-ket.vanban.yaml')).isSymbolicLink());
  assert.match(readFileSync(join(dir, 'phong.vanban.yaml'), 'utf8'), /22\/KH-UBND/);
});

test('search also finds full citations learned from the documents of the folder, marked "learned" with the line they come from', async () => {
  const doc = '---\nloai: BC\nco_quan: "SỞ TƯ PHÁP"\nky_hieu: STP\n---\n\nThực hiện Kế hoạch số 77/KH-UBND ngày 03/02/2025 của UBND thành phố Cần Thơ về số hóa hồ sơ, Sở báo cáo như sau./.\n';
  const dir = folder({ 'bao-cao.vbhc.md': doc });
  const r = await run(['catalog', 'search', '77/KH-UBND', '--format', 'json'], dir);
  assert.equal(r.code, 0, r.stderr);
  const found = (JSON.parse(r.stdout) as { so_ky_hieu: string; ngay: string; source: string; nguon: string }[]).find((e) => e.so_ky_hieu === '77/KH-UBND');
  assert.ok(found, r.stdout);
  assert.equal(found.source, 'learned');
  assert.equal(found.ngay, '2025-02-03');
  assert.match(found.nguon, /bao-cao\.vbhc\.md, dòng 7/);
  // Without the document, nothing of it is known.
  const none = await run(['catalog', 'search', '77/KH-UBND', '--format', 'json'], folder());
  assert.ok(!(JSON.parse(none.stdout) as { so_ky_hieu: string }[]).some((e) => e.so_ky_hieu === '77/KH-UBND'));
});

/**
 * The shipped CLI — dist/cli.js, the launcher that runs the bundle in a
 * vm.Script — exports every format. (In-process tests call `main` directly
 * and cannot see what only the launcher does, such as a dynamic import with
 * no loader: every PDF export once failed there.) PDF is skipped, with the
 * reason, only when LibreOffice is not installed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findSoffice } from '../../server/src/export-file';

const CLI = resolve('dist/cli.js');
const built = existsSync(CLI);
const DOC = '---\nloai: BC\nco_quan: SỞ THỬ NGHIỆM\nky_hieu: STN\ndia_danh: Huế\nngay: 2025-05-30\ntrich_yeu: kết quả thử xuất tệp\nnoi_nhan: ["Lưu: VT"]\nky:\n  chuc_vu: GIÁM ĐỐC\n  ho_ten: Trần Văn Thử\n---\n\n# I. KẾT QUẢ\n\nPhần mềm xuất được cả ba định dạng./.\n';

/** What each format's file starts with. */
const MAGIC = { docx: 'PK', html: '<!DOCTYPE html>', pdf: '%PDF-' } as const;

for (const format of ['docx', 'html', 'pdf'] as const) {
  test(`dist/cli.js exports ${format}`, { skip: !built && 'dist/cli.js not built' }, async (t) => {
    if (format === 'pdf' && !(await findSoffice())) return t.skip('LibreOffice (soffice) not installed');
    const dir = mkdtempSync(join(tmpdir(), 'vbhc-dist-export-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'bao-cao.vbhc.md'), DOC);
    const r = spawnSync(process.execPath, [CLI, 'export', 'bao-cao.vbhc.md', '--format', format], { cwd: dir, encoding: 'utf8', timeout: 180_000 });
    assert.equal(r.stderr, '', 'nothing on stderr');
    assert.equal(r.status, 0);
    assert.match(r.stdout, new RegExp(`bao-cao\\.${format}`));
    const head = readFileSync(join(dir, `bao-cao.${format}`)).subarray(0, 32).toString('latin1');
    assert.ok(head.startsWith(MAGIC[format]), `a ${format} file, starts with ${JSON.stringify(head)}`);
  });
}

test('dist/cli.js decodes character references in the text (the bundles load the entities decoder on first use)', { skip: !built && 'dist/cli.js not built' }, (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-dist-export-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'bao-cao.vbhc.md'), DOC.replace('Phần mềm xuất được', 'Tỉnh Ki&ecirc;n Giang &amp; x&#7871;p h&#x1EA1;ng: phần mềm xuất được'));
  const r = spawnSync(process.execPath, [CLI, 'export', 'bao-cao.vbhc.md', '--format', 'html'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(join(dir, 'bao-cao.html'), 'utf8');
  assert.match(html, /Tỉnh Kiên Giang &amp; xếp hạng: phần mềm xuất được/);
});

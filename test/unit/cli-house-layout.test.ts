/** `.vbhc.yaml` with a house layout: `vbhc check` reports its out-of-range values in that file, `vbhc export` says them as notes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli';
import { LAYOUT_CODE } from '../../server/src/service/export/house-layout';
import { HOUSE_LAYOUT_REPORT as TEXT } from '../../server/src/service/export/house-layout.fixture';

test('vbhc check reports the layout findings of .vbhc.yaml in that file; vbhc export prints them as notes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-house-'));
  try {
    writeFileSync(join(dir, '.vbhc.yaml'), 'layout:\n  margins_mm: { top: 25, bottom: 20, left: 35, right: 21 }\n  body_pt: 13\n');
    writeFileSync(join(dir, 'a.vbhc.md'), TEXT);
    let stdout = '';
    let stderr = '';
    const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), cwd: dir };
    assert.equal(await main(['check', '--format', 'json', 'a.vbhc.md'], io), 0);
    const json = JSON.parse(stdout) as { file: string; diagnostics: { line: number; column: number; code: string; message: string }[] }[];
    const cfg = json.find((f) => f.file === '.vbhc.yaml')!;
    assert.deepEqual(cfg.diagnostics.map((x) => [x.code, x.line, x.column]), [[LAYOUT_CODE.RANGE, 2, 55]]);
    assert.match(cfg.diagnostics[0].message, /Lề phải 21 mm .*đã dùng 20 mm/);
    stdout = '';
    assert.equal(await main(['export', 'a.vbhc.md', '-o', 'a.docx'], io), 0);
    assert.match(stderr, /ghi chú: Lề phải 21 mm/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

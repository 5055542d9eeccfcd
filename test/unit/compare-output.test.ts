/**
 * scripts/compare-output.ts: a record of the built CLI's outputs holds the
 * check JSON and the export of every example, two records of the same build
 * are identical, and a changed, missing or extra file is reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diff, formatDiff, record } from '../../scripts/compare-output';

const EXAMPLES = ['bao-cao-mau.vbhc.md', 'bo-cuc-rieng/bao-cao-bo-cuc-rieng.vbhc.md', 'chuong-trinh-mau.vbhc.md', 'co-loi.vbhc.md', 'cong-van-mau.vbhc.md', 'huong-dan-mau.vbhc.md', 'ke-hoach-mau.vbhc.md', 'quyet-dinh-mau.vbhc.md', 'thong-bao-mau.vbhc.md', 'to-trinh-mau.vbhc.md'];

test('a record of the examples holds their check JSON and exports, and records the same twice', async () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'vbhc-compare-'));
  try {
    const a = path.join(tmp, 'a');
    const b = path.join(tmp, 'b');
    await record(a, { sets: ['examples'], progress: () => undefined });
    await record(b, { sets: ['examples'], progress: () => undefined });
    const all = JSON.parse(readFileSync(path.join(a, 'examples/check-all.json'), 'utf8')) as { file: string; diagnostics: { code: string }[] }[];
    assert.deepEqual(all.map((r) => r.file), EXAMPLES.map((f) => `examples/${f}`));
    assert.ok(all.find((r) => r.file === 'examples/co-loi.vbhc.md')!.diagnostics.some((d) => d.code === 'meta.noi-nhan-luu'));
    for (const f of EXAMPLES) {
      assert.match(readFileSync(path.join(a, 'examples/export', `${f}.document.xml`), 'utf8'), /^<\?xml[^]*<w:body>/);
      assert.match(readFileSync(path.join(a, 'examples/export', `${f}.html`), 'utf8'), /<html/i);
      assert.ok(existsSync(path.join(a, 'examples/each', `${f}.check.json`)));
      // The scratch folder's path never reaches the record.
      assert.match(readFileSync(path.join(a, 'examples/export', `${f}.docx.log`), 'utf8'), /^exit: 0$[^]*<OUT>\/out\.docx/m);
    }
    assert.ok(!existsSync(`${a}.scratch`));
    const same = diff(a, b);
    assert.equal(same.differ.length + same.onlyBefore.length + same.onlyAfter.length, 0);
    assert.equal(same.identical, same.compared);

    const c = path.join(tmp, 'c');
    cpSync(a, c, { recursive: true });
    writeFileSync(path.join(c, 'examples/check-all.json'), readFileSync(path.join(a, 'examples/check-all.json'), 'utf8').replace('meta.noi-nhan-luu', 'meta.other'));
    rmSync(path.join(c, 'examples/export/co-loi.vbhc.md.html'));
    writeFileSync(path.join(c, 'examples/extra.txt'), 'x');
    const r = diff(a, c);
    assert.deepEqual(r.differ.map((d) => d.file), ['examples/check-all.json']);
    assert.match(r.differ[0].before, /meta\.noi-nhan-luu/);
    assert.match(r.differ[0].after, /meta\.other/);
    assert.deepEqual(r.onlyBefore, ['examples/export/co-loi.vbhc.md.html']);
    assert.deepEqual(r.onlyAfter, ['examples/extra.txt']);
    assert.match(formatDiff(r), /^\d+ file\(s\) compared: \d+ identical, 1 differ; 1 only in the first record, 1 only in the second\./);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

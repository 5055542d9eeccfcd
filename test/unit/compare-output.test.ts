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
import { diff, findingChanges, formatDiff, record } from '../../scripts/compare-output';

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
    // The changed finding is named with its place: gone under the old code, come under the new.
    assert.deepEqual(
      r.differ[0].findings!.map((c) => `${c.kind} ${c.at}`),
      ['- examples/co-loi.vbhc.md:10:5 meta.noi-nhan-luu', '+ examples/co-loi.vbhc.md:10:5 meta.other'],
    );
    assert.match(formatDiff(r), /\n  finding - examples\/co-loi\.vbhc\.md:10:5 meta\.noi-nhan-luu: /);
    // A change inside the one long line of word/document.xml is shown where it happens.
    const d = path.join(tmp, 'd');
    cpSync(a, d, { recursive: true });
    const xmlFile = 'examples/export/bao-cao-mau.vbhc.md.document.xml';
    const xml = readFileSync(path.join(a, xmlFile), 'utf8');
    writeFileSync(path.join(d, xmlFile), xml.replace('Trần Công Hòa', 'Trần Công Hoà'));
    const x = diff(a, d);
    assert.deepEqual(x.differ.map((e) => e.file), [xmlFile]);
    assert.match(x.differ[0].before, /Trần Công Hòa/);
    assert.match(x.differ[0].after, /Trần Công Hoà/);
    assert.ok(x.differ[0].after.length < 200);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('findings that changed are listed first to last with file:line:column, code and old → new', () => {
  const out = (diags: object[]) => JSON.stringify([{ file: 'a.vbhc.md', diagnostics: diags }], null, 2);
  const f = (line: number, code: string, message: string) => ({ line, column: 1, endLine: line, endColumn: 5, severity: 'warning', code, message });
  const before = out([f(3, 'style.spacing', 'Thừa dấu cách.'), f(9, 'meta.missing-field', 'Thiếu "ngay".'), f(12, 'style.tone', 'Cũ.')]);
  const after = out([f(3, 'style.spacing', 'Thừa dấu cách.'), f(9, 'meta.missing-field', 'Thiếu trường "ngay".'), f(20, 'ref.superseded', 'Mới.')]);
  const changes = findingChanges(before, after)!;
  assert.deepEqual(
    changes.map((c) => [c.kind, c.at]),
    [
      ['~', 'a.vbhc.md:9:1 meta.missing-field'],
      ['-', 'a.vbhc.md:12:1 style.tone'],
      ['+', 'a.vbhc.md:20:1 ref.superseded'],
    ],
  );
  assert.match(changes[0].before!, /Thiếu \\"ngay\\"/);
  assert.match(changes[0].after!, /Thiếu trường/);
  assert.deepEqual(findingChanges(before, before), []);
  assert.equal(findingChanges('not json', after), undefined);
});

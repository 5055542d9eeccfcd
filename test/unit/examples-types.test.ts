/**
 * One example per drafted type in examples/ (công văn, tờ trình, thông báo,
 * chương trình, hướng dẫn, quyết định, with the báo cáo and kế hoạch): each
 * checks clean with the CLI — no diagnostic of any severity — and exports a
 * .docx whose text has the type's own parts. The exact layout of those
 * parts is the export tests' to assert.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { BUILT_IN_TYPES, nameSlug } from '../../server/src/service/data/doc-types';
import { runMain, tempFolder } from './cli-run';

/** The example of each drafted type: `examples/<type name>-mau.vbhc.md`. */
const EXAMPLES = BUILT_IN_TYPES.drafted.map((t) => ({ loai: t.code, path: resolve('examples', `${nameSlug(t)}-mau.vbhc.md`) }));

/** What the exported text of each example must hold (from its front matter and body). */
const EXPECTED: Record<string, RegExp[]> = {
  BC: [/BÁO CÁO/],
  KH: [/KẾ HOẠCH/],
  CV: [/V\/v đề nghị cung cấp số liệu/, /Kính gửi/, /Các phòng chuyên môn thuộc Sở/],
  TTr: [/TỜ TRÌNH/, /Kính gửi/, /Ủy ban nhân dân tỉnh Quảng Ngãi/, /SỰ CẦN THIẾT/],
  TB: [/THÔNG BÁO/, /lịch tiếp công dân/],
  CTr: [/CHƯƠNG TRÌNH/, /TỔ CHỨC THỰC HIỆN/],
  HD: [/HƯỚNG DẪN/, /TỔ CHỨC THỰC HIỆN/],
  QĐ: [/QUYẾT ĐỊNH/, /Căn cứ Nghị định số 30\/2020\/NĐ-CP/, /Điều 1\./, /Điều 3\./, /Như Điều 3/],
};

/** The text of a .docx's main part, runs joined. */
async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/&amp;/g, '&');
}

test('every drafted type has an example, whose loai is the type', () => {
  assert.deepEqual(EXAMPLES.map((e) => e.loai), ['BC', 'KH', 'CV', 'TTr', 'TB', 'CTr', 'HD', 'QĐ']);
  for (const e of EXAMPLES) assert.match(readFileSync(e.path, 'utf8'), new RegExp(`^---\\nloai: ${e.loai}\\n`), e.path);
});

test('the examples of every drafted type check clean with the CLI: no diagnostic at all', async () => {
  const { code, stdout } = await runMain(['check', '--format', 'json', ...EXAMPLES.map((e) => e.path)], process.cwd());
  const results = JSON.parse(stdout) as Array<{ file: string; diagnostics: Array<{ code: string; line: number; message: string }> }>;
  assert.equal(results.length, EXAMPLES.length);
  assert.deepEqual(results.flatMap((r) => r.diagnostics.map((d) => `${r.file}:${d.line} ${d.code} ${d.message}`)), []);
  assert.equal(code, 0);
});

test('the examples of every drafted type export a .docx holding their own parts', async (t) => {
  const dir = tempFolder(t, 'vbhc-examples-');
  for (const e of EXAMPLES) {
    const out = join(dir, `${e.loai}.docx`);
    const { code, stderr } = await runMain(['export', e.path, '-o', out], process.cwd());
    assert.equal(code, 0, stderr);
    const text = await docxText(readFileSync(out));
    for (const re of EXPECTED[e.loai]) assert.match(text, re, `${e.loai}: ${re}`);
    assert.ok(text.includes('./.'), `${e.loai}: the closing mark`);
  }
});

/**
 * Terminal escape sequences in a document never reach the terminal raw: a
 * `loai` carrying an OSC sequence that would retitle the terminal
 * (`ESC ] 0 ; … BEL`), a CSI in C1 form and a carriage return are printed as
 * `\uXXXX` by the text output, the export notes and the errors; the JSON
 * output still parses to the same text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { terminalSafe } from '../../server/src/cli';
import { runMain, tempFolder } from './cli-run';

const LOAI = 'BC\u001b]0;PWNED\u0007\r\u009b31m';
const DOC = `---\nloai: "BC\\e]0;PWNED\\a\\r\\u009b31m"\nco_quan: SỞ THỬ NGHIỆM\nky_hieu: STN\ndia_danh: Huế\nngay: 2025-05-30\ntrich_yeu: thử chuỗi điều khiển\nnoi_nhan: ["Lưu: VT"]\nky:\n  chuc_vu: GIÁM ĐỐC\n  ho_ten: Trần Văn Thử\n---\n\n# I. NỘI DUNG\n\nVăn bản thử./.\n`;
/** Any control character a terminal acts on (tab and line feed aside). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;


test('terminalSafe writes C0, DEL and C1 controls as \\uXXXX and keeps tab, line feed and Vietnamese text', () => {
  assert.equal(terminalSafe('a\u001b[2Jb\tc\nđ\u007f\u009b'), 'a\\u001b[2Jb\tc\nđ\\u007f\\u009b');
  assert.equal(terminalSafe('Nghị định số 30/2020/NĐ-CP'), 'Nghị định số 30/2020/NĐ-CP');
});

test('check (text and JSON) and export print the escape sequences of a document escaped', async (t) => {
  const dir = tempFolder(t, 'vbhc-terminal-');
  writeFileSync(join(dir, 'a.vbhc.md'), DOC);

  const text = await runMain(['check', 'a.vbhc.md'], dir);
  assert.match(text.stdout, /BC\\u001b\]0;PWNED\\u0007\\u000d\\u009b31m/, 'the offending loai is quoted, escaped');
  assert.doesNotMatch(text.stdout + text.stderr, RAW_CONTROL);

  const json = await runMain(['check', '--format', 'json', 'a.vbhc.md'], dir);
  assert.doesNotMatch(json.stdout, RAW_CONTROL);
  const messages = (JSON.parse(json.stdout) as { diagnostics: { message: string }[] }[])[0].diagnostics.map((d) => d.message);
  assert.ok(messages.some((m) => m.includes(LOAI)), 'JSON still carries the exact text');

  const exported = await runMain(['export', 'a.vbhc.md'], dir);
  assert.equal(exported.code, 0, exported.stderr);
  assert.match(exported.stderr, /PWNED/, 'the note quotes the type');
  assert.doesNotMatch(exported.stdout + exported.stderr, RAW_CONTROL);

  writeFileSync(join(dir, 'b\u001b[2J.vbhc.md'), DOC);
  const named = await runMain(['check', 'b\u001b[2J.vbhc.md'], dir);
  assert.match(named.stdout, /^b\\u001b\[2J\.vbhc\.md:2:7: /m, 'a file name is escaped too');
  const missing = await runMain(['export', 'khong-co\u001b]0;X\u0007.vbhc.md'], dir);
  assert.equal(missing.code, 2);
  assert.doesNotMatch(missing.stderr, RAW_CONTROL);
});

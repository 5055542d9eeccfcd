/**
 * A signing authority of three lines as LibreOffice lays the exported .docx
 * out: each line on a line of its own, in order, in the right-hand column,
 * above the signer's title. Skipped, with the reason, when LibreOffice or
 * poppler is missing.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertDocxToPdf, findSoffice } from './export-file';
import { parseDocument } from './service/model/document';
import { exportDocx } from './service/export/docx';
import { PAGE_MM, UNIT } from './service/export/layout-constants';

const hasPoppler = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error === undefined;
const work = mkdtempSync(join(tmpdir(), 'vbhc-pdf-signer-'));
after(() => rmSync(work, { recursive: true, force: true }));

const DOC = `---
loai: KH
co_quan: "VĂN PHÒNG ỦY BAN NHÂN DÂN"
ky_hieu: VP
so: 12
dia_danh: "Quảng Ngãi"
ngay: 2025-06-10
trich_yeu: "thử khối chữ ký ba dòng"
noi_nhan: ["Các sở, ban, ngành", "Lưu: VT, TH"]
ky:
  quyen_han:
    - "TM. ỦY BAN NHÂN DÂN"
    - "TL. CHỦ TỊCH"
    - "KT. CHÁNH VĂN PHÒNG"
  chuc_vu: "PHÓ CHÁNH VĂN PHÒNG"
  ho_ten: "Nguyễn Thị Lan"
---

# I. NỘI DUNG

Văn phòng theo dõi, đôn đốc việc thực hiện./.
`;

test('three authority lines print each on its own line, in order, in the right-hand column above the title', { skip: hasPoppler ? false : 'poppler-utils not installed' }, async (t) => {
  if (!(await findSoffice())) return t.skip('LibreOffice (soffice) not installed');
  const out = join(work, 'ky.pdf');
  await convertDocxToPdf((await exportDocx(parseDocument('file:///ky.vbhc.md', DOC))).bytes, out);
  const bbox = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', out, '-'], { encoding: 'utf8' });
  const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3] }));
  const top = (w: string) => words.find((x) => x.text === w);
  const lines = ['TM.', 'TL.', 'KT.', 'PHÓ'].map((w) => top(w));
  assert.ok(lines.every(Boolean), `found: ${lines.map((l) => l?.text)}`);
  const ys = lines.map((l) => l!.y);
  for (let i = 1; i < ys.length; i++) assert.ok(ys[i] > ys[i - 1] + 5, `line ${i + 1} below line ${i}: ${ys}`);
  const middle = (PAGE_MM.WIDTH / 2) * (UNIT.PT_PER_INCH / UNIT.MM_PER_INCH);
  assert.ok(lines.every((l) => l!.x > middle - 40), `right-hand column: ${lines.map((l) => l!.x)}`);
});

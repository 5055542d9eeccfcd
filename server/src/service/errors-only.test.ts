/** The errors an export counts: the same findings as the full check's error-severity ones, with the settings' severities applied. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createLanguageService } from './language-service';
import type { VbhcSettingsInput } from './settings';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const URI = 'file:///ban-nhap.vbhc.md';
// Errors (a date that does not exist, an empty field), warnings and hints, and a citation of a built-in document.
const TEXT = `---
loai: BC
co_quan: "SỞ NỘI VỤ"
ky_hieu: SNV
dia_danh: "Quảng Ngãi"
ngay: 2025-06-31
trich_yeu: ""
noi_nhan:
  - "UBND tỉnh"
ky:
  chuc_vu: "GIÁM ĐỐC"
  ho_ten: "Lê Văn Bình"
---

Thực hiện Nghị định 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ, ngày 30/02/2025 Sở tổ chức hội nghị.

# I. KẾT QUẢ

Đã thực hiện Kết luận số 77-Kl/TU.
`;

function both(text: string, settings: VbhcSettingsInput = {}) {
  const full = createLanguageService({ settings });
  full.setDocument(URI, text);
  const errorsOnly = createLanguageService({ settings });
  errorsOnly.setDocument(URI, text);
  return { expected: full.getDiagnostics(URI).filter((d) => d.severity === 'error'), all: full.getDiagnostics(URI), got: errorsOnly.getErrors(URI) };
}

test('getErrors gives the error-severity findings of the full check, and only those', () => {
  const { expected, all, got } = both(TEXT);
  assert.ok(expected.length >= 2, JSON.stringify(expected.map((d) => d.code)));
  assert.ok(all.length > expected.length, 'the text has findings of other severities too');
  assert.deepEqual(got, expected);
});

test('getErrors follows the severity settings: a code raised to error is counted, one turned off or lowered is not', () => {
  const warning = both(TEXT).all.find((d) => d.severity !== 'error')!.code;
  const error = both(TEXT).expected[0].code;
  const { expected, got } = both(TEXT, { severity: { [warning]: 'error', [error]: 'off' } });
  assert.ok(expected.some((d) => d.code === warning));
  assert.ok(!expected.some((d) => d.code === error));
  assert.deepEqual(got, expected);
});

test('getErrors agrees with the full check on every example', () => {
  for (const name of ['bao-cao-mau.vbhc.md', 'ke-hoach-mau.vbhc.md', 'co-loi.vbhc.md']) {
    const { expected, got } = both(readFileSync(path.join(EXAMPLES, name), 'utf8'));
    assert.deepEqual(got, expected, name);
  }
  assert.equal(createLanguageService().getErrors('file:///khong-co.vbhc.md').length, 0);
});

test('getErrors finds a date that does not exist wherever the full check does, and none where it finds none, open or closed', () => {
  const body = (line: string) => TEXT.replace('ngày 30/02/2025 Sở tổ chức hội nghị.', line).replace('trich_yeu: ""', 'trich_yeu: "Báo cáo kết quả"');
  const texts = [
    body('ngày 28/02/2025 Sở tổ chức hội nghị.'),
    body('ngày 31 tháng 4 năm 2025 Sở tổ chức hội nghị.'),
    body('trong tháng 13/2025 Sở tổ chức hội nghị.'),
    body('xem https://x.vn/30/02/2025 trước hội nghị.'),
    body('quý IV/2025 Sở tổ chức hội nghị.').replace('trich_yeu: "Báo cáo kết quả"', 'trich_yeu: "Báo cáo ngày 31/6/2025"'),
  ];
  for (const text of texts) {
    for (const version of [0, -1]) {
      const full = createLanguageService();
      full.setDocument(URI, text, version);
      const errorsOnly = createLanguageService();
      errorsOnly.setDocument(URI, text, version);
      const expected = full.getDiagnostics(URI).filter((d) => d.severity === 'error');
      assert.deepEqual(errorsOnly.getErrors(URI), expected, text);
    }
  }
  const counts = texts.map((t) => both(t).got.filter((d) => d.code === 'date.invalid').length);
  assert.deepEqual(counts, [0, 1, 1, 0, 1]);
});

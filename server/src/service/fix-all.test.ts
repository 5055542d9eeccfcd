/** "Fix all" changes only what Problems lists (hints are not listed) and its title counts what it fixes, by code. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from './language-service';

const URI = 'file:///sua-tat-ca.vbhc.md';
const TEXT = `---
loai: BC
co_quan: "SỞ NỘI VỤ"
ky_hieu: SNV
dia_danh: "Quảng Ngãi"
ngay: 2025-06-05
trich_yeu: "Kết quả công tác năm 2025"
noi_nhan:
  - "UBND tỉnh"
  - "Lưu: VT, VP"
ky:
  chuc_vu: "GIÁM ĐỐC"
  ho_ten: "Lê Văn Bình"
---

Thực hiện Kế hoạch 12/KH-UBND ngày 05/3/2025 của UBND tỉnh, Sở Nội vụ báo cáo như sau:

# I. KẾT QUẢ

Đã thực hiện Kết luận số 77-Kl/TU.

# II. PHƯƠNG HƯỚNG, NHIỆM VỤ

Tiếp tục thực hiện.
`;

function service(severity: Record<string, 'information'> = {}) {
  const ls = createLanguageService({ settings: { severity } });
  ls.setDocument(URI, TEXT);
  return ls;
}

function apply(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lines = text.split('\n');
  const off = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => off(b.range.start) - off(a.range.start)).reduce((t, e) => t.slice(0, off(e.range.start)) + e.newText + t.slice(off(e.range.end)), text);
}

test('a hint (not listed in Problems) is left alone; the warnings listed are fixed; the title counts them by code', () => {
  const ls = service();
  const codes = ls.getDiagnostics(URI).map((d) => `${d.code}:${d.severity}`);
  assert.ok(codes.includes('ref.missing-so:hint'), codes.join());
  const fixed = apply(TEXT, ls.getFixAllEdits(URI));
  assert.match(fixed, /Kế hoạch 12\/KH-UBND/, 'the hint is not applied');
  assert.match(fixed, /Kết luận số 77-KL\/TU\./);
  assert.match(fixed, /Tiếp tục thực hiện\.\/\.\n$/);
  const action = ls.getCodeActions(URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }).find((a) => a.kind === 'source.fixAll.vbhc');
  assert.equal(action?.title, 'Sửa tất cả lỗi sửa được tự động (vbhc): 1 × ref.symbol-malformed, 1 × structure.missing-end-mark');
});

test('a hint raised to information by the settings is listed, so fix all fixes it too', () => {
  const ls = service({ 'ref.missing-so': 'information' });
  assert.match(apply(TEXT, ls.getFixAllEdits(URI)), /Kế hoạch số 12\/KH-UBND/);
  const action = ls.getCodeActions(URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }).find((a) => a.kind === 'source.fixAll.vbhc');
  assert.equal(action?.title, 'Sửa tất cả lỗi sửa được tự động (vbhc): 1 × ref.missing-so, 1 × ref.symbol-malformed, 1 × structure.missing-end-mark');
});

/** Documents for the tests of the writing checks (style.*). */

/** A valid document whose body is `body` (and whose subject line is `subject`). */
export function docWith(body: string, subject = 'Kết quả công tác năm 2025'): string {
  return `---
loai: BC
co_quan: "SỞ NỘI VỤ"
ky_hieu: SNV
dia_danh: "Quảng Ngãi"
ngay: 2025-06-05
trich_yeu: "${subject}"
noi_nhan:
  - "UBND tỉnh"
  - "Lưu: VT, VP"
ky:
  chuc_vu: "GIÁM ĐỐC"
  ho_ten: "Lê Văn Bình"
---

${body}./.
`;
}

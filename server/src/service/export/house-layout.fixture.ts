/** A short report used by the house-layout tests of the core and of the CLI. */
export const HOUSE_LAYOUT_REPORT = `---
loai: BC
co_quan: "SỞ NỘI VỤ"
ky_hieu: SNV
dia_danh: "Huế"
ngay: 2025-06-02
trich_yeu: "kết quả thử bố cục riêng"
noi_nhan: ["Lưu: VT, VP"]
ky:
  chuc_vu: "GIÁM ĐỐC"
  ho_ten: "Hồ Văn Bình"
---

# I. KẾT QUẢ

Đoạn văn của báo cáo thử bố cục riêng./.
`;

/**
 * One short document of each layout the exporter knows (Decree 30/2020
 * Appendix III §II: Mẫu 1.2 quyết định, 1.4 văn bản có tên loại, 1.5 công
 * văn, 2.1 phụ lục), written for the layout tests of the .docx, the preview
 * and the PDF. Each holds the parts its model form prints differently.
 */

/** Công văn (Mẫu 1.5): subject as "V/v …" under Số, several addressees, one-line authority. */
export const CONG_VAN_FIXTURE = `---
loai: CV
co_quan_chu_quan: "UBND TỈNH QUẢNG NGÃI"
co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
ky_hieu: SKHCN-VP
so: 4
dia_danh: "Quảng Ngãi"
ngay: 2025-02-03
trich_yeu: "góp ý dự thảo quy chế quản lý đề tài cấp cơ sở"
kinh_gui:
  - "Phòng Quản lý khoa học"
  - "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"
noi_nhan:
  - "Như trên"
  - "Lưu: VT, VP"
ky:
  quyen_han: "KT. GIÁM ĐỐC"
  chuc_vu: "PHÓ GIÁM ĐỐC"
  ho_ten: "Lê Thị Thu Hà"
---

Để hoàn thiện quy chế quản lý đề tài cấp cơ sở, Sở đề nghị các đơn vị nghiên cứu dự thảo gửi kèm và góp ý bằng văn bản.

Văn bản góp ý gửi về Văn phòng Sở trước ngày 20 tháng 02 năm 2025./.
`;

/** Công văn to one addressee: "Kính gửi:" and the addressee on one line. */
export const CONG_VAN_ONE_FIXTURE = CONG_VAN_FIXTURE.replace(
  /kinh_gui:\n(?: {2}- .*\n)+/,
  'kinh_gui: "Sở Tài chính"\n',
);

/** Tờ trình (Mẫu 1.4 with Kính gửi): type name and subject, one addressee. */
export const TO_TRINH_FIXTURE = `---
loai: TTr
co_quan_chu_quan: "UBND TỈNH QUẢNG NGÃI"
co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
ky_hieu: SKHCN
so: 12
dia_danh: "Quảng Ngãi"
ngay: 2025-03-10
trich_yeu: "đề nghị phê duyệt danh mục nhiệm vụ khoa học năm 2026"
kinh_gui: "Ủy ban nhân dân tỉnh Quảng Ngãi"
noi_nhan:
  - "Như trên"
  - "Lưu: VT, QLKH"
ky:
  chuc_vu: "GIÁM ĐỐC"
  ho_ten: "Phạm Văn Long"
---

# I. SỰ CẦN THIẾT

Danh mục nhiệm vụ khoa học năm 2026 cần được phê duyệt sớm để các đơn vị kịp chuẩn bị hồ sơ.

# II. NỘI DUNG ĐỀ NGHỊ

Sở Khoa học và Công nghệ kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt danh mục kèm theo./.
`;

/** Thông báo (Mẫu 1.4): type name and subject; a two-line authority (TL. then KT.). */
export const THONG_BAO_FIXTURE = `---
loai: TB
co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
ky_hieu: SKHCN
so: 21
dia_danh: "Quảng Ngãi"
ngay: 2025-04-02
trich_yeu: "lịch tiếp công dân quý II năm 2025"
noi_nhan:
  - "Các phòng, đơn vị thuộc Sở"
  - "Lưu: VT, VP"
ky:
  quyen_han: ["TL. GIÁM ĐỐC", "KT. CHÁNH VĂN PHÒNG"]
  chuc_vu: "PHÓ CHÁNH VĂN PHÒNG"
  ho_ten: "Đinh Quốc Bảo"
---

Lãnh đạo Sở tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở Sở./.
`;

/** Chương trình (Mẫu 1.4). */
export const CHUONG_TRINH_FIXTURE = `---
loai: CTr
co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
ky_hieu: SKHCN
so: 3
dia_danh: "Quảng Ngãi"
ngay: 2025-01-08
trich_yeu: "công tác năm 2025"
noi_nhan:
  - "Các phòng, đơn vị thuộc Sở"
  - "Lưu: VT, VP"
ky:
  chuc_vu: "GIÁM ĐỐC"
  ho_ten: "Phạm Văn Long"
---

# I. MỤC TIÊU

Hoàn thành đúng hạn các nhiệm vụ được giao trong năm./.
`;

/** Hướng dẫn (Mẫu 1.4). */
export const HUONG_DAN_FIXTURE = `---
loai: HD
co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
ky_hieu: SKHCN
so: 5
dia_danh: "Quảng Ngãi"
ngay: 2025-02-14
trich_yeu: "lập hồ sơ đề xuất nhiệm vụ khoa học cấp tỉnh"
noi_nhan:
  - "Các đơn vị chủ trì"
  - "Lưu: VT, QLKH"
ky:
  quyen_han: "KT. GIÁM ĐỐC"
  chuc_vu: "PHÓ GIÁM ĐỐC"
  ho_ten: "Lê Thị Thu Hà"
---

# I. HỒ SƠ

Hồ sơ gồm phiếu đề xuất và thuyết minh sơ bộ./.
`;

/**
 * Quyết định (Mẫu 1.2) of a collective body: two-line authority (TM. then
 * KT.), căn cứ lines, articles, Nơi nhận beginning with "Như Điều 3".
 */
export const QUYET_DINH_FIXTURE = `---
loai: QĐ
co_quan: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
ky_hieu: UBND
so: 8
dia_danh: "Quảng Ngãi"
ngay: 2025-05-06
trich_yeu: "Về việc thành lập Tổ công tác rà soát thủ tục hành chính năm 2025"
noi_nhan:
  - "Như Điều 3"
  - "Lưu: VT, NC"
ky:
  quyen_han: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
  chuc_vu: "PHÓ CHỦ TỊCH"
  ho_ten: "Võ Minh Châu"
---

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;

Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.

Điều 1. Thành lập Tổ công tác rà soát thủ tục hành chính năm 2025.

Điều 2. Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh và các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết định này./.
`;

/** Quyết định signed by the head in person (no prefix): the authority is the head's title and the body. */
export const QUYET_DINH_HEAD_FIXTURE = QUYET_DINH_FIXTURE.replace(/ky:\n(?:.*\n)*?---/, 'ky:\n  chuc_vu: "CHỦ TỊCH"\n  ho_ten: "Võ Minh Châu"\n---');

/**
 * Kế hoạch with two appendices: a landscape one whose task table is long
 * enough to run over two pages (its header row repeats), and a portrait one.
 */
export function keHoachWithAppendices(rows = 30): string {
  const table = ['| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm |', '|---|---|---|---|---|---|'];
  for (let i = 1; i <= rows; i++) table.push(`| ${i} | Rà soát quy trình nội bộ số ${i} của Sở | Văn phòng Sở | Các phòng chuyên môn | Tháng ${((i - 1) % 12) + 1} năm 2025 | Báo cáo kết quả rà soát |`);
  return `---
loai: KH
co_quan_chu_quan: "UBND TỈNH QUẢNG NGÃI"
co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
ky_hieu: SKHCN
so: 7
dia_danh: "Quảng Ngãi"
ngay: 2025-01-15
trich_yeu: "cải cách hành chính năm 2025"
noi_nhan:
  - "Các phòng, đơn vị thuộc Sở"
  - "Lưu: VT, VP"
ky:
  quyen_han: "KT. GIÁM ĐỐC"
  chuc_vu: "PHÓ GIÁM ĐỐC"
  ho_ten: "Lê Thị Thu Hà"
---

# I. MỤC ĐÍCH, YÊU CẦU

Nâng cao chất lượng giải quyết thủ tục hành chính tại Sở.

# II. NHIỆM VỤ

Các nhiệm vụ cụ thể tại Phụ lục I và Phụ lục II kèm theo Kế hoạch này.

# III. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, đôn đốc việc thực hiện Kế hoạch này./.

<!-- phu-luc ngang -->

# PHỤ LỤC I

Danh mục nhiệm vụ cải cách hành chính năm 2025

${table.join('\n')}

<!-- phu-luc -->

# PHỤ LỤC II

Phân công theo dõi

Văn phòng Sở tổng hợp kết quả thực hiện hằng quý.
`;
}

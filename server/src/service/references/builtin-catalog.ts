/**
 * The built-in reference catalog shipped with the extension (dialect §4): the
 * documents fully cited in the shared corpus (`000.vbhc.md`, `001.vbhc.md`)
 * and the central documents of clerical work and grassroots democracy.
 *
 * This file is data only. Rules for what went in:
 * - An entry is here only when its number and symbol, date, issuer and subject
 *   are all certain from a source we read; `nguon` names that source (a page
 *   address, the corpus line, or the section of `../shared/spec/layout.md`).
 * - `hieu_luc` and `thay_the_boi` are set only where a source states the
 *   repeal or replacement; otherwise they are left out (not guessed).
 * - Corpus documents keep the type, date, issuer and subject exactly as the
 *   corpus citation gives them (issuers are the local ones of Quảng Ngãi, e.g.
 *   `UBND tỉnh`). Where the prose has no connector before the subject, `về ` is
 *   added; nothing else is reworded.
 * - `trich_yeu` reads as it follows the symbol and issuer in prose: `về …`,
 *   `ban hành …`, `quy định …`, `hướng dẫn …`, `sửa đổi, bổ sung …`. A Luật or
 *   Pháp lệnh gets the same prose form (`về thực hiện dân chủ ở cơ sở`, as the
 *   law itself cites the ordinance it repeals); its name for the short form
 *   `Luật Thực hiện dân chủ ở cơ sở` (layout.md §4) is that subject without
 *   `về `, first letter capitalised.
 * - One corpus document has no subject in its citation (`34/KH-UBND`): its
 *   `trich_yeu` is empty rather than invented.
 *
 * Left out on purpose (see the test beside this file): `39/KH-UBND` (the
 * corpus gives only the impossible date 29/02/2025), `124-QĐ/TW` and the
 * replacement of `217-QĐ/TW`/`218-QĐ/TW` (unconfirmed; a page read shows a
 * different `124-QĐ/TW` of 2018), the replacement of Luật 80/2015/QH13 and of
 * Nghị định 34/2016/NĐ-CP (no page read states it), `43-KL/TW` (subject not
 * found), and the Luật Lưu trữ 2024 (the one source read gives a number whose
 * year contradicts its date).
 */

import type { CatalogEntry } from './catalog-entry';

/** The shared spec page that states the Decree 30 and Party-document facts. */
const LAYOUT = '../shared/spec/layout.md';

/** The decree's own text (Điều 37 and the signature block), the primary source named in layout.md. */
const ND30_TEXT =
  'văn bản Nghị định 30/2020/NĐ-CP, Điều 37 và phần ký (github.com/ericphan28/van-ban-plus, docs/van-ban-phap-quy/nghi-dinh/30-2020-ND-CP/van-ban-goc/30.2020.NĐ-CP/30_2020_ND_CP.md, commit 2358a46)';

/** Source text for a citation in the Báo cáo of Sở KH&CN Quảng Ngãi (corpus 000). */
function bc000(lines: string): string {
  return `Trích dẫn đầy đủ trong Báo cáo của Sở KH&CN Quảng Ngãi (corpus 000.vbhc.md, dòng ${lines})`;
}

/** Source text for a citation in the Kế hoạch of Sở KH&CN Quảng Ngãi (corpus 001). */
function kh001(lines: string): string {
  return `Trích dẫn đầy đủ trong Kế hoạch của Sở KH&CN Quảng Ngãi (corpus 001.vbhc.md, dòng ${lines})`;
}

/** Documents fully cited in the shared corpus, in the order they first appear. */
const CORPUS_ENTRIES: readonly CatalogEntry[] = [
  {
    so_ky_hieu: '1119/SNV-XDCQ',
    loai: 'Công văn',
    ngay: '2025-05-23',
    co_quan: 'Sở Nội vụ',
    trich_yeu:
      'về việc báo cáo kết quả thực hiện công tác dân vận chính quyền và quy chế dân chủ ở cơ sở 6 tháng đầu năm 2025, phương hướng, nhiệm vụ trọng tâm 6 tháng cuối năm 2025',
    nguon: `${bc000('20')}; Sở Nội vụ tỉnh Quảng Ngãi`,
  },
  {
    so_ky_hieu: '114-KL/TW',
    loai: 'Kết luận',
    ngay: '2015-07-14',
    co_quan: 'Ban Bí thư',
    trich_yeu: 'về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp',
    nguon: bc000('34, 78'),
  },
  {
    so_ky_hieu: '33/CT-TTg',
    loai: 'Chỉ thị',
    ngay: '2021-11-26',
    co_quan: 'Thủ tướng Chính phủ',
    trich_yeu:
      'về tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới',
    nguon:
      `${bc000('34, 78')}; ${kh001('20, 26')}; ví dụ danh mục ở ../shared/spec/dialect.md §4. ` +
      'Số hiệu, cơ quan và trích yếu khớp với https://sdl.thuathienhue.gov.vn/?gd=4&cn=398&tc=86296 (trang này ghi ngày 26/12/2021 nhưng cập nhật 21/12/2021, nên ngày của trang không được dùng)',
  },
  {
    so_ky_hieu: '08-CT/TU',
    loai: 'Chỉ thị',
    ngay: '2021-05-25',
    co_quan: 'Ban Thường vụ Tỉnh ủy',
    trich_yeu: 'về nâng cao hiệu quả công tác dân vận của cơ quan Nhà nước các cấp',
    nguon: `${bc000('34, 78')}; ${kh001('20, 26')}; Tỉnh ủy Quảng Ngãi`,
  },
  {
    so_ky_hieu: '396-QĐ/TU',
    loai: 'Quyết định',
    ngay: '2021-10-19',
    co_quan: 'Ban Thường vụ Tỉnh ủy',
    trich_yeu: 'ban hành Quy chế công tác dân vận của hệ thống chính trị',
    nguon: `${bc000('34, 78')}; ${kh001('26')}; Tỉnh ủy Quảng Ngãi`,
  },
  {
    so_ky_hieu: '13-ĐA/TU',
    loai: 'Đề án',
    ngay: '2022-10-10',
    co_quan: 'Ban Thường vụ Tỉnh ủy',
    trich_yeu:
      'về đổi mới và nâng cao hiệu quả công tác dân vận góp phần phát triển kinh tế, xây dựng nông thôn mới, đô thị văn minh giai đoạn 2022 - 2026',
    nguon: `${bc000('34, 78')}; Tỉnh ủy Quảng Ngãi`,
  },
  {
    so_ky_hieu: '204-KH/BDVTU-BCSĐUBND',
    loai: 'Kế hoạch',
    ngay: '2024-12-31',
    co_quan: 'Ban Dân vận Tỉnh ủy và Ban Cán sự đảng UBND tỉnh',
    trich_yeu: 'về phối hợp thực hiện công tác dân vận năm 2025',
    nguon: `${bc000('34')}, nơi ghi thêm: nay là Ban Tuyên giáo và Dân vận Tỉnh ủy và Đảng ủy UBND tỉnh Quảng Ngãi`,
  },
  {
    so_ky_hieu: '835/QĐ-UBND',
    loai: 'Quyết định',
    ngay: '2024-12-30',
    co_quan: 'UBND tỉnh',
    trich_yeu: 'ban hành Chương trình công tác trọng tâm năm 2025',
    nguon: `${bc000('34')}; UBND tỉnh Quảng Ngãi`,
  },
  {
    so_ky_hieu: '106/KH-SKHCN',
    loai: 'Kế hoạch',
    ngay: '2025-03-12',
    co_quan: 'Sở Khoa học và Công nghệ',
    trich_yeu: 'về thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính quyền năm 2025',
    nguon: `${bc000('38')}: "Sở đã xây dựng và ban hành Kế hoạch 106/KH-SKHCN ngày 12/3/2025 thực hiện …" (Sở KH&CN Quảng Ngãi; "về" thêm vào trước trích yếu)`,
  },
  {
    so_ky_hieu: '43/TB-SKHCN',
    loai: 'Thông báo',
    ngay: '2025-03-06',
    co_quan: 'Sở Khoa học và Công nghệ',
    trich_yeu:
      'về Thông báo lịch tiếp công dân định kỳ của Giám đốc Sở Khoa học và Công nghệ năm 2025',
    nguon: `${bc000('38 và chú thích [^1] dòng 92')}: "Sở đã ban hành Thông báo lịch tiếp công dân năm 2025" (Sở KH&CN Quảng Ngãi)`,
  },
  {
    so_ky_hieu: '35/QĐ-SKHCN',
    loai: 'Quyết định',
    ngay: '2025-03-12',
    co_quan: 'Sở Khoa học và Công nghệ',
    trich_yeu:
      'về phân công Lãnh đạo Sở phụ trách công tác dân vận và thực hiện quy chế dân chủ ở cơ sở tại Sở Khoa học và Công nghệ',
    nguon: `${bc000('38, 54 và chú thích [^1] dòng 92')}: "Sở đã ban hành … Quyết định phân công Lãnh đạo Sở phụ trách công tác dân vận" (Sở KH&CN Quảng Ngãi)`,
  },
  {
    so_ky_hieu: '34/KH-UBND',
    loai: 'Kế hoạch',
    ngay: '2025-02-27',
    co_quan: 'UBND tỉnh',
    trich_yeu: '',
    nguon: `${bc000('60')}; UBND tỉnh Quảng Ngãi. Trích dẫn không nêu trích yếu nên để trống`,
  },
  {
    so_ky_hieu: '335/SKHCN-VP',
    loai: 'Công văn',
    ngay: '2025-03-31',
    co_quan: 'Sở Khoa học và Công nghệ',
    trich_yeu: 'về đăng ký mô hình, điển hình dân vận khéo năm 2025',
    nguon: `${bc000('60')}: "Sở KH&CN đã có Công văn 335/SKHCN-VP ngày 31/3/2025 đăng ký …" (Sở KH&CN Quảng Ngãi; "về" thêm vào trước trích yếu)`,
  },
  {
    so_ky_hieu: '76/NQ-CP',
    loai: 'Nghị quyết',
    ngay: '2021-07-15',
    co_quan: 'Chính phủ',
    trich_yeu: 'ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030',
    nguon:
      `${bc000('80')}; ${kh001('38')}; văn bản gốc do corpus 001 dòng 46 dẫn: ` +
      'https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/nghi-quyet-76-nq-cp-2021-chuong-trinh-tong-the-cai-cach-hanh-chinh-nha-nuoc-2021-2030-481235.aspx; ' +
      `ký hiệu không có năm của nghị quyết cá biệt: ${LAYOUT} §8.1`,
  },
  {
    so_ky_hieu: '04-NQ/TU',
    loai: 'Nghị quyết',
    ngay: '2021-10-18',
    co_quan: 'Hội nghị Tỉnh ủy lần thứ 5 (khóa XX)',
    trich_yeu:
      'về đẩy mạnh CCHC, nâng cao thứ hạng các chỉ số CCHC, hiệu quả quản trị và hành chính công, năng lực cạnh tranh cấp tỉnh',
    nguon: `${bc000('80')}; Tỉnh ủy Quảng Ngãi`,
  },
  {
    so_ky_hieu: '93/NQ-HĐND',
    loai: 'Nghị quyết',
    ngay: '2021-12-08',
    co_quan: 'HĐND tỉnh',
    trich_yeu:
      'về đẩy mạnh CCHC; nâng cao thứ hạng các chỉ số CCHC, hiệu quả quản trị và hành chính công, năng lực cạnh tranh cấp tỉnh giai đoạn 2021 - 2025',
    nguon: `${bc000('80')}; HĐND tỉnh Quảng Ngãi`,
  },
  {
    so_ky_hieu: '1211/QĐ-UBND',
    loai: 'Quyết định',
    ngay: '2022-11-02',
    co_quan: 'UBND tỉnh',
    trich_yeu:
      'ban hành Quy định tiêu chí, thang điểm và phương pháp đánh giá, phân loại công tác dân vận của các cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập trên địa bàn tỉnh Quảng Ngãi',
    nguon: `${bc000('84')}; UBND tỉnh Quảng Ngãi`,
  },
  {
    so_ky_hieu: '175/KH-UBND',
    loai: 'Kế hoạch',
    ngay: '2021-12-21',
    co_quan: 'UBND tỉnh',
    trich_yeu:
      'về thực hiện nâng cao hiệu quả công tác dân vận của cơ quan Nhà nước các cấp trong tình hình mới',
    nguon: `${kh001('20')}; UBND tỉnh Quảng Ngãi`,
  },
  {
    so_ky_hieu: '23-QĐ/TW',
    loai: 'Quyết định',
    ngay: '2021-07-30',
    co_quan: 'Bộ Chính trị',
    trich_yeu: 'về Quy chế công tác dân vận của hệ thống chính trị',
    nguon: kh001('26'),
  },
  {
    so_ky_hieu: '01-KL/TW',
    loai: 'Kết luận',
    ngay: '2021-05-18',
    co_quan: 'Bộ Chính trị',
    trich_yeu:
      'về tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    nguon:
      `${kh001('36')} (dấu ngoặc kép quanh tên Chỉ thị được bỏ). Số, ngày, cơ quan và trích yếu khớp với ` +
      'https://hodine.com/shopping/?alias=59ab0588800a2ae794c21c8673cce63d&site=product và https://sdl.thuathienhue.gov.vn/?gd=4&cn=398&tc=86296',
  },
  {
    so_ky_hieu: '05-CT/TW',
    loai: 'Chỉ thị',
    ngay: '2016-05-15',
    co_quan: 'Bộ Chính trị',
    trich_yeu: 'về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    nguon:
      `${kh001('36')}; khớp với https://hdndtuyenquang.gov.vn/tin-hoat-dong/trang-402.html ` +
      '("Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")',
  },
  {
    so_ky_hieu: '768/QĐ-UBND',
    loai: 'Quyết định',
    ngay: '2021-08-26',
    co_quan: 'UBND tỉnh',
    trich_yeu: 'ban hành Kế hoạch cải cách hành chính tỉnh Quảng Ngãi giai đoạn 2021 - 2025',
    nguon: `${kh001('38')}; UBND tỉnh Quảng Ngãi`,
  },
  {
    so_ky_hieu: '1528/KH-SKHCN',
    loai: 'Kế hoạch',
    ngay: '2021-10-29',
    co_quan: 'Sở Khoa học và Công nghệ',
    trich_yeu: 'về cải cách hành chính giai đoạn 2021 - 2025',
    nguon: `${kh001('38')}; Sở KH&CN Quảng Ngãi`,
  },
  {
    so_ky_hieu: '217-QĐ/TW',
    loai: 'Quyết định',
    ngay: '2013-12-12',
    co_quan: 'Bộ Chính trị',
    trich_yeu:
      'ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội',
    nguon:
      `${kh001('48')}: hai quyết định 217 và 218 dẫn chung một ngày, tên quy chế thứ nhất thuộc 217. ` +
      'Số, ngày và trích yếu khớp với https://ldld.quangbinh.gov.vn/3cms/Ban-in-507.htm?art=13962393432237',
  },
  {
    so_ky_hieu: '218-QĐ/TW',
    loai: 'Quyết định',
    ngay: '2013-12-12',
    co_quan: 'Bộ Chính trị',
    trich_yeu:
      'ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền',
    nguon: `${kh001('48')}: hai quyết định 217 và 218 dẫn chung một ngày, tên quy định thứ hai thuộc 218`,
  },
];

/** Decree 30/2020 and the documents it replaced or that govern document form and legal documents. */
const CLERICAL_ENTRIES: readonly CatalogEntry[] = [
  {
    so_ky_hieu: '30/2020/NĐ-CP',
    loai: 'Nghị định',
    ngay: '2020-03-05',
    co_quan: 'Chính phủ',
    trich_yeu: 'về công tác văn thư',
    nguon:
      `${ND30_TEXT}; ${LAYOUT}, "Legal status notes" [✔]; ` +
      'https://raw.githubusercontent.com/21ts444/thdinhbang2/main/tin-tuc-su-kien/hoi-nghi-tap-huan-cong-tac-van-thu-luu-tru.html',
  },
  {
    so_ky_hieu: '110/2004/NĐ-CP',
    loai: 'Nghị định',
    ngay: '2004-04-08',
    co_quan: 'Chính phủ',
    trich_yeu: 'về công tác văn thư',
    hieu_luc: 'het',
    thay_the_boi: '30/2020/NĐ-CP',
    nguon:
      `${ND30_TEXT}: hết hiệu lực từ ngày Nghị định 30/2020/NĐ-CP có hiệu lực; ${LAYOUT}, "Legal status notes" [✔]; ` +
      'https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/Nghi-dinh-110-2004-ND-CP-cong-tac-van-thu-51987.aspx',
  },
  {
    so_ky_hieu: '09/2010/NĐ-CP',
    loai: 'Nghị định',
    ngay: '2010-02-08',
    co_quan: 'Chính phủ',
    trich_yeu:
      'sửa đổi, bổ sung một số điều của Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác văn thư',
    hieu_luc: 'het',
    thay_the_boi: '30/2020/NĐ-CP',
    nguon: `${ND30_TEXT}: hết hiệu lực từ ngày Nghị định 30/2020/NĐ-CP có hiệu lực; ${LAYOUT}, "Legal status notes" [✔]`,
  },
  {
    so_ky_hieu: '01/2011/TT-BNV',
    loai: 'Thông tư',
    ngay: '2011-01-19',
    co_quan: 'Bộ Nội vụ',
    trich_yeu: 'hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính',
    hieu_luc: 'het',
    thay_the_boi: '30/2020/NĐ-CP',
    nguon:
      `${LAYOUT}, "Legal status notes": quy định về thể thức của Nghị định 30/2020/NĐ-CP thay cho Thông tư 01/2011/TT-BNV (cũng nêu ở issue #4); ` +
      'số, ngày, cơ quan và trích yếu: https://tchanhpb.violet.vn/present/thong-tu-so-01-2011-tt-bnv-ngay-19-01-2011-cua-bo-noi-vu-6725093.html và http://sri.org.vn/content/viewnews/vi/104',
  },
  {
    so_ky_hieu: '55/2005/TTLT-BNV-VPCP',
    loai: 'Thông tư liên tịch',
    ngay: '2005-05-06',
    co_quan: 'Bộ Nội vụ và Văn phòng Chính phủ',
    trich_yeu: 'hướng dẫn về thể thức và kỹ thuật trình bày văn bản',
    nguon:
      'Phần đầu văn bản tại https://thuviengiaovien.com/thong-tu-55-18621.html; khớp với http://sri.org.vn/content/viewnews/vi/104 ' +
      '(Thông tư 01/2011/TT-BNV bãi bỏ các quy định trái với nó, nên hiệu lực toàn bộ không ghi)',
  },
  {
    so_ky_hieu: '80/2015/QH13',
    loai: 'Luật',
    ngay: '2015-06-22',
    co_quan: 'Quốc hội',
    trich_yeu: 'về ban hành văn bản quy phạm pháp luật',
    nguon:
      'Văn bản hợp nhất 23/VBHN-VPQH: https://thuviennhadat.vn/vbpl/van-ban-hop-nhat-23-vbhn-vpqh-2020-luat-ban-hanh-van-ban-quy-pham-phap-luat-458032.html; ' +
      `${LAYOUT} §8.3`,
  },
  {
    so_ky_hieu: '63/2020/QH14',
    loai: 'Luật',
    ngay: '2020-06-18',
    co_quan: 'Quốc hội',
    trich_yeu: 'sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật',
    nguon:
      'Văn bản hợp nhất 23/VBHN-VPQH: https://thuviennhadat.vn/vbpl/van-ban-hop-nhat-23-vbhn-vpqh-2020-luat-ban-hanh-van-ban-quy-pham-phap-luat-458032.html',
  },
  {
    so_ky_hieu: '64/2025/QH15',
    loai: 'Luật',
    ngay: '2025-02-19',
    co_quan: 'Quốc hội',
    trich_yeu: 'về ban hành văn bản quy phạm pháp luật',
    nguon:
      `${LAYOUT}, "Legal status notes" [◐]; phần đầu văn bản tại https://tailieu.vn/doc/luat-so-642025qh15-2891085.html; ` +
      'https://tcvn.gov.vn/diem-moi-cua-luat-ban-hanh-van-ban-quy-pham-phap-luat-nam-2025/14/03/2025/',
  },
  {
    so_ky_hieu: '34/2016/NĐ-CP',
    loai: 'Nghị định',
    ngay: '2016-05-14',
    co_quan: 'Chính phủ',
    trich_yeu: 'quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật',
    nguon:
      'Phần đầu văn bản tại https://vdocuments.net/chnhph-cnghaxfhichnghavitnam-s-342016n-cp.html; ' +
      'https://thukyluat.vn/vb/nghi-dinh-34-2016-nd-cp-quy-dinh-chi-tiet-va-bien-phap-thi-hanh-luat-ban-hanh-van-ban-quy-pham-phap-luat-2015-4c306.html; ' +
      `${LAYOUT} §8.3`,
  },
  {
    so_ky_hieu: '154/2020/NĐ-CP',
    loai: 'Nghị định',
    ngay: '2020-12-31',
    co_quan: 'Chính phủ',
    trich_yeu: 'sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP',
    nguon:
      'https://danchuphapluat.vn/diem-moi-quan-trong-trong-quy-dinh-chi-tiet-ve-kiem-tra-ra-soat-he-thong-hoa-va-xu-ly-van-ban-quy-pham-phap-luat ' +
      '("Nghị định số 34/2016/NĐ-CP … được sửa đổi, bổ sung bởi Nghị định số 154/2020/NĐ-CP ngày 31/12/2020")',
  },
  {
    so_ky_hieu: '78/2025/NĐ-CP',
    loai: 'Nghị định',
    ngay: '2025-04-01',
    co_quan: 'Chính phủ',
    trich_yeu:
      'quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật',
    nguon: `Phần đầu văn bản tại https://tailieu.vn/doc/nghi-dinh-so-782025nd-cp-2906352.html; ${LAYOUT}, "Legal status notes" [◐]`,
  },
];

/** Laws and decrees on grassroots democracy, and the documents they replaced. */
const DEMOCRACY_ENTRIES: readonly CatalogEntry[] = [
  {
    so_ky_hieu: '10/2022/QH15',
    loai: 'Luật',
    ngay: '2022-11-10',
    co_quan: 'Quốc hội',
    trich_yeu: 'về thực hiện dân chủ ở cơ sở',
    nguon:
      'https://vietjack.me/phap-luat/luat-thuc-hien-dan-chu-o-co-so-2022/chuong-vi-910.html (số hiệu, nơi ban hành, ngày ban hành); ' +
      'https://lequydonbinhdinh.edu.vn/quan-triet-pho-bien-luat-thuc-hien-dan-chu-o-co-so/',
  },
  {
    so_ky_hieu: '34/2007/PL-UBTVQH11',
    loai: 'Pháp lệnh',
    ngay: '2007-04-20',
    co_quan: 'Ủy ban Thường vụ Quốc hội',
    trich_yeu: 'về thực hiện dân chủ ở xã, phường, thị trấn',
    hieu_luc: 'het',
    thay_the_boi: '10/2022/QH15',
    nguon:
      'Luật Thực hiện dân chủ ở cơ sở, điều khoản hiệu lực, tại https://vietjack.me/phap-luat/luat-thuc-hien-dan-chu-o-co-so-2022/chuong-vi-910.html; ' +
      'phần đầu văn bản tại https://thuvienphapluat.vn/van-ban/Quyen-dan-su/Phap-lenh-thuc-hien-dan-chu-o-xa-phuong-thi-tran-2007-34-2007-PL-UBTVQH11-19071.aspx',
  },
  {
    so_ky_hieu: '55/1998/NQ-UBTVQH10',
    loai: 'Nghị quyết',
    ngay: '1998-08-30',
    co_quan: 'Ủy ban Thường vụ Quốc hội',
    trich_yeu: 'về việc ban hành quy chế thực hiện dân chủ trong hoạt động của cơ quan',
    hieu_luc: 'het',
    thay_the_boi: '10/2022/QH15',
    nguon:
      'Luật Thực hiện dân chủ ở cơ sở, điều khoản hiệu lực, tại https://vietjack.me/phap-luat/luat-thuc-hien-dan-chu-o-co-so-2022/chuong-vi-910.html',
  },
  {
    so_ky_hieu: '59/2023/NĐ-CP',
    loai: 'Nghị định',
    ngay: '2023-08-14',
    co_quan: 'Chính phủ',
    trich_yeu: 'quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở',
    nguon:
      'https://m.vinanet.vn/van-ban-phap-luat/nghi-dinh-so-592023nd-cp-quy-dinh-chi-tiet-mot-so-dieu-cua-luat-thuc-hien-dan-chu-o-co-so-772835.html; ' +
      'https://sonv.ninhthuan.gov.vn/portal/Pages/2023-8-21/Nghi-dinh-Quy-dinh-chi-tiet-mot-so-dieu-cua-Luat-Tcv0nq6.aspx',
  },
  {
    so_ky_hieu: '61/2023/NĐ-CP',
    loai: 'Nghị định',
    ngay: '2023-08-16',
    co_quan: 'Chính phủ',
    trich_yeu: 'về xây dựng và thực hiện hương ước, quy ước của cộng đồng dân cư',
    nguon:
      'https://luatvietnam.vn/tin-van-ban-moi/da-co-nghi-dinh-huong-dan-xay-dung-thuc-hien-huong-uoc-186-95238-article.html; ' +
      'https://beta.thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/ho-tro-phap-luat/chinh-sach-moi/52369/da-co-nghi-dinh-61-2023-nd-cp-quy-dinh-ve-huong-uoc-quy-uoc-cua-cong-dong-dan-cu',
  },
  {
    so_ky_hieu: '22/2018/QĐ-TTg',
    loai: 'Quyết định',
    ngay: '2018-05-08',
    co_quan: 'Thủ tướng Chính phủ',
    trich_yeu: 'về việc xây dựng, thực hiện hương ước, quy ước',
    hieu_luc: 'het',
    thay_the_boi: '61/2023/NĐ-CP',
    nguon:
      'Số, ngày, cơ quan, trích yếu: https://noivu.danang.gov.vn/chi-tiet-tin-tuc?articleId=511001; hết hiệu lực kể từ ngày Nghị định 61/2023/NĐ-CP có hiệu lực: ' +
      'https://beta.thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/ho-tro-phap-luat/chinh-sach-moi/52369/da-co-nghi-dinh-61-2023-nd-cp-quy-dinh-ve-huong-uoc-quy-uoc-cua-cong-dong-dan-cu',
  },
  {
    so_ky_hieu: '24/1998/CT-TTg',
    loai: 'Chỉ thị',
    ngay: '1998-06-19',
    co_quan: 'Thủ tướng Chính phủ',
    trich_yeu: 'về việc xây dựng, thực hiện hương ước, quy ước của làng, bản, thôn, ấp, cụm dân cư',
    hieu_luc: 'het',
    thay_the_boi: '22/2018/QĐ-TTg',
    nguon: 'https://noivu.danang.gov.vn/chi-tiet-tin-tuc?articleId=511001 (Quyết định 22/2018/QĐ-TTg "thay thế Chỉ thị số 24/1998/CT-TTg ngày 19 tháng 6 năm 1998 của Thủ tướng Chính phủ …")',
  },
  {
    so_ky_hieu: '04/2015/NĐ-CP',
    loai: 'Nghị định',
    ngay: '2015-01-09',
    co_quan: 'Chính phủ',
    trich_yeu:
      'về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập',
    nguon:
      'https://pbgdpl.moj.gov.vn/qt/tintuc/Pages/Pho-Bien-Kien-Thuc-Phap-Luat.aspx?ItemID=1135; ' +
      'https://baochinhphu.vn/thuc-hien-dan-chu-trong-co-quan-don-vi-theo-quy-dinh-nao-102251022105802336.htm (đoạn đọc được không nêu rõ hiệu lực, nên không ghi)',
  },
  {
    so_ky_hieu: '71/1998/NĐ-CP',
    loai: 'Nghị định',
    ngay: '1998-09-08',
    co_quan: 'Chính phủ',
    trich_yeu: 'về ban hành Quy chế thực hiện dân chủ trong hoạt động của cơ quan',
    nguon: 'https://pbgdpl.moj.gov.vn/qt/tintuc/Pages/Pho-Bien-Kien-Thuc-Phap-Luat.aspx?ItemID=1135',
  },
  {
    so_ky_hieu: '104/2016/QH13',
    loai: 'Luật',
    ngay: '2016-04-06',
    co_quan: 'Quốc hội',
    trich_yeu: 'về tiếp cận thông tin',
    nguon:
      'Phần đầu văn bản tại https://thuvienphapluat.vn/documents/law.aspx?id=I%3Dpnd01URTTW&mode=09dsbGRWOHhNZzWk; ' +
      'https://hoidapphapluat.co/luat-tiep-can-thong-tin-2016.html; được nêu tên ở corpus 001.vbhc.md dòng 44',
  },
];

/** Party documents on mass mobilisation (dân vận) and on the form of Party documents. */
const PARTY_ENTRIES: readonly CatalogEntry[] = [
  {
    so_ky_hieu: '25-NQ/TW',
    loai: 'Nghị quyết',
    ngay: '2013-06-03',
    co_quan: 'Ban Chấp hành Trung ương Đảng',
    trich_yeu: 'về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới',
    nguon:
      'https://baosonla.org.vn/thoi-su-chinh-tri-video/tang-cuong-va-doi-moi-su-lanh-dao-cua-dang-doi-voi-cong-tac-dan-van-trong-tinh-hinh-moi-5rPeYpNIR.html',
  },
  {
    so_ky_hieu: '290-QĐ/TW',
    loai: 'Quyết định',
    ngay: '2010-02-25',
    co_quan: 'Bộ Chính trị',
    trich_yeu: 'về việc ban hành Quy chế công tác dân vận của hệ thống chính trị',
    nguon:
      'http://danvan.vn/Home/Van-ban/Dang-Nha-nuoc/10538/Quyet-dinh-so-290-QDTW-ngay-25022010-cua-Bo-Chinh-tri-ve-viec-ban-hanh-Quy-che-cong-tac-dan-van-cua-he-thong-chinh-tri',
  },
  {
    so_ky_hieu: '31-QĐ/TW',
    loai: 'Quyết định',
    ngay: '1997-10-01',
    co_quan: 'Bộ Chính trị',
    trich_yeu: 'ban hành Quy định về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng',
    nguon:
      'Hướng dẫn 11-HD/VPTW tại https://www.phonha.com/2021/01/huong-dan-11-hdvptw-ve-thuc-van-ban-cua.html ("Quyết định của Bộ Chính trị số 31-QĐ/TW, ngày 01-10-1997"); ' +
      'văn bản tại http://chiuychibo.blogspot.com/2012/05/tham-quyen-ban-hanh-van-ban-cua-ang.html',
  },
  {
    so_ky_hieu: '11-HD/VPTW',
    loai: 'Hướng dẫn',
    ngay: '2004-05-28',
    co_quan: 'Văn phòng Trung ương Đảng',
    trich_yeu: 'về thể thức văn bản của Đảng',
    nguon: `Phần đầu văn bản tại https://www.phonha.com/2021/01/huong-dan-11-hdvptw-ve-thuc-van-ban-cua.html; ${LAYOUT} §9`,
  },
  {
    so_ky_hieu: '36-HD/VPTW',
    loai: 'Hướng dẫn',
    ngay: '2018-04-03',
    co_quan: 'Văn phòng Trung ương Đảng',
    trich_yeu: 'về thể thức và kỹ thuật trình bày văn bản của Đảng',
    nguon:
      'https://vpdangdoan.vinhuni.edu.vn/thong-bao-van-ban/seo/huong-dan-ve-the-thuc-va-ky-thuat-trinh-bay-van-ban-cua-dang-86250; ' +
      `https://stdt.danguykhoibinhthuan.vn/sotay/cong-tac-van-phong-cap-uy/the-thuc-van-ban/so-do-bo-tri-cac-thanh-phan; ${LAYOUT} §8.4, §10. ` +
      `Việc Hướng dẫn 05-HD/VPTW (2026) thay thế văn bản này chưa được xác nhận (${LAYOUT} §14), nên không ghi`,
  },
  {
    so_ky_hieu: '66-QĐ/TW',
    loai: 'Quy định',
    ngay: '2017-02-06',
    co_quan: 'Ban Bí thư',
    trich_yeu: 'về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng',
    hieu_luc: 'het',
    thay_the_boi: '399-QĐ/TW',
    nguon:
      `Thay thế bởi Quy định 399-QĐ/TW: ${LAYOUT}, "Legal status notes" [◐] và §14; ` +
      'phần đầu văn bản tại http://chiuychibo.blogspot.com/2017/12/quy-inh-66-qtw-ve-loai-tham-quyen-thuc.html ("Ban Bí thư quy định …"); ' +
      'thuộc tính văn bản tại https://phapche.edu.vn/quy-dinh-66-ve-the-thuc-van-ban-cua-dang-co-nhung-noi-dung-gi/',
  },
  {
    so_ky_hieu: '399-QĐ/TW',
    loai: 'Quy định',
    ngay: '2026-01-09',
    co_quan: 'Ban Bí thư',
    trich_yeu: 'về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng',
    nguon:
      `${LAYOUT}, "Legal status notes" [◐]; phần đầu văn bản ("Ban Bí thư quy định …") tại ` +
      'https://nhansu.vn/van-ban-phap-luat/Quy-dinh-399-QD-TW-2026-the-loai-tham-quyen-ban-hanh-va-the-thuc-van-ban-cua-Dang-690017.html; ' +
      'https://lsvn.vn/thong-nhat-he-thong-van-ban-cua-dang-theo-quy-dinh-moi-cua-ban-bi-thu-a168642.html',
  },
];

/** Every built-in entry: corpus documents first, then the central documents of the field. */
export const BUILTIN_CATALOG: readonly CatalogEntry[] = Object.freeze([
  ...CORPUS_ENTRIES,
  ...CLERICAL_ENTRIES,
  ...DEMOCRACY_ENTRIES,
  ...PARTY_ENTRIES,
]);

/**
 * Vietnamese administrative prose fragments for the document generator:
 * sentence openings, bodies and closings, heading titles per level, table
 * contents. Realistic words with diacritics, combined at random (seeded).
 */

/** Sentence openings. */
export const OPENINGS: readonly string[] = [
  'Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh,',
  'Trong kỳ báo cáo,',
  'Bên cạnh đó,',
  'Đồng thời,',
  'Ngay sau khi văn bản được ban hành,',
  'Để triển khai có hiệu quả nhiệm vụ được giao,',
  'Căn cứ chức năng, nhiệm vụ được giao,',
  'Nhìn chung,',
  'Tuy nhiên,',
  'Qua công tác kiểm tra, giám sát,',
];

/** Sentence bodies (a subject and what it did). */
export const BODIES: readonly string[] = [
  'lãnh đạo Sở đã kịp thời quán triệt, chỉ đạo các phòng, đơn vị thuộc Sở tổ chức triển khai thực hiện nghiêm túc',
  'công chức, viên chức và người lao động chấp hành tốt chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước',
  'đơn vị đã tiếp nhận và giải quyết đúng hạn các hồ sơ thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh',
  'việc tổ chức phổ biến, quán triệt được lồng ghép trong các cuộc họp giao ban, hội nghị sơ kết và tổng kết',
  'công tác tiếp công dân, giải quyết khiếu nại, tố cáo được thực hiện đúng quy định, không để phát sinh điểm nóng',
  'các phòng chuyên môn phối hợp chặt chẽ với Ủy ban nhân dân các huyện, thị xã, thành phố trong việc hướng dẫn, kiểm tra',
  'tỷ lệ hồ sơ được giải quyết trước và đúng hạn đạt trên chín mươi tám phần trăm, không có hồ sơ quá hạn',
  'đội ngũ cán bộ làm công tác chuyên môn từng bước được kiện toàn, nâng cao năng lực, trình độ và tinh thần trách nhiệm',
  'việc ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của cơ quan được đẩy mạnh, góp phần nâng cao hiệu quả công việc',
  'tình hình tư tưởng của cán bộ, công chức ổn định, đoàn kết, thống nhất cao trong thực hiện nhiệm vụ chính trị của đơn vị',
  'kinh phí thực hiện nhiệm vụ được bố trí kịp thời, sử dụng đúng mục đích, tiết kiệm và hiệu quả',
  'một số nhiệm vụ còn chậm so với tiến độ đề ra do khối lượng công việc lớn trong khi biên chế còn hạn chế',
];

/** Sentence closings. */
export const CLOSINGS: readonly string[] = [
  'góp phần hoàn thành tốt nhiệm vụ chính trị của địa phương.',
  'bảo đảm đúng tiến độ và chất lượng theo yêu cầu.',
  'tạo sự đồng thuận cao trong Nhân dân.',
  'đáp ứng yêu cầu nhiệm vụ trong tình hình mới.',
  'được cấp trên đánh giá cao.',
  'tạo chuyển biến rõ nét trong nhận thức và hành động.',
];

/** Extra date and period phrases (dialect §3 forms); `{y}` is the document's year. */
export const DATE_PHRASES: readonly string[] = [
  'trong 6 tháng đầu năm {y}',
  'tính đến ngày 15/6/{y}',
  'trong quý I năm {y}',
  'từ tháng 1/{y} đến nay',
  'trong năm {y}',
  'ngày 20 tháng 5 năm {y}',
  'giai đoạn 2021 - 2025',
  'trong quý II năm {y}',
];

/** Titles of level-1 sections (written in capitals by the generator). */
export const L1_TITLES: readonly string[] = [
  'KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
  'TÌNH HÌNH TRIỂN KHAI THỰC HIỆN',
  'KẾT QUẢ CÔNG TÁC DÂN VẬN CHÍNH QUYỀN',
  'KẾT QUẢ CẢI CÁCH HÀNH CHÍNH',
  'KẾT QUẢ THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ',
  'CÔNG TÁC THANH TRA, KIỂM TRA',
];

/** Titles of level-2 sections. */
export const L2_TITLES: readonly string[] = [
  'Công tác lãnh đạo, chỉ đạo',
  'Công tác tuyên truyền, phổ biến',
  'Công tác cải cách thủ tục hành chính',
  'Công tác tổ chức cán bộ',
  'Công tác chuyển đổi số',
  'Công tác phối hợp với các cơ quan liên quan',
  'Công tác kiểm tra, giám sát',
];

/** Titles of level-3 and level-4 sections. */
export const L3_TITLES: readonly string[] = [
  'Kết quả đạt được',
  'Tồn tại, hạn chế',
  'Nguyên nhân',
  'Bài học kinh nghiệm',
  'Việc thực hiện tại các phòng, đơn vị',
  'Việc thực hiện tại các huyện, thị xã',
];

/** Dash items of administrative prose. */
export const DASH_ITEMS: readonly string[] = [
  'Tiếp tục quán triệt, triển khai thực hiện nghiêm túc các văn bản chỉ đạo của cấp trên',
  'Nâng cao chất lượng giải quyết thủ tục hành chính, không để hồ sơ trễ hạn',
  'Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý, điều hành',
  'Tăng cường kiểm tra, giám sát việc thực hiện nhiệm vụ tại các đơn vị',
  'Thực hiện tốt công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
  'Kiện toàn tổ chức bộ máy, nâng cao năng lực đội ngũ công chức',
];

/** Table column sets and row labels. */
export const TABLE_HEADERS: readonly string[][] = [
  ['STT', 'Nội dung', 'Số lượng', 'Tỷ lệ (%)'],
  ['STT', 'Đơn vị', 'Hồ sơ tiếp nhận', 'Đúng hạn', 'Trễ hạn'],
  ['STT', 'Nhiệm vụ', 'Thời gian hoàn thành', 'Đơn vị chủ trì'],
];

/** Row labels of tables. */
export const TABLE_ROWS: readonly string[] = [
  'Văn phòng Sở',
  'Thanh tra Sở',
  'Phòng Quản lý khoa học',
  'Phòng Kế hoạch - Tài chính',
  'Trung tâm Thông tin và Thống kê',
  'Chi cục Tiêu chuẩn Đo lường Chất lượng',
];

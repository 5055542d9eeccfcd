/**
 * Capital letters in administrative documents: the rules of Decree
 * 30/2020/NĐ-CP, Appendix II ("Viết hoa trong văn bản hành chính"), as data
 * for `style.capitalization`. Each rule names its place in the appendix and
 * the appendix's own examples; the message and the hover show them as the
 * source. The name lists below hold only names whose written form is
 * certain (the ministries, departments, councils and committees of the
 * state administration, the Party's central bodies, the provinces and
 * centrally governed cities); a name the lists do not hold is left alone.
 */

/** One rule of Appendix II. */
export interface CapitalRule {
  id: CapitalRuleId;
  /** Where the appendix says it (Vietnamese and English). */
  source: { vi: string; en: string };
  /** What it asks, in a few words. */
  rule: { vi: string; en: string };
  /** The appendix's examples. */
  examples: readonly string[];
}

export type CapitalRuleId = 'sentence' | 'place' | 'agency' | 'title' | 'doc-type' | 'common-word';

const APPENDIX = 'Nghị định 30/2020/NĐ-CP, Phụ lục II';
const APPENDIX_EN = 'Decree 30/2020/NĐ-CP, Appendix II';

export const CAPITAL_RULES: Readonly<Record<CapitalRuleId, CapitalRule>> = {
  sentence: {
    id: 'sentence',
    source: { vi: `${APPENDIX}, Mục I`, en: `${APPENDIX_EN}, Section I` },
    rule: {
      vi: 'viết hoa chữ cái đầu âm tiết thứ nhất của một câu hoàn chỉnh: sau dấu chấm câu (.), dấu chấm hỏi (?), dấu chấm than (!) và khi xuống dòng',
      en: 'the first syllable of a complete sentence starts with a capital: after a full stop, a question mark, an exclamation mark and at a new line',
    },
    examples: [],
  },
  place: {
    id: 'place',
    source: { vi: `${APPENDIX}, Mục III, khoản 1, điểm a và c`, en: `${APPENDIX_EN}, Section III, point 1.a and 1.c` },
    rule: {
      vi: 'tên đơn vị hành chính: danh từ chung (tỉnh, thành phố, …) viết thường, tên riêng viết hoa chữ cái đầu mỗi âm tiết; viết hoa đặc biệt: Thủ đô Hà Nội, Thành phố Hồ Chí Minh',
      en: 'an administrative unit: the common noun (tỉnh, thành phố, …) in small letters, every syllable of the name capitalised; special cases: Thủ đô Hà Nội, Thành phố Hồ Chí Minh',
    },
    examples: ['thành phố Thái Nguyên', 'tỉnh Nam Định', 'Thủ đô Hà Nội', 'Thành phố Hồ Chí Minh'],
  },
  agency: {
    id: 'agency',
    source: { vi: `${APPENDIX}, Mục IV, khoản 1, điểm a và b`, en: `${APPENDIX_EN}, Section IV, point 1.a and 1.b` },
    rule: {
      vi: 'tên cơ quan, tổ chức: viết hoa chữ cái đầu của các từ, cụm từ chỉ loại hình cơ quan, tổ chức và chức năng, lĩnh vực hoạt động',
      en: 'the name of an agency or organisation: capitalise the first letter of the words naming its kind and its function or field',
    },
    examples: ['Văn phòng Chủ tịch nước', 'Bộ Tài nguyên và Môi trường', 'Hội đồng nhân dân tỉnh Sơn La', 'Sở Tài chính', 'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam', 'Văn phòng Trung ương Đảng'],
  },
  title: {
    id: 'title',
    source: { vi: `${APPENDIX}, Mục V, khoản 3`, en: `${APPENDIX_EN}, Section V, point 3` },
    rule: {
      vi: 'tên chức vụ viết hoa khi gắn với một người, một cơ quan cụ thể',
      en: 'a title is capitalised when it names one person of one body',
    },
    examples: ['Chủ tịch Quốc hội', 'Thủ tướng Chính phủ'],
  },
  'doc-type': {
    id: 'doc-type',
    source: { vi: `${APPENDIX}, Mục V, khoản 6`, en: `${APPENDIX_EN}, Section V, point 6` },
    rule: {
      vi: 'viết hoa chữ cái đầu của tên loại văn bản khi nói đến một văn bản cụ thể',
      en: 'the type name of a document starts with a capital when one particular document is meant',
    },
    examples: ['Bộ luật Hình sự', 'Luật Tổ chức Quốc hội', 'Nghị quyết số 351/2017/UBTVQH14'],
  },
  'common-word': {
    id: 'common-word',
    source: { vi: `${APPENDIX} (chỉ viết hoa các trường hợp Phụ lục nêu)`, en: `${APPENDIX_EN} (capitals only where the appendix asks for them)` },
    rule: {
      vi: 'từ thông thường không thuộc trường hợp viết hoa nào của Phụ lục II; trong tên cơ quan chỉ chữ cái đầu của từ được viết hoa, không phải mọi âm tiết',
      en: 'a common word is no case of Appendix II; inside a name only the first letter of a word is a capital, not every syllable',
    },
    examples: ['Sở Khoa học và Công nghệ', 'Ban Chỉ đạo'],
  },
};

/**
 * Names of agencies and organisations as Appendix II writes them (IV.1):
 * the appendix's own examples, and the ministries, ministerial bodies,
 * provincial departments and the bodies of the Party and the Front whose
 * names are fixed by law. Longer names first where one starts another.
 */
export const AGENCY_NAMES: readonly string[] = [
  'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam',
  'Ban Chấp hành Trung ương',
  'Văn phòng Trung ương Đảng',
  'Ủy ban Kiểm tra Trung ương',
  'Ủy ban Thường vụ Quốc hội',
  'Văn phòng Chủ tịch nước',
  'Văn phòng Quốc hội',
  'Văn phòng Chính phủ',
  'Thanh tra Chính phủ',
  'Ngân hàng Nhà nước Việt Nam',
  'Mặt trận Tổ quốc Việt Nam',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Hội đồng nhân dân',
  'Ủy ban nhân dân',
  'Bộ Quốc phòng',
  'Bộ Công an',
  'Bộ Ngoại giao',
  'Bộ Nội vụ',
  'Bộ Tư pháp',
  'Bộ Tài chính',
  'Bộ Công Thương',
  'Bộ Nông nghiệp và Môi trường',
  'Bộ Nông nghiệp và Phát triển nông thôn',
  'Bộ Tài nguyên và Môi trường',
  'Bộ Xây dựng',
  'Bộ Giao thông vận tải',
  'Bộ Kế hoạch và Đầu tư',
  'Bộ Khoa học và Công nghệ',
  'Bộ Thông tin và Truyền thông',
  'Bộ Giáo dục và Đào tạo',
  'Bộ Y tế',
  'Bộ Văn hóa, Thể thao và Du lịch',
  'Bộ Lao động - Thương binh và Xã hội',
  'Bộ Dân tộc và Tôn giáo',
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Tài chính',
  'Sở Công Thương',
  'Sở Nông nghiệp và Môi trường',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Tài nguyên và Môi trường',
  'Sở Xây dựng',
  'Sở Giao thông vận tải',
  'Sở Kế hoạch và Đầu tư',
  'Sở Khoa học và Công nghệ',
  'Sở Thông tin và Truyền thông',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Văn hóa và Thể thao',
  'Sở Du lịch',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Ngoại vụ',
  'Sở Dân tộc và Tôn giáo',
  'Thủ tướng Chính phủ',
  'Chủ tịch Quốc hội',
  'Chủ tịch nước',
  // Appendix II, III.1.c: the two special cases.
  'Thủ đô Hà Nội',
  'Thành phố Hồ Chí Minh',
];

/**
 * Titles that, directly before the name of one body, name one person
 * (Appendix II, V.3: `Chủ tịch Ủy ban nhân dân tỉnh`), as written then.
 */
export const TITLES: readonly string[] = [
  'Phó Chủ tịch',
  'Chủ tịch',
  'Phó Giám đốc',
  'Giám đốc',
  'Thứ trưởng',
  'Bộ trưởng',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  'Chánh Thanh tra',
  'Phó Thủ tướng',
];

/**
 * Provinces and centrally governed cities, before and after the
 * arrangement of 2025 (Nghị quyết 202/2025/QH15 kept 34 of these names).
 * Source: the list of provincial administrative units of the General
 * Statistics Office (Quyết định 124/2004/QĐ-TTg and its amendments).
 */
export const PROVINCES: readonly string[] = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương', 'Bình Định',
  'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai',
  'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum',
  'Lai Châu', 'Lạng Sơn', 'Lào Cai', 'Lâm Đồng', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long',
  'Vĩnh Phúc', 'Yên Bái',
];

/*
 * Districts, communes and wards are not listed, and no unit of theirs is
 * checked: there are thousands of them, renamed often, and a unit word
 * followed by words in small letters is no sure sign of a name (`xã hội`,
 * `xã viên`, `phường hội`, `huyện lỵ`), while a capital on the unit word
 * (`Phường Điện Biên Phủ`, `Quận 1`) is right for a unit named after a
 * person, a number or an event (Appendix II, III.1.b), which the rule cannot
 * tell. Nor does a colon start a sentence for this rule: Appendix II,
 * Section I names only `.`, `?`, `!` and a new line.
 */

/** Centrally governed cities other than the two special cases (`thành phố Đà Nẵng`). */
export const CITIES: readonly string[] = ['Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];

/**
 * Common two-syllable words of administrative prose that are never a
 * person's or a place's name. Written with every syllable capitalised
 * (`Triển Khai`) they are wrong anywhere. `lead`: the word may begin a
 * name (`Ban Chỉ đạo`, `Kế hoạch số …`, `Hội nghị Tỉnh ủy`), so only its
 * second syllable is put in small letters; the others lose the capital of
 * the first syllable too when a word in small letters stands before them.
 */
export const COMMON_WORDS: ReadonlyArray<{ word: string; lead?: boolean }> = [
  ...[
    'triển khai', 'nâng cao', 'thực hiện', 'tăng cường', 'đẩy mạnh', 'kiểm tra', 'giám sát', 'đánh giá', 'tuyên truyền',
    'phổ biến', 'giải quyết', 'tiếp nhận', 'hoàn thành', 'phối hợp', 'theo dõi', 'tổng hợp', 'đề xuất', 'tiếp tục',
    'bảo đảm', 'đảm bảo', 'thường xuyên', 'kịp thời', 'nghiêm túc', 'tích cực', 'hiệu quả', 'chất lượng', 'khó khăn',
    'vướng mắc', 'nguyên nhân', 'giải pháp', 'rà soát', 'cập nhật', 'quán triệt', 'xây dựng', 'phát triển', 'quản lý',
    'nhiệm vụ', 'kết quả', 'tình hình', 'trọng tâm', 'hạn chế', 'ưu điểm', 'trách nhiệm', 'tham mưu', 'đôn đốc',
  ].map((word) => ({ word })),
  ...[
    'kế hoạch', 'báo cáo', 'thông báo', 'hướng dẫn', 'chỉ đạo', 'tổ chức', 'hội nghị', 'chương trình', 'đề án', 'dự án',
    'văn bản', 'công văn', 'quyết định', 'chỉ thị', 'nghị quyết', 'tờ trình', 'thủ tục', 'cải cách', 'chuyển đổi',
    'đổi mới', 'thường vụ', 'chấp hành', 'công tác', 'hành chính',
  ].map((word) => ({ word, lead: true })),
];

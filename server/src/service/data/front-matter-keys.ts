/**
 * The front-matter keys of the dialect (section 1), stated once: their
 * order, what each holds and which every document must have. Completion
 * offers them with these words; meta.missing-field inserts a missing key in
 * this order (a type may require more: the table of document types).
 */

/** One key: its name, what it holds (Vietnamese, English), and whether every document must have it. */
export interface KeyDoc {
  key: string;
  vi: string;
  en: string;
  required?: boolean;
}

/** Top-level keys, in the order of the dialect's section 1 (the header's order: where an inserted key goes). */
export const FRONT_MATTER_KEYS: readonly KeyDoc[] = [
  { key: 'loai', vi: 'mã loại văn bản (BC, KH, …)', en: 'document type code (BC, KH, …)', required: true },
  { key: 'co_quan_chu_quan', vi: 'cơ quan chủ quản (dòng đầu bên trái)', en: 'parent agency (first header line)' },
  { key: 'co_quan', vi: 'cơ quan ban hành', en: 'issuing agency', required: true },
  { key: 'ky_hieu', vi: 'phần cơ quan của ký hiệu (SKHCN)', en: 'agency part of the symbol (SKHCN)', required: true },
  { key: 'so', vi: 'số đăng ký (để trống khi dự thảo)', en: 'registration number (empty in drafts)' },
  { key: 'dia_danh', vi: 'địa danh ở dòng ngày tháng', en: 'place name of the date line', required: true },
  { key: 'ngay', vi: 'ngày ký: YYYY-MM-DD, YYYY-MM hoặc YYYY', en: 'signing date: YYYY-MM-DD, YYYY-MM or YYYY', required: true },
  { key: 'trich_yeu', vi: 'trích yếu nội dung', en: 'subject line', required: true },
  { key: 'kinh_gui', vi: 'nơi kính gửi (công văn, tờ trình)', en: 'addressees (letters, submissions)' },
  { key: 'noi_nhan', vi: 'nơi nhận, mục cuối bắt đầu bằng "Lưu:"', en: 'recipients; the last starts with "Lưu:"', required: true },
  { key: 'ky', vi: 'khối chữ ký: quyen_han, chuc_vu, ho_ten', en: 'signature block: quyen_han, chuc_vu, ho_ten', required: true },
  { key: 'do_mat', vi: 'độ mật', en: 'confidentiality mark' },
  { key: 'do_khan', vi: 'độ khẩn', en: 'urgency mark' },
  { key: 'du_thao', vi: 'true: in dấu dự thảo', en: 'true prints a draft mark' },
];

/** Keys of the signature block `ky`, in order. */
export const KY_KEYS: readonly KeyDoc[] = [
  { key: 'quyen_han', vi: 'thẩm quyền ký: TM., KT., TL., TUQ., Q. và chức danh', en: 'signing authority: TM., KT., TL., TUQ., Q. and title' },
  { key: 'chuc_vu', vi: 'chức vụ người ký', en: 'title of the signer', required: true },
  { key: 'ho_ten', vi: 'họ tên người ký', en: "signer's name", required: true },
];

/**
 * Keys a document may leave out, as paths (`so`, `ky.quyen_han`): every key
 * above not marked required. A document type may still require some (the
 * table of document types).
 */
export const OPTIONAL_KEY_PATHS: ReadonlySet<string> = new Set([
  ...FRONT_MATTER_KEYS.filter((k) => !k.required).map((k) => k.key),
  ...KY_KEYS.filter((k) => !k.required).map((k) => `ky.${k.key}`),
]);

/**
 * Issuer codes printed in document symbols, with the Vietnamese names that
 * stand after `của` in a citation. The codes are those of the central and
 * provincial bodies cited in administrative work (Chính phủ CP, Thủ tướng
 * TTg, Quốc hội QH, …), of ministries (BNV, BKHCN, …), of provincial
 * departments (SNV, SKHCN, …) and of Party bodies (TW, TU, HU, ĐU, …).
 * `names` are folded phrases (see ../fold.ts: no diacritics, lower case)
 * that identify the body in prose; a citation's issuer phrase matching the
 * names of another code but none of its own is `ref.issuer-mismatch`.
 * Lists are not exhaustive: an unknown code is never an error.
 */

/** Where an issuer sits. */
export type IssuerSystem = 'state' | 'party';

/** One issuer code. */
export interface IssuerCode {
  code: string;
  /** The body's name in Vietnamese. */
  name: string;
  nameEn: string;
  system: IssuerSystem;
  /** Folded phrases naming the body (word-bounded matches). */
  names: readonly string[];
}

const s = (code: string, name: string, nameEn: string, names: string[]): IssuerCode => ({ code, name, nameEn, system: 'state', names });
const p = (code: string, name: string, nameEn: string, names: string[]): IssuerCode => ({ code, name, nameEn, system: 'party', names });

/** The known issuer codes. */
export const ISSUER_CODES: readonly IssuerCode[] = [
  // Central state bodies.
  s('QH', 'Quốc hội', 'National Assembly', ['quoc hoi']),
  s('UBTVQH', 'Ủy ban Thường vụ Quốc hội', 'Standing Committee of the National Assembly', ['uy ban thuong vu quoc hoi', 'ubtvqh']),
  s('CTN', 'Chủ tịch nước', 'President', ['chu tich nuoc']),
  s('CP', 'Chính phủ', 'Government', ['chinh phu']),
  s('TTg', 'Thủ tướng Chính phủ', 'Prime Minister', ['thu tuong']),
  s('VPCP', 'Văn phòng Chính phủ', 'Government Office', ['van phong chinh phu', 'vpcp']),
  s('TTCP', 'Thanh tra Chính phủ', 'Government Inspectorate', ['thanh tra chinh phu']),
  s('NHNN', 'Ngân hàng Nhà nước Việt Nam', 'State Bank of Vietnam', ['ngan hang nha nuoc']),
  // Ministries.
  s('BNV', 'Bộ Nội vụ', 'Ministry of Home Affairs', ['bo noi vu']),
  s('BKHCN', 'Bộ Khoa học và Công nghệ', 'Ministry of Science and Technology', ['bo khoa hoc va cong nghe', 'bo kh&cn', 'bo khcn']),
  s('BTC', 'Bộ Tài chính', 'Ministry of Finance', ['bo tai chinh']),
  s('BTP', 'Bộ Tư pháp', 'Ministry of Justice', ['bo tu phap']),
  s('BCA', 'Bộ Công an', 'Ministry of Public Security', ['bo cong an']),
  s('BQP', 'Bộ Quốc phòng', 'Ministry of National Defence', ['bo quoc phong']),
  s('BNG', 'Bộ Ngoại giao', 'Ministry of Foreign Affairs', ['bo ngoai giao']),
  s('BYT', 'Bộ Y tế', 'Ministry of Health', ['bo y te']),
  s('BXD', 'Bộ Xây dựng', 'Ministry of Construction', ['bo xay dung']),
  s('BCT', 'Bộ Công Thương', 'Ministry of Industry and Trade', ['bo cong thuong']),
  s('BGDĐT', 'Bộ Giáo dục và Đào tạo', 'Ministry of Education and Training', ['bo giao duc va dao tao', 'bo gd&dt']),
  s('BTTTT', 'Bộ Thông tin và Truyền thông', 'Ministry of Information and Communications', ['bo thong tin va truyen thong', 'bo tt&tt']),
  s('BKHĐT', 'Bộ Kế hoạch và Đầu tư', 'Ministry of Planning and Investment', ['bo ke hoach va dau tu', 'bo kh&dt']),
  s('BTNMT', 'Bộ Tài nguyên và Môi trường', 'Ministry of Natural Resources and Environment', ['bo tai nguyen va moi truong', 'bo tn&mt']),
  s('BNNPTNT', 'Bộ Nông nghiệp và Phát triển nông thôn', 'Ministry of Agriculture and Rural Development', ['bo nong nghiep va phat trien nong thon']),
  s('BGTVT', 'Bộ Giao thông vận tải', 'Ministry of Transport', ['bo giao thong van tai']),
  s('BLĐTBXH', 'Bộ Lao động - Thương binh và Xã hội', 'Ministry of Labour, Invalids and Social Affairs', ['bo lao dong thuong binh va xa hoi', 'bo ld tb&xh']),
  s('BVHTTDL', 'Bộ Văn hóa, Thể thao và Du lịch', 'Ministry of Culture, Sports and Tourism', ['bo van hoa the thao va du lich']),
  // Local state bodies.
  s('UBND', 'Ủy ban nhân dân', "People's Committee", ['uy ban nhan dan', 'ubnd']),
  s('HĐND', 'Hội đồng nhân dân', "People's Council", ['hoi dong nhan dan', 'hdnd']),
  // Provincial departments.
  s('SNV', 'Sở Nội vụ', 'Department of Home Affairs', ['so noi vu']),
  s('SKHCN', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology', ['so khoa hoc va cong nghe', 'so kh&cn', 'so khcn']),
  s('STC', 'Sở Tài chính', 'Department of Finance', ['so tai chinh']),
  s('STP', 'Sở Tư pháp', 'Department of Justice', ['so tu phap']),
  s('SYT', 'Sở Y tế', 'Department of Health', ['so y te']),
  s('SXD', 'Sở Xây dựng', 'Department of Construction', ['so xay dung']),
  s('SCT', 'Sở Công Thương', 'Department of Industry and Trade', ['so cong thuong']),
  s('SGDĐT', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training', ['so giao duc va dao tao', 'so gd&dt']),
  s('STTTT', 'Sở Thông tin và Truyền thông', 'Department of Information and Communications', ['so thong tin va truyen thong', 'so tt&tt']),
  s('SKHĐT', 'Sở Kế hoạch và Đầu tư', 'Department of Planning and Investment', ['so ke hoach va dau tu', 'so kh&dt']),
  s('STNMT', 'Sở Tài nguyên và Môi trường', 'Department of Natural Resources and Environment', ['so tai nguyen va moi truong', 'so tn&mt']),
  s('SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'Department of Agriculture and Rural Development', ['so nong nghiep va phat trien nong thon']),
  s('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism', ['so van hoa the thao va du lich']),
  s('SLĐTBXH', 'Sở Lao động - Thương binh và Xã hội', 'Department of Labour, Invalids and Social Affairs', ['so lao dong thuong binh va xa hoi']),
  s('SGTVT', 'Sở Giao thông vận tải', 'Department of Transport', ['so giao thong van tai']),
  // Party bodies.
  p('TW', 'Ban Chấp hành Trung ương (Bộ Chính trị, Ban Bí thư)', 'Party Central Committee (Politburo, Secretariat)', ['trung uong', 'bo chinh tri', 'ban bi thu']),
  p('TU', 'Tỉnh ủy', 'Provincial Party Committee', ['tinh uy']),
  p('HU', 'Huyện ủy', 'District Party Committee', ['huyen uy']),
  p('ĐU', 'Đảng ủy', 'Party Committee', ['dang uy']),
  p('BDVTW', 'Ban Dân vận Trung ương', 'Central Mass Mobilisation Commission', ['ban dan van trung uong']),
  p('BTCTW', 'Ban Tổ chức Trung ương', 'Central Organisation Commission', ['ban to chuc trung uong']),
  p('VPTW', 'Văn phòng Trung ương Đảng', 'Party Central Office', ['van phong trung uong']),
  p('BDVTU', 'Ban Dân vận Tỉnh ủy', 'Provincial Mass Mobilisation Commission', ['ban dan van tinh uy']),
  p('BTGTU', 'Ban Tuyên giáo Tỉnh ủy', 'Provincial Propaganda Commission', ['ban tuyen giao tinh uy']),
  p('BTCTU', 'Ban Tổ chức Tỉnh ủy', 'Provincial Organisation Commission', ['ban to chuc tinh uy']),
  p('VPTU', 'Văn phòng Tỉnh ủy', 'Provincial Party Office', ['van phong tinh uy']),
];

const byCode = new Map(ISSUER_CODES.map((i) => [i.code, i]));

/** A known issuer code (exact spelling), or undefined. */
export function issuerByCode(code: string): IssuerCode | undefined {
  return byCode.get(code);
}

/** True for a Party issuer: a known Party body, a Party committee code (`…TU`, `…TW`, `…HU`, `…ĐU`) or a Party delegation (`BCSĐ…`, `ĐĐ…`). */
export function isPartyIssuer(code: string): boolean {
  const known = byCode.get(code);
  if (known) return known.system === 'party';
  return /(?:TW|TU|HU|ĐU)$/u.test(code) || /^(?:BCSĐ|ĐĐ)/u.test(code);
}

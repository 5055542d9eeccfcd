/**
 * Document type codes of Decree 30/2020/NĐ-CP, Appendix III (the state
 * administrative documents), plus `CV` which the dialect uses for công văn.
 * Source: Decree 30/2020/NĐ-CP Appendix III (its table, read cell by cell).
 * Codes are case-sensitive: CTr, TTr, QyĐ, TrS.
 */

/** One document type of Appendix III. */
export interface DocType {
  /** The code printed in symbols, e.g. `KH`. */
  code: string;
  /** The type name in Vietnamese, as printed in capitals in the header. */
  name: string;
  /** The English name, for English UI. */
  nameEn: string;
}

/** Appendix III codes in the decree's order, then the copies. */
export const ADMIN_DOC_TYPES: readonly DocType[] = [
  { code: 'NQ', name: 'Nghị quyết', nameEn: 'Resolution' },
  { code: 'QĐ', name: 'Quyết định', nameEn: 'Decision' },
  { code: 'CT', name: 'Chỉ thị', nameEn: 'Directive' },
  { code: 'QC', name: 'Quy chế', nameEn: 'Regulation' },
  { code: 'QyĐ', name: 'Quy định', nameEn: 'Rules' },
  { code: 'TC', name: 'Thông cáo', nameEn: 'Communiqué' },
  { code: 'TB', name: 'Thông báo', nameEn: 'Notice' },
  { code: 'HD', name: 'Hướng dẫn', nameEn: 'Guidance' },
  { code: 'CTr', name: 'Chương trình', nameEn: 'Programme' },
  { code: 'KH', name: 'Kế hoạch', nameEn: 'Plan' },
  { code: 'PA', name: 'Phương án', nameEn: 'Scheme' },
  { code: 'ĐA', name: 'Đề án', nameEn: 'Project proposal' },
  { code: 'DA', name: 'Dự án', nameEn: 'Project' },
  { code: 'BC', name: 'Báo cáo', nameEn: 'Report' },
  { code: 'BB', name: 'Biên bản', nameEn: 'Minutes' },
  { code: 'TTr', name: 'Tờ trình', nameEn: 'Submission' },
  { code: 'HĐ', name: 'Hợp đồng', nameEn: 'Contract' },
  { code: 'CĐ', name: 'Công điện', nameEn: 'Official telegram' },
  { code: 'BGN', name: 'Bản ghi nhớ', nameEn: 'Memorandum of understanding' },
  { code: 'BTT', name: 'Bản thỏa thuận', nameEn: 'Agreement' },
  { code: 'GUQ', name: 'Giấy ủy quyền', nameEn: 'Power of attorney' },
  { code: 'GM', name: 'Giấy mời', nameEn: 'Invitation' },
  { code: 'GGT', name: 'Giấy giới thiệu', nameEn: 'Letter of introduction' },
  { code: 'GNP', name: 'Giấy nghỉ phép', nameEn: 'Leave permit' },
  { code: 'PG', name: 'Phiếu gửi', nameEn: 'Dispatch slip' },
  { code: 'PC', name: 'Phiếu chuyển', nameEn: 'Transfer slip' },
  { code: 'PB', name: 'Phiếu báo', nameEn: 'Notification slip' },
  { code: 'SY', name: 'Bản sao y', nameEn: 'True copy' },
  { code: 'TrS', name: 'Bản trích sao', nameEn: 'Extract copy' },
  { code: 'SL', name: 'Bản sao lục', nameEn: 'Transcribed copy' },
];

/** Công văn: no Appendix III code; the dialect's `loai: CV`. */
export const CONG_VAN: DocType = { code: 'CV', name: 'Công văn', nameEn: 'Official letter' };

/** Every value `loai` accepts. */
export const LOAI_TYPES: readonly DocType[] = [...ADMIN_DOC_TYPES, CONG_VAN];

const byCode = new Map(LOAI_TYPES.map((t) => [t.code, t]));

/** Looks a `loai` code up (case-sensitive, as the decree is). */
export function docTypeByCode(code: string): DocType | undefined {
  return byCode.get(code);
}

/** Old Circular 01/2011 codes that Decree 30 replaced: old → new. */
export const OBSOLETE_CODES: Readonly<Record<string, string>> = { GN: 'BGN', TTh: 'BTT', UQ: 'GUQ', NP: 'GNP' };

/** Signing-authority prefixes of Decree 30 Appendix I §II.7 (with their dot). */
export const QUYEN_HAN_PREFIXES = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'] as const;

/** One signing-authority prefix. */
export type QuyenHanPrefix = (typeof QUYEN_HAN_PREFIXES)[number];

/**
 * Which authority line may stand under which when the authority takes
 * several lines (`TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH`). Decree 30/2020/NĐ-CP
 * Art. 13 and Appendix I §II.7: on behalf of a collective (TM.) its head's
 * deputy signs KT., by order TL., by delegation TUQ., or an acting head Q.;
 * signing by order may be passed on to a deputy, who signs KT. under the TL.;
 * KT. and Q. end the authority, and a delegation (TUQ.) is never passed on.
 */
export const QUYEN_HAN_NEXT: Readonly<Record<QuyenHanPrefix, readonly QuyenHanPrefix[]>> = {
  'TM.': ['KT.', 'TL.', 'TUQ.', 'Q.'],
  'TL.': ['KT.'],
  'KT.': [],
  'TUQ.': [],
  'Q.': [],
};

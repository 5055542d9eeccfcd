/**
 * Type names that stand before a cited document's number, with the type
 * codes their symbols may carry. Sources: Decree 30/2020/NĐ-CP Appendix III
 * (state administrative types: their names and codes are those of the one
 * table of document types, ../../data/document-types.ts), the Law on
 * Promulgation of Legal Documents (legal normative types: Luật, Pháp lệnh,
 * Nghị định, Thông tư, …) and the Party's document rules (Quy định
 * 66-QĐ/TW: Kết luận KL, Quy định QĐ, Thông tri TT, …). A code listed
 * under `partyCodes` is valid in the Party family (`n-CODE/ISSUER`),
 * `stateCodes` in the state families (`n/CODE-ISSUER`, `n/yyyy/CODE-ISSUER`).
 */
import { ADMIN_DOC_TYPES, CONG_VAN, docTypeByCode } from '../../data/doc-types';

/** A type of cited document. */
export interface CitedType {
  /** The type name as written before the number, e.g. `Chỉ thị`. */
  name: string;
  /** English name, for English messages. */
  nameEn: string;
  /** Type codes of the state families. */
  stateCodes: readonly string[];
  /** Type codes of the Party family. */
  partyCodes: readonly string[];
  /** The symbol has no type code: a law `10/2022/QH15` (or a công văn `n/ISSUER-UNIT`). */
  codeless?: 'law' | 'cong-van';
  /** Upper-case abbreviations that may stand for the name in prose (`NQ`, `QĐ`). */
  abbreviations: readonly string[];
  /** A generic word (`văn bản`) that names no particular type: never disagrees with a code. */
  generic?: boolean;
  /**
   * Codes of the joint or coordinating documents of this type (`QCPH` of a
   * Quy chế phối hợp, `KHLT` of a Kế hoạch liên tịch): Appendix III has no
   * code for them, and the bodies that sign one together print the type
   * code followed by the qualifier's initials. Valid in the state families.
   */
  jointCodes?: readonly string[];
}

/** The name and code of an Appendix III type, from the table of document types (a code not there throws). */
function appendixType(code: string): Pick<CitedType, 'name' | 'nameEn' | 'stateCodes'> {
  const t = docTypeByCode(code);
  if (!t || t.appendixIII === false) throw new Error(`not an Appendix III code: ${code}`);
  return { name: t.name, nameEn: t.nameEn, stateCodes: [t.code] };
}

/** Appendix III codes, checked against the table (a code not there throws). */
function appendixCodes(...codes: string[]): readonly string[] {
  return codes.map((c) => appendixType(c).stateCodes[0]);
}

/** Every type name the recogniser knows; longer names first where one starts another. */
export const CITED_TYPES: readonly CitedType[] = [
  { name: 'Thông tư liên tịch', nameEn: 'Joint circular', stateCodes: ['TTLT'], partyCodes: [], abbreviations: ['TTLT'] },
  { name: 'Nghị quyết liên tịch', nameEn: 'Joint resolution', stateCodes: ['NQLT'], partyCodes: [], abbreviations: ['NQLT'] },
  { name: 'Bộ luật', nameEn: 'Code', stateCodes: [], partyCodes: [], codeless: 'law', abbreviations: [] },
  { name: 'Luật', nameEn: 'Law', stateCodes: [], partyCodes: [], codeless: 'law', abbreviations: [] },
  { name: 'Pháp lệnh', nameEn: 'Ordinance', stateCodes: ['PL'], partyCodes: [], abbreviations: [] },
  { ...appendixType('NQ'), partyCodes: ['NQ'], abbreviations: ['NQ'] },
  { name: 'Nghị định', nameEn: 'Decree', stateCodes: ['NĐ'], partyCodes: [], abbreviations: ['NĐ'] },
  { ...appendixType('QĐ'), partyCodes: ['QĐ'], abbreviations: ['QĐ'] },
  { ...appendixType('CT'), partyCodes: ['CT'], abbreviations: ['CT'] },
  { name: 'Thông tư', nameEn: 'Circular', stateCodes: ['TT'], partyCodes: [], abbreviations: [] },
  { name: 'Thông tri', nameEn: 'Party circular', stateCodes: [], partyCodes: ['TT'], abbreviations: [] },
  { name: 'Kết luận', nameEn: 'Conclusion', stateCodes: [], partyCodes: ['KL'], abbreviations: ['KL'] },
  { ...appendixType('QyĐ'), partyCodes: ['QĐ'], abbreviations: [] },
  { ...appendixType('QC'), partyCodes: ['QC'], abbreviations: [], jointCodes: ['QCPH', 'QCLT'] },
  { ...appendixType('HD'), partyCodes: ['HD'], abbreviations: ['HD'], jointCodes: ['HDLT', 'HDPH'] },
  { ...appendixType('CTr'), partyCodes: ['CTr'], abbreviations: [], jointCodes: ['CTrPH', 'CTrLT'] },
  { ...appendixType('KH'), partyCodes: ['KH'], abbreviations: ['KH'], jointCodes: ['KHLT', 'KHPH'] },
  { ...appendixType('ĐA'), partyCodes: ['ĐA'], abbreviations: [] },
  { ...appendixType('PA'), partyCodes: [], abbreviations: [] },
  // A notice of conclusions carries the notice's code: `Thông báo kết luận số 45-TB/TU`.
  { name: 'Thông báo kết luận', nameEn: 'Notice of conclusions', stateCodes: appendixCodes('TB'), partyCodes: ['TB'], abbreviations: [] },
  { ...appendixType('TB'), partyCodes: ['TB'], abbreviations: ['TB'] },
  { ...appendixType('TC'), partyCodes: [], abbreviations: [] },
  { ...appendixType('BC'), partyCodes: ['BC'], abbreviations: ['BC'] },
  { ...appendixType('TTr'), partyCodes: ['TTr'], abbreviations: [] },
  { ...appendixType('CĐ'), partyCodes: [], abbreviations: [] },
  { name: CONG_VAN.name, nameEn: CONG_VAN.nameEn, stateCodes: [], partyCodes: [CONG_VAN.code], codeless: 'cong-van', abbreviations: [CONG_VAN.code] },
  { name: 'Văn bản', nameEn: 'Document', stateCodes: [], partyCodes: [], abbreviations: [], generic: true },
];

/**
 * Words that may follow a type name inside the name of the type: `Quy chế
 * phối hợp`, `Kế hoạch liên tịch`, `Chương trình hành động`, `Báo cáo tổng
 * kết`. A type name so qualified is still that type (`Nghị quyết liên tịch`
 * and `Thông tư liên tịch`, which have codes of their own, stay types of
 * their own). Lower case; matched in any case.
 */
export const TYPE_QUALIFIERS: readonly string[] = [
  'phối hợp',
  'liên tịch',
  'liên ngành',
  'liên bộ',
  'hành động',
  'công tác',
  'làm việc',
  'chuyên đề',
  'tổng kết',
  'sơ kết',
];

/** The codes a state symbol of the type may carry: its own and those of its joint documents. */
export function stateCodesOf(t: CitedType): readonly string[] {
  let codes = allStateCodes.get(t);
  if (!codes) allStateCodes.set(t, (codes = t.jointCodes ? [...t.stateCodes, ...t.jointCodes] : t.stateCodes));
  return codes;
}

const allStateCodes = new Map<CitedType, readonly string[]>();

/** Every type code of the state families (legal normative and administrative). */
export const STATE_TYPE_CODES: ReadonlySet<string> = new Set([
  ...CITED_TYPES.flatMap((t) => stateCodesOf(t)),
  // Every Appendix III code, also those that have no type name above.
  ...ADMIN_DOC_TYPES.map((t) => t.code),
]);

/** Every type code of the Party family. */
export const PARTY_TYPE_CODES: ReadonlySet<string> = new Set([...CITED_TYPES.flatMap((t) => t.partyCodes), ...appendixCodes('BB')]);

/** Codes that only the Party family uses (a symbol carrying one is a Party document). */
export const PARTY_ONLY_CODES: ReadonlySet<string> = new Set([...PARTY_TYPE_CODES].filter((c) => !STATE_TYPE_CODES.has(c)));

const byUpper = new Map<string, string>();
for (const c of [...STATE_TYPE_CODES, ...PARTY_TYPE_CODES]) byUpper.set(c.toUpperCase(), c);

/** A known type code (either family), or undefined. */
export function isTypeCode(code: string): boolean {
  return STATE_TYPE_CODES.has(code) || PARTY_TYPE_CODES.has(code);
}

/** The known code that `code` spells in the wrong case (`Kl` → `KL`, `CTR` → `CTr`), or undefined. */
export function typeCodeIgnoringCase(code: string): string | undefined {
  return byUpper.get(code.toUpperCase());
}

/** The type of a name as written (case-insensitive, full names then abbreviations). */
export function citedTypeByName(name: string): CitedType | undefined {
  return byLowerName.get(name.toLowerCase().normalize('NFC')) ?? byAbbreviation.get(name);
}

// Built once: the recogniser asks for every citation it meets.
const byLowerName = new Map<string, CitedType>();
const byAbbreviation = new Map<string, CitedType>();
for (const t of CITED_TYPES) {
  const key = t.name.toLowerCase();
  if (!byLowerName.has(key)) byLowerName.set(key, t);
  for (const a of t.abbreviations) if (!byAbbreviation.has(a)) byAbbreviation.set(a, t);
}

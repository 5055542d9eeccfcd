/**
 * Document types: the shape of the one table (document-types.ts) and the
 * look-ups every reader shares — checks, skeletons, the new-document
 * command, the templates, completion, the cited-type table and the
 * exporter. Each look-up takes the table (a test gives a table of its own);
 * the default is the built-in one. Codes are case-sensitive, as the decree
 * writes them: CTr, TTr, QyĐ, TrS. Also here: the signing-authority facts of
 * the decree.
 */
import type { Msg } from '../i18n';
import { fold } from '../text/fold';
import { DOCUMENT_TYPES, OFFERED_FIRST } from './document-types';

/** How the exporter lays a type out: a typed document (type name and subject), a công văn (V/v under the number), a quyết định (căn cứ, authority, articles). */
export type LayoutVariant = 'bao-cao' | 'cong-van' | 'quyet-dinh';

/** One part a type's profile expects (structure.missing-section). */
export interface ProfilePartData {
  /** How messages name the part. */
  name: Msg;
  /** Alternative keywords; a heading whose title contains any of them (accents and case ignored) has the part. */
  keywords: readonly string[];
  /** A heading to suggest when the part is missing (upper case, without label). */
  suggestion: string;
}

/** The skeleton of a drafted type; fill-ins in `«…»`, `{year}` the signing date's year. */
export interface SkeletonData {
  /** The subject line. */
  trichYeu: string;
  /** Addressees (`kinh_gui`), for the types that print a Kính gửi block. */
  kinhGui?: readonly string[];
  /** Recipients before the closing `Lưu: …` item. */
  noiNhan: readonly string[];
  /** The body's lines. */
  body: readonly string[];
}

/** What the product knows of a type it drafts. */
export interface Drafting {
  layout: LayoutVariant;
  /** The parts the profile expects; empty: no profile. */
  parts: readonly ProfilePartData[];
  /** The parts are expected only of a document divided into sections: a short one of a few paragraphs has none. */
  sectionedOnly?: boolean;
  /**
   * Whether date.period-year reads the type's periods as reported ones:
   * `report`, everywhere a report states them (also a half-year, quarter or
   * month anywhere in its body); `stated`, in the subject line, headings,
   * opening and closing paragraphs and after `Trong`. Absent: the type's
   * periods are targets, horizons or dates of effect, not checked.
   */
  periods?: 'report' | 'stated';
  /** Front-matter keys the type requires beyond the dialect's required ones. */
  requiredKeys?: readonly string[];
  skeleton: SkeletonData;
}

/** One document type. */
export interface DocType {
  /** The code printed in symbols and written in `loai`, e.g. `KH`. */
  code: string;
  /** The type name in Vietnamese, as printed in capitals in the header. */
  name: string;
  /** The English name, for English UI. */
  nameEn: string;
  /** False for a `loai` code that is not in Appendix III (công văn's `CV`). */
  appendixIII?: false;
  /** Set for the types the product drafts. */
  drafting?: Drafting;
}

/** A drafted type: one with `drafting`. */
export type DraftedType = DocType & { drafting: Drafting };

/** A table of document types with its look-ups built once. */
export interface DocTypeTable {
  /** Every type, in the table's order. */
  readonly types: readonly DocType[];
  /** The drafted types in the order they are offered. */
  readonly drafted: readonly DraftedType[];
  byCode(code: string): DocType | undefined;
}

/** Builds a table: `offeredFirst` codes lead the drafted types, in that order; other drafted types follow in table order. */
export function docTypeTable(types: readonly DocType[], offeredFirst: readonly string[] = []): DocTypeTable {
  const index = new Map(types.map((t) => [t.code, t]));
  const drafted = types.filter((t): t is DraftedType => !!t.drafting);
  const rank = (t: DocType) => {
    const i = offeredFirst.indexOf(t.code);
    return i < 0 ? offeredFirst.length + drafted.indexOf(t as DraftedType) : i;
  };
  return { types, drafted: [...drafted].sort((a, b) => rank(a) - rank(b)), byCode: (code) => index.get(code) };
}

/** The built-in table. */
export const BUILT_IN_TYPES: DocTypeTable = docTypeTable(DOCUMENT_TYPES, OFFERED_FIRST);

/** Appendix III types, in the decree's order. */
export const ADMIN_DOC_TYPES: readonly DocType[] = DOCUMENT_TYPES.filter((t) => t.appendixIII !== false);

/** Công văn: no Appendix III code; the dialect's `loai: CV`. */
export const CONG_VAN: DocType = BUILT_IN_TYPES.byCode('CV')!;

/** Every value `loai` accepts. */
export const LOAI_TYPES: readonly DocType[] = [...ADMIN_DOC_TYPES, ...DOCUMENT_TYPES.filter((t) => t.appendixIII === false)];

/** Looks a `loai` code up (case-sensitive, as the decree is). */
export function docTypeByCode(code: string, table: DocTypeTable = BUILT_IN_TYPES): DocType | undefined {
  return table.byCode(code);
}

/** The drafting facts of a `loai`, when the product drafts that type. */
export function draftingOf(loai: string | undefined, table: DocTypeTable = BUILT_IN_TYPES): Drafting | undefined {
  return loai === undefined ? undefined : table.byCode(loai)?.drafting;
}

/** How the exporter lays out a document of `loai`: a công văn's or a quyết định's layout where the table says so, else a typed document's (type name and subject). */
export function layoutVariantOf(loai: string | undefined, table: DocTypeTable = BUILT_IN_TYPES): LayoutVariant {
  return draftingOf(loai, table)?.layout ?? 'bao-cao';
}

/** An ASCII slug of a type's code, for template prefixes (`QĐ` → `qd`, `TTr` → `ttr`). */
export function codeSlug(code: string): string {
  return fold(code).replace(/[^a-z0-9]+/g, '-');
}

/** An ASCII slug of a type's name, for file names (`Quyết định` → `quyet-dinh`). */
export function nameSlug(t: DocType): string {
  return fold(t.name).replace(/[^a-z0-9]+/g, '-');
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

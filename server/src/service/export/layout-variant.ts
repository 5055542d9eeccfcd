/**
 * Which of the decree's model forms a document is laid out by (Decree
 * 30/2020/NĐ-CP, Appendix III §II): a công văn (Mẫu 1.5: no type name, the
 * subject as "V/v …" under Số), a quyết định (Mẫu 1.2/1.3: the issuing
 * authority, căn cứ, "QUYẾT ĐỊNH:", articles) or a document with a type name
 * (Mẫu 1.4: BC, KH, TTr, TB, CTr, HD …). Every other part of the page is the
 * same for all of them.
 */
import { CONG_VAN } from '../data/doc-types';

/** The layout families of the exporter. */
export type LayoutVariant = 'cong-van' | 'quyet-dinh' | 'ten-loai';

const VARIANT_BY_CODE: Readonly<Record<string, LayoutVariant>> = { [CONG_VAN.code]: 'cong-van', QĐ: 'quyet-dinh' };

/** The layout variant of a `loai` code (a type with a type name when the code is absent or unknown). */
export function layoutVariant(loai: string | undefined): LayoutVariant {
  return (loai !== undefined && VARIANT_BY_CODE[loai]) || 'ten-loai';
}

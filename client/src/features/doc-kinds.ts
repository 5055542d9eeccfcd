/**
 * The document types the new-document command offers, from the table of
 * document types (every drafted type, in the order offered) — pure (no
 * `vscode` import), so unit tests read the list the wizard shows. Each item
 * is found by its code, its name with or without diacritics, or its English
 * name.
 */
import { BUILT_IN_TYPES, nameSlug, type DocTypeTable } from '../../../server/src/service/data/doc-types';
import { fold } from '../../../server/src/service/text/fold';

/** One type of the wizard's first step. */
export interface DocKindItem {
  /** `CV · Công văn` */
  label: string;
  /** `cong van · Official letter`: what the list also filters on. */
  description: string;
  /** The `loai` code. */
  code: string;
  /** The new file's name stem, `cong-van`. */
  stem: string;
}

/** The types the new-document command offers. */
export function newDocumentKinds(table: DocTypeTable = BUILT_IN_TYPES): DocKindItem[] {
  return table.drafted.map((t) => ({ label: `${t.code} · ${t.name}`, description: `${fold(t.name)} · ${t.nameEn}`, code: t.code, stem: nameSlug(t) }));
}

/** Whether `loai` is a type the new-document command creates. */
export function isNewDocumentKind(loai: unknown, table: DocTypeTable = BUILT_IN_TYPES): loai is string {
  return typeof loai === 'string' && table.drafted.some((t) => t.code === loai);
}

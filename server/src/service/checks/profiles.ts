/**
 * Type profiles for `structure.missing-section`: the parts a document of a
 * given type (`loai`) is expected to have, each as alternative title keywords
 * matched accent- and case-insensitively against heading titles. The
 * built-in profiles are the table of document types' (data/document-types.ts;
 * KH: mục đích yêu cầu, nội dung/nhiệm vụ, tổ chức thực hiện; BC: kết
 * quả/tình hình, phương hướng/nhiệm vụ, as the dialect's section 6 says);
 * `settings.profiles[loai]` replaces a type's profile.
 */
import { msg } from '../i18n';
import { fold } from '../text/fold';
import type { VbhcSettings } from '../settings';
import { BUILT_IN_TYPES, type DocTypeTable, type ProfilePartData } from '../data/doc-types';

/** One expected part of a document type. */
export type ProfilePart = ProfilePartData;

/** The parts a type expects, and whether only of a document divided into sections. */
export interface Profile {
  parts: readonly ProfilePart[];
  /** A document without headings is not checked (a short one of a few paragraphs). */
  sectionedOnly: boolean;
}

/**
 * The profile of a type: the user's (`settings.profiles`, each inner list the
 * keywords of one part) when given for that type, else the table's. Type
 * codes match exactly first, then case-insensitively. Undefined when the
 * type has no profile.
 */
export function profileFor(loai: string | undefined, settings: Pick<VbhcSettings, 'profiles'>, table: DocTypeTable = BUILT_IN_TYPES): Profile | undefined {
  if (!loai) return undefined;
  const user = lookup(settings.profiles, loai);
  if (user !== undefined) {
    if (!Array.isArray(user)) return undefined;
    const parts: ProfilePart[] = [];
    for (const alternatives of user) {
      const keywords = (Array.isArray(alternatives) ? alternatives : [alternatives]).filter((k): k is string => typeof k === 'string' && foldText(k) !== '');
      if (keywords.length === 0) continue;
      parts.push({ name: msg(keywords.join(' / '), keywords.join(' / ')), keywords, suggestion: keywords[0].toUpperCase() });
    }
    return { parts, sectionedOnly: false };
  }
  const type = table.byCode(loai) ?? table.types.find((t) => t.code.toUpperCase() === loai.toUpperCase());
  const d = type?.drafting;
  return d && d.parts.length > 0 ? { parts: d.parts, sectionedOnly: d.sectionedOnly === true } : undefined;
}

function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  if (Object.prototype.hasOwnProperty.call(table, key)) return table[key];
  const upper = key.toUpperCase();
  for (const k of Object.keys(table)) if (k.toUpperCase() === upper) return table[k];
  return undefined;
}

/**
 * Folds text for matching: no accents (đ → d), lower case, punctuation as
 * spaces, single spaces, padded with a space on each side so that a keyword
 * `" ket qua "` matches whole words only.
 */
export function foldText(s: string): string {
  let hit = foldCache.get(s);
  if (hit === undefined) {
    if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
    foldCache.set(s, (hit = foldTextUncached(s)));
  }
  return hit;
}

/** Titles repeat from one check to the next (every keystroke): fold each once. */
const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX = 20_000;

function foldTextUncached(s: string): string {
  // Diacritics and case as every search folds them (text/fold.ts); marks left over by text not in NFC go too.
  const folded = fold(s.normalize('NFC'))
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded === '' ? '' : ` ${folded} `;
}

const foldedKeywords = new WeakMap<ProfilePart, string[]>();

/** Whether a folded title (see foldText) has a part: it contains one of the part's keywords as whole words. */
export function titleHasPart(foldedTitle: string, part: ProfilePart): boolean {
  let keys = foldedKeywords.get(part);
  if (!keys) foldedKeywords.set(part, (keys = part.keywords.map(foldText).filter((k) => k !== '')));
  return keys.some((k) => foldedTitle.includes(k));
}

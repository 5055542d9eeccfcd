/**
 * Type profiles for `structure.missing-section`: the parts a document of a
 * given type (`loai`) is expected to have, each as alternative title keywords
 * matched accent- and case-insensitively against heading titles. The
 * built-in profiles follow the dialect's section 6 (KH: mục đích yêu cầu,
 * nội dung/nhiệm vụ, tổ chức thực hiện; BC: kết quả/tình hình, phương
 * hướng/nhiệm vụ); `settings.profiles[loai]` replaces a type's profile.
 */
import { msg, type Msg } from '../i18n';
import type { VbhcSettings } from '../settings';

/** One expected part of a document type. */
export interface ProfilePart {
  /** How messages name the part. */
  name: Msg;
  /** Alternative keywords; a heading whose title contains any of them has the part. */
  keywords: readonly string[];
  /** A heading to suggest when the part is missing (upper case, without label). */
  suggestion: string;
}

/** The built-in profiles by `loai`. */
export const BUILT_IN_PROFILES: Readonly<Record<string, readonly ProfilePart[]>> = {
  KH: [
    { name: msg('Mục đích, yêu cầu', 'Purpose and requirements'), keywords: ['mục đích', 'yêu cầu', 'mục tiêu'], suggestion: 'MỤC ĐÍCH, YÊU CẦU' },
    { name: msg('Nội dung, nhiệm vụ', 'Content and tasks'), keywords: ['nội dung', 'nhiệm vụ', 'giải pháp'], suggestion: 'NỘI DUNG, NHIỆM VỤ' },
    // Plans often name the implementation part after who does what.
    { name: msg('Tổ chức thực hiện', 'Implementation'), keywords: ['tổ chức thực hiện', 'phân công nhiệm vụ', 'phân công trách nhiệm', 'trách nhiệm thực hiện'], suggestion: 'TỔ CHỨC THỰC HIỆN' },
  ],
  BC: [
    { name: msg('Kết quả, tình hình thực hiện', 'Results and situation'), keywords: ['kết quả', 'tình hình'], suggestion: 'KẾT QUẢ THỰC HIỆN' },
    { name: msg('Phương hướng, nhiệm vụ', 'Directions and tasks'), keywords: ['phương hướng', 'nhiệm vụ'], suggestion: 'PHƯƠNG HƯỚNG, NHIỆM VỤ' },
  ],
};

/**
 * The profile of a type: the user's (`settings.profiles`, each inner list the
 * keywords of one part) when given for that type, else the built-in one.
 * Type codes match exactly first, then case-insensitively. Undefined when the
 * type has no profile.
 */
export function profileFor(loai: string | undefined, settings: Pick<VbhcSettings, 'profiles'>): readonly ProfilePart[] | undefined {
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
    return parts;
  }
  return lookup(BUILT_IN_PROFILES, loai);
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
  const folded = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
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

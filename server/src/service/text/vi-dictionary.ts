/**
 * The Vietnamese syllable list the spelling check looks words up in: the
 * Hunspell list of the `dictionary-vi` package (6,600 syllables, GPL; it
 * ships unchanged beside the bundles as dist/vi-syllables.dic with its
 * licence), read once per process on first use and shared by every
 * language service. Words are looked up by key (toneless letters and tone,
 * text/vi-syllable.ts), so either school of tone placement is found.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseSyllable, readSyllable, splitTone, tonePlaces, withTone } from './vi-syllable';
import { fold } from './fold';

/** Where the list is, relative to the running code: beside a bundle in dist/, or the package in the source tree. */
const CANDIDATES = ['vi-syllables.dic', '../dist/vi-syllables.dic', '../../../../node_modules/dictionary-vi/index.dic', '../../node_modules/dictionary-vi/index.dic', '../node_modules/dictionary-vi/index.dic'];

/** The loaded list. */
export interface SyllableList {
  /** Keys of every listed syllable (lower case). */
  keys: ReadonlySet<string>;
  /** Listed syllables by their toneless letters (`nhiem` → `nhiễm`, `nhiệm`), in the newer school's placement as listed. */
  byBare: ReadonlyMap<string, readonly string[]>;
  /** Listed syllables by their letters without any mark (`duoc` → `được`, `dược`, …). */
  byFolded: ReadonlyMap<string, readonly string[]>;
}

let cached: SyllableList | undefined;

/** The list (read on the first call). Throws when the file is missing. */
export function syllableList(): SyllableList {
  return (cached ??= buildList(syllableListText().split(/\r?\n/).slice(1)));
}

/** The text of the list's file (Hunspell `.dic`), found beside the bundle or in the source tree. Throws when it is missing. */
export function syllableListText(): string {
  const dir = typeof __dirname === 'string' ? __dirname : process.cwd();
  const tried = [...CANDIDATES.map((rel) => path.join(dir, rel)), path.join(process.cwd(), 'node_modules/dictionary-vi/index.dic')];
  let lastError: unknown;
  for (const file of tried) {
    try {
      return readFileSync(file, 'utf8');
    } catch (e) {
      lastError = e;
    }
  }
  throw new Error(`the Vietnamese syllable list is missing (${(lastError as Error)?.message ?? 'not found'})`);
}

/** Builds the lookup tables from the list's lines (Hunspell `.dic` without its count line; no affix flags). */
export function buildList(lines: readonly string[]): SyllableList {
  const keys = new Set<string>();
  const byBare = new Map<string, string[]>();
  const byFolded = new Map<string, string[]>();
  const add = <K>(m: Map<K, string[]>, k: K, w: string) => {
    const l = m.get(k);
    if (!l) m.set(k, [w]);
    else if (!l.includes(w)) l.push(w);
  };
  for (const raw of lines) {
    const w = raw.split('/')[0].trim().normalize('NFC').toLowerCase();
    if (!w || !/^\p{Ll}+$/u.test(w)) continue;
    const s = splitTone(w);
    keys.add(s.bare + s.tone);
    add(byBare, s.bare, w);
    add(byFolded, fold(s.bare), w);
  }
  return { keys, byBare, byFolded };
}

/** A consonant onset and a lone `i` or `y`. */
const LONE_IY = /^(?:[bdđhklmnrstvx]|ch|kh|ph|th|tr|nh|qu)[iy]$/;

/** Whether a lower-case NFC word is a listed syllable with its tone mark where one of the schools puts it. */
export function isListed(list: SyllableList, word: string): boolean {
  const t = splitTone(word);
  // `sỹ`/`sĩ`, `quí`/`quý`: after a consonant a lone `i` or `y` is one vowel written two ways.
  const other = LONE_IY.test(t.bare) ? t.bare.slice(0, -1) + (t.bare.endsWith('i') ? 'y' : 'i') : undefined;
  if (!list.keys.has(t.bare + t.tone) && !(other && list.keys.has(other + t.tone))) return false;
  const s = readSyllable(word);
  // A listed loan (`email`, `tivi`) is not a syllable of the grammar: listed is enough.
  return !s || s.placed;
}

/** How a suggestion was found: `split` a missing space, `spelling` a rule of writing (`ngh`, `gh`, `k`, the tone mark's place), `near` a near word. */
export type SuggestionKind = 'split' | 'spelling' | 'near';

/** A corrected form of a misspelt word. */
export interface Suggestion {
  text: string;
  kind: SuggestionKind;
}

const ONSET_SWAPS: readonly [string, string][] = [
  ['ngh', 'ng'],
  ['ng', 'ngh'],
  ['gh', 'g'],
  ['g', 'gh'],
  ['k', 'c'],
  ['c', 'k'],
];

/** Longest word for which corrections are sought: two syllables of seven letters, glued, and one letter more. */
const MAX_SUGGESTED_CHARS = 15;

/**
 * Corrections of a lower-case word that is not a listed syllable: a
 * missing space (`trọngtâm` → `trọng tâm`), a rule of writing (`ngiệp` →
 * `nghiệp`, `cuả` → `của`), else listed syllables one letter, mark or tone
 * away (`đươc` → `được`, `đước`). Best first; at most `limit`.
 */
export function suggest(list: SyllableList, word: string, limit = 4): Suggestion[] {
  const out: Suggestion[] = [];
  // Longer than two of the longest syllables glued (`nghiêngnghiêng`): no correction is one space or one letter away,
  // and trying every split and every edit of a long run would cost its length squared.
  if (word.length > MAX_SUGGESTED_CHARS) return out;
  const seen = new Set<string>();
  const push = (text: string, kind: SuggestionKind) => {
    if (seen.has(text) || text === word) return;
    seen.add(text);
    out.push({ text, kind });
  };
  // A missing space: both halves listed (and at least two letters each, so `a` + `nh` do not count).
  for (let i = 2; i <= word.length - 2; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (isListed(list, a) && isListed(list, b)) push(`${a} ${b}`, 'split');
  }
  const s = splitTone(word);
  // The tone mark on the wrong letter.
  const parsed = s.marks === 1 && list.keys.has(s.bare + s.tone) ? parseSyllable(s.bare, s.tone) : undefined;
  if (parsed) {
    const at = tonePlaces(s.bare, parsed.onset);
    if (s.at !== at.main && s.at !== at.alt) push(withTone(s.bare, s.tone, at.main), 'spelling');
  }
  for (const [from, to] of ONSET_SWAPS) {
    if (!word.startsWith(from) || (from === 'ng' && word.startsWith('ngh')) || (from === 'g' && (word.startsWith('gh') || word.startsWith('gi')))) continue;
    const w = to + word.slice(from.length);
    if (isListed(list, w)) push(w, 'spelling');
  }
  if (out.length) return out.slice(0, limit);
  // Near words: same letters but for marks and tone, then one edit of the toneless letters.
  const near: { text: string; cost: number }[] = [];
  for (const w of list.byFolded.get(fold(s.bare)) ?? []) near.push({ text: w, cost: markDistance(word, w) });
  for (const bare of oneEdit(s.bare)) {
    for (const w of list.byBare.get(bare) ?? []) near.push({ text: w, cost: 2 + (splitTone(w).tone === s.tone ? 0 : 1) });
  }
  near.sort((a, b) => a.cost - b.cost);
  for (const n of near) {
    if (out.length >= limit) break;
    push(n.text, 'near');
  }
  return out;
}

/** Differences of tone and shape marks between two words of the same plain letters. */
function markDistance(a: string, b: string): number {
  const sa = splitTone(a);
  const sb = splitTone(b);
  let d = sa.tone === sb.tone ? 0 : 1;
  const x = [...sa.bare];
  const y = [...sb.bare];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) d++;
  return d;
}

const LETTERS = [...'abcdđeêghiklmnoôơpqrstuưvxyăâ'];

/** Toneless strings one deletion, insertion, substitution or swap away. */
function oneEdit(bare: string): Set<string> {
  const out = new Set<string>();
  const n = bare.length;
  for (let i = 0; i < n; i++) {
    out.add(bare.slice(0, i) + bare.slice(i + 1));
    if (i + 1 < n) out.add(bare.slice(0, i) + bare[i + 1] + bare[i] + bare.slice(i + 2));
    for (const c of LETTERS) out.add(bare.slice(0, i) + c + bare.slice(i + 1));
  }
  for (let i = 0; i <= n; i++) for (const c of LETTERS) out.add(bare.slice(0, i) + c + bare.slice(i));
  out.delete(bare);
  return out;
}

/** Listed syllables with the same letters as `word` and another tone (`nhiêm` → `nhiễm`, `nhiệm`). */
export function toneVariants(list: SyllableList, word: string): string[] {
  const s = splitTone(word);
  return (list.byBare.get(s.bare) ?? []).filter((w) => splitTone(w).tone !== s.tone);
}

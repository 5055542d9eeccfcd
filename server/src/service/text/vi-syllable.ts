/**
 * The grammar of a written Vietnamese syllable: onset + rhyme (with its
 * medial) + tone, and where the tone mark may stand. Works on one lower-case
 * NFC syllable; the spelling and tone-placement checks build on it.
 *
 * Tones are numbered 0 ngang, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. A
 * syllable's *key* is its letters without the tone mark followed by the tone
 * number (`hòa` and `hoà` both key `hoa2`): the spelling list is looked up by
 * key, and the mark's place is judged by `tonePlaces`.
 */

/** Combining tone marks (NFD) by tone number. */
const TONE_MARK = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
const MARK_TONE = new Map<string, number>(TONE_MARK.map((m, i) => [m, i] as [string, number]).filter(([m]) => m !== ''));

/** Letter (lower case, NFC) → its toneless letter and its tone, filled on first sight; undefined for non-letters. */
const letterInfo = new Map<string, { base: string; tone: number } | null>();

function infoOf(ch: string): { base: string; tone: number } | null {
  let v = letterInfo.get(ch);
  if (v !== undefined) return v;
  const nfd = ch.normalize('NFD');
  let tone = 0;
  let base = '';
  for (const c of nfd) {
    const t = MARK_TONE.get(c);
    if (t !== undefined) tone = t;
    else base += c;
  }
  v = { base: base.normalize('NFC'), tone };
  letterInfo.set(ch, v);
  return v;
}

/** A word split into its toneless letters and its one tone mark. */
export interface ToneSplit {
  /** The letters without the tone mark (lower case as given). */
  bare: string;
  /** 0–5 (see the file comment). */
  tone: number;
  /** Index in `bare` of the letter that carries the mark, -1 for ngang. */
  at: number;
  /** How many letters carry a tone mark (more than one is never a syllable). */
  marks: number;
}

/** Splits a lower-case NFC word into its toneless letters and its tone. */
export function splitTone(word: string): ToneSplit {
  let bare = '';
  let tone = 0;
  let at = -1;
  let marks = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (ch.charCodeAt(0) < 0x80) {
      bare += ch;
      continue;
    }
    const info = infoOf(ch)!;
    if (info.tone !== 0) {
      tone = info.tone;
      at = bare.length;
      marks++;
    }
    bare += info.base;
  }
  return { bare, tone, at, marks };
}

/** The word of `bare` with tone `tone` on its letter at `at` (NFC). */
export function withTone(bare: string, tone: number, at: number): string {
  if (tone === 0 || at < 0) return bare;
  return bare.slice(0, at) + (bare[at] + TONE_MARK[tone]).normalize('NFC') + bare.slice(at + 1);
}

/** The lookup key of a lower-case word: toneless letters and the tone number. */
export function syllableKey(word: string): string {
  const s = splitTone(word);
  return s.bare + s.tone;
}

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];

/** Rhymes (medial, nucleus, coda) as written after a consonant onset or with none. */
const RHYMES = new Set(
  (
    'a ai ao au ay an am ang anh ac ach at ap ' +
    'ăn ăm ăng ăc ăt ăp âu ây ân âm âng âc ât âp ' +
    'e eo en em eng ec et ep ê êu ên êm ênh êch êt êp ' +
    'i ia iu in im inh ich it ip iêu iên iêm iêng iêc iêt iêp y ' +
    'o oi on om ong oc ot op oong ooc ô ôi ôn ôm ông ôc ôt ôp ơ ơi ơn ơm ơt ơp ' +
    'u ua ui un um ung uc ut up uôi uôn uôm uông uôc uôt ' +
    'ư ưa ưi ưu ưn ưm ưng ưc ưt ươi ươu ươn ươm ương ươc ươt ươp ' +
    'oa oai oay oan oang oanh oac oach oat oap oam oao oăn oăng oăc oăt oăm oe oeo oen oet ' +
    'uê uênh uêch uy uya uyu uyên uyêt uynh uych uyt uân uât uâng uây uơ'
  ).split(' '),
);

/** Rhymes of a syllable without onset that differ from the written-after-onset ones (`yêu`, `yên`). */
const BARE_RHYMES = new Set(['yêu', 'yên', 'yêm', 'yêt', 'yêng']);

/** After `qu`: the rhyme without its medial `u` (`quốc` → `ôc`, `quyết` → `yêt`). */
const QU_RHYMES = new Set('a ai ao au ay an ang anh ac ach at ăn ăng ăc ăt ăm ăp âu ân ât âng ây e eo en et ê ên êt êu ênh êch y ynh ych yt yên yêt ơ ôc i it'.split(' '));

/** Vowels that open a rhyme written with `k`, `gh`, `ngh` (front vowels). */
const FRONT = new Set(['i', 'e', 'ê', 'y']);
const STOPS = ['ch', 'c', 'p', 't'];
/** Rhymes that open with a medial (`oa`, `oă`, `oe`, `uy`, `uê`, `uâ`, `uơ`). */
const MEDIAL_RHYME = /^(?:o[aăe]|u[yêâơ])/;

/** Onset and rhyme of a toneless lower-case syllable that the grammar admits, else undefined. */
export function parseSyllable(bare: string, tone = 0): { onset: string; rhyme: string } | undefined {
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rest = bare.slice(onset.length);
    const r = rhymeAfter(onset, rest);
    if (r !== undefined && toneFits(r, tone)) return { onset, rhyme: r };
  }
  if (RHYMES.has(bare) || BARE_RHYMES.has(bare)) {
    // Without an onset `yêu`, not `iêu`; `y`/`i` alone are both written.
    if (bare.startsWith('iê')) return undefined;
    if (toneFits(bare, tone)) return { onset: '', rhyme: bare };
  }
  return undefined;
}

function rhymeAfter(onset: string, rest: string): string | undefined {
  if (rest === '') return onset === 'gi' ? 'i' : undefined;
  if (onset === 'qu') return QU_RHYMES.has(rest) ? 'u' + rest : undefined;
  if (onset === 'gi') {
    // `gì`, `gìn`, `giếng`: the `i` of the onset is the rhyme's too.
    if (RHYMES.has(rest) && rest[0] !== 'i' && rest[0] !== 'y') return rest;
    if (RHYMES.has('i' + rest) && !rest.startsWith('a')) return 'i' + rest;
    return undefined;
  }
  if (!RHYMES.has(rest)) return undefined;
  const front = FRONT.has(rest[0]);
  switch (onset) {
    case 'c':
      // `k` before front vowels, `qu` for a medial: `coa`, `cuy`, `cuâ` are never written.
      return front || MEDIAL_RHYME.test(rest) ? undefined : rest;
    case 'k':
    case 'gh':
    case 'ngh':
      return front ? rest : undefined;
    case 'g':
    case 'ng':
      return rest[0] === 'e' || rest[0] === 'ê' || (onset === 'ng' && rest[0] === 'i') ? undefined : rest;
    default:
      // `y` alone after a consonant is the older spelling of `i` (`lý`, `kỹ`, `sỹ`); `iê…` after any onset.
      return rest;
  }
}

/** Stop-final rhymes take only sắc or nặng. */
function toneFits(rhyme: string, tone: number): boolean {
  return !STOPS.some((s) => rhyme.endsWith(s)) || tone === 1 || tone === 5;
}

const MARKED_VOWELS = 'ăâêôơư';
const VOWELS = 'aăâeêioôơuưy';

/**
 * Where the tone mark may stand in a toneless syllable (indexes into `bare`),
 * both schools included: the older one puts it on the first vowel of an open
 * `oa`, `oe`, `uy` (`hòa`, `khỏe`, `thủy`), the newer one on the second
 * (`hoà`, `khoẻ`, `thuỷ`). `alt` is the index of the other school's place
 * when the syllable has two, else -1.
 */
export function tonePlaces(bare: string, onset: string): { main: number; alt: number } {
  let start = onset.length;
  if (onset === 'gi' && (start >= bare.length || !VOWELS.includes(bare[start]))) start--; // `gì`: the onset's `i` carries it
  let end = start;
  while (end < bare.length && VOWELS.includes(bare[end])) end++;
  const nucleus = bare.slice(start, end);
  const open = end === bare.length;
  // A vowel with a shape mark carries the tone (the last one: `ươ` → `ơ`).
  for (let i = end - 1; i >= start; i--) if (MARKED_VOWELS.includes(bare[i])) return { main: i, alt: -1 };
  if (nucleus.length <= 1) return { main: start, alt: -1 };
  if (!open) return { main: end - 1, alt: -1 };
  if (nucleus.length === 2 && (nucleus === 'oa' || nucleus === 'oe' || nucleus === 'uy')) return { main: start, alt: start + 1 };
  if (nucleus.length === 3) return { main: start + 1, alt: -1 }; // `oái`, `khuỷu`, `ngoẹo`
  // qu + vowel: the `u` belongs to the onset.
  return { main: start, alt: -1 };
}

/** Whether a lower-case word has a letter only Vietnamese writes (`đ`, `ă`, `â`, `ê`, `ô`, `ơ`, `ư`) or a tone mark. */
export function hasVietnameseMark(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) return true;
  }
  return false;
}

/** A reading of a lower-case word as a syllable: its parts and whether the tone mark stands where one of the schools puts it. */
export interface Syllable extends ToneSplit {
  onset: string;
  rhyme: string;
  /** The tone mark stands on a letter that may carry it. */
  placed: boolean;
  /** Place of the mark by the older and the newer school (see tonePlaces). */
  main: number;
  alt: number;
}

/** Reads a lower-case NFC word as a syllable; undefined when the grammar does not admit it. */
export function readSyllable(word: string): Syllable | undefined {
  const s = splitTone(word);
  if (s.marks > 1) return undefined;
  const p = parseSyllable(s.bare, s.tone);
  if (!p) return undefined;
  const { main, alt } = tonePlaces(s.bare, p.onset);
  const placed = s.tone === 0 || s.at === main || s.at === alt;
  return { bare: s.bare, tone: s.tone, at: s.at, marks: s.marks, onset: p.onset, rhyme: p.rhyme, placed, main, alt };
}

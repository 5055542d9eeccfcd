/**
 * Legacy Vietnamese encodings pasted as Unicode look-alikes.
 *
 * Before Unicode, Vietnamese was typed with 8-bit fonts: TCVN3 (the "ABC"
 * fonts `.VnTime`, `.VnTimeH`, TCVN 5712:1993 VN3) and VNI (`VNI-Times`). The
 * bytes were Windows-1252 characters drawn as Vietnamese letters by the font.
 * Copied out of such a document, the text arrives as Latin-1 look-alikes:
 * TCVN3 "Céng hoµ x· héi" for "Cộng hoà xã hội", VNI "Coäng hoøa xaõ hoäi"
 * for "Cộng hòa xã hội".
 *
 * This module holds the two mapping tables as data, converts text word by word,
 * validates Vietnamese syllables (so that real Unicode Vietnamese is never
 * "converted") and finds the runs of a line that are legacy text. It does not
 * touch documents or diagnostics; the `encoding.legacy` rule and the language
 * service build on it.
 *
 * Tables: TCVN3 lowercase letters and the seven capitals Ă Â Ê Ô Ơ Ư Đ of the
 * ABC fonts (the full uppercase set of TCVN 5712 VN1 lives in control codes and
 * is not produced by copy-paste from the ABC fonts; capitals were typed with
 * the `…H` fonts using the lowercase codes, see `upperCaseWords`). VNI Windows
 * writes a base letter followed by a mark character; the table maps each mark
 * character to the Unicode combining marks it stands for.
 */

/** The legacy encodings recognised. */
export type LegacyEncoding = 'tcvn3' | 'vni';

/** Display names of the encodings, for messages. */
export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
};

// ---- TCVN3 (ABC) ------------------------------------------------------------

/**
 * TCVN3 character (as the Windows-1252 / Latin-1 look-alike it pastes as) →
 * Unicode letter. Rows follow the Vietnamese vowel order; within a row the
 * tones are huyền, sắc, hỏi, ngã, nặng.
 */
export const TCVN3_TO_UNICODE: Readonly<Record<string, string>> = {
  // a à á ả ã ạ
  '\u00b5': 'à', '\u00b8': 'á', '\u00b6': 'ả', '\u00b7': 'ã', '\u00b9': 'ạ',
  // ă ằ ắ ẳ ẵ ặ
  '\u00a8': 'ă', '\u00bb': 'ằ', '\u00be': 'ắ', '\u00bc': 'ẳ', '\u00bd': 'ẵ', '\u00c6': 'ặ',
  // â ầ ấ ẩ ẫ ậ
  '\u00a9': 'â', '\u00c7': 'ầ', '\u00ca': 'ấ', '\u00c8': 'ẩ', '\u00c9': 'ẫ', '\u00cb': 'ậ',
  // đ
  '\u00ae': 'đ',
  // e è é ẻ ẽ ẹ
  '\u00cc': 'è', '\u00d0': 'é', '\u00ce': 'ẻ', '\u00cf': 'ẽ', '\u00d1': 'ẹ',
  // ê ề ế ể ễ ệ
  '\u00aa': 'ê', '\u00d2': 'ề', '\u00d5': 'ế', '\u00d3': 'ể', '\u00d4': 'ễ', '\u00d6': 'ệ',
  // i ì í ỉ ĩ ị
  '\u00d7': 'ì', '\u00dd': 'í', '\u00d8': 'ỉ', '\u00dc': 'ĩ', '\u00de': 'ị',
  // o ò ó ỏ õ ọ
  '\u00df': 'ò', '\u00e3': 'ó', '\u00e1': 'ỏ', '\u00e2': 'õ', '\u00e4': 'ọ',
  // ô ồ ố ổ ỗ ộ
  '\u00ab': 'ô', '\u00e5': 'ồ', '\u00e8': 'ố', '\u00e6': 'ổ', '\u00e7': 'ỗ', '\u00e9': 'ộ',
  // ơ ờ ớ ở ỡ ợ
  '\u00ac': 'ơ', '\u00ea': 'ờ', '\u00ed': 'ớ', '\u00eb': 'ở', '\u00ec': 'ỡ', '\u00ee': 'ợ',
  // u ù ú ủ ũ ụ
  '\u00ef': 'ù', '\u00f3': 'ú', '\u00f1': 'ủ', '\u00f2': 'ũ', '\u00f4': 'ụ',
  // ư ừ ứ ử ữ ự (ư is the soft hyphen U+00AD)
  '\u00ad': 'ư', '\u00f5': 'ừ', '\u00f8': 'ứ', '\u00f6': 'ử', '\u00f7': 'ữ', '\u00f9': 'ự',
  // y ỳ ý ỷ ỹ ỵ
  '\u00fa': 'ỳ', '\u00fd': 'ý', '\u00fb': 'ỷ', '\u00fc': 'ỹ', '\u00fe': 'ỵ',
  // The capitals of the ABC fonts: Ă Â Ê Ô Ơ Ư Đ
  '\u00a1': 'Ă', '\u00a2': 'Â', '\u00a3': 'Ê', '\u00a4': 'Ô', '\u00a5': 'Ơ', '\u00a6': 'Ư', '\u00a7': 'Đ',
};

// ---- VNI Windows ------------------------------------------------------------

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';

/**
 * VNI letters that stand alone (not marks): the look-alike → Unicode letter.
 * Lowercase and uppercase forms are distinct bytes in VNI.
 */
export const VNI_LETTERS: Readonly<Record<string, string>> = {
  '\u00f4': 'ơ', '\u00d4': 'Ơ', // ô Ô
  '\u00f6': 'ư', '\u00d6': 'Ư', // ö Ö
  '\u00ed': 'í', '\u00cd': 'Í', // í Í
  '\u00ec': 'ì', '\u00cc': 'Ì', // ì Ì
  '\u00e6': 'ỉ', '\u00c6': 'Ỉ', // æ Æ
  '\u00f3': 'ĩ', '\u00d3': 'Ĩ', // ó Ó
  '\u00f2': 'ị', '\u00d2': 'Ị', // ò Ò
  '\u00ee': 'ỵ', '\u00ce': 'Ỵ', // î Î
  '\u00f1': 'đ', '\u00d1': 'Đ', // ñ Ñ
};

/** A VNI mark character: the combining marks it adds and the bases it may follow. */
export interface VniMark {
  /** Unicode combining marks (modifier first, then tone). */
  marks: string;
  /** Lowercase base letters it may follow (after VNI letters are mapped). */
  bases: string;
}

const TONE_BASES = 'aăâeêioôơuưy';

/** VNI mark characters → combining marks. Each has a lowercase and an uppercase byte. */
export const VNI_MARKS: Readonly<Record<string, VniMark>> = buildVniMarks([
  // [lowercase, uppercase, marks, bases]
  ['\u00f9', '\u00d9', ACUTE, TONE_BASES], // ù Ù sắc
  ['\u00f8', '\u00d8', GRAVE, TONE_BASES], // ø Ø huyền
  ['\u00fb', '\u00db', HOOK, TONE_BASES], // û Û hỏi
  ['\u00f5', '\u00d5', TILDE, TONE_BASES], // õ Õ ngã
  ['\u00ef', '\u00cf', DOT, TONE_BASES], // ï Ï nặng
  ['\u00e2', '\u00c2', CIRCUMFLEX, 'aeo'], // â Â  ^
  ['\u00e1', '\u00c1', CIRCUMFLEX + ACUTE, 'aeo'], // á Á  ^ sắc
  ['\u00e0', '\u00c0', CIRCUMFLEX + GRAVE, 'aeo'], // à À  ^ huyền
  ['\u00e5', '\u00c5', CIRCUMFLEX + HOOK, 'aeo'], // å Å  ^ hỏi
  ['\u00e3', '\u00c3', CIRCUMFLEX + TILDE, 'aeo'], // ã Ã  ^ ngã
  ['\u00e4', '\u00c4', CIRCUMFLEX + DOT, 'aeo'], // ä Ä  ^ nặng
  ['\u00ea', '\u00ca', BREVE, 'a'], // ê Ê  ˘
  ['\u00e9', '\u00c9', BREVE + ACUTE, 'a'], // é É  ˘ sắc
  ['\u00e8', '\u00c8', BREVE + GRAVE, 'a'], // è È  ˘ huyền
  ['\u00fa', '\u00da', BREVE + HOOK, 'a'], // ú Ú  ˘ hỏi
  ['\u00fc', '\u00dc', BREVE + TILDE, 'a'], // ü Ü  ˘ ngã
  ['\u00eb', '\u00cb', BREVE + DOT, 'a'], // ë Ë  ˘ nặng
]);

function buildVniMarks(rows: readonly [string, string, string, string][]): Record<string, VniMark> {
  const out: Record<string, VniMark> = {};
  for (const [lower, upper, marks, bases] of rows) {
    out[lower] = { marks, bases };
    out[upper] = { marks, bases };
  }
  return out;
}

// ---- conversion -------------------------------------------------------------

/**
 * Converts one word of TCVN3 look-alikes to Unicode NFC. `capitals` says
 * whether the text was typed with a capitals font (`.VnTimeH`), where the
 * lowercase codes are drawn as capitals; `auto` decides from the word alone.
 */
export function tcvn3WordToUnicode(word: string, capitals: boolean | 'auto' = 'auto'): string {
  let out = '';
  for (const ch of word) out += TCVN3_TO_UNICODE[ch] ?? ch;
  out = out.normalize('NFC');
  const upper = capitals === 'auto' ? isCapitalsWord(word) : capitals;
  return upper ? out.toUpperCase() : out;
}

/** Converts one word of VNI look-alikes to Unicode NFC. */
export function vniWordToUnicode(word: string): string {
  let out = '';
  let lastBase = '';
  for (const ch of word) {
    const mark = VNI_MARKS[ch];
    if (mark && lastBase && mark.bases.includes(lastBase)) {
      out += mark.marks;
      // A modifier changes the base that a following tone mark attaches to.
      if (mark.marks.startsWith(CIRCUMFLEX)) lastBase = lastBase === 'a' ? 'â' : lastBase === 'e' ? 'ê' : 'ô';
      else if (mark.marks.startsWith(BREVE)) lastBase = 'ă';
      else lastBase = ''; // a tone ends the letter
      continue;
    }
    const letter = VNI_LETTERS[ch] ?? ch;
    out += letter;
    const lower = letter.toLowerCase();
    lastBase = TONE_BASES.includes(lower) ? lower : '';
  }
  return out.normalize('NFC');
}

/** Converts a word from an encoding (`capitals` as in `tcvn3WordToUnicode`; VNI has real capitals). */
export function legacyWordToUnicode(word: string, encoding: LegacyEncoding, capitals: boolean | 'auto' = 'auto'): string {
  return encoding === 'tcvn3' ? tcvn3WordToUnicode(word, capitals) : vniWordToUnicode(word);
}

/**
 * The capitals fonts of TCVN3 (`.VnTimeH`) draw the lowercase codes as
 * capitals, so "CéNG HOµ" means "CỘNG HOÀ". Alone, a word is read as capitals
 * when it has two or more ASCII letters, all capitals. "Tæ" (one capital) is
 * "Tổ" unless its neighbours say otherwise (see `isCapitalsText`).
 */
function isCapitalsWord(word: string): boolean {
  const ascii = word.match(/[A-Za-z]/g);
  return !!ascii && ascii.length >= 2 && ascii.every((c) => c < 'a');
}

/** True when a stretch was typed in a TCVN3 capitals font: no lowercase ASCII letter and one all-capitals word. */
function isCapitalsText(words: readonly string[]): boolean {
  return !words.some((w) => /[a-z]/.test(w)) && words.some(isCapitalsWord);
}

// ---- Vietnamese syllables ---------------------------------------------------

const TONE_MARKS = new Set([ACUTE, GRAVE, HOOK, TILDE, DOT]);

/** Valid rhymes (vần) without tone, grouped by first vowel. */
const RHYMES: ReadonlySet<string> = new Set(
  [
    'a ac ach ai am an ang anh ao ap at au ay',
    'ăc ăm ăn ăng ăp ăt',
    'âc âm ân âng âp ât âu ây',
    'e ec em en eng eo ep et',
    'ê êch êm ên ênh êp êt êu',
    'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu',
    'o oc oi om on ong op ot ooc oong',
    'oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet',
    'ô ôc ôi ôm ôn ông ôp ôt',
    'ơ ơi ơm ơn ơp ơt',
    'u uc ui um un ung up ut ua uân uâng uât uây uê uêch uênh uơ uôc uôi uôm uôn uông uôt',
    'uy uya uych uyên uyêt uynh uyt uyu uyn',
    'ư ưc ưi ưm ưn ưng ưt ưu ưa ươc ươi ươm ươn ương ươp ươt ươu',
    'y yêm yên yêng yêt yêu',
  ]
    .join(' ')
    .split(' '),
);

/** Initial consonants, longest first so that `ngh` wins over `ng`. */
const INITIALS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/** Initials written only before e, ê, i (y for k). */
const FRONT_ONLY: Readonly<Record<string, string>> = { k: 'eêiy', gh: 'eêi', ngh: 'eêi' };
/** Initials never written before e, ê, i, y. */
const NOT_FRONT: Readonly<Record<string, string>> = { c: 'eêiy', g: 'eêy', ng: 'eêiy' };

/**
 * True when `word` is a well-formed Vietnamese syllable in Unicode: an
 * initial, a rhyme from the list and at most one tone on a vowel; stop finals
 * (c, ch, p, t) take only sắc or nặng. Case and normalisation do not matter.
 * This is spelling, not a dictionary: "cã" passes although no word reads so.
 */
export function isVietnameseSyllable(word: string): boolean {
  if (!word) return false;
  const nfd = word.toLowerCase().normalize('NFD');
  let tone = '';
  let bare = '';
  for (const ch of nfd) {
    if (TONE_MARKS.has(ch)) {
      if (tone) return false;
      tone = ch;
    } else bare += ch;
  }
  const base = bare.normalize('NFC');
  if (/[^a-zăâêôơưđ]/.test(base)) return false;
  for (const initial of INITIALS) {
    if (!base.startsWith(initial)) continue;
    const rhyme = base.slice(initial.length);
    // `gi` before a rhyme starting with i is written with one i (gìn, giếng): it parses as g + rhyme.
    if (initial === 'qu' && rhyme.startsWith('u')) continue;
    if (!RHYMES.has(rhyme)) continue;
    const first = rhyme[0];
    if (FRONT_ONLY[initial] && !FRONT_ONLY[initial].includes(first)) continue;
    if (NOT_FRONT[initial]?.includes(first)) continue;
    if (initial === 'qu' && first === 'o') continue;
    if (tone && /(c|ch|p|t)$/.test(rhyme) && tone !== ACUTE && tone !== DOT) continue;
    return true;
  }
  return false;
}

// ---- detection --------------------------------------------------------------

/** Every character either table uses. */
const LEGACY_CHARS: ReadonlySet<string> = new Set([...Object.keys(TCVN3_TO_UNICODE), ...Object.keys(VNI_LETTERS), ...Object.keys(VNI_MARKS)]);

/** Legacy characters that are not letters of Unicode Vietnamese: their presence is the first hint. */
const FOREIGN_CHARS: ReadonlySet<string> = new Set([...LEGACY_CHARS].filter((c) => !/^[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹ]$/iu.test(c)));

const FOREIGN_RE = new RegExp(`[${[...FOREIGN_CHARS].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}]`);

/**
 * True when the text holds a character only legacy fonts produce (µ, ¸, ·,
 * ¶, ®, ä, ø, …). Legacy text practically always has some (TCVN3 writes the
 * acute tone as ¸), so a text without any is not scanned line by line.
 */
export function hasForeignLegacyChar(text: string): boolean {
  return FOREIGN_RE.test(text);
}

/** A word for detection: letters, combining marks and the legacy symbols (µ · ¸ …). */
const WORD = /[\p{L}\p{M}\u00a1-\u00bf\u00d7\u00f7]+/gu;

/** How a word reads under one encoding. */
type WordKind =
  /** Invalid as Unicode, a valid syllable once converted: clear evidence. */
  | 'strong'
  /** Valid both ways: converted only inside a run. */
  | 'ambiguous'
  /** The conversion changes nothing (ASCII, numbers, foreign words without legacy characters). */
  | 'neutral'
  /** Valid Unicode Vietnamese the conversion would break: ends a run. */
  | 'unicode'
  /** Neither reading is a syllable but legacy characters are present (names, typos): converted inside a run. */
  | 'unknown';

interface WordInfo {
  start: number;
  end: number;
  text: string;
  converted: string;
  kind: WordKind;
}

/** Words already classified, per encoding: documents repeat a small vocabulary, so this makes a line cost a few lookups. */
const CLASSIFIED: Record<LegacyEncoding, Map<string, { converted: string; kind: WordKind }>> = { tcvn3: new Map(), vni: new Map() };
/** Cap of each cache (entries); it is cleared when full. */
const CLASSIFIED_MAX_ENTRIES = 50_000;

function classify(word: string, encoding: LegacyEncoding): { converted: string; kind: WordKind } {
  const cache = CLASSIFIED[encoding];
  let hit = cache.get(word);
  if (!hit) {
    if (cache.size >= CLASSIFIED_MAX_ENTRIES) cache.clear();
    hit = classifyUncached(word, encoding);
    cache.set(word, hit);
  }
  return hit;
}

function classifyUncached(word: string, encoding: LegacyEncoding): { converted: string; kind: WordKind } {
  let legacy = false;
  for (const ch of word) if (LEGACY_CHARS.has(ch)) legacy = true;
  if (!legacy) return { converted: word, kind: 'neutral' };
  const converted = legacyWordToUnicode(word, encoding);
  if (converted === word.normalize('NFC')) return { converted, kind: 'neutral' };
  const wasValid = isVietnameseSyllable(word);
  const isValid = isVietnameseSyllable(converted);
  if (isValid && !wasValid) {
    // One legacy letter with no ASCII letter beside it ("«", "ë") is too weak alone.
    return { converted, kind: /[A-Za-z]/.test(word) || [...word].length > 1 ? 'strong' : 'ambiguous' };
  }
  if (isValid && wasValid) return { converted, kind: 'ambiguous' };
  if (wasValid) return { converted, kind: 'unicode' };
  return { converted, kind: [...word].some((c) => FOREIGN_CHARS.has(c)) ? 'unknown' : 'unicode' };
}

/** A run of legacy text found in a line. */
export interface LegacyRun {
  /** Offsets in the line (UTF-16), end exclusive. */
  start: number;
  end: number;
  encoding: LegacyEncoding;
  /** The run as it stands. */
  text: string;
  /** The run converted to Unicode NFC. */
  converted: string;
  /** Words read as clear evidence of the encoding. */
  strongWords: number;
}

/** Fewest clear words that make a run (one more clear word or an ambiguous one is asked of single words). */
const MIN_STRONG_WORDS = 2;

/**
 * True when a line may hold legacy text: it has a character the legacy
 * tables use (Latin-1 letters and symbols) and at least one word that reads
 * as clear legacy evidence in some encoding. A cheap filter before run
 * detection; lines of plain ASCII or ordinary Vietnamese fail it.
 */
export function mayContainLegacy(line: string): boolean {
  let latin1 = false;
  let foreign = false;
  let unicodeOnly = false;
  for (let i = 0; i < line.length && !foreign; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xa1 && c <= 0xff && LEGACY_CHARS.has(line[i])) {
      latin1 = true;
      if (FOREIGN_CHARS.has(line[i])) foreign = true;
    } else if (c >= 0x100 && !unicodeOnly && LEGACY_CHARS.has(line[i]) === false && UNICODE_ONLY_LETTER.test(line[i])) unicodeOnly = true;
  }
  if (!latin1) return false;
  // Ordinary Unicode Vietnamese (à, é, ô … and ạ, ế, ư, đ …) with none of the
  // characters only legacy fonts produce: no word to classify (most lines).
  if (!foreign && unicodeOnly) return false;
  for (const m of line.matchAll(WORD)) {
    if (classify(m[0], 'tcvn3').kind === 'strong' || classify(m[0], 'vni').kind === 'strong') return true;
  }
  return false;
}

function wordsOf(line: string, encoding: LegacyEncoding): WordInfo[] {
  const out: WordInfo[] = [];
  for (const m of line.matchAll(WORD)) {
    const { converted, kind } = classify(m[0], encoding);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], converted, kind });
  }
  return out;
}

/**
 * Finds the runs of legacy text in one line. A run is a stretch of words with
 * no valid Unicode Vietnamese word in it that holds at least two clear words
 * (or one clear word next to an ambiguous one); it starts at its first and
 * ends at its last converted word. Each run is read in the encoding that gives
 * it more clear words (`options.prefer`, else TCVN3, on a tie).
 */
export function findLegacyRuns(line: string, options: FindOptions = {}): LegacyRun[] {
  if (!mayContainLegacy(line)) return [];
  const encodings = options.encoding ? [options.encoding] : (['tcvn3', 'vni'] as const);
  const minStrong = options.relaxed ? 1 : MIN_STRONG_WORDS;
  const byEncoding = encodings.map((encoding) => ({ encoding, runs: runsFor(line, encoding, minStrong) }));
  // Merge: keep, for overlapping runs, the one with more clear words.
  const prefer = options.prefer ?? 'tcvn3';
  const all = byEncoding.flatMap((b) => b.runs).sort((a, b) => b.strongWords - a.strongWords || (a.encoding === prefer ? -1 : 1));
  const chosen: LegacyRun[] = [];
  for (const r of all) {
    if (chosen.some((c) => c.start < r.end && r.start < c.end)) continue;
    chosen.push(r);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Options of `findLegacyRuns`. */
export interface FindOptions {
  /** Read the line in this encoding only. */
  encoding?: LegacyEncoding;
  /** The user marked the text as legacy: one clear word makes a run. */
  relaxed?: boolean;
  /** The encoding that wins a tie (the document's majority, see `majorityEncoding`). */
  prefer?: LegacyEncoding;
}

/**
 * The encoding most of a text reads as: the one with more clear legacy words
 * over all its lines (TCVN3 on a tie). A document pasted from one source uses
 * one encoding, so this settles words that read well both ways ("Löu").
 */
export function majorityEncoding(text: string): LegacyEncoding {
  let tcvn3 = 0;
  let vni = 0;
  for (const line of text.split('\n')) {
    if (!mayContainLegacy(line)) continue;
    for (const m of line.matchAll(WORD)) {
      if (classify(m[0], 'tcvn3').kind === 'strong') tcvn3++;
      if (classify(m[0], 'vni').kind === 'strong') vni++;
    }
  }
  return vni > tcvn3 ? 'vni' : 'tcvn3';
}

/** Vietnamese letters beyond Latin-1 (ạ, ế, ư, ơ, đ, …): no legacy font produces them, so a word with one is Unicode text. */
const UNICODE_ONLY_LETTER = /[\u0100-\u024f\u1e00-\u1eff]/u;

function runsFor(line: string, encoding: LegacyEncoding, minStrong: number): LegacyRun[] {
  const words = wordsOf(line, encoding);
  const runs: LegacyRun[] = [];
  let group: WordInfo[] = [];
  // Whether the group began right after Unicode text: its leading ambiguous words are then Unicode too.
  let startsAfterUnicode = false;
  const flush = (endsAtUnicode: boolean) => {
    // Words that read validly both ways belong to the run only between legacy words:
    // at an edge that touches Unicode text they are that text ("… Ng·i còn tiếp" keeps "còn").
    let changed = group.filter((w) => w.kind !== 'neutral');
    if (endsAtUnicode) while (changed.length && changed[changed.length - 1].kind === 'ambiguous') changed.pop();
    if (startsAfterUnicode) while (changed.length && changed[0].kind === 'ambiguous') changed.shift();
    const strong = changed.filter((w) => w.kind === 'strong').length;
    const ambiguous = changed.filter((w) => w.kind === 'ambiguous').length;
    if (changed.length && (strong >= minStrong || (strong === 1 && ambiguous >= 1))) {
      const first = changed[0];
      const last = changed[changed.length - 1];
      if (encoding === 'tcvn3') {
        const capitals = isCapitalsText(group.map((w) => w.text));
        for (const w of changed) w.converted = tcvn3WordToUnicode(w.text, capitals);
      }
      runs.push({
        start: first.start,
        end: last.end,
        encoding,
        text: line.slice(first.start, last.end),
        converted: convertSpan(line, first.start, last.end, group),
        strongWords: strong,
      });
    }
    group = [];
  };
  for (const w of words) {
    if (w.kind === 'unicode' || (w.kind === 'neutral' && UNICODE_ONLY_LETTER.test(w.text))) {
      flush(true);
      startsAfterUnicode = true;
    } else {
      group.push(w);
    }
  }
  flush(false);
  return runs;
}

function convertSpan(line: string, start: number, end: number, words: readonly WordInfo[]): string {
  let out = '';
  let at = start;
  for (const w of words) {
    if (w.end <= start || w.start >= end) continue;
    out += line.slice(at, w.start) + w.converted;
    at = w.end;
  }
  return (out + line.slice(at, end)).normalize('NFC');
}

/**
 * Converts a stretch of text the user marked as legacy (a selection): in each
 * line, every run with at least one clear legacy word is converted, in the
 * encoding that reads it best (or the one given). Valid Unicode Vietnamese
 * outside such runs is left alone, so a selection that mixes both is safe.
 */
export function convertLegacyText(text: string, encoding?: LegacyEncoding): string {
  const prefer = encoding ?? majorityEncoding(text);
  return text
    .split('\n')
    .map((line) => {
      let out = '';
      let at = 0;
      for (const r of findLegacyRuns(line, { relaxed: true, encoding, prefer })) {
        out += line.slice(at, r.start) + r.converted;
        at = r.end;
      }
      return out + line.slice(at);
    })
    .join('\n');
}

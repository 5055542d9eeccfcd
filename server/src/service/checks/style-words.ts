/**
 * What the spelling and tone-placement checks read of a document: for each
 * prose part (text/prose-words.ts), its words that may be misspelt and its
 * words whose tone mark may stand in two places (`hòa`/`hoà`). A part's
 * result depends on its text and the citations in it alone, so it is kept
 * per text in a table shared by every document: after an edit only the
 * edited paragraph is read again, and so is a document read a second time.
 * The syllable list is consulted here; the user's word list is not (the
 * checks apply it, so a settings change needs no new scan).
 */
import { keepsProse, ownCopy, type VbhcDocument } from '../model/document';
import { documentCitations, type Citation } from '../references/recognizer';
import { proseParts, proseWords, type ProsePart, type ProseWord } from '../text/prose-words';
import { isListed, syllableList } from '../text/vi-dictionary';
import { hasVietnameseMark, readSyllable, withTone } from '../text/vi-syllable';
import { LOANWORDS } from '../data/loanwords';
import { analysed, splicedAfterEdit, type Analysis } from '../model/analysis';
import { TextMap } from '../text/text-map';

/** A word that is not a listed syllable. Offsets are relative to the part. */
export interface Suspect {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** `invalid`: no syllable of the grammar; `misplaced`: a syllable with its tone mark on the wrong letter; `unlisted`: grammatical but not in the list. */
  kind: 'invalid' | 'misplaced' | 'unlisted';
  /** The words before and after it in the same sentence (lower case), for context. */
  prev?: string;
  next?: string;
}

/** A word whose tone mark one school puts on its first vowel and the other on its second (`hòa`/`hoà`). */
export interface ToneUse {
  start: number;
  end: number;
  text: string;
  /** `first`: on the first vowel of `oa`, `oe`, `uy` (`hòa`); `second`: on the second (`hoà`). */
  school: 'first' | 'second';
  /** The same word written the other way, case kept. */
  other: string;
}

/** What one part holds. */
export interface PartScan {
  suspects: readonly Suspect[];
  tones: readonly ToneUse[];
}

/** A scanned part in document offsets. */
export interface ScannedPart {
  start: number;
  scan: PartScan;
}

const EMPTY: PartScan = Object.freeze({ suspects: [], tones: [] });

/** Scans by part text; each entry also keeps the citation spans it was scanned with. Cleared when it grows past the cap. */
const byText = new TextMap<{ mask: string; scan: PartScan }>();
/** Characters of text kept at most: about five documents of 100 pages (≈ 2 MB of keys). */
const MAX_CACHED_CHARS = 1_000_000;
let cachedChars = 0;

/** Every prose part of the document with its scan (once per document; scans kept by part text). */
export function scanDocument(doc: VbhcDocument): ScannedPart[] {
  return analysed(doc, SCANNED_PARTS);
}

/**
 * The scanned parts of a document. After an edit inside one paragraph the
 * parts before it are kept, those after it moved (a part's scan is relative
 * to it, and so are the citations masked in it), and only the paragraph is
 * scanned again.
 */
const SCANNED_PARTS: Analysis<ScannedPart[]> = {
  name: 'scanned prose parts',
  compute: scanParts,
  carry(old, _prev, next, edit) {
    const { index, newBlock, delta } = edit;
    const found: ScannedPart[] = [];
    if (newBlock.end > newBlock.start) {
      const cites = documentCitations(next);
      const part = scannedPart(next, { start: newBlock.start, end: newBlock.end, block: index }, cites, firstCitationOf(cites, newBlock.start), keepsProse(next));
      if (part) found.push(part);
    }
    return splicedAfterEdit(old, (p) => p.start, edit, found, (p) => ({ start: p.start + delta, scan: p.scan }));
  },
};

function scanParts(doc: VbhcDocument): ScannedPart[] {
  const cites = documentCitations(doc);
  const keep = keepsProse(doc);
  const out: ScannedPart[] = [];
  let ci = 0;
  for (const p of proseParts(doc)) {
    while (ci < cites.length && cites[ci].headEnd <= p.start) ci++;
    const part = scannedPart(doc, p, cites, ci, keep);
    if (part) out.push(part);
  }
  return out;
}

/** Index of the first citation whose head ends after `at`. */
function firstCitationOf(cites: readonly Citation[], at: number): number {
  let ci = 0;
  while (ci < cites.length && cites[ci].headEnd <= at) ci++;
  return ci;
}

/** The scan of one prose part, masking the heads of citations from `cites[ci]` on; undefined when it holds nothing to report. */
function scannedPart(doc: VbhcDocument, p: ProsePart, cites: readonly Citation[], ci: number, keep: boolean): ScannedPart | undefined {
  // Citation heads inside the part: type, number and symbol, date, issuer (the subject is prose).
  const mask: { start: number; end: number }[] = [];
  for (let k = ci; k < cites.length && cites[k].start < p.end; k++) {
    if (cites[k].headEnd > p.start) mask.push({ start: Math.max(0, cites[k].start - p.start), end: Math.min(p.end, cites[k].headEnd) - p.start });
  }
  const maskKey = mask.map((m) => `${m.start}-${m.end}`).join(',');
  // A whole block's part is the block's own string: after an edit, the blocks left alone are found again without hashing their text.
  const block = p.block >= 0 ? doc.body.blocks[p.block] : undefined;
  let partText = block && block.start === p.start && block.end === p.end ? block.text : doc.source.text.slice(p.start, p.end);
  let start = p.start;
  if (p.block < 0) {
    // A quoted YAML scalar: its words are inside the quotes, not quoted text.
    const q = /^(["'])([\s\S]*)\1$/.exec(partText);
    if (q) (partText = q[2]), (start += 1);
  }
  const hit = keep ? byText.get(partText) : undefined;
  let scan: PartScan;
  if (hit && hit.mask === maskKey) scan = hit.scan;
  else if (!keep) scan = scanPart(partText, mask);
  else {
    scan = scanPart(partText, mask);
    if (cachedChars + partText.length > MAX_CACHED_CHARS) (byText.clear(), (cachedChars = 0));
    if (!hit) cachedChars += partText.length;
    byText.set(hit ? partText : ownCopy(partText), { mask: maskKey, scan });
  }
  return scan === EMPTY ? undefined : { start, scan };
}

/** Reads one part's words. */
export function scanPart(text: string, mask: readonly { start: number; end: number }[] = []): PartScan {
  const words = proseWords(text, mask);
  if (words.length === 0) return EMPTY;
  const list = syllableList();
  const suspects: Suspect[] = [];
  const tones: ToneUse[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1] && !words[i + 1].sentenceStart ? words[i + 1] : undefined;
    const prev = !w.sentenceStart ? words[i - 1] : undefined;
    const read = checked(w, prev, next);
    const counted = tonesCounted(w, next);
    if (!read && !counted) continue;
    const v = verdictOf(w.case === 'lower' ? w.text : w.text.toLowerCase(), list);
    if (v === OK) continue;
    if (v.tone && counted) tones.push({ start: w.start, end: w.end, text: w.text, school: v.tone.school, other: restoreCase(w.text, v.tone.other) });
    if (!read || !v.kind || (v.kind === 'invalid' && w.inQuote)) continue; // a foreign word in quotes
    suspects.push({ start: w.start, end: w.end, text: w.text, kind: v.kind, prev: prev?.text.toLowerCase(), next: next?.text.toLowerCase() });
  }
  return suspects.length || tones.length ? { suspects, tones } : EMPTY;
}

/** What a lower-case word is, once per word and process: a misspelling, a word of two tone placements, or neither. */
interface Verdict {
  kind?: Suspect['kind'];
  tone?: { school: ToneUse['school']; other: string };
}
const OK: Verdict = Object.freeze({});
const verdicts = new Map<string, Verdict>();
const LOANS = new Set(LOANWORDS);
/** Distinct words remembered at most. */
const MAX_VERDICTS = 200_000;

function verdictOf(lower: string, list: ReturnType<typeof syllableList>): Verdict {
  let v = verdicts.get(lower);
  if (v) return v;
  v = OK;
  // Plain Latin letters: a foreign word, or typed without marks; f, j, w, z: never Vietnamese.
  if (hasVietnameseMark(lower) && !/[fjwz]/.test(lower) && !LOANS.has(lower)) {
    const syl = readSyllable(lower);
    const tone = syl && syl.alt >= 0 && syl.tone !== 0 && syl.placed ? { school: syl.at === syl.main ? ('first' as const) : ('second' as const), other: withTone(syl.bare, syl.tone, syl.at === syl.main ? syl.alt : syl.main) } : undefined;
    const kind = isListed(list, lower) ? undefined : !syl ? 'invalid' : !syl.placed ? 'misplaced' : 'unlisted';
    if (tone || kind) v = { kind, tone };
  }
  if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
  verdicts.set(ownCopy(lower), v);
  return v;
}

/**
 * Whether a word is read at all: small letters; a capital opening a
 * sentence and not followed by another capital (a name); capitals
 * throughout with a Vietnamese vowel mark (a heading in capitals, not
 * `UBND` or `HĐND`). Other capitals are names, codes and abbreviations.
 */
function checked(w: ProseWord, prev: ProseWord | undefined, next: ProseWord | undefined): boolean {
  if (w.joined >= 3) return false; // a foreign name spelled out (`Ô-xtrây-li-a`)
  switch (w.case) {
    case 'lower':
      return true;
    case 'capital':
      return w.sentenceStart && w.text.length > 1 && (!next || next.case === 'lower');
    case 'upper':
      // A run of words in capitals (a heading), not an abbreviation standing alone (`ƯMTTQVN`).
      return VIET_CAPITAL.test(w.text) && (prev?.case === 'upper' || next?.case === 'upper');
    default:
      return false;
  }
}

/** A capital vowel with a Vietnamese mark. */
const VIET_CAPITAL = /[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]/u;

/**
 * Whether a word counts for tone placement: in small letters, or opening a
 * sentence, or `Ủy`/`Uỷ` of `Ủy ban`, `Ủy viên` — never a name
 * (`Khánh Hòa`, `Nguyễn Thị Thúy`, `ông Thủy`), which is written as its
 * owner writes it.
 */
function tonesCounted(w: ProseWord, next: ProseWord | undefined): boolean {
  if (w.case === 'lower') return true;
  if (w.case !== 'capital' || (next && next.case !== 'lower')) return false;
  return w.sentenceStart || w.text === 'Ủy' || w.text === 'Uỷ';
}

/** `text`'s case pattern (small, capital first, all capitals) put on `word`. */
export function restoreCase(text: string, word: string): string {
  if (text === text.toLowerCase()) return word;
  if (text.length > 1 && text === text.toUpperCase()) return word.toUpperCase();
  return word[0].toUpperCase() + word.slice(1);
}

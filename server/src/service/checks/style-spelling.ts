/**
 * style.spelling — a word of the prose that is no Vietnamese syllable
 * (`ngiệp`, `trọngtâm`, `cuả`), or a syllable the list does not have where
 * one tone of it is settled: the document writes that form beside the same
 * neighbour elsewhere, or it makes a known two-syllable word with its
 * neighbour (`nhiêm vụ` → `nhiệm vụ`, data/compound-words.ts). Names, codes, numbers, abbreviations, citations,
 * addresses, words in plain Latin letters (foreign, or typed without marks)
 * and foreign words in quotes are never read (checks/style-words.ts); words
 * of the user's list (`dictionary` of `.vbhc.yaml`, `vbhc.dictionary`) are
 * accepted. A grammatical syllable the list lacks is otherwise left alone:
 * the list has gaps (`kiêm`), and precision comes first.
 *
 * Fixes: the corrections (`text/vi-dictionary.ts` suggest), written in the
 * tone school the document uses; one that a rule of writing settles (a
 * missing space with one reading, `ngh`/`gh`/`k`, the tone mark's place, the
 * one form the document uses) is safe for "fix all". And "Thêm vào từ điển",
 * which the editor does (it adds the word to `vbhc.dictionary`).
 */
import { msg, type Msg } from '../i18n';
import type { VbhcDocument } from '../model/document';
import { suggest, syllableList, toneVariants, type Suggestion } from '../text/vi-dictionary';
import { readSyllable, syllableKey, withTone } from '../text/vi-syllable';
import { COMPOUND_WORDS } from '../data/compound-words';
import type { CoreFix, Rule } from './rule';
import { restoreCase, scanDocument, type Suspect } from './style-words';
import { toneCount } from './style-tone-placement';
import { MAX_STYLE_FINDINGS, MAX_STYLE_SCAN } from './style-text';
import { analysed, type Analysis } from '../model/analysis';

/** The editor command that adds a word to the user's dictionary (the client registers it under this id). */
export const ADD_TO_DICTIONARY_COMMAND = 'vbhc.addToDictionary';

/** Corrections offered at most. */
const MAX_SUGGESTIONS = 4;

/** The document's text in small letters (for finding the forms it uses), made when first needed. */
const LOWER_TEXT: Analysis<string> = { name: 'text in small letters', compute: (doc) => doc.source.text.toLowerCase() };

const lowerText = (doc: VbhcDocument): string => analysed(doc, LOWER_TEXT);

export const styleSpelling: Rule = {
  code: 'style.spelling',
  severity: 'warning',
  description: msg(
    'Từ không phải âm tiết tiếng Việt hoặc không có trong từ điển (có thể gõ sai), kèm gợi ý sửa',
    'A word that is not a Vietnamese syllable or not in the dictionary (a likely typo), with corrections',
  ),
  check: function styleSpelling({ doc, settings }, report) {
    const parts = scanDocument(doc);
    if (!parts.some((p) => p.scan.suspects.length)) return;
    const list = syllableList();
    const own = new Set<string>();
    for (const entry of settings.dictionary) for (const w of entry.toLowerCase().split(/\s+/)) own.add(w);
    const school = toneCount(doc).majority;
    // The writing rules' bounds. Each suspect may search the document for the form it uses: a text of thousands of suspects (a file in a legacy
    // encoding, a pasted table of codes) is not prose to correct word by word, and would cost its length squared.
    let examined = 0;
    let reported = 0;
    const readings = new Map<string, Reading | null>();
    for (const p of parts) {
      for (const s of p.scan.suspects) {
        if (++examined > MAX_STYLE_SCAN || reported >= MAX_STYLE_FINDINGS) return;
        const lower = s.text.toLowerCase();
        if (own.has(lower)) continue;
        const start = p.start + s.start;
        const end = p.start + s.end;
        // The same word between the same neighbours gets the same reading: a text that repeats
        // a few words (a legacy-encoded file) is judged once per distinct word, not once per use.
        const key = `${s.kind}\u0000${lower}\u0000${s.prev ?? ''}\u0000${s.next ?? ''}`;
        let reading = readings.get(key);
        if (reading === undefined) readings.set(key, (reading = read(doc, s, lower, list)));
        if (reading === null) continue;
        const { found, settled, seen } = reading;
        const texts = found.map((f) => restoreCase(s.text, inSchool(f.text, school)));
        const fixes: CoreFix[] = texts.map((t) => ({
          title: msg(`Sửa thành “${t}”`, `Change to "${t}"`),
          edits: [{ start, end, newText: t }],
          fixAll: settled !== undefined,
        }));
        fixes.push({
          title: msg(`Thêm “${s.text}” vào từ điển`, `Add "${s.text}" to the dictionary`),
          edits: [],
          command: { id: ADD_TO_DICTIONARY_COMMAND, arguments: [s.text] },
        });
        reported++;
        report({ start, end, message: message(s, texts, settled !== undefined, seen && { ...seen, phrase: restoreCase(s.text, inSchool(seen.phrase, school)) }), fixes, data: { kind: s.kind, suggestions: texts } });
      }
    }
  },
};

/** What a suspect is read as: the corrections offered, the one a rule settles, what shows it; null when nothing is sure enough to report. */
interface Reading {
  found: Suggestion[];
  settled?: string;
  seen?: ReturnType<typeof evidence>;
}

function read(doc: VbhcDocument, s: Suspect, lower: string, list: ReturnType<typeof syllableList>): Reading | null {
  if (s.kind === 'unlisted') {
    // Only one form that the document uses beside the same word, or that makes a known word with it, settles it.
    const used = toneVariants(list, lower).flatMap((v) => {
      const e = evidence(doc, s, v);
      return e ? [{ v, e }] : [];
    });
    if (used.length !== 1) return null;
    return { found: [{ text: used[0].v, kind: 'spelling' }], settled: used[0].v, seen: used[0].e };
  }
  let found = suggest(list, lower, MAX_SUGGESTIONS);
  let settled: string | undefined;
  if (found.length === 1 && found[0].kind !== 'near') settled = found[0].text;
  else if (found.length > 1) {
    // The document's own use puts one near word first (never unattended).
    const used = found.filter((f) => evidence(doc, s, f.text));
    if (used.length === 1) found = [used[0], ...found.filter((f) => f !== used[0])];
  }
  return { found, settled };
}

/** Two-syllable words by the keys of their syllables (either tone school), built on first use. */
let compoundKeys: Set<string> | undefined;

/**
 * What shows `form` is meant at the suspect: the document writes it beside
 * the same neighbour elsewhere (`nhiệm vụ`), or it makes a known
 * two-syllable word with its neighbour. The phrase it makes, else undefined.
 */
function evidence(doc: VbhcDocument, s: Suspect, form: string): { phrase: string; where: 'document' | 'word' } | undefined {
  if (!s.prev && !s.next) return undefined;
  const text = lowerText(doc);
  for (const f of bothSchools(form)) {
    if (s.next && text.includes(`${f} ${s.next}`)) return { phrase: `${f} ${s.next}`, where: 'document' };
    if (s.prev && text.includes(`${s.prev} ${f}`)) return { phrase: `${s.prev} ${f}`, where: 'document' };
  }
  compoundKeys ??= new Set(COMPOUND_WORDS.map((w) => w.split(' ').map(syllableKey).join(' ')));
  if (s.next && compoundKeys.has(`${syllableKey(form)} ${syllableKey(s.next)}`)) return { phrase: `${form} ${s.next}`, where: 'word' };
  if (s.prev && compoundKeys.has(`${syllableKey(s.prev)} ${syllableKey(form)}`)) return { phrase: `${s.prev} ${form}`, where: 'word' };
  return undefined;
}

/** A word in both tone schools (one form when its mark has one place). */
function bothSchools(word: string): string[] {
  const syl = readSyllable(word);
  if (!syl || syl.alt < 0 || syl.tone === 0) return [word];
  return [withTone(syl.bare, syl.tone, syl.main), withTone(syl.bare, syl.tone, syl.alt)];
}

/** `word` (one or two syllables) with its tone marks in the document's school. */
function inSchool(word: string, school: 'first' | 'second' | undefined): string {
  if (!school) return word;
  return word
    .split(' ')
    .map((w) => {
      const syl = readSyllable(w);
      if (!syl || syl.alt < 0 || syl.tone === 0) return w;
      return withTone(syl.bare, syl.tone, school === 'first' ? syl.main : syl.alt);
    })
    .join(' ');
}

function message(s: Suspect, fixes: readonly string[], settled: boolean, seen?: { phrase: string; where: 'document' | 'word' }): Msg {
  const q = (list: readonly string[], open: string, close: string) => list.map((t) => `${open}${t}${close}`).join(', ');
  if (s.kind === 'unlisted') {
    const phrase = seen?.phrase ?? fixes[0];
    return seen?.where === 'document'
      ? msg(
          `“${s.text}” không có trong từ điển tiếng Việt; văn bản này viết “${phrase}” ở chỗ khác. Sửa thành “${fixes[0]}”.`,
          `"${s.text}" is not in the Vietnamese dictionary; this document writes "${phrase}" elsewhere. Change it to "${fixes[0]}".`,
        )
      : msg(
          `“${s.text}” không có trong từ điển tiếng Việt; ở đây là từ “${phrase}”. Sửa thành “${fixes[0]}”.`,
          `"${s.text}" is not in the Vietnamese dictionary; the word here is "${phrase}". Change it to "${fixes[0]}".`,
        );
  }
  if (s.kind === 'misplaced') {
    return msg(
      `“${s.text}”: dấu thanh đặt sai chỗ${fixes.length ? `; viết đúng là “${fixes[0]}”` : ''}.`,
      `"${s.text}": the tone mark is on the wrong letter${fixes.length ? `; it is written "${fixes[0]}"` : ''}.`,
    );
  }
  if (fixes.length === 0) {
    return msg(
      `“${s.text}” không phải là âm tiết tiếng Việt — có thể gõ sai. Nếu đúng (tên riêng, từ nước ngoài), hãy thêm vào từ điển.`,
      `"${s.text}" is not a Vietnamese syllable — likely a typo. If it is right (a name, a foreign word), add it to the dictionary.`,
    );
  }
  return settled
    ? msg(`“${s.text}” không phải là âm tiết tiếng Việt — có thể gõ sai; sửa thành “${fixes[0]}”.`, `"${s.text}" is not a Vietnamese syllable — likely a typo; change it to "${fixes[0]}".`)
    : msg(`“${s.text}” không phải là âm tiết tiếng Việt — có thể gõ sai; có thể là ${q(fixes, '“', '”')}.`, `"${s.text}" is not a Vietnamese syllable — likely a typo; perhaps ${q(fixes, '"', '"')}.`);
}

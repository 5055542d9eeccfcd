/**
 * style.tone-placement — a document that writes the tone mark of open `oa`,
 * `oe`, `uy` both ways: on the first vowel (`hòa`, `khỏe`, `thủy`, the older
 * school) and on the second (`hoà`, `khoẻ`, `thuỷ`, the newer). Both are
 * right; a document should keep one. Every word of the school the document
 * uses less gets a hint naming both counts, and a fix that writes it the
 * other way (on a tie, the school of the first such word). Names are never
 * counted nor changed: they are written as their owners write them
 * (checks/style-words.ts).
 */
import { msg } from '../i18n';
import type { VbhcDocument } from '../model/document';
import type { Rule } from './rule';
import { scanDocument, type ToneUse } from './style-words';
import { analysed, type Analysis } from '../model/analysis';

/** The words of both schools in a document, in text order (document offsets), and the school it uses most. */
export interface ToneCount {
  uses: (ToneUse & { at: number })[];
  first: number;
  second: number;
  /** The school to keep: the one with more words, on a tie that of the first word; undefined when the document has none. */
  majority?: ToneUse['school'];
}

/** The document's tone-placement count (once per document). */
export function toneCount(doc: VbhcDocument): ToneCount {
  return analysed(doc, TONE_COUNT);
}

const TONE_COUNT: Analysis<ToneCount> = { name: 'tone placements', compute: countTones };

function countTones(doc: VbhcDocument): ToneCount {
  const uses: ToneCount['uses'] = [];
  let first = 0;
  let second = 0;
  for (const p of scanDocument(doc)) {
    for (const u of p.scan.tones) {
      uses.push({ ...u, at: p.start });
      if (u.school === 'first') first++;
      else second++;
    }
  }
  const majority = uses.length === 0 ? undefined : first === second ? uses[0].school : first > second ? 'first' : 'second';
  return { uses, first, second, majority };
}

/** Longest list of examples quoted for a school. */
const EXAMPLES = 3;

export const styleTonePlacement: Rule = {
  code: 'style.tone-placement',
  severity: 'hint',
  description: msg(
    'Văn bản đặt dấu thanh hai kiểu (“hòa” và “hoà”, “thủy” và “thuỷ”); nên thống nhất một kiểu',
    'The document places tone marks both ways ("hòa" and "hoà", "thủy" and "thuỷ"); keep one way',
  ),
  check: function styleTonePlacement({ doc }, report) {
    const c = toneCount(doc);
    if (c.first === 0 || c.second === 0) return;
    const examples = (school: ToneUse['school']) => {
      const seen: string[] = [];
      for (const u of c.uses) if (u.school === school && !seen.includes(u.text.toLowerCase()) && seen.length < EXAMPLES) seen.push(u.text.toLowerCase());
      return seen.map((w) => `“${w}”`).join(', ');
    };
    const firstEx = examples('first');
    const secondEx = examples('second');
    for (const u of c.uses) {
      if (u.school === c.majority) continue;
      const start = u.at + u.start;
      const end = u.at + u.end;
      const [keep, keepN, keepEx, minN, minEx] = c.majority === 'first' ? ['first', c.first, firstEx, c.second, secondEx] : ['second', c.second, secondEx, c.first, firstEx];
      report({
        start,
        end,
        message: msg(
          `“${u.text}” đặt dấu thanh khác phần lớn văn bản: ${keepN} chữ đặt dấu ${keep === 'first' ? 'trên nguyên âm đầu' : 'trên nguyên âm sau'} (${keepEx}), ${minN} chữ đặt ${keep === 'first' ? 'trên nguyên âm sau' : 'trên nguyên âm đầu'} (${minEx}). Viết thống nhất: “${u.other}”.`,
          `"${u.text}" places its tone mark unlike most of the document: ${keepN} word(s) put it on the ${keep === 'first' ? 'first' : 'second'} vowel (${keepEx.replace(/[“”]/g, '"')}), ${minN} on the ${keep === 'first' ? 'second' : 'first'} (${minEx.replace(/[“”]/g, '"')}). Write it one way: "${u.other}".`,
        ),
        fixes: [{ title: msg(`Viết thống nhất: “${u.other}”`, `Write it one way: "${u.other}"`), edits: [{ start, end, newText: u.other }], fixAll: true }],
        data: { school: u.school, first: c.first, second: c.second },
      });
    }
  },
};

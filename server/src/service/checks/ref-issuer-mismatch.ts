/**
 * ref.issuer-mismatch — the issuer named after `của` disagrees with the
 * issuer code of the symbol (`33/CT-TTg … của Bộ Chính trị`). It fires only
 * when the phrase names another known body (../references/data/issuer-codes.ts)
 * and none of the symbol's own: an issuer the data does not know is never
 * an error.
 */
import { msg } from '../i18n';
import { ISSUER_CODES, issuerByCode, type IssuerCode } from '../references/data/issuer-codes';
import { foldWords } from '../text/fold';
import type { Rule } from './rule';
import { citationsOf } from './ref-util';

/** True when the folded, space-padded phrase names the body. */
export function phraseNames(phrase: string, issuer: IssuerCode): boolean {
  return issuer.names.some((n) => phrase.includes(` ${n} `));
}

interface Verdict {
  own: IssuerCode;
  other: IssuerCode;
}

/**
 * Verdicts by symbol issuer codes and issuer phrase: the same citations are
 * judged again on every re-check while typing, and folding the phrase and
 * matching every known body was a tenth of a re-check. Kept per parsed
 * symbol (gone with it), bounded.
 */
const verdicts = new WeakMap<readonly string[], Map<string, Verdict | null>>();
const MAX_VERDICTS_PER_SYMBOL = 1_000;

/** `issuers` is the array of a parsed symbol, shared by every citation of that symbol (symbol.ts memoises parsing). */
function verdict(issuers: readonly string[], issuerText: string): Verdict | null {
  let byText = verdicts.get(issuers);
  if (!byText) verdicts.set(issuers, (byText = new Map()));
  let v = byText.get(issuerText);
  if (v !== undefined) return v;
  v = null;
  const own = issuers.map((code) => issuerByCode(code.replace(/\d+$/u, ''))).filter((i): i is IssuerCode => !!i);
  if (own.length > 0) {
    const phrase = foldWords(issuerText);
    if (!own.some((i) => phraseNames(phrase, i))) {
      const other = ISSUER_CODES.find((i) => !own.includes(i) && phraseNames(phrase, i));
      if (other) v = { own: own[0], other };
    }
  }
  if (byText.size >= MAX_VERDICTS_PER_SYMBOL) byText.clear();
  byText.set(issuerText, v);
  return v;
}

export const refIssuerMismatch: Rule = {
  code: 'ref.issuer-mismatch',
  severity: 'warning',
  description: msg('Cơ quan ban hành được nêu không khớp mã cơ quan trong ký hiệu', 'The issuer named disagrees with the issuer code of the symbol'),
  reads: 'block',
  check: function refIssuerMismatch({ doc, within }, report) {
    for (const c of citationsOf(doc, within)) {
      if (!c.issuer) continue;
      const v = verdict(c.symbol.parsed.issuers, c.issuer.text);
      if (!v) continue;
      const { own, other } = v;
      const code = own.code;
      const issuerText = c.issuer.text.replace(/\s+/g, ' ');
      report({
        start: c.issuer.start,
        end: c.issuer.end,
        data: { symbol: c.symbol.text, issuer: issuerText, code },
        message: msg(
          `"${c.symbol.text}" mang mã cơ quan "${code}" (${own.name}) nhưng được dẫn là "của ${issuerText}" (${other.name}, mã ${other.code}). Kiểm tra lại cơ quan ban hành hoặc ký hiệu theo văn bản gốc.`,
          `"${c.symbol.text}" carries the issuer code "${code}" (${own.nameEn}) but is cited as issued by "${issuerText}" (${other.nameEn}, code ${other.code}). Check the issuer or the symbol against the source document.`,
        ),
      });
    }
  },
};

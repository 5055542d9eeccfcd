/**
 * ref.issuer-mismatch — the issuer named after `của` disagrees with the
 * issuer code of the symbol (`33/CT-TTg … của Bộ Chính trị`). It fires only
 * when the phrase names another known body (../references/data/issuer-codes.ts)
 * and none of the symbol's own: an issuer the data does not know is never
 * an error.
 */
import { msg } from '../i18n';
import { ISSUER_CODES, issuerByCode, type IssuerCode } from '../references/data/issuer-codes';
import { foldWords } from '../references/fold';
import type { Rule } from './rule';
import { citationsOf } from './ref-util';

/** True when the folded, space-padded phrase names the body. */
export function phraseNames(phrase: string, issuer: IssuerCode): boolean {
  return issuer.names.some((n) => phrase.includes(` ${n} `));
}

export const refIssuerMismatch: Rule = {
  code: 'ref.issuer-mismatch',
  severity: 'warning',
  description: msg('Cơ quan ban hành được nêu không khớp mã cơ quan trong ký hiệu', 'The issuer named disagrees with the issuer code of the symbol'),
  check: function refIssuerMismatch({ doc }, report) {
    for (const c of citationsOf(doc)) {
      if (!c.issuer) continue;
      const own = c.symbol.parsed.issuers.map((code) => issuerByCode(code.replace(/\d+$/u, ''))).filter((i): i is IssuerCode => !!i);
      if (own.length === 0) continue;
      const phrase = foldWords(c.issuer.text);
      if (own.some((i) => phraseNames(phrase, i))) continue;
      const other = ISSUER_CODES.find((i) => !own.includes(i) && phraseNames(phrase, i));
      if (!other) continue;
      const code = own[0].code;
      const issuerText = c.issuer.text.replace(/\s+/g, ' ');
      report({
        start: c.issuer.start,
        end: c.issuer.end,
        data: { symbol: c.symbol.text, issuer: issuerText, code },
        message: msg(
          `"${c.symbol.text}" mang mã cơ quan "${code}" (${own[0].name}) nhưng được dẫn là "của ${issuerText}" (${other.name}, mã ${other.code}). Kiểm tra lại cơ quan ban hành hoặc ký hiệu theo văn bản gốc.`,
          `"${c.symbol.text}" carries the issuer code "${code}" (${own[0].nameEn}) but is cited as issued by "${issuerText}" (${other.nameEn}, code ${other.code}). Check the issuer or the symbol against the source document.`,
        ),
      });
    }
  },
};

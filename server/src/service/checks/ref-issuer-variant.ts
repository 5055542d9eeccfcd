/**
 * ref.issuer-variant — an issuer code of four or more letters that is one
 * or two edits away from the document's own `ky_hieu` (`08/KH-SKHCHN` in a
 * document of `SKHCN`): most likely the agency's own code mistyped. Codes
 * the issuer data or a catalog knows are real agencies and never fire, nor
 * do short codes (`TU`/`TW`). The quick fix writes the document's own code.
 */
import { msg } from '../i18n';
import { issuerByCode } from '../references/data/issuer-codes';
import type { Rule } from './rule';
import { citationsOf, editDistance, stateOf } from './ref-util';

const MIN_CODE_CHARS = 4;
const MAX_EDITS = 2;

export const refIssuerVariant: Rule = {
  code: 'ref.issuer-variant',
  severity: 'warning',
  description: msg('Mã cơ quan gần giống ký hiệu của chính cơ quan soạn', "An issuer code one or two edits from the document's own code"),
  crossDocument: true,
  check: function refIssuerVariant(ctx, report) {
    const { doc } = ctx;
    const own = doc.kyHieu?.split('-')[0]?.trim();
    if (!own || own.length < MIN_CODE_CHARS) return;
    const known = stateOf(ctx)?.knownIssuerCodes();
    for (const c of citationsOf(doc)) {
      const p = c.symbol.parsed;
      if (p.issuerOffset === undefined) continue;
      let offset = p.issuerOffset;
      for (const code of p.issuers) {
        const at = offset;
        offset += code.length + 1;
        if (code.length < MIN_CODE_CHARS || Math.abs(code.length - own.length) > MAX_EDITS || code === own || issuerByCode(code) || known?.has(code)) continue;
        const d = editDistance(code, own);
        if (d < 1 || d > MAX_EDITS) continue;
        const start = c.symbol.start + at;
        report({
          start,
          end: start + code.length,
          data: { code, own },
          message: msg(
            `Mã cơ quan "${code}" trong "${p.text}" gần giống mã của cơ quan soạn "${own}" (khác ${d} ký tự): có lẽ gõ nhầm. Nếu là văn bản của chính cơ quan, viết "${own}".`,
            `The issuer code "${code}" in "${p.text}" is ${d} edit(s) from this agency's own code "${own}": probably a typo. If the document is the agency's own, write "${own}".`,
          ),
          fixes: [{ title: msg(`Sửa thành "${own}"`, `Change to "${own}"`), edits: [{ start, end: start + code.length, newText: own }] }],
        });
      }
    }
  },
};

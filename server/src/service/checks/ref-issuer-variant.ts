/**
 * ref.issuer-variant — an issuer code of four or more letters that is one
 * or two edits away from the document's own `ky_hieu` (`08/KH-SKHCHN` in a
 * document of `SKHCN`): most likely the agency's own code mistyped. Codes
 * the issuer data or a catalog knows are real agencies and never fire, nor
 * do short codes (`TU`/`TW`), nor a type code glued to the own or a known
 * code (`12/QĐUBND` is `12/QĐ-UBND` mistyped: writing `UBND` for `QĐUBND`
 * would drop the type). The quick fix writes the document's own code.
 */
import { msg, type Msg } from '../i18n';
import { STATE_TYPE_CODES } from '../references/data/cited-types';
import { issuerByCode } from '../references/data/issuer-codes';
import type { Rule } from './rule';
import { citationsOf, editDistance, stateOf } from './ref-util';

const MIN_CODE_CHARS = 4;
const MAX_EDITS = 2;

export const refIssuerVariant: Rule = {
  code: 'ref.issuer-variant',
  severity: 'warning',
  description: msg('Mã cơ quan gần giống ký hiệu của chính cơ quan soạn', "An issuer code one or two edits from the document's own code"),
  reads: 'block',
  crossDocument: true,
  check: function refIssuerVariant(ctx, report) {
    const { doc } = ctx;
    const own = doc.kyHieu?.split('-')[0]?.trim();
    if (!own || own.length < MIN_CODE_CHARS) return;
    const known = stateOf(ctx)?.knownIssuerCodes();
    for (const c of citationsOf(doc, ctx.within)) {
      const p = c.symbol.parsed;
      if (p.issuerOffset === undefined) continue;
      let offset = p.issuerOffset;
      for (const code of p.issuers) {
        // Found in the text as written (a broken symbol's reading has a `-` or a space less or more).
        const at = p.text.indexOf(code, offset);
        if (at < 0) break;
        offset = at + code.length;
        if (code.length < MIN_CODE_CHARS || Math.abs(code.length - own.length) > MAX_EDITS || code === own || issuerByCode(code) || known?.has(code)) continue;
        if (gluedTypeCode(code, own, known)) continue;
        const d = editDistance(code, own);
        if (d < 1 || d > MAX_EDITS) continue;
        const start = c.symbol.start + at;
        const how = difference(code, own);
        report({
          start,
          end: start + code.length,
          data: { code, own },
          message: msg(
            `Mã cơ quan "${code}" trong "${p.text}" gần giống mã của cơ quan soạn "${own}" (${how.vi}): có lẽ gõ nhầm. Nếu là văn bản của chính cơ quan, viết "${own}".`,
            `The issuer code "${code}" in "${p.text}" is close to this agency's own code "${own}" (${how.en}): probably a typo. If the document is the agency's own, write "${own}".`,
          ),
          fixes: [{ title: msg(`Sửa thành "${own}"`, `Change to "${own}"`), edits: [{ start, end: start + code.length, newText: own }] }],
        });
      }
    }
  },
};

/** True when `code` is a type code run together with the own or a known issuer code (`QĐUBND`). */
function gluedTypeCode(code: string, own: string, known: ReadonlySet<string> | undefined): boolean {
  for (const t of STATE_TYPE_CODES) {
    if (code.length <= t.length || !code.startsWith(t)) continue;
    const rest = code.slice(t.length);
    if (rest === own || issuerByCode(rest) || known?.has(rest)) return true;
  }
  return false;
}

/**
 * How `code` differs from `own`, counted as a reader counts: the letters
 * that differ when both have the same length (two swapped letters are two:
 * `SKHCHN` / `SKHHCN` "khác 2 ký tự"), the letters too many or missing when
 * one is the other with letters added, else the letters to change.
 */
function difference(code: string, own: string): Msg {
  const plural = (n: number) => (n === 1 ? '' : 's');
  if (code.length === own.length) {
    let n = 0;
    for (let i = 0; i < code.length; i++) if (code[i] !== own[i]) n++;
    return msg(`khác ${n} ký tự`, `${n} letter${plural(n)} differ${n === 1 ? 's' : ''}`);
  }
  const extra = Math.abs(code.length - own.length);
  if (code.length > own.length && isSubsequence(own, code)) return msg(`thừa ${extra} ký tự`, `${extra} letter${plural(extra)} too many`);
  if (code.length < own.length && isSubsequence(code, own)) return msg(`thiếu ${extra} ký tự`, `${extra} letter${plural(extra)} missing`);
  const n = editDistance(code, own);
  return msg(`khác ${n} ký tự`, `${n} letter${plural(n)} differ${n === 1 ? 's' : ''}`);
}

/** True when `short` is `long` with some letters left out. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}

/**
 * ref.type-mismatch — the type named before the number disagrees with the
 * type code in the symbol (`Nghị quyết … 163/2021/ND-HĐND`, `Quy chế số
 * 11-QĐ/TU`, `Luật số 12/2020/NĐ-CP`). Codes compare without regard to
 * case (a lower-case code is ref.symbol-malformed's business). Quick fixes:
 * name the type the code stands for, or put the named type's code in the
 * symbol.
 */
import { msg } from '../i18n';
import { CITED_TYPES, type CitedType } from '../references/data/cited-types';
import type { Citation } from '../references/recognizer';
import type { CoreFix, Rule } from './rule';
import { citationsOf } from './ref-util';

export const refTypeMismatch: Rule = {
  code: 'ref.type-mismatch',
  severity: 'warning',
  description: msg('Tên loại văn bản không khớp mã loại trong ký hiệu', 'The type name disagrees with the type code of the symbol'),
  check: function refTypeMismatch({ doc }, report) {
    for (const c of citationsOf(doc)) {
      const t = c.type?.type;
      const p = c.symbol.parsed;
      if (!t || t.generic || !p.family) continue;
      const party = p.family === 'party';
      const expected = party ? t.partyCodes : t.stateCodes;
      let ok: boolean;
      if (p.family === 'law') ok = t.codeless === 'law' || t.name === 'Nghị quyết' || t.name === 'Pháp lệnh';
      else if (p.family === 'cong-van') ok = true; // no type code to compare
      else if (!p.typeCode) ok = true;
      else if (t.codeless === 'cong-van') ok = party ? expected.includes(p.typeCode.toUpperCase()) : false;
      else ok = expected.some((e) => e.toUpperCase() === p.typeCode!.toUpperCase());
      if (ok) continue;
      const code = p.typeCode ?? p.issuers[0] ?? '';
      const want = expected.length ? expected.join(' hoặc ') : t.codeless === 'law' ? 'QH/UBTVQH (không có mã loại)' : '';
      const wantEn = expected.length ? expected.join(' or ') : t.codeless === 'law' ? 'QH/UBTVQH (no type code)' : '';
      const named = typeOfCode(code, party);
      report({
        start: c.type!.start,
        end: c.symbol.end,
        data: { type: t.name, code },
        message: msg(
          `"${c.type!.text}" không khớp mã loại "${code}" trong ký hiệu "${p.text}"${want ? `: ${t.name} mang mã ${want}` : ''}${named ? `, còn "${code}" là mã của ${named.name}` : ''}. Kiểm tra lại tên loại hoặc ký hiệu theo văn bản gốc.`,
          `"${c.type!.text}" disagrees with the type code "${code}" of "${p.text}"${wantEn ? `: a ${t.nameEn} carries ${wantEn}` : ''}${named ? `, while "${code}" is the code of a ${named.nameEn}` : ''}. Check the type name or the symbol against the source document.`,
        ),
        fixes: fixes(c, named, expected),
      });
    }
  },
};

/** The type a code stands for in a family (the first listed when several share it). */
function typeOfCode(code: string, party: boolean): CitedType | undefined {
  const up = code.toUpperCase();
  return CITED_TYPES.find((t) => (party ? t.partyCodes : t.stateCodes).some((c) => c.toUpperCase() === up));
}

function fixes(c: Citation, named: CitedType | undefined, expected: readonly string[]): CoreFix[] | undefined {
  const out: CoreFix[] = [];
  const p = c.symbol.parsed;
  if (named) out.push({ title: msg(`Đổi tên loại thành "${named.name}"`, `Name the type "${named.name}"`), edits: [{ start: c.type!.start, end: c.type!.end, newText: named.name }] });
  if (expected.length === 1 && p.typeCode !== undefined && p.typeCodeOffset !== undefined) {
    const s = c.symbol.start + p.typeCodeOffset;
    const fixed = p.text.slice(0, p.typeCodeOffset) + expected[0] + p.text.slice(p.typeCodeOffset + p.typeCode.length);
    out.push({ title: msg(`Sửa ký hiệu thành "${fixed}"`, `Change the symbol to "${fixed}"`), edits: [{ start: s, end: s + p.typeCode.length, newText: expected[0] }] });
  }
  return out.length ? out : undefined;
}

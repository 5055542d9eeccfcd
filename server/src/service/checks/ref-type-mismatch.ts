/**
 * ref.type-mismatch — the type named before the number disagrees with the
 * type code in the symbol (`Nghị quyết … 163/2021/ND-HĐND`, `Quy chế số
 * 11-QĐ/TU`, `Luật số 12/2020/NĐ-CP`), or a type other than Công văn is
 * cited with a công văn's symbol, which has no type code (`Kế hoạch số
 * 1119/SNV-XDCQ`). Codes compare without regard to case (a lower-case code
 * is ref.symbol-malformed's business); the codes of joint documents
 * (`QCPH` of a Quy chế phối hợp) count as the type's. Quick fixes: name the
 * type the code stands for, or put the named type's code in the symbol.
 */
import { msg } from '../i18n';
import { CITED_TYPES, citedTypeByName, stateCodesOf, type CitedType } from '../references/data/cited-types';
import { issuerByCode } from '../references/data/issuer-codes';
import type { Citation } from '../references/recognizer';
import type { ParsedSymbol } from '../references/symbol';
import type { CoreFix, Finding, Rule } from './rule';
import { citationsOf } from './ref-util';

export const refTypeMismatch: Rule = {
  code: 'ref.type-mismatch',
  severity: 'warning',
  description: msg('Tên loại văn bản không khớp mã loại trong ký hiệu', 'The type name disagrees with the type code of the symbol'),
  reads: 'block',
  check: function refTypeMismatch({ doc, within }, report) {
    for (const c of citationsOf(doc, within)) {
      const t = c.type?.type;
      const p = c.symbol.parsed;
      if (!t || t.generic || !p.family) continue;
      const party = p.family === 'party';
      const expected = party ? t.partyCodes : stateCodesOf(t);
      let ok: boolean;
      if (p.family === 'law') ok = t.codeless === 'law' || t.name === 'Nghị quyết' || t.name === 'Pháp lệnh';
      else if (p.family === 'cong-van') {
        // No type code: a mismatch for a type that has one, when the symbol is plainly a công
        // văn's — a known agency's code and a unit (`1119/SNV-XDCQ`). Not before 2000's forms:
        // a lone code (`64/CP`, `72/TTg`), the type's code after the issuer (`2088/BYT-QĐ`).
        ok = t.codeless === 'cong-van' || !isCongVanOfKnownAgency(p, expected);
        if (!ok) {
          reportNoCode(c, t, expected, report);
          continue;
        }
      } else if (!p.typeCode) ok = true;
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

const CONG_VAN = citedTypeByName('Công văn')!;

/** A công văn symbol of a known agency (`1119/SNV-XDCQ`) in which none of `codes` stands. */
function isCongVanOfKnownAgency(p: ParsedSymbol, codes: readonly string[]): boolean {
  if (!issuerByCode(p.issuers[0] ?? '')) return false;
  const segments = p.text.slice(p.issuerOffset ?? 0).split('-');
  return segments.length >= 2 && !segments.some((s) => codes.includes(s));
}

/** A type with a code of its own cited with a công văn's symbol (`Kế hoạch số 1119/SNV-XDCQ`). */
function reportNoCode(c: Citation, t: CitedType, expected: readonly string[], report: (finding: Finding) => void): void {
  const p = c.symbol.parsed;
  const want = expected.length ? `: ${t.name} mang mã ${expected[0]}` : '';
  const wantEn = expected.length ? `: a ${t.nameEn} carries ${expected[0]}` : '';
  report({
    start: c.type!.start,
    end: c.symbol.end,
    data: { type: t.name, code: '' },
    message: msg(
      `"${c.type!.text}" nhưng ký hiệu "${p.text}" không có mã loại văn bản${want}; ký hiệu dạng "số/CƠ QUAN-ĐƠN VỊ" là của công văn. Kiểm tra lại tên loại hoặc ký hiệu theo văn bản gốc.`,
      `"${c.type!.text}" is cited with "${p.text}", a symbol without a type code${wantEn}; the form "n/ISSUER-UNIT" is an official letter's. Check the type name or the symbol against the source document.`,
    ),
    fixes: [{ title: msg(`Đổi tên loại thành "${CONG_VAN.name}"`, `Name the type "${CONG_VAN.name}"`), edits: [{ start: c.type!.start, end: nameEnd(c), newText: CONG_VAN.name }] }],
  });
}

/** End of the type name proper, its qualifier left out (`Quy chế` of `Quy chế phối hợp`). */
function nameEnd(c: Citation): number {
  const t = c.type!;
  return t.qualifier ? t.start + t.text.slice(0, t.text.length - t.qualifier.length).trimEnd().length : t.end;
}

/** The type a code stands for in a family (the first listed when several share it). */
function typeOfCode(code: string, party: boolean): CitedType | undefined {
  const up = code.toUpperCase();
  return CITED_TYPES.find((t) => (party ? t.partyCodes : t.stateCodes).some((c) => c.toUpperCase() === up));
}

function fixes(c: Citation, named: CitedType | undefined, expected: readonly string[]): CoreFix[] | undefined {
  const out: CoreFix[] = [];
  const p = c.symbol.parsed;
  if (named) out.push({ title: msg(`Đổi tên loại thành "${named.name}"`, `Name the type "${named.name}"`), edits: [{ start: c.type!.start, end: nameEnd(c), newText: named.name }] });
  if (expected.length === 1 && p.typeCode !== undefined && p.typeCodeOffset !== undefined) {
    const s = c.symbol.start + p.typeCodeOffset;
    const fixed = p.text.slice(0, p.typeCodeOffset) + expected[0] + p.text.slice(p.typeCodeOffset + p.typeCode.length);
    out.push({ title: msg(`Sửa ký hiệu thành "${fixed}"`, `Change the symbol to "${fixed}"`), edits: [{ start: s, end: s + p.typeCode.length, newText: expected[0] }] });
  }
  return out.length ? out : undefined;
}

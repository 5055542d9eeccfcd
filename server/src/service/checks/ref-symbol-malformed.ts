/**
 * ref.symbol-malformed — a cited symbol that fits no family of the
 * dialect's section 3, mixes two families' separators (`01/KL/TW`,
 * `218-QĐ-TW`), writes its type code in lower case (`77-Kl/TU`), glues the
 * type code to the issuer code (`Chỉ thị số 27/CTTg`) or has a stray space
 * (`75/KH- UBND`). The quick fix rewrites the symbol in its family's form,
 * upper-cases the type code, puts the `-` in or takes the space out.
 */
import { msg, type Msg } from '../i18n';
import type { ParsedSymbol } from '../references/symbol';
import type { Rule } from './rule';
import { citationsOf } from './ref-util';

const FAMILY_FORM: Record<string, Msg> = {
  party: msg('văn bản của Đảng viết "số-LOẠI/CƠ QUAN" (ví dụ 114-KL/TW)', 'Party documents are written "n-TYPE/ISSUER" (e.g. 114-KL/TW)'),
  admin: msg('văn bản hành chính viết "số/LOẠI-CƠ QUAN" (ví dụ 33/CT-TTg)', 'state administrative documents are written "n/TYPE-ISSUER" (e.g. 33/CT-TTg)'),
  qppl: msg('văn bản quy phạm pháp luật viết "số/năm/LOẠI-CƠ QUAN" (ví dụ 30/2020/NĐ-CP)', 'legal normative documents are written "n/yyyy/TYPE-ISSUER" (e.g. 30/2020/NĐ-CP)'),
};

export const refSymbolMalformed: Rule = {
  code: 'ref.symbol-malformed',
  severity: 'warning',
  description: msg('Số, ký hiệu văn bản sai dạng', 'A malformed document symbol'),
  reads: 'block',
  check: function refSymbolMalformed({ doc, within }, report) {
    for (const c of citationsOf(doc, within)) {
      const p = c.symbol.parsed;
      if (!p.problem) continue;
      const why = reason(p);
      const fix = p.suggestion;
      report({
        start: c.symbol.start,
        end: c.symbol.end,
        data: { symbol: p.text, problem: p.problem, suggestion: fix },
        message: msg(
          `Ký hiệu "${p.text}" sai dạng: ${why.vi}.${fix ? ` Viết "${fix}".` : ''}`,
          `The symbol "${p.text}" is malformed: ${why.en}.${fix ? ` Write "${fix}".` : ''}`,
        ),
        fixes: fix
          ? [{ title: msg(`Sửa thành "${fix}"`, `Change to "${fix}"`), edits: [{ start: c.symbol.start, end: c.symbol.end, newText: fix }], fixAll: p.problem === 'lowercase-type' || p.problem === 'spaced' }]
          : undefined,
      });
    }
  },
};

function reason(p: ParsedSymbol): Msg {
  if (p.problem === 'lowercase-type') {
    return msg(`mã loại văn bản "${p.typeCode}" phải viết hoa`, `the type code "${p.typeCode}" must be in capitals`);
  }
  if (p.problem === 'glued') {
    const issuer = p.issuers[0] ?? '';
    return msg(
      `mã loại văn bản "${p.typeCode}" viết liền với mã cơ quan "${issuer}"; giữa hai mã phải có dấu "-"`,
      `the type code "${p.typeCode}" is run together with the issuer code "${issuer}"; a "-" goes between them`,
    );
  }
  if (p.problem === 'spaced') {
    return msg('có dấu cách thừa bên trong ký hiệu; số, ký hiệu văn bản viết liền, không có dấu cách', 'it has a stray space inside; a document symbol is written without spaces');
  }
  if (p.problem === 'mixed') {
    const form = FAMILY_FORM[p.family ?? ''] ?? FAMILY_FORM.admin;
    return msg(`trộn dấu phân cách của hai dạng ký hiệu — ${form.vi}`, `it mixes the separators of two symbol forms — ${form.en}`);
  }
  return msg(
    'không theo dạng nào của số, ký hiệu văn bản (33/CT-TTg, 30/2020/NĐ-CP, 10/2022/QH15, 1119/SNV-XDCQ, 114-KL/TW)',
    'it fits no symbol form (33/CT-TTg, 30/2020/NĐ-CP, 10/2022/QH15, 1119/SNV-XDCQ, 114-KL/TW)',
  );
}

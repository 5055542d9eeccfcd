/**
 * meta.invalid-value — a front-matter value the dialect does not accept:
 * an unknown `loai`, a malformed or impossible `ngay`, a `quyen_han` without
 * a TM./KT./TL./TUQ./Q. prefix, a `noi_nhan` that is not a list of strings,
 * a non-boolean `du_thao`, a `so` that is not a number.
 */
import { msg } from '../i18n';
import { LOAI_TYPES, OBSOLETE_CODES, QUYEN_HAN_PREFIXES, docTypeByCode } from '../data/doc-types';
import { parseDocDate } from '../model/document';
import type { FieldNode } from '../model/front-matter';
import type { Finding, Rule } from './rule';
import { isFilled } from './meta-util';

export const metaInvalidValue: Rule = {
  code: 'meta.invalid-value',
  severity: 'error',
  description: msg('Giá trị ở phần đầu không hợp lệ', 'Invalid front-matter value'),
  check: function metaInvalidValue({ doc }, report) {
    const fm = doc.frontMatter;
    if (!fm || fm.errors.length > 0) return;
    const f = (path: string) => fm.fields.get(path);
    const at = (node: FieldNode, finding: Omit<Finding, 'start' | 'end'>) =>
      report({ start: node.valueStart, end: Math.max(node.valueStart, node.valueEnd), ...finding });
    const replace = (node: FieldNode, text: string) => [{ start: node.valueStart, end: node.valueEnd, newText: text }];

    const loai = f('loai');
    if (loai && isFilled(loai.value)) {
      const v = String(loai.value).trim();
      if (!docTypeByCode(v)) {
        const ci = LOAI_TYPES.find((t) => t.code.toLowerCase() === v.toLowerCase());
        const old = OBSOLETE_CODES[v];
        const suggestion = ci?.code ?? old;
        at(loai, {
          message: msg(
            `Loại văn bản "${v}" không có trong Phụ lục III Nghị định 30/2020/NĐ-CP.` +
              (old ? ` "${v}" là mã cũ của Thông tư 01/2011/TT-BNV, nay là "${old}".` : '') +
              (suggestion ? ` Sửa thành "${suggestion}".` : ' Dùng một mã như BC (báo cáo), KH (kế hoạch), TB, TTr, CTr, HD, QĐ hoặc CV (công văn).'),
            `Document type "${v}" is not in Appendix III of Decree 30/2020/NĐ-CP.` +
              (old ? ` "${v}" is an old Circular 01/2011 code, now "${old}".` : '') +
              (suggestion ? ` Change it to "${suggestion}".` : ' Use a code such as BC (report), KH (plan), TB, TTr, CTr, HD, QĐ or CV (official letter).'),
          ),
          fixes: suggestion ? [{ title: msg(`Sửa thành "${suggestion}"`, `Change to "${suggestion}"`), edits: replace(loai, suggestion), fixAll: true }] : undefined,
        });
      }
    }

    const ngay = f('ngay');
    if (ngay && isFilled(ngay.value) && !parseDocDate(ngay.value)) {
      const v = String(ngay.value).trim();
      const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
      const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : undefined;
      const isoOk = iso && parseDocDate(iso);
      const looksIso = /^\d{4}-\d{2}-\d{2}$/.test(v);
      at(ngay, {
        message: looksIso
          ? msg(`Ngày "${v}" không có thật trên lịch. Kiểm tra lại ngày và tháng.`, `Date "${v}" does not exist. Check the day and month.`)
          : msg(
              `Ngày "${v}" không đúng dạng. Viết YYYY-MM-DD (ví dụ 2025-05-30), hoặc YYYY-MM nếu để trống ngày, hoặc YYYY.` + (isoOk ? ` Sửa thành "${iso}".` : ''),
              `Date "${v}" is malformed. Write YYYY-MM-DD (e.g. 2025-05-30), or YYYY-MM to leave the day blank, or YYYY.` + (isoOk ? ` Change it to "${iso}".` : ''),
            ),
        fixes: isoOk ? [{ title: msg(`Sửa thành ${iso}`, `Change to ${iso}`), edits: replace(ngay, iso!), fixAll: true }] : undefined,
      });
    }

    const qh = f('ky.quyen_han');
    if (qh && isFilled(qh.value)) {
      const v = String(qh.value).trim();
      if (!QUYEN_HAN_PREFIXES.some((p) => v.startsWith(p + ' '))) {
        const m = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L|TƯQ)\.?\s*(.*)$/i.exec(v);
        const map: Record<string, string> = { 'T/M': 'TM', 'K/T': 'KT', 'T/L': 'TL', 'TƯQ': 'TUQ' };
        const prefix = m ? (map[m[1].toUpperCase()] ?? m[1].toUpperCase()) : undefined;
        const fixed = m && m[2] ? `${prefix}. ${m[2]}` : undefined;
        at(qh, {
          message: msg(
            `Quyền hạn ký "${v}" phải bắt đầu bằng TM., KT., TL., TUQ. hoặc Q. rồi đến chức danh (ví dụ "KT. GIÁM ĐỐC").` + (fixed ? ` Sửa thành "${fixed}".` : ''),
            `Signing authority "${v}" must start with TM., KT., TL., TUQ. or Q. followed by the title (e.g. "KT. GIÁM ĐỐC").` + (fixed ? ` Change it to "${fixed}".` : ''),
          ),
          fixes: fixed ? [{ title: msg(`Sửa thành "${fixed}"`, `Change to "${fixed}"`), edits: replace(qh, JSON.stringify(fixed)), fixAll: true }] : undefined,
        });
      }
    }

    const nn = f('noi_nhan');
    if (nn && nn.value !== null && nn.value !== undefined) {
      const ok = Array.isArray(nn.value) && nn.value.every((x) => typeof x === 'string' || typeof x === 'number');
      if (!ok) {
        at(nn, {
          message: msg(
            '"noi_nhan" phải là một danh sách, mỗi nơi nhận một dòng "- …", dòng cuối là "Lưu: …".',
            '"noi_nhan" must be a list with one recipient per "- …" line, the last being "Lưu: …".',
          ),
        });
      }
    }

    const dt = f('du_thao');
    if (dt && dt.value !== null && typeof dt.value !== 'boolean') {
      at(dt, { message: msg(`"du_thao" chỉ nhận true hoặc false, không nhận "${String(dt.value)}".`, `"du_thao" takes true or false, not "${String(dt.value)}".`) });
    }

    const so = f('so');
    if (so && isFilled(so.value) && !/^\d{1,6}$/.test(String(so.value).trim())) {
      at(so, {
        message: msg(
          `Số văn bản "${String(so.value)}" phải là một số (ví dụ 15), hoặc để trống khi là dự thảo; ký hiệu ghi ở "ky_hieu".`,
          `Document number "${String(so.value)}" must be a number (e.g. 15), or empty in a draft; the symbol goes in "ky_hieu".`,
        ),
      });
    }

    for (const key of ['co_quan', 'co_quan_chu_quan', 'ky_hieu', 'dia_danh', 'trich_yeu', 'ky.chuc_vu', 'ky.ho_ten', 'ky.quyen_han']) {
      const node = f(key);
      if (node && node.value !== null && typeof node.value === 'object') {
        at(node, { message: msg(`"${key}" phải là một chuỗi văn bản trên một dòng.`, `"${key}" must be a single text value.`) });
      }
    }
    const kh = f('ky_hieu');
    if (kh && typeof kh.value === 'string' && isFilled(kh.value) && /\s|\//.test(kh.value.trim())) {
      at(kh, {
        message: msg(
          `Ký hiệu "${kh.value}" không được có dấu cách hay dấu "/": chỉ ghi phần của cơ quan (ví dụ "SKHCN"); số và loại văn bản do chương trình ghép.`,
          `Symbol "${kh.value}" may not contain spaces or "/": write only the agency part (e.g. "SKHCN"); the number and type are added for you.`,
        ),
      });
    }
  },
};

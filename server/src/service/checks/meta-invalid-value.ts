/**
 * meta.invalid-value — a front-matter value the dialect does not accept:
 * an unknown `loai`, a malformed or impossible `ngay`, a `quyen_han` line
 * without a TM./KT./TL./TUQ./Q. prefix or lines in an order Decree 30 does
 * not allow (`KT.` above `TM.`), a `noi_nhan` that is not a list of strings,
 * a non-boolean `du_thao`, a `so` that is not a number.
 */
import { msg, type Msg } from '../i18n';
import { LOAI_TYPES, OBSOLETE_CODES, QUYEN_HAN_NEXT, QUYEN_HAN_PREFIXES, docTypeByCode, type QuyenHanPrefix } from '../data/doc-types';
import { parseDocDate } from '../model/document';
import type { FieldNode } from '../model/front-matter';
import type { Finding, Rule } from './rule';
import { isFilled } from './meta-util';

export const metaInvalidValue: Rule = {
  code: 'meta.invalid-value',
  severity: 'error',
  description: msg('Giá trị ở phần đầu không hợp lệ', 'Invalid front-matter value'),
  reads: 'outline',
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
      if (Array.isArray(qh.value)) {
        // One line each: every line checked, then their order.
        const lines: { node: FieldNode; v: string; prefix?: QuyenHanPrefix }[] = [];
        qh.value.forEach((item, i) => {
          const node = f(`ky.quyen_han.${i}`);
          if (!node) return;
          if (typeof item !== 'string' || !isFilled(item)) {
            at(node, { message: msg('Mỗi dòng của "quyen_han" là một dòng chữ, ví dụ "TM. ỦY BAN NHÂN DÂN".', 'Each line of "quyen_han" is one line of text, e.g. "TM. ỦY BAN NHÂN DÂN".') });
            return;
          }
          const v = item.trim();
          const prefix = prefixOf(v);
          if (!prefix) at(node, badPrefix(v, node));
          lines.push({ node, v, prefix });
        });
        for (let i = 1; i < lines.length; i++) {
          const above = lines[i - 1];
          const here = lines[i];
          if (!above.prefix || !here.prefix || QUYEN_HAN_NEXT[above.prefix].includes(here.prefix)) continue;
          at(here.node, { message: orderMessage(above.v, above.prefix, here.v, here.prefix) });
        }
      } else if (typeof qh.value === 'string' || typeof qh.value === 'number') {
        const v = String(qh.value).trim();
        const two = /^(TM\.\s+\S.*?)\s+((?:KT|TL|TUQ|Q)\.\s+\S.*)$/u.exec(v);
        if (!prefixOf(v)) at(qh, badPrefix(v, qh));
        else if (two) {
          // `TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH` would print on one line: it is two.
          const fixed = `[${JSON.stringify(two[1])}, ${JSON.stringify(two[2])}]`;
          at(qh, {
            message: msg(
              `Quyền hạn ký "${v}" gồm hai dòng ("${two[1]}" và "${two[2]}") mà in trên một dòng. Viết thành danh sách, mỗi dòng một mục: quyen_han: ${fixed}.`,
              `Signing authority "${v}" holds two lines ("${two[1]}" and "${two[2]}") but would print on one. Write it as a list, one line per item: quyen_han: ${fixed}.`,
            ),
            fixes: [{ title: msg('Tách thành hai dòng', 'Split into two lines'), edits: replace(qh, fixed), fixAll: false }],
          });
        }
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
      // `quyen_han` may be a list of lines (dialect §1).
      if (node && node.value !== null && typeof node.value === 'object' && !(key === 'ky.quyen_han' && Array.isArray(node.value))) {
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

/** The prefix a signing-authority line starts with (followed by a title), or undefined. */
function prefixOf(line: string): QuyenHanPrefix | undefined {
  return QUYEN_HAN_PREFIXES.find((p) => line.startsWith(p + ' ') && line.length > p.length + 1);
}

/** A line without a valid prefix, with the fix when its prefix is only misspelt (`KT GIÁM ĐỐC`, `K/T …`). */
function badPrefix(v: string, node: FieldNode): Omit<Finding, 'start' | 'end'> {
  const m = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L|TƯQ)\.?\s*(.*)$/i.exec(v);
  const map: Record<string, string> = { 'T/M': 'TM', 'K/T': 'KT', 'T/L': 'TL', 'TƯQ': 'TUQ' };
  const prefix = m ? (map[m[1].toUpperCase()] ?? m[1].toUpperCase()) : undefined;
  const fixed = m && m[2] ? `${prefix}. ${m[2]}` : undefined;
  return {
    message: msg(
      `Quyền hạn ký "${v}" phải bắt đầu bằng TM., KT., TL., TUQ. hoặc Q. rồi đến chức danh (ví dụ "KT. GIÁM ĐỐC").` + (fixed ? ` Sửa thành "${fixed}".` : ''),
      `Signing authority "${v}" must start with TM., KT., TL., TUQ. or Q. followed by the title (e.g. "KT. GIÁM ĐỐC").` + (fixed ? ` Change it to "${fixed}".` : ''),
    ),
    fixes: fixed ? [{ title: msg(`Sửa thành "${fixed}"`, `Change to "${fixed}"`), edits: [{ start: node.valueStart, end: node.valueEnd, newText: JSON.stringify(fixed) }], fixAll: true }] : undefined,
  };
}

/** Why `here` cannot stand under `above` (QUYEN_HAN_NEXT). */
function orderMessage(aboveText: string, above: QuyenHanPrefix, hereText: string, here: QuyenHanPrefix): Msg {
  const allowed = QUYEN_HAN_NEXT[above];
  const vi = allowed.length
    ? `dưới ${above} chỉ có ${allowed.join(', ')}`
    : above === 'TUQ.'
      ? 'người ký thừa ủy quyền không được ủy quyền lại, nên TUQ. là dòng cuối'
      : `${above} là dòng cuối của quyền hạn ký`;
  const en = allowed.length
    ? `under ${above} only ${allowed.join(', ')} may stand`
    : above === 'TUQ.'
      ? 'a delegated signer may not delegate again, so TUQ. is the last line'
      : `${above} is the last line of the authority`;
  const tmVi = here === 'TM.' ? ' TM. (thay mặt tập thể) luôn là dòng đầu.' : '';
  const tmEn = here === 'TM.' ? ' TM. (on behalf of a collective) is always the first line.' : '';
  return msg(
    `Dòng quyền hạn ký "${hereText}" không đứng dưới "${aboveText}" được: ${vi} (Nghị định 30/2020/NĐ-CP, Điều 13).${tmVi} Ví dụ: "TM. ỦY BAN NHÂN DÂN" rồi "KT. CHỦ TỊCH".`,
    `The authority line "${hereText}" cannot stand under "${aboveText}": ${en} (Decree 30/2020/NĐ-CP, Art. 13).${tmEn} For example "TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH".`,
  );
}

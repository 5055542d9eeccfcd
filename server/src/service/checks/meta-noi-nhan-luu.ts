/** meta.noi-nhan-luu — the last `noi_nhan` item is not `Lưu: …`. */
import { msg } from '../i18n';
import type { Rule } from './rule';
import { nextLineStart } from './meta-util';

export const metaNoiNhanLuu: Rule = {
  code: 'meta.noi-nhan-luu',
  severity: 'warning',
  description: msg('Nơi nhận cuối cùng phải là "Lưu: …"', 'The last recipient must be "Lưu: …"'),
  reads: 'outline',
  check: function metaNoiNhanLuu({ doc }, report) {
    const fm = doc.frontMatter;
    if (!fm || fm.errors.length > 0) return;
    const node = fm.fields.get('noi_nhan');
    if (!node || !Array.isArray(node.value) || node.value.length === 0) return;
    const items = node.value as unknown[];
    const lastIndex = items.length - 1;
    const last = String(items[lastIndex] ?? '').trim();
    if (/^Lưu\s*:/u.test(last.normalize('NFC'))) return;
    const lastNode = fm.fields.get(`noi_nhan.${lastIndex}`) ?? node;
    const luuIndex = items.findIndex((x) => /^\s*Lưu\b/u.test(String(x).normalize('NFC')));
    const almost = /^\s*(lưu|luu)\b\s*:?\s*/iu.exec(last.normalize('NFC'));
    const fixText = almost ? `"Lưu: ${last.slice(almost[0].length)}"` : undefined;
    const at = nextLineStart(doc, node.valueEnd);
    report({
      start: lastNode.valueStart,
      end: Math.max(lastNode.valueStart, lastNode.valueEnd),
      message:
        luuIndex >= 0
          ? msg(
              `Mục "Lưu: …" phải đứng cuối danh sách nơi nhận; hiện mục cuối là "${last}". Chuyển "${String(items[luuIndex])}" xuống cuối.`,
              `The "Lưu: …" item must be the last recipient; the last one is "${last}". Move "${String(items[luuIndex])}" to the end.`,
            )
          : msg(
              `Nơi nhận cuối cùng phải là "Lưu: VT, <đơn vị soạn thảo>" (ví dụ "Lưu: VT, VP"); hiện là "${last}". Thêm một mục "Lưu: …" ở cuối.`,
              `The last recipient must be "Lưu: VT, <drafting unit>" (e.g. "Lưu: VT, VP"); it is "${last}". Add a "Lưu: …" item at the end.`,
            ),
      fixes:
        fixText
          ? [{ title: msg(`Sửa thành ${fixText}`, `Change to ${fixText}`), edits: [{ start: lastNode.valueStart, end: lastNode.valueEnd, newText: fixText }], fixAll: true }]
          : luuIndex < 0 && doc.source.text.slice(node.valueStart, node.valueEnd).trimStart().startsWith('-')
            ? [{ title: msg('Thêm "Lưu: VT" vào cuối nơi nhận', 'Append "Lưu: VT" to the recipients'), edits: [{ start: at, end: at, newText: '  - "Lưu: VT"\n' }], fixAll: false }]
            : undefined,
    });
  },
};

/**
 * meta.missing-field — a required front-matter key is absent or empty.
 * Reported on the opening `---` line (line 1), as the dialect says; the fix
 * inserts the key with a `<…>` placeholder before the closing `---`.
 */
import { msg, type Msg } from '../i18n';
import type { VbhcDocument } from '../model/document';
import type { CoreFix, Rule } from './rule';
import { getPath, isFilled, nextLineStart, openingLine } from './meta-util';

/** A required key, what it holds, and the placeholder the fix inserts. */
interface RequiredKey {
  path: string;
  what: Msg;
  placeholder: string;
}

/** Required keys of the dialect's section 1, in header order. */
export const REQUIRED_KEYS: readonly RequiredKey[] = [
  { path: 'loai', what: msg('loại văn bản: BC, KH, …', 'document type: BC, KH, …'), placeholder: 'BC' },
  { path: 'co_quan', what: msg('tên cơ quan ban hành', 'issuing agency'), placeholder: '"<TÊN CƠ QUAN BAN HÀNH>"' },
  { path: 'ky_hieu', what: msg('ký hiệu cơ quan, ví dụ SKHCN', 'agency symbol, e.g. SKHCN'), placeholder: '"<KÝ HIỆU>"' },
  { path: 'dia_danh', what: msg('địa danh ở dòng ngày tháng', 'place name of the date line'), placeholder: '"<Địa danh>"' },
  { path: 'ngay', what: msg('ngày ký dạng YYYY-MM-DD', 'signing date as YYYY-MM-DD'), placeholder: '' },
  { path: 'trich_yeu', what: msg('trích yếu nội dung', 'subject line'), placeholder: '"<trích yếu nội dung>"' },
  { path: 'noi_nhan', what: msg('danh sách nơi nhận', 'list of recipients'), placeholder: '\n  - "<Nơi nhận>"\n  - "Lưu: VT"' },
  { path: 'ky.chuc_vu', what: msg('chức vụ người ký', "signer's title"), placeholder: '"<CHỨC VỤ>"' },
  { path: 'ky.ho_ten', what: msg('họ tên người ký', "signer's name"), placeholder: '"<Họ và tên>"' },
];

export const metaMissingField: Rule = {
  code: 'meta.missing-field',
  severity: 'error',
  description: msg('Thiếu khóa bắt buộc ở phần đầu', 'A required front-matter key is missing'),
  check: function metaMissingField({ doc }, report) {
    const fm = doc.frontMatter;
    if (fm && fm.errors.length > 0) return; // meta.yaml speaks first
    const data = fm?.data ?? {};
    const at = openingLine(doc);
    let kyBlockOffered = false;
    for (const key of REQUIRED_KEYS) {
      const value = getPath(data, key.path);
      if (isFilled(value)) continue;
      const present = value !== undefined && value !== null;
      const fix = insertFix(doc, key, kyBlockOffered);
      if (key.path.startsWith('ky.') && getPath(data, 'ky') === undefined) kyBlockOffered = true;
      report({
        start: at.start,
        end: at.end,
        data: { key: key.path },
        message: present
          ? msg(
              `Khóa "${key.path}" (${key.what.vi}) đang để trống hoặc chưa điền. Điền giá trị cho "${key.path}" ở phần đầu.`,
              `Key "${key.path}" (${key.what.en}) is empty or still a placeholder. Fill in "${key.path}" in the front matter.`,
            )
          : msg(
              `Thiếu khóa bắt buộc "${key.path}" (${key.what.vi}) ở phần đầu. Thêm "${key.path}: …" giữa hai dòng "---".`,
              `Missing required key "${key.path}" (${key.what.en}) in the front matter. Add "${key.path}: …" between the "---" lines.`,
            ),
        fixes: fix ? [fix] : undefined,
      });
    }
  },
};

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Builds the "insert key" fix, or undefined when the key is present but empty. */
function insertFix(doc: VbhcDocument, key: RequiredKey, kyBlockOffered: boolean): CoreFix | undefined {
  const fm = doc.frontMatter;
  const placeholder = key.path === 'ngay' ? todayIso() : key.placeholder;
  const title = msg(`Thêm khóa "${key.path}" vào phần đầu`, `Add key "${key.path}" to the front matter`);
  if (!fm) {
    // No front matter at all: the first missing key inserts a whole skeleton.
    if (key.path !== 'loai') return undefined;
    const lines = REQUIRED_KEYS.filter((k) => !k.path.startsWith('ky.')).map((k) => `${k.path}: ${k.path === 'ngay' ? todayIso() : k.placeholder}`);
    const text = `---\n${lines.join('\n')}\nky:\n  chuc_vu: "<CHỨC VỤ>"\n  ho_ten: "<Họ và tên>"\n---\n\n`;
    return { title: msg('Thêm phần đầu (front matter) đầy đủ các khóa', 'Add a front matter with every required key'), edits: [{ start: 0, end: 0, newText: text }], fixAll: true };
  }
  if (fm.fields.has(key.path)) return undefined; // present but empty: the user must fill it
  if (!fm.closed) return undefined;
  const insertAt = fm.contentEnd;
  if (key.path.startsWith('ky.')) {
    const sub = key.path.slice(3);
    const ky = fm.fields.get('ky');
    if (!ky) {
      if (kyBlockOffered) return { title, edits: [{ start: insertAt, end: insertAt, newText: `ky:\n  chuc_vu: "<CHỨC VỤ>"\n  ho_ten: "<Họ và tên>"\n` }], fixAll: false };
      return { title, edits: [{ start: insertAt, end: insertAt, newText: `ky:\n  chuc_vu: "<CHỨC VỤ>"\n  ho_ten: "<Họ và tên>"\n` }], fixAll: true };
    }
    if (ky.value === null || typeof ky.value !== 'object' || Array.isArray(ky.value)) return undefined;
    const at = nextLineStart(doc, ky.valueEnd);
    return { title, edits: [{ start: at, end: at, newText: `  ${sub}: ${placeholder}\n` }], fixAll: true };
  }
  return { title, edits: [{ start: insertAt, end: insertAt, newText: `${key.path}: ${placeholder}\n` }], fixAll: true };
}

/**
 * meta.missing-field — a required front-matter key is absent or empty.
 * Reported on the opening `---` line (line 1), as the dialect says. The fix
 * inserts the key at its place in the dialect's key order with a `«…»`
 * fill-in (draft.placeholder then lists it); a key written with a fill-in
 * is draft.placeholder's, not this rule's. A file with no front matter gets
 * one diagnostic naming every key — a blank file one whose fixes insert the
 * skeleton of a drafted type (skeletons.ts) — not one per key on a `---`
 * line that is not there. Beyond the dialect's required keys, a type may
 * require more (the table of document types: `kinh_gui` for CV and TTr);
 * the rule reads a table (`missingFieldRule(table)`), the registered one the
 * built-in table.
 */
import { BUILT_IN_TYPES, draftingOf, type DocTypeTable } from '../data/doc-types';
import { FRONT_MATTER_KEYS, KY_KEYS } from '../data/front-matter-keys';
import { msg, type Msg } from '../i18n';
import type { VbhcDocument } from '../model/document';
import { documentSkeleton, frontMatterSkeleton, SKELETON_KINDS, skeletonTitle } from '../skeletons';
import { fillIn, isPlaceholderValue } from '../text/placeholders';
import type { CoreFix, Rule } from './rule';
import { getPath, isFilled, nextLineStart, openingLine } from './meta-util';

/** A required key, what it holds, and the value the fix inserts. */
interface RequiredKey {
  path: string;
  what: Msg;
  placeholder: string;
}

/** Required keys of the dialect's section 1, in header order. */
export const REQUIRED_KEYS: readonly RequiredKey[] = [
  { path: 'loai', what: msg('loại văn bản: BC, KH, …', 'document type: BC, KH, …'), placeholder: 'BC' },
  { path: 'co_quan', what: msg('tên cơ quan ban hành', 'issuing agency'), placeholder: `"${fillIn('TÊN CƠ QUAN BAN HÀNH')}"` },
  { path: 'ky_hieu', what: msg('ký hiệu cơ quan, ví dụ SKHCN', 'agency symbol, e.g. SKHCN'), placeholder: `"${fillIn('KÝ HIỆU')}"` },
  { path: 'dia_danh', what: msg('địa danh ở dòng ngày tháng', 'place name of the date line'), placeholder: `"${fillIn('Địa danh')}"` },
  { path: 'ngay', what: msg('ngày ký dạng YYYY-MM-DD', 'signing date as YYYY-MM-DD'), placeholder: '' },
  { path: 'trich_yeu', what: msg('trích yếu nội dung', 'subject line'), placeholder: `"${fillIn('Trích yếu nội dung')}"` },
  { path: 'noi_nhan', what: msg('danh sách nơi nhận', 'list of recipients'), placeholder: `\n  - "${fillIn('Nơi nhận')}"\n  - "Lưu: VT"` },
  { path: 'ky.chuc_vu', what: msg('chức vụ người ký', "signer's title"), placeholder: `"${fillIn('CHỨC VỤ')}"` },
  { path: 'ky.ho_ten', what: msg('họ tên người ký', "signer's name"), placeholder: `"${fillIn('Họ và tên')}"` },
];

/** Keys a type may require beyond the dialect's (the table's `requiredKeys`), with what they hold. */
const TYPE_KEYS: Readonly<Record<string, RequiredKey>> = {
  kinh_gui: { path: 'kinh_gui', what: msg('nơi kính gửi', 'addressees'), placeholder: `"${fillIn('Cơ quan, đơn vị nhận văn bản')}"` },
};

/** The keys a document of `loai` requires, in header order. */
export function requiredKeysFor(loai: string | undefined, table: DocTypeTable = BUILT_IN_TYPES): readonly RequiredKey[] {
  const extra = draftingOf(loai, table)?.requiredKeys ?? [];
  if (extra.length === 0) return REQUIRED_KEYS;
  const keys = [...REQUIRED_KEYS, ...extra.map((k) => TYPE_KEYS[k] ?? { path: k, what: msg(k, k), placeholder: `"${fillIn(k)}"` })];
  const rank = (k: RequiredKey) => {
    const i = KEY_ORDER.indexOf(k.path.split('.')[0]);
    return i < 0 ? KEY_ORDER.length : i;
  };
  return keys.sort((a, b) => rank(a) - rank(b));
}

/** Top-level keys in the order of the dialect's section 1: where an inserted key goes. */
const KEY_ORDER = FRONT_MATTER_KEYS.map((k) => k.key);
/** Keys of the `ky` block, in order. */
const KY_ORDER = KY_KEYS.map((k) => k.key);

/** The rule over a table of document types. */
export function missingFieldRule(table: DocTypeTable = BUILT_IN_TYPES): Rule {
  return {
    code: 'meta.missing-field',
    severity: 'error',
    description: msg('Thiếu khóa bắt buộc ở phần đầu', 'A required front-matter key is missing'),
    check: function metaMissingField({ doc }, report) {
      const fm = doc.frontMatter;
      const at = openingLine(doc);
      if (!fm || isBlank(doc)) {
        report({ ...at, data: { keys: REQUIRED_KEYS.map((k) => k.path) }, ...noFrontMatter(doc) });
        return;
      }
      if (fm.errors.length > 0) return; // meta.yaml speaks first
      const data = fm.data;
      let kyBlockOffered = false;
      for (const key of requiredKeysFor(doc.loai, table)) {
        const value = getPath(data, key.path);
        if (isFilled(value) || isPlaceholderValue(value)) continue; // a fill-in is draft.placeholder's
        const present = value !== undefined && value !== null;
        const fix = insertFix(doc, key, kyBlockOffered);
        if (key.path.startsWith('ky.') && getPath(data, 'ky') === undefined) kyBlockOffered = true;
        report({
          start: at.start,
          end: at.end,
          data: { key: key.path },
          message: present
            ? msg(
                `Khóa "${key.path}" (${key.what.vi}) đang để trống. Điền giá trị cho "${key.path}" ở phần đầu.`,
                `Key "${key.path}" (${key.what.en}) is empty. Fill in "${key.path}" in the front matter.`,
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
}

export const metaMissingField: Rule = missingFieldRule();

/** True when a document holds nothing but blank lines and `---` fences (a new file, or one with an empty front matter). */
function isBlank(doc: VbhcDocument): boolean {
  return /^(?:[ \t]*(?:---|\.\.\.)?[ \t]*(?:\r?\n|$))*$/.test(doc.source.text);
}

/** The one finding of a document without front matter: blank (offer the skeletons) or with a body (offer a header). */
function noFrontMatter(doc: VbhcDocument): { message: Msg; fixes: CoreFix[] } {
  const text = doc.source.text;
  if (isBlank(doc)) {
    return {
      message: msg(
        'Văn bản còn trống: chưa có phần đầu (loại, cơ quan, số, ngày, trích yếu, nơi nhận, người ký) và nội dung. Dùng sửa nhanh "Chèn khung văn bản" để có khung của loại văn bản cần soạn (báo cáo, kế hoạch, công văn, tờ trình, …).',
        'The document is empty: no front matter (type, agency, number, date, subject, recipients, signer) and no body. Use the quick fix "Insert document skeleton" for the skeleton of the type to draft (report, plan, official letter, submission, …).',
      ),
      fixes: SKELETON_KINDS.map((kind) => ({
        title: msg(`Chèn khung văn bản ${skeletonTitle(kind).vi}`, `Insert document skeleton: ${skeletonTitle(kind).en}`),
        edits: [{ start: 0, end: text.length, newText: documentSkeleton(kind) }],
        fixAll: false,
      })),
    };
  }
  const keys = REQUIRED_KEYS.map((k) => `"${k.path}"`).join(', ');
  return {
    message: msg(
      `Văn bản chưa có phần đầu (front matter): thiếu các khóa bắt buộc ${keys}. Thêm phần đầu giữa hai dòng "---" ở đầu tệp.`,
      `The document has no front matter: the required keys ${keys} are missing. Add a front matter between "---" lines at the top of the file.`,
    ),
    fixes: [{ title: msg('Thêm phần đầu (front matter) đầy đủ các khóa', 'Add a front matter with every required key'), edits: [{ start: 0, end: 0, newText: frontMatterSkeleton(undefined) }], fixAll: false }],
  };
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Builds the "insert key" fix, or undefined when the key is present but empty. */
function insertFix(doc: VbhcDocument, key: RequiredKey, kyBlockOffered: boolean): CoreFix | undefined {
  const fm = doc.frontMatter!;
  const placeholder = key.path === 'ngay' ? todayIso() : key.placeholder;
  const title = msg(`Thêm khóa "${key.path}" vào phần đầu`, `Add key "${key.path}" to the front matter`);
  if (fm.fields.has(key.path)) return undefined; // present but empty: the user must fill it
  if (!fm.closed) return undefined;
  if (key.path.startsWith('ky.')) {
    const sub = key.path.slice(3);
    const ky = fm.fields.get('ky');
    if (!ky) {
      if (kyBlockOffered) return undefined; // the first ky.* key's fix inserts the whole block
      const at = insertionPoint(doc, 'ky', KEY_ORDER, (k) => fm.fields.get(k));
      return { title, edits: [{ start: at, end: at, newText: `ky:\n  chuc_vu: "${fillIn('CHỨC VỤ')}"\n  ho_ten: "${fillIn('Họ và tên')}"\n` }], fixAll: false };
    }
    if (ky.value === null || typeof ky.value !== 'object' || Array.isArray(ky.value)) return undefined;
    const fallback = nextLineStart(doc, ky.valueEnd);
    const at = insertionPoint(doc, sub, KY_ORDER, (k) => fm.fields.get(`ky.${k}`), fallback);
    return { title, edits: [{ start: at, end: at, newText: `  ${sub}: ${placeholder}\n` }], fixAll: false };
  }
  const at = insertionPoint(doc, key.path, KEY_ORDER, (k) => fm.fields.get(k));
  return { title, edits: [{ start: at, end: at, newText: `${key.path}: ${placeholder}\n` }], fixAll: false };
}

/**
 * Where a missing key goes: on the line before the first key present that
 * comes after it in `order`, else after the last one present before it,
 * else `fallback` (the closing fence).
 */
function insertionPoint(doc: VbhcDocument, key: string, order: readonly string[], field: (k: string) => { keyStart: number; valueEnd: number } | undefined, fallback = doc.frontMatter!.contentEnd): number {
  const src = doc.source;
  const i = order.indexOf(key);
  for (const k of order.slice(i + 1)) {
    const f = field(k);
    if (f) return src.lineStart(src.lineOf(f.keyStart));
  }
  for (const k of order.slice(0, i).reverse()) {
    const f = field(k);
    if (f) return nextLineStart(doc, f.valueEnd);
  }
  return fallback;
}



/**
 * Completion inside the front matter: keys of the dialect's section 1 at
 * the start of a line (the `ky` keys when indented), `loai` codes (Decree
 * 30 Appendix III and `CV`, from ../data/doc-types.ts) and the authority
 * prefixes of `quyen_han` (Decree 30 Appendix I §II.7).
 */
import { LOAI_TYPES, QUYEN_HAN_PREFIXES } from '../data/doc-types';
import { FRONT_MATTER_KEYS as TOP_KEYS, KY_KEYS } from '../data/front-matter-keys';
import type { VbhcDocument } from '../model/document';
import type { Lang } from '../types';
import { COMPLETION_KIND, type CompletionItemLike } from './results';

/** What each authority prefix means (Decree 30 Appendix I §II.7). */
const PREFIX_DOC: Record<(typeof QUYEN_HAN_PREFIXES)[number], { vi: string; en: string }> = {
  'TM.': { vi: 'thay mặt tập thể', en: 'on behalf of a collective body' },
  'KT.': { vi: 'ký thay người đứng đầu', en: 'signing for the head' },
  'TL.': { vi: 'thừa lệnh', en: 'by order of' },
  'TUQ.': { vi: 'thừa ủy quyền', en: 'by authorisation' },
  'Q.': { vi: 'quyền (người đứng đầu)', en: 'acting (head)' },
};

/** Completion items at an analysis offset inside the front matter, or undefined when the offset is outside it. */
export function completeFrontMatter(doc: VbhcDocument, offset: number, lang: Lang): CompletionItemLike[] | undefined {
  const fm = doc.frontMatter;
  if (!fm || offset < fm.contentStart || offset > fm.contentEnd) return undefined;
  const text = doc.source.text;
  const lineStart = doc.source.lineStart(doc.source.lineOf(offset));
  const prefix = text.slice(lineStart, offset);
  const en = lang === 'en';
  const keyMatch = /^(\s*)([a-z_]*)$/.exec(prefix);
  if (keyMatch) {
    const indented = keyMatch[1].length > 0;
    // Keys already written (from the text too: a key with an empty value may have no field).
    const present = new Set(fm.fields.keys());
    for (const m of text.slice(fm.contentStart, fm.contentEnd).matchAll(/^(\s*)([a-z_]+):/gm)) present.add(m[1] ? `ky.${m[2]}` : m[2]);
    const keys = indented ? KY_KEYS : TOP_KEYS;
    const range = doc.source.rangeOf(offset - keyMatch[2].length, offset);
    return keys
      .filter((k) => !present.has(indented ? `ky.${k.key}` : k.key))
      .map((k, i) => ({
        label: k.key,
        kind: COMPLETION_KIND.Property,
        detail: (en ? k.en : k.vi) + (k.required ? (en ? ' (required)' : ' (bắt buộc)') : ''),
        sortText: `${k.required ? 0 : 1}${String(i).padStart(3, '0')}`,
        textEdit: { range, newText: k.key === 'ky' ? 'ky:\n  ' : k.key === 'noi_nhan' ? 'noi_nhan:\n  - ' : `${k.key}: ` },
      }));
  }
  const loai = /^loai:\s*("?)([^"]*)$/.exec(prefix);
  if (loai) {
    const range = doc.source.rangeOf(offset - loai[2].length, offset);
    return LOAI_TYPES.map((t, i) => ({
      label: t.code,
      kind: COMPLETION_KIND.EnumMember,
      detail: en ? t.nameEn : t.name,
      filterText: `${t.code} ${t.name}`,
      sortText: String(i).padStart(3, '0'),
      textEdit: { range, newText: t.code },
    }));
  }
  const qh = /^\s+quyen_han:\s*("?)([^"]*)$/.exec(prefix);
  if (qh) {
    const range = doc.source.rangeOf(offset - qh[2].length, offset);
    return QUYEN_HAN_PREFIXES.map((p, i) => ({
      label: p,
      kind: COMPLETION_KIND.Value,
      detail: en ? PREFIX_DOC[p].en : PREFIX_DOC[p].vi,
      sortText: String(i).padStart(3, '0'),
      textEdit: { range, newText: `${p} ` },
    }));
  }
  return [];
}

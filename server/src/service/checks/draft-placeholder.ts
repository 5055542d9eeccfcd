/**
 * draft.placeholder — fill-in text left in the document: every `«…»` of the
 * front matter and of the body (code excluded), and a front-matter value
 * written wholly as `<…>` (dialect §2, text/placeholders.ts). One error per
 * fill-in, on it. No fix: only the user knows what goes there.
 */
import { msg, type Msg } from '../i18n';
import { bodyProseText } from '../model/document';
import type { FieldNode } from '../model/front-matter';
import { findPlaceholders, isPlaceholderValue } from '../text/placeholders';
import type { Rule } from './rule';
import { draftingOf } from '../data/doc-types';
import { OPTIONAL_KEY_PATHS } from '../data/front-matter-keys';

const MAX_QUOTED_CHARS = 60;

export const draftPlaceholder: Rule = {
  code: 'draft.placeholder',
  severity: 'error',
  description: msg('Còn chỗ cần điền «…» trong văn bản', 'A «…» fill-in is left in the document'),
  check: function draftPlaceholder({ doc }, report) {
    const text = doc.source.text;
    const fm = doc.frontMatter;
    if (fm) {
      const fields = [...fm.fields.values()];
      const seen = new Set<number>();
      for (const p of findPlaceholders(text, fm.contentStart, fm.contentEnd)) {
        if (isYamlComment(text, p.start)) continue;
        seen.add(p.start);
        report({ ...p, message: frontMatterMessage(keyAt(fields, p.start, p.end), text.slice(p.start, p.end), doc.loai) });
      }
      for (const f of fields) {
        if (typeof f.value !== 'string' || !isPlaceholderValue(f.value) || f.value.trim().startsWith('«')) continue;
        const start = text.indexOf('<', f.valueStart);
        if (start < 0 || start >= f.valueEnd || seen.has(start)) continue;
        const end = text.indexOf('>', start) + 1;
        report({ start, end, message: frontMatterMessage(keyOf(f), text.slice(start, end), doc.loai) });
      }
    }
    // A body without `«` has no fill-in: no need for its prose copy (which an edit would rebuild for this rule alone).
    if (text.indexOf('«', doc.source.lineStart(doc.body.startLine)) < 0) return;
    const { start: bodyStart, text: prose } = bodyProseText(doc);
    for (const p of findPlaceholders(prose)) {
      if (inInlineCode(prose, p.start)) continue;
      const start = bodyStart + p.start;
      const end = bodyStart + p.end;
      report({ start, end, message: bodyMessage(text.slice(start, end)) });
    }
  },
};

/** The fill-in as quoted in a message: a long one cut at a word, `…` marking the cut. */
function quote(s: string): string {
  if (s.length <= MAX_QUOTED_CHARS) return s;
  const head = s.slice(0, MAX_QUOTED_CHARS - 2);
  const space = head.lastIndexOf(' ');
  return `${space > MAX_QUOTED_CHARS / 2 ? head.slice(0, space) : head}…»`;
}

function frontMatterMessage(key: string | undefined, fillIn: string, loai: string | undefined): Msg {
  const q = quote(fillIn);
  if (!key) return msg(`Phần đầu còn chỗ cần điền "${q}". Thay bằng nội dung thật.`, `The front matter still holds the fill-in "${q}". Replace it with the actual text.`);
  // A key the document may leave out (unless its type requires it): the line can go instead.
  const optional = OPTIONAL_KEY_PATHS.has(key) && !draftingOf(loai)?.requiredKeys?.includes(key);
  return msg(
    `Khóa "${key}" còn chỗ cần điền "${q}". Thay bằng nội dung thật${optional ? ', hoặc xóa dòng này nếu văn bản không cần' : ''}.`,
    `Key "${key}" still holds the fill-in "${q}". Replace it with the actual text${optional ? ', or delete the line if the document does not need it' : ''}.`,
  );
}

function bodyMessage(fillIn: string): Msg {
  const q = quote(fillIn);
  return msg(`Chỗ cần điền "${q}" vẫn còn trong văn bản. Viết nội dung thật thay cho nó.`, `The fill-in "${q}" is still in the document. Write the actual text in its place.`);
}

/** The key (`co_quan`, `ky.ho_ten`, `noi_nhan` for its items) whose value holds the span; the innermost one. */
function keyAt(fields: readonly FieldNode[], start: number, end: number): string | undefined {
  let best: FieldNode | undefined;
  for (const f of fields) {
    if (f.valueStart <= start && end <= f.valueEnd && (!best || f.valueEnd - f.valueStart < best.valueEnd - best.valueStart)) best = f;
  }
  return best && keyOf(best);
}

/** A field's key as the user wrote it: list items (`noi_nhan.2`) named by their list. */
function keyOf(f: FieldNode): string {
  return f.path.replace(/\.\d+$/, '');
}

function isYamlComment(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at);
  return /^\s*#/.test(before) || /\s#/.test(before.replace(/"[^"]*"|'[^']*'/g, ''));
}

/** True when `at` lies inside a `code span` of its line. */
function inInlineCode(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return (text.slice(lineStart, at).match(/`/g)?.length ?? 0) % 2 === 1;
}

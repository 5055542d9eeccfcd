/**
 * Fill-in text (dialect §2): what snippets, skeletons and quick fixes leave
 * for the user to write is put in guillemets, `«Tên cơ quan ban hành»`, in
 * the front matter and in the body alike; a front-matter value written
 * wholly as `<…>` is read the same way. A finished document has none
 * (`draft.placeholder`).
 */

/** Longest fill-in text recognised between `«` and `»`. */
const MAX_PLACEHOLDER_CHARS = 200;
const PLACEHOLDER = new RegExp(`«[^«»\\n]{0,${MAX_PLACEHOLDER_CHARS}}»`, 'g');
const WHOLE_GUILLEMETS = /^«[^«»\n]*»$/;
const WHOLE_ANGLE = /^<[^<>\n]*>$/;

/** A fill-in of `text` as skeletons and quick fixes write it. */
export function fillIn(text: string): string {
  return `«${text}»`;
}

/** Offsets of every `«…»` fill-in of `text` between `from` and `to`. */
export function findPlaceholders(text: string, from = 0, to = text.length): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const slice = text.slice(from, to);
  if (!slice.includes('«')) return out;
  for (const m of slice.matchAll(PLACEHOLDER)) out.push({ start: from + m.index!, end: from + m.index! + m[0].length });
  return out;
}

/** True when a front-matter value is wholly a fill-in: `«…»` or `<…>`. */
export function isPlaceholderValue(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  return WHOLE_GUILLEMETS.test(v) || WHOLE_ANGLE.test(v);
}

/**
 * Helpers shared by the front-matter rules: where to report a missing part
 * (the opening `---` line, line 1) and how to insert keys.
 */
import type { VbhcDocument } from '../model/document';
import { isPlaceholderValue } from '../text/placeholders';

/** Analysis offsets of the first line: the opening `---` (or line 1 when there is none). */
export function openingLine(doc: VbhcDocument): { start: number; end: number } {
  return { start: 0, end: doc.source.lineEnd(0) };
}

/** Whether a front-matter value counts as filled: non-empty and not wholly a `«…»` / `<…>` fill-in. */
export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '' && !isPlaceholderValue(value);
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Reads a dotted path from the front matter's data. */
export function getPath(data: Record<string, unknown>, path: string): unknown {
  let cur: unknown = data;
  for (const part of path.split('.')) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Offset of the start of the line after the one containing `offset - 1`. */
export function nextLineStart(doc: VbhcDocument, offset: number): number {
  const src = doc.source;
  const line = src.lineOf(Math.max(0, offset - 1));
  return src.lineStart(line + 1);
}

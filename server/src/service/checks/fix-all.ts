/**
 * "Fix all": of a document's diagnostics, the edits of every fix marked safe
 * for it (`fixAll`), without overlaps — the first fix wins where two touch
 * the same text. Only problems listed in Problems are fixed: a hint (shown
 * only as dots under the text) is left alone unless the settings raise its
 * severity.
 */
import { comparePositions as cmp, type Range, type TextEdit, type VbhcDiagnostic } from '../types';

/** The edits chosen and how many problems of each code they fix. */
export interface FixAll {
  edits: TextEdit[];
  counts: Map<string, number>;
}

/** Chooses the fix-all edits of a document's diagnostics (in their order). */
export function chooseFixAll(diags: readonly VbhcDiagnostic[]): FixAll {
  const chosen: TextEdit[] = [];
  const counts = new Map<string, number>();
  // Chosen edits by each line they touch: overlap tests stay local, so a fix of thousands of edits stays linear.
  const byLine = new Map<number, TextEdit[]>();
  const seenLists = new Set<readonly TextEdit[]>();
  const takenLists = new Set<readonly TextEdit[]>();
  const seen = new Set<string>();
  const clashes = (e: TextEdit) => {
    for (let line = e.range.start.line; line <= e.range.end.line; line++) {
      if (byLine.get(line)?.some((c) => overlaps(c.range, e.range))) return true;
    }
    return false;
  };
  for (const d of diags) {
    if (d.severity === 'hint') continue;
    const fix = d.fixes?.find((f) => f.fixAll);
    if (!fix) continue;
    if (seenLists.has(fix.edits)) {
      // One edit list shared by a group (a renumbering): it fixes this problem too when it was taken.
      if (takenLists.has(fix.edits)) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
      continue;
    }
    seenLists.add(fix.edits);
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    if (fix.edits.some(clashes)) continue;
    seen.add(key);
    takenLists.add(fix.edits);
    counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
    for (const e of fix.edits) {
      chosen.push(e);
      for (let line = e.range.start.line; line <= e.range.end.line; line++) {
        const list = byLine.get(line);
        if (list) list.push(e);
        else byLine.set(line, [e]);
      }
    }
  }
  return { edits: chosen, counts };
}

/** The title of the fix-all code action: what it fixes, as counts of each code. */
export function fixAllTitle(counts: ReadonlyMap<string, number>, lang: 'vi' | 'en'): string {
  const what = [...counts].map(([code, n]) => `${n} × ${code}`).join(', ');
  return `${lang === 'en' ? 'Fix all auto-fixable problems (vbhc)' : 'Sửa tất cả lỗi sửa được tự động (vbhc)'}: ${what}`;
}

/** Strict overlap; two insertions at one point overlap too (their order would be ambiguous). */
function overlaps(a: Range, b: Range): boolean {
  const aEmpty = cmp(a.start, a.end) === 0;
  const bEmpty = cmp(b.start, b.end) === 0;
  if (aEmpty && bEmpty) return cmp(a.start, b.start) === 0;
  return cmp(a.start, b.end) < 0 && cmp(b.start, a.end) < 0;
}

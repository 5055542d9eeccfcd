/**
 * Shared helpers of the reference checks (ref-*.ts): the citations of the
 * checked document and the workspace's reference state.
 */
import type { DocumentFacts } from '../model/document';
import { documentCitations, type Citation } from '../references/recognizer';
import type { ReferenceState } from '../references/reference-state';
import type { CrossCheckContext } from './rule';
import { itemsWithin } from './kept-diagnostics';

/**
 * Citations of the checked document; with `within` (CheckContext), those
 * whose symbol starts inside it — the citations of one block, as a rule
 * that reads 'block' is asked for.
 */
export function citationsOf(doc: DocumentFacts, within?: { start: number; end: number }): readonly Citation[] {
  return itemsWithin(documentCitations(doc), (c) => c.symbol.start, within);
}

/** The reference state of the check's workspace, when the service provides one. */
export function stateOf(ctx: CrossCheckContext): ReferenceState | undefined {
  return ctx.references;
}

/** A citation's head as written (type name to symbol), for messages. */
export function headText(doc: DocumentFacts, c: Citation): string {
  return doc.source.text.slice(c.start, c.symbol.end).replace(/\s+/g, ' ');
}

/** Edit distance with adjacent transpositions (optimal string alignment), on three rolling rows. */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}

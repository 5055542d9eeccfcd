/**
 * What is read from a document once and then shared — its citations, date
 * mentions, heading groups, label problems, the words the style rules scan —
 * kept in the document's own `DocumentAnalysis`, so it lives and dies with
 * that version of the document.
 *
 * Each analysis is an `Analysis` value declared by the module that computes
 * it: how to compute it from a parsed document and, optionally, how to carry
 * it across an edit inside one paragraph (model/incremental.ts), re-scanning
 * only that paragraph. Only analyses that were computed for the old document
 * are carried; the others are computed for the new one when asked.
 */
import type { Block } from './body';
import type { DocumentFacts, VbhcDocument } from './document';

/** An edit inside one top-level paragraph, as the carries see it. */
export interface ParagraphEdit {
  /** Index of the edited block in both bodies. */
  index: number;
  oldBlock: Block;
  newBlock: Block;
  /** New length − old length. */
  delta: number;
}

/** One analysis of a document: its name (for tracing), how it is computed and carried. */
export interface Analysis<T> {
  readonly name: string;
  readonly compute: (doc: VbhcDocument) => T;
  /**
   * The new document's value after a paragraph edit, from the old
   * document's value; undefined when it must be computed again.
   */
  carry?(old: T, prev: VbhcDocument, next: VbhcDocument, edit: ParagraphEdit): T | undefined;
}

/** The analyses computed for one version of one document. */
export class DocumentAnalysis {
  private readonly values = new Map<Analysis<unknown>, unknown>();

  /** The value of `analysis` for `doc` (whose analysis this is), computed on first use. */
  of<T>(analysis: Analysis<T>, doc: VbhcDocument): T {
    if (this.values.has(analysis)) return this.values.get(analysis) as T;
    const value = analysis.compute(doc);
    this.values.set(analysis, value);
    return value;
  }

  /** The value when it has been computed or set, else undefined. */
  peek<T>(analysis: Analysis<T>): T | undefined {
    return this.values.get(analysis) as T | undefined;
  }

  /** Sets a value found elsewhere (the citations a closed document's shell keeps). */
  set<T>(analysis: Analysis<T>, value: T): void {
    this.values.set(analysis, value);
  }

  /**
   * Fills the analysis of `next`, the document `prev` (whose analysis this
   * is) became after `edit`, with every value that carries, in the order
   * they were computed here (a carry may read an analysis carried before it).
   */
  carryTo(prev: VbhcDocument, next: VbhcDocument, edit: ParagraphEdit): void {
    const out = next.analysis.values;
    for (const [analysis, value] of this.values) {
      if (!analysis.carry) continue;
      const carried = analysis.carry(value, prev, next, edit);
      if (carried !== undefined) out.set(analysis, carried);
    }
  }
}

/** The value of `analysis` for a parsed document, computed once per document version. */
export function analysed<T>(doc: VbhcDocument, analysis: Analysis<T>): T {
  return doc.analysis.of(analysis, doc);
}

/** The value of `analysis` kept for a document or shell, if any. */
export function keptAnalysis<T>(doc: DocumentFacts, analysis: Analysis<T>): T | undefined {
  return doc.analysis.peek(analysis);
}

/**
 * What a carry makes of a list found in a document, in text order: the
 * items before the edited paragraph kept, those in it replaced by `found`
 * (at their new offsets), those after it moved by `moved`. `at` is an
 * item's offset.
 */
export function splicedAfterEdit<T>(old: readonly T[], at: (item: T) => number, { oldBlock }: ParagraphEdit, found: Iterable<T>, moved: (item: T) => T): T[] {
  let i = 0;
  while (i < old.length && at(old[i]) < oldBlock.start) i++;
  let j = i;
  while (j < old.length && at(old[j]) <= oldBlock.end) j++;
  const added = Array.isArray(found) ? (found as readonly T[]) : [...found];
  if (added.length !== j - i) {
    const out = old.slice(0, i);
    for (const item of added) out.push(item);
    for (let k = j; k < old.length; k++) out.push(moved(old[k]));
    return out;
  }
  // As many items in the paragraph as before (most edits): a copy of the list with its items
  // from the paragraph on replaced, one array of the right length instead of one grown item by item.
  const out = old.slice();
  for (let k = 0; k < added.length; k++) out[i + k] = added[k];
  for (let k = j; k < old.length; k++) out[k] = moved(old[k]);
  return out;
}

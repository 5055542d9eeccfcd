/**
 * The diagnostics of the rules that say what they read (rule.ts
 * `RuleReads`), kept with the document version they were made for and
 * carried across an edit inside one paragraph (model/incremental.ts): the
 * rule then runs on the edited paragraph only ('block') or not at all
 * ('outline').
 *
 * Such an edit adds and removes no line, so every position outside the
 * edited line — a diagnostic's range, its fixes' edits — stays the same in
 * the new text: a kept diagnostic is the same object, never moved. Only the
 * analysis offsets of the findings after the paragraph move, by the edit's
 * length difference; they are kept beside the diagnostics to place the next
 * edit. Kept per settings object (severity and language are in the
 * diagnostics); the engine does not keep what a rule reports past its cap.
 */
import { analysed, splicedAfterEdit, type Analysis, type ParagraphEdit } from '../model/analysis';
import { isParsed, type DocumentFacts } from '../model/document';
import type { VbhcSettings } from '../settings';
import type { Range, VbhcDiagnostic } from '../types';
import type { CheckContext, CrossCheckContext, RuleReads } from './rule';

/** A diagnostic with the analysis offset its finding started at. */
export interface KeptDiagnostic {
  readonly diagnostic: VbhcDiagnostic;
  readonly start: number;
}

/** One rule's diagnostics in report order. */
export interface KeptList {
  readonly entries: readonly KeptDiagnostic[];
  /** Of a cross-document rule: the catalogs' and the cited keys' versions the list was made under. */
  readonly stamp?: string;
}

/** A rule as the keeper knows it: by identity, with what it reads. */
interface KeptRule {
  reads?: RuleReads;
  crossDocument?: boolean;
}

/** The lists made for one document version under one settings object. */
interface Lists {
  settings: VbhcSettings;
  byRule: Map<KeptRule, KeptList>;
}

/** What a document version holds: its own lists, and those of the version it was edited from. */
interface Held {
  current?: Lists;
  from?: { lists: Lists; edit: ParagraphEdit };
}

const HELD: Analysis<Held> = {
  name: 'kept diagnostics',
  compute: () => ({}),
  // Only the edited-from version's own lists carry: a version never checked breaks the chain.
  carry: (old, _prev, _next, edit) => (old.current ? { from: { lists: old.current, edit } } : undefined),
};

/** Which rules' diagnostics a check of one document version may reuse, and where it files them. */
export class KeptDiagnostics {
  private readonly lists: Lists;
  private readonly from?: { lists: Lists; edit: ParagraphEdit };
  private stampValue?: string | null;

  constructor(
    held: Held,
    settings: VbhcSettings,
    private readonly ctx: CrossCheckContext,
  ) {
    if (held.current?.settings !== settings) held.current = { settings, byRule: new Map() };
    this.lists = held.current;
    this.from = held.from?.lists.settings === settings ? held.from : undefined;
  }

  /**
   * What a cross-document rule's list is valid under: the catalogs' version
   * and the document's cited-keys version, which moves when the facts of a
   * symbol it cites change anywhere (this document's edited paragraph
   * included). Null without a reference state: a rule then compares the
   * document's own citations, which the edit may have changed.
   */
  private get stamp(): string | null {
    if (this.stampValue === undefined) {
      const refs = this.ctx.references;
      this.stampValue = refs ? `${refs.catalogVersion}:${refs.refs.citedKeysVersion(this.ctx.doc.uri)}` : null;
    }
    return this.stampValue;
  }

  /**
   * The rule's list for this version: made already, or carried from the
   * version before the edit — whole for an 'outline' rule; for a 'block'
   * rule, the diagnostics outside the edited paragraph with those `runWithin`
   * gives for it (which runs the rule on the paragraph's analysis offsets and
   * hands each finding to `push`). Undefined when the rule must run on the
   * whole document.
   */
  carried(rule: KeptRule, runWithin: (within: { start: number; end: number }, push: (start: number, d: VbhcDiagnostic) => void) => void): KeptList | undefined {
    const stamp = rule.crossDocument ? this.stamp : undefined;
    if (stamp === null) return undefined;
    const own = this.lists.byRule.get(rule);
    if (own && own.stamp === stamp) return own;
    if (!rule.reads) return undefined;
    const old = this.from?.lists.byRule.get(rule);
    if (!old || old.stamp !== stamp) return undefined;
    let list: KeptList = old;
    if (rule.reads === 'outline') {
      // A finding placed in the edited paragraph (line 1 of a document without front matter) moves with its text: found again.
      const { startLine, endLine } = this.from!.edit.newBlock;
      const touches = (r: Range) => r.start.line < endLine && r.end.line >= startLine;
      if (old.entries.some(({ diagnostic: d }) => touches(d.range) || d.fixes?.some((f) => f.edits.some((e) => touches(e.range))))) return undefined;
    } else {
      const edit = this.from!.edit;
      const found: KeptDiagnostic[] = [];
      runWithin({ start: edit.newBlock.start, end: edit.newBlock.end }, (start, diagnostic) => found.push({ diagnostic, start }));
      // A diagnostic after the paragraph is the same object; only its offset moves.
      const moved = (k: KeptDiagnostic): KeptDiagnostic => ({ diagnostic: k.diagnostic, start: k.start + edit.delta });
      list = { entries: splicedAfterEdit(old.entries, (k) => k.start, edit, found, moved), stamp };
    }
    this.lists.byRule.set(rule, list);
    return list;
  }

  /** Files a rule's list made on the whole document. */
  keep(rule: KeptRule, list: KeptList): void {
    if (!rule.reads) return;
    if (!rule.crossDocument) this.lists.byRule.set(rule, list);
    else if (this.stamp !== null) this.lists.byRule.set(rule, { ...list, stamp: this.stamp });
  }
}

/**
 * The items of a list in text order whose offset (`at`) lies inside
 * `within` (CheckContext), ends included; the whole list without it. What a
 * rule reading 'block' runs over when asked for one paragraph.
 */
export function itemsWithin<T>(items: readonly T[], at: (item: T) => number, within: { start: number; end: number } | undefined): readonly T[] {
  if (!within) return items;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(items[mid]) < within.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < items.length && at(items[end]) <= within.end) end++;
  return items.slice(lo, end);
}

/** The keeper for a check of `doc`, or undefined when nothing is kept: a shell, or a check of errors only. */
export function keptDiagnostics(doc: DocumentFacts, settings: VbhcSettings, ctx: CrossCheckContext): KeptDiagnostics | undefined {
  if (!isParsed(doc) || doc.tooLarge || (ctx as CheckContext).errorsOnly || (ctx as CheckContext).within) return undefined;
  return new KeptDiagnostics(analysed(doc, HELD), settings, ctx);
}

/**
 * The shape of a check. A rule reports findings in analysis-text offsets with
 * a bilingual message and optional fixes; the engine (engine.ts) turns them
 * into diagnostics in the original text. Rules report; the engine decides.
 */
import type { Msg } from '../i18n';
import type { DocumentFacts, VbhcDocument } from '../model/document';
import type { ReferenceState } from '../references/reference-state';
import type { VbhcSettings } from '../settings';
import type { FixCommand, Severity } from '../types';

/** One replacement in analysis-text offsets. */
export interface CoreEdit {
  start: number;
  end: number;
  newText: string;
}

/** A fix as data: a title and edits. */
export interface CoreFix {
  title: Msg;
  edits: CoreEdit[];
  /** A command of the editor that does the fix instead of, or after, the edits (e.g. adding a word to the user's dictionary). */
  command?: FixCommand;
  /** Safe to apply unattended in "fix all". */
  fixAll?: boolean;
}

/** What a rule reports. */
export interface Finding {
  /** Analysis offsets of the offending text. */
  start: number;
  end: number;
  message: Msg;
  fixes?: CoreFix[];
  data?: unknown;
}

/** What a cross-document rule may look at: of the document, its facts only (a closed document has no body left). */
export interface CrossCheckContext {
  doc: DocumentFacts;
  settings: VbhcSettings;
  /** The workspace's catalogs and citation index, where the service has them. */
  references?: ReferenceState;
  /**
   * Analysis offsets of the one paragraph an edit changed: a rule that
   * reads 'block' then reports only the findings of the items (citations,
   * words) that start inside it, from start to end inclusive; the engine
   * keeps the others (checks/kept-diagnostics.ts).
   */
  within?: { start: number; end: number };
}

/** Everything a per-document rule may look at: the same, with the whole parsed document. */
export interface CheckContext extends CrossCheckContext {
  doc: VbhcDocument;
  /**
   * Only the rules that give errors run (the service's getErrors): a rule
   * may then tell that it has nothing to report in a cheaper way than by
   * building what the other rules would share with it.
   */
  errorsOnly?: boolean;
}

/**
 * What a per-document rule's findings depend on, which lets the engine keep
 * them across an edit inside one paragraph (model/incremental.ts: no line
 * added or removed, no other block changed):
 * - `'block'`: each finding, with its fixes, lies inside one block of the
 *   body and depends only on that block's text, the front matter and the
 *   settings; the findings are reported block by block in document order,
 *   and the rule honours `ctx.within`. The rule runs again on the edited
 *   paragraph only.
 * - `'outline'`: the findings depend only on the front matter, the headings
 *   and the blocks' kinds and lines, never on a paragraph's text. They are
 *   all kept, unless one of them or of their fixes touches the edited
 *   paragraph's lines.
 * A cross-document rule may read 'block' too: its findings for a citation
 * then depend only on that citation, the front matter, the settings, the
 * catalogs and the workspace's facts of the citation's own symbol key. They
 * are kept while the catalogs' version and the document's cited-keys version
 * (ReferenceIndex.citedKeysVersion) stay the same.
 */
export type RuleReads = 'block' | 'outline';

/** What every check has: one code, one file, one function named after the rule. */
interface RuleBase {
  /** The stable dotted code of the dialect, e.g. `meta.missing-field`. */
  code: string;
  /** Default severity (the dialect's section 6). */
  severity: Severity;
  /** One line saying what the rule catches. */
  description: Msg;
}

/** A check of one document on its own; cached per document text and settings. */
export interface LocalRule extends RuleBase {
  crossDocument?: false;
  /** What its findings depend on, when the engine may keep them across an edit (see RuleReads); unset, the rule runs on every edit. */
  reads?: RuleReads;
  // A function-typed property, not a method: methods' parameters are compared both ways, which would let a
  // LocalRule pass where a rule of a shell's CrossCheckContext is expected.
  check: (ctx: CheckContext, report: (finding: Finding) => void) => void;
}

/**
 * A check that reads other documents or catalogs (`ctx.references`): of
 * `ctx.doc` only its facts (DocumentFacts) and citations, so a closed
 * document is checked on its shell. It re-runs when the settings, the
 * catalogs or the facts of a symbol the document cites change
 * (ReferenceIndex.citedKeysVersion).
 */
export interface CrossRule extends RuleBase {
  crossDocument: true;
  /** What its findings depend on, when the engine may keep them across an edit (see RuleReads). */
  reads?: 'block';
  // A function-typed property, so that a check declared on the whole CheckContext (reading a body a shell does
  // not have) is a type error here rather than accepted by the method's two-way parameter comparison.
  check: (ctx: CrossCheckContext, report: (finding: Finding) => void) => void;
}

/** A check. */
export type Rule = LocalRule | CrossRule;

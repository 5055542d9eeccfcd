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
  check(ctx: CheckContext, report: (finding: Finding) => void): void;
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
  check(ctx: CrossCheckContext, report: (finding: Finding) => void): void;
}

/** A check. */
export type Rule = LocalRule | CrossRule;

/**
 * The shape of a check. A rule reports findings in analysis-text offsets with
 * a bilingual message and optional fixes; the engine (engine.ts) turns them
 * into diagnostics in the original text. Rules report; the engine decides.
 */
import type { Msg } from '../i18n';
import type { VbhcDocument } from '../model/document';
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

/** Everything a rule may look at. */
export interface CheckContext {
  doc: VbhcDocument;
  settings: VbhcSettings;
  /** The workspace's catalogs and citation index, where the service has them (the ref.* checks read them; other rules never). */
  references?: ReferenceState;
}

/** A check: one code, one file, one function named after the rule. */
export interface Rule {
  /** The stable dotted code of the dialect, e.g. `meta.missing-field`. */
  code: string;
  /** Default severity (the dialect's section 6). */
  severity: Severity;
  /** One line saying what the rule catches. */
  description: Msg;
  /**
   * True when the rule reads other documents or catalogs (`ctx.workspace`).
   * Such a rule reads the catalogs and the reference index only, and of
   * `ctx.doc` only its URI, source, header facts (`loai`, `kyHieu`, `date`)
   * and citations (`documentCitations`): for a closed document it is given a
   * shell without body or front matter (model/document.ts shellDocument).
   * It re-runs when the settings, the catalogs or the facts of a symbol the
   * document cites change (ReferenceIndex.citedKeysVersion). Other rules
   * are cached per document text and settings.
   */
  crossDocument?: boolean;
  check(ctx: CheckContext, report: (finding: Finding) => void): void;
}

/**
 * Plain result types of the vbhc language service.
 *
 * The core never imports `vscode` or `vscode-languageserver`; these shapes are
 * structurally identical to the LSP ones (0-based lines, UTF-16 characters in
 * the user's ORIGINAL text), so the server passes them through unchanged and
 * the CLI converts them to 1-based numbers.
 */

/** A 0-based position in the original text (UTF-16 code units). */
export interface Position {
  line: number;
  character: number;
}

/** A half-open range in the original text. */
export interface Range {
  start: Position;
  end: Position;
}

/** Diagnostic severities, named as in the dialect's JSON output. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A severity override: a severity, or `off` to silence the code. */
export type SeverityOverride = Severity | 'off';

/** UI language of messages. */
export type Lang = 'vi' | 'en';

/** One text edit in the original text. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** A command of the editor run by a quick fix: its id and JSON arguments. */
export interface FixCommand {
  id: string;
  arguments: unknown[];
}

/** A quick fix attached to a diagnostic (edits are in the same document). */
export interface QuickFix {
  title: string;
  edits: TextEdit[];
  /** Run after the edits (if any); never part of "fix all". */
  command?: FixCommand;
  /** True when the fix is safe to apply in a "fix all" pass. */
  fixAll?: boolean;
}

/** A diagnostic as returned by the core. */
export interface VbhcDiagnostic {
  range: Range;
  severity: Severity;
  code: string;
  message: string;
  /** Quick fixes computed with the diagnostic, so code actions need no re-parse. */
  fixes?: QuickFix[];
  /** Extra rule-specific data (kept small and JSON-serialisable). */
  data?: unknown;
}

/** The subset of a cancellation token the core looks at. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** A token that is never cancelled, for the CLI and tests. */
export const noCancellation: CancellationToken = Object.freeze({ isCancellationRequested: false });

/** Orders positions: negative when `a` comes first, 0 when equal. */
export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

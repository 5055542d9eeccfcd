/**
 * The check engine: runs every rule on a document, applies severity
 * overrides, validates what rules report, maps offsets back to the original
 * text and picks the message language. A rule that throws is reported once
 * through the logger and skipped; the others still run.
 */
import { pick } from '../i18n';
import type { Logger } from '../logger';
import type { VbhcSettings } from '../settings';
import type { CancellationToken, QuickFix, TextEdit, VbhcDiagnostic } from '../types';
import type { CheckContext, CoreFix, Rule } from './rule';
import type { VbhcDocument } from '../model/document';

const failedRules = new Set<string>();

/** Runs rules over a document and returns its diagnostics, in document order. */
export function runChecks(ctx: CheckContext, rules: readonly Rule[], logger: Logger, token?: CancellationToken): VbhcDiagnostic[] {
  const { doc, settings } = ctx;
  const out: VbhcDiagnostic[] = [];
  const textLength = doc.source.text.length;
  // Findings of one group often share one edit list (a renumbering): map it once.
  const mapped = new WeakMap<CoreFix['edits'], TextEdit[]>();
  for (const rule of rules) {
    if (token?.isCancellationRequested) break;
    const override = settings.severity[rule.code];
    if (override === 'off') continue;
    const severity = override ?? rule.severity;
    try {
      rule.check(ctx, (f) => {
        if (!(f.start >= 0 && f.end >= f.start && f.end <= textLength)) {
          throw new Error(`rule ${rule.code} reported an invalid range ${f.start}-${f.end} (text length ${textLength})`);
        }
        out.push({
          range: doc.source.rangeOf(f.start, f.end),
          severity,
          code: rule.code,
          message: pick(f.message, settings.lang),
          fixes: f.fixes?.map((fix) => toQuickFix(doc, fix, settings, mapped)),
          data: f.data,
        });
      });
    } catch (e) {
      // Once per rule: a rule whose error text varies must not flood the log.
      if (!failedRules.has(rule.code)) {
        failedRules.add(rule.code);
        logger.error(`vbhc: check ${rule.code} failed on ${doc.uri}: ${(e as Error)?.stack ?? e}`);
      }
    }
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}

/**
 * Converts a core fix (analysis offsets) to edits in the original text. With
 * `mapped`, an edit list already converted is shared, not converted again.
 */
export function toQuickFix(doc: VbhcDocument, fix: CoreFix, settings: Pick<VbhcSettings, 'lang'>, mapped?: WeakMap<CoreFix['edits'], TextEdit[]>): QuickFix {
  const src = doc.source;
  let edits = mapped?.get(fix.edits);
  if (!edits) {
    edits = fix.edits.map((e) => ({
      range: {
        start: src.originalPositionAt(src.toOriginal(e.start)),
        end: src.originalPositionAt(src.toOriginal(e.end)),
      },
      newText: e.newText,
    }));
    mapped?.set(fix.edits, edits);
  }
  return fix.command ? { title: pick(fix.title, settings.lang), fixAll: false, edits, command: fix.command } : { title: pick(fix.title, settings.lang), fixAll: fix.fixAll, edits };
}

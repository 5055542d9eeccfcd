/**
 * The check engine: runs every rule on a document, applies severity
 * overrides, validates what rules report, maps offsets back to the original
 * text and picks the message language. A rule that throws is reported once
 * through the service's RuleFailureLog and skipped; the others still run.
 */
import { msg, pick } from '../i18n';
import type { Logger } from '../logger';
import type { VbhcSettings } from '../settings';
import type { CancellationToken, QuickFix, Severity, TextEdit, VbhcDiagnostic } from '../types';
import type { CoreFix, CrossCheckContext, Finding, RuleReads } from './rule';
import type { DocumentFacts } from '../model/document';
import { keptDiagnostics, type KeptDiagnostics } from './kept-diagnostics';

/** A rule as the engine runs it, on contexts of type C (a per-document rule needs the parsed document; a cross-document one reads its facts only). */
export interface RunnableRule<C> {
  code: string;
  severity: Severity;
  /** What its findings depend on (rule.ts `RuleReads`): the engine then keeps them across an edit inside one paragraph. */
  reads?: RuleReads;
  // A function-typed property: a method's parameters would be compared both ways, letting per-document rules run on a shell.
  check: (ctx: C, report: (finding: Finding) => void) => void;
}

/**
 * Where rules that throw are reported: the logger, once per rule code for
 * as long as this log lives (one per language service) — a rule that fails
 * on every keystroke, or whose error text varies, must not flood the log.
 */
export class RuleFailureLog {
  private readonly reported = new Set<string>();
  constructor(private readonly logger: Logger) {}

  /** Reports that `code` threw on the document `uri`, unless it was reported already. */
  ruleFailed(code: string, uri: string, error: unknown): void {
    if (this.reported.has(code)) return;
    this.reported.add(code);
    this.logger.error(`vbhc: check ${code} failed on ${uri}: ${(error as Error)?.stack ?? error}`);
  }
}

/**
 * Findings of one code reported one by one in a document; past that, one
 * more finding counts the rest and says where they are. A hostile document
 * (30,000 impossible dates on a line) then publishes a bounded list instead
 * of megabytes, and nobody reads a thousand findings of one kind anyway.
 */
export const MAX_FINDINGS_PER_CODE = 1000;

/** Findings of one code past the cap: how many, the first one's range and the last one's start. */
interface Overflow {
  severity: VbhcDiagnostic['severity'];
  count: number;
  start: number;
  end: number;
  lastStart: number;
}

/** Runs rules over a document and returns its diagnostics, in document order. */
export function runChecks<C extends CrossCheckContext>(ctx: C, rules: readonly RunnableRule<C>[], failures: RuleFailureLog, token?: CancellationToken): VbhcDiagnostic[] {
  const steps = checkSteps(ctx, rules, failures, token);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * runChecks one rule at a time: the generator pauses after each rule and
 * returns the diagnostics at the end, so a caller with other work (a server
 * checking a workspace in the background) can answer requests between rules.
 */
export function* checkSteps<C extends CrossCheckContext>(ctx: C, rules: readonly RunnableRule<C>[], failures: RuleFailureLog, token?: CancellationToken): Generator<void, VbhcDiagnostic[], void> {
  const { doc, settings } = ctx;
  const out: VbhcDiagnostic[] = [];
  const textLength = doc.source.text.length;
  // Findings of one group often share one edit list (a renumbering): map it once.
  const mapped = new WeakMap<CoreFix['edits'], TextEdit[]>();
  const perCode = new Map<string, number>();
  const overflow = new Map<string, Overflow>();
  // Diagnostics kept from the document this one was edited from (kept-diagnostics.ts), looked up once a rule says what it reads.
  let kept: KeptDiagnostics | undefined | null = null;
  for (const rule of rules) {
    if (token?.isCancellationRequested) break;
    const override = settings.severity[rule.code];
    if (override === 'off') continue;
    const severity = override ?? rule.severity;
    const valid = (f: Finding) => {
      if (!(f.start >= 0 && f.end >= f.start && f.end <= textLength)) {
        throw new Error(`rule ${rule.code} reported an invalid range ${f.start}-${f.end} (text length ${textLength})`);
      }
    };
    const diagnostic = (f: Finding): VbhcDiagnostic => ({
      range: doc.source.rangeOf(f.start, f.end),
      severity,
      code: rule.code,
      message: pick(f.message, settings.lang),
      fixes: f.fixes?.map((fix) => toQuickFix(doc, fix, settings, mapped)),
      data: f.data,
    });
    const before = perCode.get(rule.code) ?? 0;
    if (rule.reads && kept === null) kept = keptDiagnostics(doc, settings, ctx);
    if (rule.reads && kept) {
      let list;
      try {
        list = kept.carried(rule, (within, push) => rule.check({ ...ctx, within }, (f) => (valid(f), push(f.start, diagnostic(f)))));
      } catch {
        // The run on the whole document below fails the same way and reports it.
        list = undefined;
      }
      if (list && before + list.entries.length <= MAX_FINDINGS_PER_CODE) {
        for (const k of list.entries) out.push(k.diagnostic);
        perCode.set(rule.code, before + list.entries.length);
        yield;
        continue;
      }
    }
    // Gathered apart so that they can be kept for the next edit.
    const mine: VbhcDiagnostic[] = [];
    const starts: number[] = [];
    let n = before;
    try {
      rule.check(ctx, (f) => {
        valid(f);
        if (++n > MAX_FINDINGS_PER_CODE) {
          const o = overflow.get(rule.code);
          if (o) (o.count++, (o.lastStart = Math.max(o.lastStart, f.start)));
          else overflow.set(rule.code, { severity, count: 1, start: f.start, end: f.end, lastStart: f.start });
          return;
        }
        starts.push(f.start);
        mine.push(diagnostic(f));
      });
      if (kept && before === 0 && n <= MAX_FINDINGS_PER_CODE) kept.keep(rule, { entries: mine.map((diagnostic, k) => ({ diagnostic, start: starts[k] })) });
    } catch (e) {
      failures.ruleFailed(rule.code, doc.uri, e);
    }
    for (const d of mine) out.push(d);
    perCode.set(rule.code, n);
    yield;
  }
  for (const [code, o] of overflow) {
    const range = doc.source.rangeOf(o.start, o.end);
    const from = range.start.line + 1;
    const to = doc.source.rangeOf(o.lastStart, o.lastStart).start.line + 1;
    const lines = from === to ? msg(`dòng ${from}`, `line ${from}`) : msg(`từ dòng ${from} đến dòng ${to}`, `lines ${from}–${to}`);
    out.push({
      range,
      severity: o.severity,
      code,
      message: pick(
        msg(
          `Còn ${o.count} chỗ khác cùng loại (${code}), ${lines.vi}; chỉ ${MAX_FINDINGS_PER_CODE} chỗ đầu được báo riêng. Sửa các chỗ đã báo rồi kiểm tra lại.`,
          `${o.count} more findings of this kind (${code}) on ${lines.en}; only the first ${MAX_FINDINGS_PER_CODE} are reported one by one. Fix those and check again.`,
        ),
        settings.lang,
      ),
      data: { more: o.count },
    });
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}

/**
 * Converts a core fix (analysis offsets) to edits in the original text. With
 * `mapped`, an edit list already converted is shared, not converted again.
 */
export function toQuickFix(doc: DocumentFacts, fix: CoreFix, settings: Pick<VbhcSettings, 'lang'>, mapped?: WeakMap<CoreFix['edits'], TextEdit[]>): QuickFix {
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

// A rule that throws never takes the service down: it is reported once
// through the logger and skipped, and the other rules still run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, msg, type Logger } from '../../server/src/service/index';
import type { Rule } from '../../server/src/service/checks/rule';

function capture(): Logger & { errors: string[] } {
  const errors: string[] = [];
  return { errors, info: () => undefined, error: (m) => errors.push(m) };
}

/** A rule that reports the first character of the document. */
function goodRule(code: string): Rule {
  return {
    code,
    severity: 'warning',
    description: msg('tốt', 'good'),
    check: (ctx, report) => report({ start: 0, end: Math.min(1, ctx.doc.source.text.length), message: msg('có', 'found') }),
  };
}

function throwingRule(code: string, error: () => unknown): Rule {
  return {
    code,
    severity: 'error',
    description: msg('hỏng', 'broken'),
    check: () => {
      throw error();
    },
  };
}

test('a rule that throws is skipped, logged once with its code, and the rules before and after it still report', () => {
  const logger = capture();
  const svc = createLanguageService({ logger, rules: [goodRule('test.before'), throwingRule('test.throws-a', () => new Error('boom')), goodRule('test.after')] });
  svc.setDocument('file:///a.vbhc.md', 'Nội dung.');
  const diags = svc.getDiagnostics('file:///a.vbhc.md');
  assert.deepEqual(diags.map((d) => d.code).sort(), ['test.after', 'test.before']);
  assert.equal(logger.errors.length, 1);
  assert.match(logger.errors[0], /test\.throws-a/);
  assert.match(logger.errors[0], /boom/);
  assert.match(logger.errors[0], /file:\/\/\/a\.vbhc\.md/);
});

test('the same failure is not logged again on later edits or other documents', () => {
  const logger = capture();
  const svc = createLanguageService({ logger, rules: [throwingRule('test.throws-b', () => new Error('same every time')), goodRule('test.ok-b')] });
  for (let i = 0; i < 5; i++) {
    svc.setDocument(`file:///d${i % 2}.vbhc.md`, `Nội dung ${i}.`);
    assert.deepEqual(svc.getDiagnostics(`file:///d${i % 2}.vbhc.md`).map((d) => d.code), ['test.ok-b']);
  }
  assert.equal(logger.errors.length, 1);
});

test('a rule that throws something that is not an Error (a string, undefined) is still contained', () => {
  const logger = capture();
  const svc = createLanguageService({ logger, rules: [throwingRule('test.throws-string', () => 'a string'), throwingRule('test.throws-undefined', () => undefined), goodRule('test.ok-c')] });
  svc.setDocument('file:///c.vbhc.md', 'x');
  assert.deepEqual(svc.getDiagnostics('file:///c.vbhc.md').map((d) => d.code), ['test.ok-c']);
  assert.equal(logger.errors.length, 2);
});

test('a rule that reports a range outside the text is named in the log and its findings are dropped', () => {
  const logger = capture();
  const bad: Rule = { code: 'test.bad-range', severity: 'error', description: msg('x', 'x'), check: (_ctx, report) => report({ start: 5, end: 1_000_000, message: msg('x', 'x') }) };
  const svc = createLanguageService({ logger, rules: [bad, goodRule('test.ok-d')] });
  svc.setDocument('file:///r.vbhc.md', 'short');
  assert.deepEqual(svc.getDiagnostics('file:///r.vbhc.md').map((d) => d.code), ['test.ok-d']);
  assert.equal(logger.errors.length, 1);
  assert.match(logger.errors[0], /test\.bad-range reported an invalid range 5-1000000/);
});

test('code actions, fix-all, outline and folding keep working while a rule throws', () => {
  const logger = capture();
  const svc = createLanguageService({ logger, rules: [throwingRule('test.throws-e', () => new TypeError('cannot read x of undefined'))] });
  svc.setDocument('file:///e.vbhc.md', '# I. MỘT\n\nNội dung.\n');
  const whole = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
  assert.deepEqual(svc.getCodeActions('file:///e.vbhc.md', whole), []);
  assert.deepEqual(svc.getFixAllEdits('file:///e.vbhc.md'), []);
  assert.equal(svc.getDocumentSymbols('file:///e.vbhc.md').length, 1);
  assert.ok(svc.getFoldingRanges('file:///e.vbhc.md').length >= 1);
  assert.equal(logger.errors.length, 1);
});

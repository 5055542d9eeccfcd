/**
 * A cross-document rule is given a closed document's shell, which has no
 * body or front matter: the types must stop such a rule from reading them,
 * and stop per-document rules from running on a shell. The `@ts-expect-error`
 * lines below fail `tsc` the day one of these is accepted again; the tests
 * check at run time that the service really hands cross rules a shell.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../language-service';
import { isParsed } from '../model/document';
import { runChecks, type RuleFailureLog } from './engine';
import type { CheckContext, CrossCheckContext, CrossRule, LocalRule, Rule } from './rule';
import { frontMatter } from '../../../../test/support/structure-testkit';

const description = { vi: 'thử', en: 'test' };

/** Never called: its body only has to type-check (or fail to, where marked). */
export function typeChecksOnly(shellContext: CrossCheckContext, localRules: LocalRule[], failures: RuleFailureLog): Rule[] {
  // @ts-expect-error a cross-document rule declared on the whole CheckContext could read a shell's missing body
  const crossOnWholeDocument: Rule = {
    code: 'x.cross-reads-body',
    severity: 'warning',
    description,
    crossDocument: true,
    check(ctx: CheckContext) {
      void ctx.doc.body;
    },
  };
  const crossArrow: CrossRule = {
    code: 'x.cross-arrow',
    severity: 'warning',
    description,
    crossDocument: true,
    // @ts-expect-error the same, written as a function property
    check: (ctx: CheckContext) => void ctx.doc.frontMatter,
  };
  const crossInferred: Rule = {
    code: 'x.cross-inferred',
    severity: 'warning',
    description,
    crossDocument: true,
    check(ctx) {
      // @ts-expect-error a cross rule's document is its facts: no body
      void ctx.doc.body;
    },
  };
  // @ts-expect-error per-document rules need the parsed document, not a shell's context
  runChecks(shellContext, localRules, failures);
  const local: Rule = { code: 'x.local', severity: 'warning', description, check: (ctx) => void ctx.doc.body };
  return [crossOnWholeDocument, crossArrow, crossInferred, local];
}

test('a cross-document rule is given a closed document\'s shell once the document is settled, its parsed model while it is open', () => {
  const seen: { uri: string; parsed: boolean }[] = [];
  const spy: CrossRule = {
    code: 'x.spy',
    severity: 'information',
    description,
    crossDocument: true,
    check: (ctx) => void seen.push({ uri: ctx.doc.uri, parsed: isParsed(ctx.doc) }),
  };
  const ls = createLanguageService({ rules: [spy] });
  const closed = 'file:///ws/dong.vbhc.md';
  const open = 'file:///ws/mo.vbhc.md';
  const text = `${frontMatter()}\nNội dung thử của văn bản./.\n`;
  ls.setDocument(closed, text, -1);
  ls.setDocument(open, text, 1);
  ls.prepareDocument(closed);
  ls.getDiagnostics(closed);
  ls.getDiagnostics(open);
  assert.deepEqual(seen, [
    { uri: closed, parsed: false },
    { uri: open, parsed: true },
  ]);
});

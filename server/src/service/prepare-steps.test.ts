/**
 * A closed document prepared in steps (as a server reading a workspace does,
 * answering requests between the parse and each rule) gives the results of
 * preparing it at once, and a document replaced, opened or re-configured
 * while the steps are paused is not settled with stale results.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from './language-service';
import { ALL_RULES } from './checks/registry';
import { frontMatter } from '../../../test/support/structure-testkit';

const A = 'file:///ws/a.vbhc.md';
const B = 'file:///ws/b.vbhc.md';
const a = `${frontMatter()}\nThực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND tỉnh.\n\nHai  khoảng trắng ở đây.\n\nĐoạn cuối./.\n`;
const b = (date: string) => `${frontMatter()}\nTheo Kế hoạch số 12/KH-UBND ngày ${date} của UBND tỉnh.\n\nĐoạn cuối./.\n`;

function workspace() {
  const ls = createLanguageService();
  ls.setDocument(A, a, -1);
  ls.setDocument(B, b('15/3/2025'), -1);
  return ls;
}

test('prepared in steps: one pause after the parse and one per rule, and the diagnostics of a whole check', () => {
  const whole = workspace();
  const stepped = workspace();
  stepped.deferUnprepared(true);
  for (const u of [A, B]) {
    const pauses = [...stepped.prepareDocumentSteps(u)].length;
    assert.ok(pauses > 10 && pauses <= ALL_RULES.length + 1, `${u}: ${pauses} pauses`);
  }
  stepped.deferUnprepared(false);
  for (const u of [A, B]) assert.deepEqual(stepped.getDiagnostics(u), whole.getDiagnostics(u), u);
  assert.ok(whole.getDiagnostics(A).some((d) => d.code === 'ref.date-conflict'), 'the cross-document result is there too');
});

test('a document replaced while its steps are paused is not settled with the old text', () => {
  const ls = workspace();
  const steps = ls.prepareDocumentSteps(B);
  steps.next();
  steps.next();
  ls.setDocument(B, b('05/3/2025'), -1);
  for (let r = steps.next(); !r.done; r = steps.next());
  assert.deepEqual(ls.getDiagnostics(A).filter((d) => d.code === 'ref.date-conflict'), [], 'the new date agrees');
});

test('a document opened while its steps are paused keeps its model', () => {
  const ls = workspace();
  const steps = ls.prepareDocumentSteps(A);
  steps.next();
  ls.setDocument(A, a, 1);
  const doc = ls.getDocument(A);
  for (let r = steps.next(); !r.done; r = steps.next());
  assert.equal(ls.getDocument(A), doc);
});

test('settings changed while the steps are paused: the results follow the new settings', () => {
  const ls = workspace();
  const steps = ls.prepareDocumentSteps(A);
  steps.next();
  steps.next();
  ls.configure({ severity: { 'style.spacing': 'off' } });
  for (let r = steps.next(); !r.done; r = steps.next());
  assert.deepEqual(ls.getDiagnostics(A).filter((d) => d.code === 'style.spacing'), []);
});

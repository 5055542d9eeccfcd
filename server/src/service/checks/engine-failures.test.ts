// A rule that throws is logged once per rule and language service; the other rules still run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { msg } from '../i18n';
import { createLanguageService } from '../index';
import type { Rule } from './rule';

const FAILING: Rule = {
  code: 'test.failing',
  severity: 'warning',
  description: msg('Luôn lỗi', 'Always throws'),
  check: function testFailing({ doc }) {
    throw new Error(`không đọc được ${doc.version}`);
  },
};
const WORKING: Rule = {
  code: 'test.working',
  severity: 'hint',
  description: msg('Luôn báo một chỗ', 'Always reports one place'),
  check: function testWorking(_ctx, report) {
    report({ start: 0, end: 1, message: msg('Chỗ đầu văn bản', 'The first character') });
  },
};

function service(errors: string[]) {
  return createLanguageService({ rules: [FAILING, WORKING], logger: { info: () => undefined, error: (m) => errors.push(m) } });
}

test('a failing rule is logged once per service, whatever its error says, and the others still report', () => {
  const first: string[] = [];
  const svc = service(first);
  for (let v = 1; v <= 3; v++) {
    svc.setDocument('file:///a.vbhc.md', `Văn bản lần ${v}.\n`, v);
    assert.deepEqual(svc.getDiagnostics('file:///a.vbhc.md').map((d) => d.code), ['test.working']);
  }
  assert.equal(first.length, 1);
  assert.match(first[0], /check test\.failing failed on file:\/\/\/a\.vbhc\.md: Error: không đọc được 1/);
  // Another service (another workspace, another test) logs it again: the state is the service's, not the process's.
  const second: string[] = [];
  const other = service(second);
  other.setDocument('file:///b.vbhc.md', 'Văn bản khác.\n', 1);
  other.getDiagnostics('file:///b.vbhc.md');
  assert.equal(second.length, 1);
});

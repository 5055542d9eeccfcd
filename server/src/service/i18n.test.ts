import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupedInteger } from './i18n';

test('groupedInteger groups thousands as toLocaleString de-DE (vi) and en-US (en) do', () => {
  const samples = [0, 7, 999, 1000, 1234, 65536, 100000, 999999, 1000000, 12345678, 2 ** 31, -1, -1234, -1234567];
  for (const n of samples) {
    assert.deepEqual(groupedInteger(n), { vi: n.toLocaleString('de-DE'), en: n.toLocaleString('en-US') }, String(n));
  }
  assert.deepEqual(groupedInteger(65536), { vi: '65.536', en: '65,536' });
});

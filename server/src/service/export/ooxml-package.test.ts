import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoUtc } from './ooxml-package';

test('isoUtc writes what toISOString writes, for dates across the calendar and around every field boundary', () => {
  const dates = [
    0, -1, 1, 999, 1000, 86_399_999, 86_400_000, Date.UTC(1999, 11, 31, 23, 59, 59, 999), Date.UTC(2000, 1, 29, 12), Date.UTC(2024, 1, 29),
    Date.UTC(2026, 11, 4, 19, 5, 7, 9), Date.parse('0000-01-01T00:00:00.000Z'), Date.parse('0099-12-31T23:59:59.999Z'), Date.parse('0999-06-15T08:09:10.011Z'),
    Date.UTC(9999, 11, 31, 23, 59, 59, 999),
  ].map((t) => new Date(t));
  // Years 0–9999 at random (seeded), every field varied.
  let seed = 20251204;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const lo = Date.parse('0000-01-01T00:00:00.000Z');
  const hi = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
  for (let i = 0; i < 5000; i++) dates.push(new Date(lo + Math.floor(next() * (hi - lo))));
  for (const d of dates) assert.equal(isoUtc(d), d.toISOString(), String(d.getTime()));
});

test('isoUtc leaves years toISOString writes with six digits to toISOString, and an invalid date throws as it does', () => {
  for (const t of [Date.UTC(12_345, 5, 6), Date.UTC(9999, 11, 31, 23, 59, 59, 999) + 1, Date.parse('0000-01-01T00:00:00.000Z') - 1]) {
    const d = new Date(t);
    assert.match(d.toISOString(), /^[+-]\d{6}-/);
    assert.equal(isoUtc(d), d.toISOString());
  }
  assert.throws(() => isoUtc(new Date(Number.NaN)), RangeError);
});

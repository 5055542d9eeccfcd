/**
 * The keys completion offers as required are the keys meta.missing-field
 * requires of every document, and it inserts keys in the table's order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REQUIRED_KEYS } from '../checks/meta-missing-field';
import { FRONT_MATTER_KEYS, KY_KEYS } from './front-matter-keys';

test('the required keys of the table are those meta.missing-field asks every document for, in the same order', () => {
  const required = [...FRONT_MATTER_KEYS.filter((k) => k.required && k.key !== 'ky').map((k) => k.key), ...KY_KEYS.filter((k) => k.required).map((k) => `ky.${k.key}`)];
  assert.deepEqual(REQUIRED_KEYS.map((k) => k.path), required);
});

test('every key is named once', () => {
  for (const list of [FRONT_MATTER_KEYS, KY_KEYS]) assert.equal(new Set(list.map((k) => k.key)).size, list.length);
});

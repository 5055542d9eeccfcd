import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextMap } from './text-map';

test('TextMap finds each text, long or short, as a Map does, texts of one fingerprint included', () => {
  const map = new TextMap<number>();
  const ref = new Map<string, number>();
  const head = 'Căn cứ Kế hoạch số 12/KH-UBND ngày 5/3/2025 của Ủy ban nhân dân tỉnh, ';
  const tail = ' được triển khai nghiêm túc, đáp ứng yêu cầu nhiệm vụ.';
  const texts = ['', 'a', 'ngắn', head + tail];
  // Long texts that differ only in the middle share a fingerprint.
  for (const mid of ['x', 'y', 'xy', 'yx', 'một', 'hai', 'ba']) texts.push(head + mid + tail);
  texts.push(`${'a'.repeat(56)}`, `${'a'.repeat(57)}`, `${'a'.repeat(100)}`);
  texts.forEach((t, i) => {
    map.set(t, i);
    ref.set(t, i);
  });
  for (const t of texts) assert.equal(map.get(t), ref.get(t), JSON.stringify(t));
  for (const t of [head + 'z' + tail, head + tail + '.', 'b', `${'a'.repeat(58)}`]) assert.equal(map.get(t), undefined, t);
  // A slice of a longer text finds the entry stored with an equal text.
  const doc = `Mở đầu.\n\n${head}hai${tail}\n\nKết thúc.`;
  const at = doc.indexOf(head);
  assert.equal(map.get(doc.slice(at, at + (head + 'hai' + tail).length)), ref.get(head + 'hai' + tail));
  map.set(head + 'x' + tail, 99);
  assert.equal(map.get(head + 'x' + tail), 99);
  assert.equal(map.get(head + 'y' + tail), ref.get(head + 'y' + tail));
  map.clear();
  for (const t of texts) assert.equal(map.get(t), undefined);
});

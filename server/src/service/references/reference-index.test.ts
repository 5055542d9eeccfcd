import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../model/document';
import { ReferenceIndex } from './reference-index';

const HEAD = '---\nloai: BC\nso: 5/BC-SKHCN\nngay: 2025-03-02\n---\n\n';
const A = 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.';
const B = 'Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh, đơn vị đã triển khai.';
const C = 'Theo Chỉ thị số 05/CT-TTg ngày 20/02/2025 của Thủ tướng Chính phủ.';

/** Every key's occurrences as (document, citation) pairs: citations by identity. */
function snapshot(index: ReferenceIndex): Map<string, [string, unknown][]> {
  const out = new Map<string, [string, unknown][]>();
  for (const key of [...index.keys()].sort()) out.set(key, index.occurrences(key).map((o) => [o.doc.uri, o.citation]));
  return out;
}

test('an index synced edit after edit holds what a fresh index of the same documents holds, whether the keys kept their order or not', () => {
  const bodies = [
    [A, B, C, A],
    [`${A} Thêm một câu.`, B, C, A], // the same keys in the same order, moved
    [A, C, B, A], // the same keys in another order
    [A, B, A], // one citation gone
    [B, B, `${C} ${C}`, A, A], // keys repeated
    ['Không trích dẫn văn bản nào.'],
    [A, B, C, A],
  ];
  const index = new ReferenceIndex();
  const other = parseDocument('file:///b.vbhc.md', `${HEAD}${B}\n\n${C}\n`, 1);
  bodies.forEach((paragraphs, version) => {
    const doc = parseDocument('file:///a.vbhc.md', `${HEAD}${paragraphs.join('\n\n')}\n`, version);
    index.sync([doc, other]);
    const fresh = new ReferenceIndex();
    fresh.sync([doc, other]);
    assert.deepEqual(snapshot(index), snapshot(fresh), `version ${version}`);
  });
});

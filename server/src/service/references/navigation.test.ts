import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../language-service';

const FM = '---\nloai: BC\nngay: 2025-05-30\n---\n\n';
const A = 'file:///ws/a.vbhc.md';
const B = 'file:///ws/b.vbhc.md';

function workspace() {
  const ls = createLanguageService();
  // Line 5: a full citation; line 7: a short one.
  ls.setDocument(A, `${FM}Kế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND tỉnh về chuyển đổi số.\n\nTheo Kế hoạch số 12/KH-UBND, Chỉ thị số 33/CT-TTg.\n`);
  ls.setDocument(B, `${FM}Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND tỉnh.\n`);
  return ls;
}

test('a later short citation goes to the first full citation of the workspace', () => {
  const ls = workspace();
  assert.deepEqual(ls.getDefinition(A, { line: 7, character: 22 }), [
    { uri: A, range: { start: { line: 5, character: 0 }, end: { line: 5, character: 51 } } },
  ]);
});

test('a built-in document cited only in short form has no definition location', () => {
  assert.deepEqual(workspace().getDefinition(A, { line: 7, character: 40 }), []);
});

test('find references lists every citation of the symbol across the workspace', () => {
  const refs = workspace().getReferences(A, { line: 5, character: 15 });
  assert.deepEqual(refs.map((r) => `${r.uri.slice(-9)}:${r.range.start.line}:${r.range.start.character}`), ['a.vbhc.md:5:12', 'a.vbhc.md:7:17', 'b.vbhc.md:5:22']);
});

test('hover shows the full citation, validity, source and where the document is cited', () => {
  const ls = workspace();
  const h = ls.getHover(A, { line: 7, character: 40 })!;
  assert.match(h.contents.value, /\*\*Chỉ thị số 33\/CT-TTg\*\* ngày 26\/11\/2021 của Thủ tướng Chính phủ về tiếp tục/);
  assert.match(h.contents.value, /Nguồn: danh mục có sẵn/);
  assert.match(h.contents.value, /Được dẫn 1 lần trong 1 văn bản:\n- a\.vbhc\.md: dòng 8$/);
  const learned = ls.getHover(B, { line: 5, character: 25 })!;
  assert.match(learned.contents.value, /\*\*Kế hoạch số 12\/KH-UBND\*\* ngày 05\/3\/2025 của UBND tỉnh về chuyển đổi số/);
  assert.match(learned.contents.value, /học từ văn bản a\.vbhc\.md, dòng 6/);
  assert.match(learned.contents.value, /Được dẫn 3 lần trong 2 văn bản/);
  assert.equal(ls.getHover(A, { line: 0, character: 1 }), undefined);
});

test('hover on a replaced document names its replacement', () => {
  const ls = createLanguageService({ settings: { lang: 'en' } });
  ls.setDocument(A, `${FM}Nghị định số 110/2004/NĐ-CP.\n`);
  const h = ls.getHover(A, { line: 5, character: 20 })!;
  assert.match(h.contents.value, /Validity: no longer in force — replaced by 30\/2020\/NĐ-CP/);
  assert.match(h.contents.value, /Replacement: \*\*Nghị định số 30\/2020\/NĐ-CP\*\*/);
});

test('workspace symbols list cited documents, filtered without regard to diacritics', () => {
  const ls = workspace();
  assert.deepEqual(ls.getWorkspaceSymbols('').map((s) => s.name), ['Kế hoạch số 12/KH-UBND', 'Chỉ thị số 33/CT-TTg']);
  assert.deepEqual(ls.getWorkspaceSymbols('chuyen doi so').map((s) => s.name), ['Kế hoạch số 12/KH-UBND']);
});

test('the pick list finds by number, type, issuer and subject, and inserts the short form after an earlier citation', () => {
  const ls = workspace();
  assert.equal(ls.searchCatalog('33 chi thi')[0].so_ky_hieu, '33/CT-TTg');
  assert.equal(ls.searchCatalog('thu tuong dan van')[0].so_ky_hieu, '33/CT-TTg');
  const full = ls.searchCatalog('12/KH-UBND', { uri: A, position: { line: 5, character: 0 } })[0];
  assert.equal(full.insertText, 'Kế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND tỉnh về chuyển đổi số');
  assert.equal(full.source, 'learned');
  const short = ls.searchCatalog('12/KH-UBND', { uri: A, position: { line: 9, character: 0 } })[0];
  assert.equal(short.insertText, 'Kế hoạch số 12/KH-UBND');
});

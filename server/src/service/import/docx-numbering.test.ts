// Word's automatic numbering read from numbering.xml: a list defined through a
// numbering style (`numStyleLink` → the abstract list with that `styleLink`)
// is counted with the linked list's levels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberingLabels } from './docx-numbering';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A package of two parts, as numberingLabels reads it. */
function zip(numbering: string, document: string) {
  const parts: Record<string, string> = { 'word/numbering.xml': numbering, 'word/document.xml': document };
  return { file: (name: string) => (name in parts ? { async: async () => parts[name] } : null) };
}

const para = (numId: string, ilvl: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const DOCUMENT = `<w:document ${W}><w:body>${para('2', 0, 'Kết quả')}${para('2', 1, 'Công tác chỉ đạo')}${para('2', 1, 'Kết quả cụ thể')}${para('2', 0, 'Phương hướng')}</w:body></w:document>`;
const LEVELS = `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>`;

test('a list that links to a numbering style takes the levels of the list defining that style', async () => {
  const numbering = `<w:numbering ${W}>
    <w:abstractNum w:abstractNumId="0"><w:styleLink w:val="DeMucVanBan"/>${LEVELS}</w:abstractNum>
    <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="DeMucVanBan"/></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  </w:numbering>`;
  assert.deepEqual((await numberingLabels(zip(numbering, DOCUMENT)))!.map((l) => l.text), ['I.', '1.', '2.', 'II.']);
});

test('a list with its own levels is read as before, and a link to a style no list defines gives no label', async () => {
  const own = `<w:numbering ${W}><w:abstractNum w:abstractNumId="1">${LEVELS}</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
  assert.deepEqual((await numberingLabels(zip(own, DOCUMENT)))!.map((l) => l.text), ['I.', '1.', '2.', 'II.']);
  const dangling = `<w:numbering ${W}><w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="KhongCo"/></w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
  assert.deepEqual((await numberingLabels(zip(dangling, DOCUMENT)))!.map((l) => l.text), ['', '', '', '']);
});

/**
 * A cited document's subject ends where its clause ends, and only a subject
 * whose end is certain is learned (shown in hover and the pick list, and
 * inserted by completion in other documents).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCitations } from './recognizer';
import { createLanguageService } from '../language-service';

function subjectOf(text: string, symbol: string): { text: string; certain: boolean } | undefined {
  const c = findCitations(text).find((x) => x.symbol.text === symbol);
  assert.ok(c, `${symbol} is found in: ${text}`);
  return c.subject && { text: c.subject.text, certain: c.subject.certain };
}

test('the opening sentence: the subject ends before ", <agency> báo cáo …" and is certain', () => {
  const s = 'Thực hiện Kế hoạch số 125/KH-UBND ngày 10/01/2025 của UBND tỉnh về thực hiện nhiệm vụ cải cách hành chính năm 2025, Sở Nội vụ báo cáo kết quả 6 tháng đầu năm như sau:';
  assert.deepEqual(subjectOf(s, '125/KH-UBND'), { text: 'thực hiện nhiệm vụ cải cách hành chính năm 2025', certain: true });
  const k = 'Căn cứ Chỉ thị số 08/CT-UBND ngày 14/02/2025 của UBND tỉnh về chấn chỉnh kỷ luật, kỷ cương hành chính, Sở Khoa học và Công nghệ ban hành Kế hoạch thực hiện như sau:';
  assert.deepEqual(subjectOf(k, '08/CT-UBND'), { text: 'chấn chỉnh kỷ luật, kỷ cương hành chính', certain: true });
});

test('a comma inside the subject stays; `;`, `:`, `như sau`, a sentence end and clause words end it', () => {
  assert.deepEqual(subjectOf('Căn cứ Quyết định số 21/QĐ-UBND ngày 05/01/2025 của UBND tỉnh về giao chỉ tiêu kinh tế, xã hội năm 2025;', '21/QĐ-UBND'), {
    text: 'giao chỉ tiêu kinh tế, xã hội năm 2025',
    certain: true,
  });
  assert.equal(subjectOf('Theo Công văn số 45/SNV-CCHC ngày 05/3/2025 của Sở Nội vụ về rà soát thủ tục: các phòng gửi báo cáo.', '45/SNV-CCHC')?.text, 'rà soát thủ tục');
  assert.equal(subjectOf('Thực hiện Công văn số 45/SNV-CCHC ngày 05/3/2025 của Sở Nội vụ về rà soát thủ tục hành chính như sau', '45/SNV-CCHC')?.text, 'rà soát thủ tục hành chính');
  assert.deepEqual(subjectOf('Thực hiện Công văn số 45/SNV-CCHC ngày 05/3/2025 của Sở Nội vụ về rà soát thủ tục hành chính, đề nghị các phòng báo cáo trước ngày 20/3/2025.', '45/SNV-CCHC'), {
    text: 'rà soát thủ tục hành chính',
    certain: true,
  });
  // The last part before "như sau:" is the main clause even without a listed verb.
  assert.deepEqual(subjectOf('Thực hiện Kế hoạch số 125/KH-UBND ngày 10/01/2025 của UBND tỉnh về chuyển đổi số, Văn phòng Sở tổng hợp kết quả như sau:', '125/KH-UBND'), {
    text: 'chuyển đổi số',
    certain: true,
  });
});

test('a list of agencies in the subject is kept whole but not certain', () => {
  const s = 'Thực hiện Quy chế số 03/QC-SNV ngày 02/3/2025 của Sở Nội vụ về phối hợp giữa Sở Nội vụ, Sở Tư pháp trong hướng dẫn cải cách hành chính.';
  assert.deepEqual(subjectOf(s, '03/QC-SNV'), { text: 'phối hợp giữa Sở Nội vụ, Sở Tư pháp trong hướng dẫn cải cách hành chính', certain: false });
});

test('at the next citation: certain after a connector, uncertain when the next citation is part of the subject', () => {
  const a = 'Thực hiện Công văn số 45/SNV-CCHC ngày 05/3/2025 của Sở Nội vụ về rà soát thủ tục hành chính và Kế hoạch số 20/KH-SNV ngày 03/02/2025 của Sở Nội vụ về cải cách hành chính.';
  assert.deepEqual(subjectOf(a, '45/SNV-CCHC'), { text: 'rà soát thủ tục hành chính', certain: true });
  const b = 'Kế hoạch số 20/KH-SNV ngày 03/02/2025 của Sở Nội vụ về triển khai Quyết định số 15/QĐ-UBND ngày 02/01/2025 của UBND tỉnh.';
  assert.deepEqual(subjectOf(b, '20/KH-SNV'), { text: 'triển khai', certain: false });
});

const FM = '---\nloai: BC\nky_hieu: SNV\nngay: 2025-06-05\n---\n\n';

test('learned citations: the subject of the clause, or none when it is not certain', () => {
  const ls = createLanguageService();
  ls.setDocument(
    'file:///a.vbhc.md',
    `${FM}Thực hiện Kế hoạch số 125/KH-UBND ngày 10/01/2025 của UBND tỉnh về thực hiện nhiệm vụ cải cách hành chính năm 2025, Sở Nội vụ báo cáo kết quả như sau:\n\n` +
      'Sở đã thực hiện Quy chế số 03/QC-SNV ngày 02/3/2025 của Sở Nội vụ về phối hợp giữa Sở Nội vụ, Sở Tư pháp trong hướng dẫn cải cách hành chính./.\n',
  );
  const at = (body: string) => {
    const text = FM + body;
    ls.setDocument('file:///b.vbhc.md', text);
    const lines = text.split('\n');
    return ls.getCompletions('file:///b.vbhc.md', { line: lines.length - 1, character: lines[lines.length - 1].length }).items;
  };
  const kh = at('Tiếp tục thực hiện Kế hoạch số 125/').find((i) => i.label === 'Kế hoạch số 125/KH-UBND');
  assert.equal(kh?.textEdit?.newText, 'Kế hoạch số 125/KH-UBND ngày 10/01/2025 của UBND tỉnh về thực hiện nhiệm vụ cải cách hành chính năm 2025');
  const qc = at('Áp dụng Quy chế số 03/').find((i) => i.label === 'Quy chế số 03/QC-SNV');
  assert.equal(qc?.textEdit?.newText, 'Quy chế số 03/QC-SNV ngày 02/3/2025 của Sở Nội vụ');
  const pick = ls.searchCatalog('125/KH-UBND').find((p) => p.label.includes('125/KH-UBND'));
  assert.equal(pick?.trich_yeu, 'về thực hiện nhiệm vụ cải cách hành chính năm 2025');
  ls.setDocument('file:///b.vbhc.md', `${FM}Tiếp tục thực hiện Kế hoạch số 125/KH-UBND./.\n`);
  const hover = ls.getHover('file:///b.vbhc.md', { line: 6, character: 34 })?.contents.value ?? '';
  assert.match(hover, /thực hiện nhiệm vụ cải cách hành chính năm 2025/);
  assert.doesNotMatch(hover, /Sở Nội vụ báo cáo|như sau/);
});

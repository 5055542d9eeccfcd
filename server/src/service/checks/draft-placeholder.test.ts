import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createLanguageService } from '../language-service';
import { documentSkeleton, SKELETON_KINDS } from '../skeletons';
import type { VbhcDiagnostic } from '../types';

const URI = 'file:///du-thao.vbhc.md';

function diagnostics(text: string, lang: 'vi' | 'en' = 'vi'): VbhcDiagnostic[] {
  const ls = createLanguageService({ settings: { lang } });
  ls.setDocument(URI, text);
  return ls.getDiagnostics(URI);
}

/** The text each draft.placeholder diagnostic covers. */
function covered(text: string, ds: VbhcDiagnostic[]): string[] {
  const lines = text.split('\n');
  return ds.filter((d) => d.code === 'draft.placeholder').map((d) => {
    assert.equal(d.range.start.line, d.range.end.line);
    return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
  });
}

const DOC = `---
loai: BC
co_quan: "SỞ NỘI VỤ"
ky_hieu: SNV
dia_danh: "Quảng Ngãi"
ngay: 2025-06-05
trich_yeu: "Kết quả công tác cải cách hành chính năm 2025"
noi_nhan:
  - "UBND tỉnh"
  - "Lưu: VT, VP"
ky:
  chuc_vu: "GIÁM ĐỐC"
  ho_ten: "Lê Văn Bình"
---

Sở Nội vụ báo cáo kết quả công tác cải cách hành chính năm 2025 như sau:

# I. KẾT QUẢ THỰC HIỆN

Đã tổ chức 12 lớp tập huấn.

# II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

Tiếp tục rà soát thủ tục hành chính./.
`;

test('a finished document has no draft.placeholder', () => {
  assert.deepEqual(covered(DOC, diagnostics(DOC)), []);
});

test('every «…» fill-in of the skeletons is one error on exactly its text: an unfilled skeleton is never "no problems"', () => {
  for (const kind of SKELETON_KINDS) {
    const text = documentSkeleton(kind, { date: new Date(2026, 0, 15) });
    const ds = diagnostics(text);
    const expected = text.match(/«[^«»\n]*»/g)!;
    assert.ok(expected.length >= 12, `${kind}: ${expected.length} fill-ins`);
    assert.deepEqual(covered(text, ds), expected, kind);
    assert.ok(ds.filter((d) => d.code === 'draft.placeholder').every((d) => d.severity === 'error'));
  }
});

test('front matter: the message names the key (optional keys may be deleted instead); <…> values count; comments do not', () => {
  const text = DOC.replace('co_quan: "SỞ NỘI VỤ"', 'co_quan_chu_quan: "«TÊN CƠ QUAN CHỦ QUẢN»"\nco_quan: "<TÊN CƠ QUAN>" # «ghi chú»').replace('  - "UBND tỉnh"', '  - "«Cơ quan cấp trên»"');
  const ds = diagnostics(text).filter((d) => d.code === 'draft.placeholder');
  assert.deepEqual(covered(text, ds), ['«TÊN CƠ QUAN CHỦ QUẢN»', '<TÊN CƠ QUAN>', '«Cơ quan cấp trên»']);
  assert.equal(ds[0].message, 'Khóa "co_quan_chu_quan" còn chỗ cần điền "«TÊN CƠ QUAN CHỦ QUẢN»". Thay bằng nội dung thật, hoặc xóa dòng này nếu văn bản không cần.');
  assert.equal(ds[1].message, 'Khóa "co_quan" còn chỗ cần điền "<TÊN CƠ QUAN>". Thay bằng nội dung thật.');
  assert.match(ds[2].message, /^Khóa "noi_nhan" /);
  const en = diagnostics(text, 'en').filter((d) => d.code === 'draft.placeholder');
  assert.equal(en[1].message, 'Key "co_quan" still holds the fill-in "<TÊN CƠ QUAN>". Replace it with the actual text.');
  // No missing-field for a key written with a fill-in: it is there, and not written yet.
  assert.ok(!diagnostics(text).some((d) => d.code === 'meta.missing-field'));
});

test('body: headings, dash items, tables and prose count; code blocks and code spans do not; a long fill-in is quoted cut at a word', () => {
  const body = [
    '## 1. «Tên mục»',
    '',
    '- «Kết quả cụ thể»;',
    '',
    '| Nội dung | Số lượng |',
    '|---|---|',
    '| Tập huấn | «số lớp» |',
    '',
    'Mẫu ghi `«tên»` trong dòng lệnh, và ký tự « đứng một mình.',
    '',
    '```',
    '«trong khối mã»',
    '```',
    '',
    '«Những việc đã làm để lãnh đạo, chỉ đạo thực hiện nhiệm vụ trong sáu tháng đầu năm.»',
  ].join('\n');
  const text = DOC.replace('Đã tổ chức 12 lớp tập huấn.', body);
  const ds = diagnostics(text).filter((d) => d.code === 'draft.placeholder');
  assert.deepEqual(covered(text, ds), ['«Tên mục»', '«Kết quả cụ thể»', '«số lớp»', '«Những việc đã làm để lãnh đạo, chỉ đạo thực hiện nhiệm vụ trong sáu tháng đầu năm.»']);
  assert.equal(ds[0].message, 'Chỗ cần điền "«Tên mục»" vẫn còn trong văn bản. Viết nội dung thật thay cho nó.');
  assert.equal(ds[3].message, 'Chỗ cần điền "«Những việc đã làm để lãnh đạo, chỉ đạo thực hiện nhiệm…»" vẫn còn trong văn bản. Viết nội dung thật thay cho nó.');
});

test('the examples have no fill-in left', () => {
  const dir = new URL('../../../../examples/', import.meta.url);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.vbhc.md'))) {
    const text = readFileSync(new URL(f, dir), 'utf8');
    assert.deepEqual(covered(text, diagnostics(text)), [], f);
  }
});

test('kinh_gui left as a fill-in may be deleted in a report, not in a công văn or tờ trình, whose type requires it', () => {
  const withKinhGui = (loai: string) => DOC.replace('loai: BC', `loai: ${loai}`).replace('noi_nhan:', 'kinh_gui: "«Cơ quan nhận»"\nnoi_nhan:');
  const message = (loai: string) => diagnostics(withKinhGui(loai)).find((d) => d.code === 'draft.placeholder')!.message;
  assert.equal(message('BC'), 'Khóa "kinh_gui" còn chỗ cần điền "«Cơ quan nhận»". Thay bằng nội dung thật, hoặc xóa dòng này nếu văn bản không cần.');
  for (const loai of ['CV', 'TTr']) assert.equal(message(loai), 'Khóa "kinh_gui" còn chỗ cần điền "«Cơ quan nhận»". Thay bằng nội dung thật.', loai);
});

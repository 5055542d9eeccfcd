import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from './language-service';
import { documentSkeleton, frontMatterSkeleton, SKELETON_KINDS, skeletonSnippet } from './skeletons';
import { expandSnippet } from '../../../client/src/features/snippet-text';

const DATE = new Date(2026, 0, 15);
const URI = 'file:///khung.vbhc.md';

function diagnostics(text: string) {
  const ls = createLanguageService();
  ls.setDocument(URI, text);
  return ls.getDiagnostics(URI);
}

test('the BC skeleton holds the header keys, the parts of a report and the closing mark; its subject starts with a capital', () => {
  const t = documentSkeleton('BC', { date: DATE });
  for (const line of ['loai: BC', 'ngay: 2026-01-15', 'noi_nhan:', 'ky:', '# I. KẾT QUẢ THỰC HIỆN', '# II. ĐÁNH GIÁ CHUNG', '# III. PHƯƠNG HƯỚNG, NHIỆM VỤ «6 THÁNG CUỐI NĂM 2026»', '# IV. ĐỀ XUẤT, KIẾN NGHỊ']) {
    assert.ok(t.split('\n').includes(line), line);
  }
  assert.match(t, /^trich_yeu: "«Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026»"$/m);
  assert.match(t, /^ {2}- "Lưu: VT, «đơn vị soạn thảo»"$/m);
  assert.match(t, /\.\/\.\n$/);
});

test('the KH skeleton holds the parts of a plan; its subject starts with a capital', () => {
  const t = documentSkeleton('KH', { date: DATE });
  for (const line of ['loai: KH', '# I. MỤC ĐÍCH, YÊU CẦU', '# II. NHIỆM VỤ, GIẢI PHÁP', '# III. TỔ CHỨC THỰC HIỆN']) assert.ok(t.split('\n').includes(line), line);
  assert.match(t, /^trich_yeu: "«Thực hiện nhiệm vụ năm 2026»"$/m);
  assert.match(t, /quyết định\.\/\.\n$/);
});

test('unfilled, a skeleton has draft.placeholder errors and nothing else; filled, it has no warning or error', () => {
  for (const kind of SKELETON_KINDS) {
    const t = documentSkeleton(kind, { date: DATE });
    const ds = diagnostics(t);
    assert.ok(ds.length > 0);
    assert.deepEqual([...new Set(ds.map((d) => d.code))], ['draft.placeholder'], kind);
    const filled = documentSkeleton(kind, {
      date: DATE,
      fill: { co_quan_chu_quan: 'UBND TỈNH QUẢNG NGÃI', co_quan: 'SỞ NỘI VỤ', ky_hieu: 'SNV', dia_danh: 'Quảng Ngãi', quyen_han: 'KT. GIÁM ĐỐC', chuc_vu: 'PHÓ GIÁM ĐỐC', ho_ten: 'Lê Thị Hoa' },
    }).replace(/«([^«»\n]*)»/g, '$1');
    assert.deepEqual(diagnostics(filled).filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.code}: ${d.message}`), [], kind);
  }
});

test('fill: known values are written in, null drops an optional line, several authority lines make a list', () => {
  const fm = frontMatterSkeleton('BC', { date: DATE, fill: { co_quan_chu_quan: null, co_quan: 'SỞ "A"', quyen_han: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'] } });
  assert.doesNotMatch(fm, /co_quan_chu_quan/);
  assert.match(fm, /^co_quan: "SỞ \\"A\\""$/m);
  assert.match(fm, /^ {2}quyen_han:\n {4}- "TM. ỦY BAN NHÂN DÂN"\n {4}- "KT. CHỦ TỊCH"\n {2}chuc_vu: "«PHÓ GIÁM ĐỐC»"$/m);
  assert.doesNotMatch(frontMatterSkeleton('KH', { date: DATE, fill: { quyen_han: null } }), /quyen_han/);
  assert.match(frontMatterSkeleton(undefined, { date: DATE }), /^loai: "«BC hoặc KH»"$/m);
});

test('as a snippet, the skeleton expands to the same text; each fill-in is a tab stop, a repeated one a mirror', () => {
  for (const kind of SKELETON_KINDS) {
    const snippet = skeletonSnippet(kind, { date: DATE, fill: { co_quan: 'SỞ $ {A}' } });
    assert.equal(expandSnippet(snippet), documentSkeleton(kind, { date: DATE, fill: { co_quan: 'SỞ $ {A}' } }), kind);
    assert.match(snippet, /^loai: .*\nco_quan_chu_quan: "\$\{1:«TÊN CƠ QUAN CHỦ QUẢN»\}"$/m);
    assert.ok(snippet.endsWith('$0'));
  }
  const kh = skeletonSnippet('KH', { date: DATE });
  const n = /\$\{(\d+):«Văn phòng»\}/.exec(kh)![1];
  assert.match(kh, new RegExp(`phản ánh về \\$${n} để tổng hợp`));
  // Typing into the mirror changes both: VS Code mirrors need the same number.
  assert.equal(expandSnippet(kh, { values: { [Number(n)]: 'Văn phòng Sở' } }).match(/Văn phòng Sở/g)!.length, 2);
});

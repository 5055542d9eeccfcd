// "Sửa tất cả" over the real protocol: `vbhc/fixAll` answers the edits and
// how many problems of each code they fix, so the editor can say what it
// changed ("Đã sửa tự động 2 lỗi: 1 × meta.invalid-value, 1 × structure.numbering-gap").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startLspSession } from './lsp-session';
import { FixAllRequest, type FixAllResult } from '../../server/src/protocol';

const DOC = '---\nloai: BC\nco_quan: SỞ THỬ NGHIỆM\nky_hieu: STN\ndia_danh: Huế\nngay: 2025-05-30\ntrich_yeu: sửa tất cả\nnoi_nhan: ["Lưu: VT"]\nky:\n  quyen_han: KT GIÁM ĐỐC\n  chuc_vu: PHÓ GIÁM ĐỐC\n  ho_ten: Trần Văn Thử\n---\n\n# I. NỘI DUNG\n\nSở báo cáo như sau.\n\n# III. KẾT LUẬN\n\nĐã hoàn thành./.\n';

test('vbhc/fixAll answers its edits with the problems they fix, counted by code', async (t) => {
  const s = await startLspSession({ files: { 'a.vbhc.md': DOC } });
  t.after(() => s.close());
  const uri = s.uriOf('a.vbhc.md');
  const published = await s.waitFor(() => {
    const d = s.published.get(uri);
    return d?.some((x) => x.code === 'meta.invalid-value') ? d : undefined;
  });
  const r = (await s.conn.sendRequest(FixAllRequest, { uri })) as FixAllResult;
  assert.ok(r.edits.length >= 2, JSON.stringify(r));
  assert.equal(r.counts['meta.invalid-value'], 1);
  assert.equal(r.counts['structure.numbering-gap'], 1);
  // Every code counted is one Problems lists, and no more problems than it lists.
  for (const [code, n] of Object.entries(r.counts)) assert.ok(n <= published.filter((d) => d.code === code).length, code);
  const unknown = (await s.conn.sendRequest(FixAllRequest, { uri: s.uriOf('khong-co.vbhc.md') })) as FixAllResult;
  assert.deepEqual(unknown, { edits: [], counts: {} });
});

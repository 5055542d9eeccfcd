import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../language-service';
import type { CatalogEntry } from './catalog-entry';
import { UNCERTAIN } from './builtin-data';

const URI = 'file:///ws/bao-cao.vbhc.md';

/** A document of a Cần Thơ department, with `body` after its front matter. */
function cantho(body: string): string {
  return `---\nloai: BC\nco_quan: SỞ NỘI VỤ\nky_hieu: SNV\ndia_danh: Cần Thơ\nngay: 2025-06-02\n---\n\n${body}`;
}

/** Labels of the completion items at the end of `body`. */
/** Labels offered at the end of `body`; `invoked`: as after Ctrl+Space. */
function labelsAt(ls: ReturnType<typeof createLanguageService>, body: string, invoked = false): string[] {
  const text = cantho(body);
  ls.setDocument(URI, text);
  const lines = text.split('\n');
  return ls.getCompletions(URI, { line: lines.length - 1, character: lines[lines.length - 1].length }, invoked).items.map((i) => i.label);
}

/** A small built-in catalog written for these tests. */
const BUILTIN: CatalogEntry[] = [
  { so_ky_hieu: '12/2023/NĐ-CP', loai: 'Nghị định', ngay: '2023-04-03', co_quan: 'Chính phủ', trich_yeu: 'về quản lý kho lưu trữ số', hieu_luc: 'con', nguon: 'nguồn thử' },
  { so_ky_hieu: '12/2009/NĐ-CP', loai: 'Nghị định', ngay: '2009-02-10', co_quan: 'Chính phủ', trich_yeu: 'về quản lý dự án đầu tư', hieu_luc: 'het', thay_the_boi: '12/2023/NĐ-CP', nguon: 'nguồn thử' },
  { so_ky_hieu: '120/2021/NĐ-CP', loai: 'Nghị định', ngay: '2021-12-20', co_quan: 'Chính phủ', trich_yeu: 'về bảo hiểm tiền gửi', hieu_luc: 'con', nguon: 'nguồn thử' },
  { so_ky_hieu: '12/QĐ-TTg', loai: 'Quyết định', ngay: '2024-01-05', co_quan: 'Thủ tướng Chính phủ', trich_yeu: 'phê duyệt đề án số hóa hồ sơ', hieu_luc: 'con', nguon: 'nguồn thử' },
  { so_ky_hieu: '12/2024/TT-BNV', loai: 'Thông tư', ngay: '2024-08-01', co_quan: 'Bộ Nội vụ', trich_yeu: 'hướng dẫn chế độ báo cáo thống kê ngành nội vụ', hieu_luc: 'con', nguon: 'nguồn thử' },
  { so_ky_hieu: '41/2022/NĐ-CP', loai: 'Nghị định', ngay: '2022-06-20', co_quan: 'Chính phủ', trich_yeu: 'về công tác lưu trữ hồ sơ điện tử', hieu_luc: 'con', nguon: 'nguồn thử' },
  { so_ky_hieu: '57-NQ/TW', loai: 'Nghị quyết', ngay: '2024-12-22', co_quan: 'Bộ Chính trị', trich_yeu: 'về đột phá phát triển khoa học, công nghệ', nguon: 'nguồn thử', uncertain: UNCERTAIN.webOnly },
  { so_ky_hieu: '57/2021/QĐ-TTg', loai: 'Quyết định', ngay: '2021-12-30', co_quan: 'Thủ tướng Chính phủ', trich_yeu: 'về bảo vệ rừng', hieu_luc: 'con', nguon: 'nguồn thử' },
];

/** A Cần Thơ department's own list and another province's. */
const OWN_CATALOG = `- so_ky_hieu: 12/QĐ-UBND
  loai: Quyết định
  ngay: 2019-03-04
  co_quan: UBND thành phố Cần Thơ
  trich_yeu: về giao chỉ tiêu tuyển dụng
  nguon: sổ văn bản đến của Sở
`;

function service() {
  const ls = createLanguageService({ builtinCatalog: () => BUILTIN });
  ls.setCatalogDocument('file:///ws/so-noi-vu.vanban.yaml', OWN_CATALOG);
  return ls;
}

test('"Nghị định số 12" offers decrees first, the exact number before 120, the one in force before the replaced one', () => {
  const labels = labelsAt(service(), 'Căn cứ Nghị định số 12');
  assert.deepEqual(labels.slice(0, 3), ['Nghị định số 12/2023/NĐ-CP', 'Nghị định số 12/2009/NĐ-CP', 'Nghị định số 120/2021/NĐ-CP']);
  assert.ok(labels.indexOf('Quyết định số 12/QĐ-UBND') > 2);
});

test('the same query without diacritics gives the same order', () => {
  const ls = service();
  assert.deepEqual(labelsAt(ls, 'Căn cứ nghi dinh so 12'), labelsAt(ls, 'Căn cứ Nghị định số 12'));
  assert.deepEqual(labelsAt(ls, 'can cu quyet dinh 12'), labelsAt(ls, 'căn cứ Quyết định 12'));
});

test('among decisions numbered 12, the writer\'s own agency list comes before a national one of a later year', () => {
  const labels = labelsAt(service(), 'Thực hiện Quyết định số 12');
  assert.deepEqual(labels.slice(0, 2), ['Quyết định số 12/QĐ-UBND', 'Quyết định số 12/QĐ-TTg']);
});

test('a replaced document says so in its completion item, with the replacement', () => {
  const ls = service();
  const text = cantho('Căn cứ Nghị định số 12/2009');
  ls.setDocument(URI, text);
  const lines = text.split('\n');
  const item = ls.getCompletions(URI, { line: lines.length - 1, character: lines[lines.length - 1].length }).items[0];
  assert.equal(item.label, 'Nghị định số 12/2009/NĐ-CP');
  assert.match(item.detail!, /hết hiệu lực — thay bằng 12\/2023\/NĐ-CP/);
});

test('"Nghị quyết số 57" offers the Politburo resolution, marked less certain, before a decision numbered 57', () => {
  const ls = service();
  const text = cantho('Quán triệt Nghị quyết số 57');
  ls.setDocument(URI, text);
  const lines = text.split('\n');
  const items = ls.getCompletions(URI, { line: lines.length - 1, character: lines[lines.length - 1].length }).items;
  assert.equal(items[0].label, 'Nghị quyết số 57-NQ/TW');
  assert.match(items[0].detail!, /ít chắc chắn/);
  assert.match(items[0].documentation!.value, /chỉ có từ bản đăng trên trang web/);
});

test('completion by subject (Ctrl+Space): a type name and words of the title, with or without diacritics', () => {
  const ls = service();
  assert.equal(labelsAt(ls, 'Căn cứ Nghị định về công tác lưu trữ', true)[0], 'Nghị định số 41/2022/NĐ-CP');
  assert.equal(labelsAt(ls, 'Căn cứ nghi dinh cong tac luu tru', true)[0], 'Nghị định số 41/2022/NĐ-CP');
  assert.equal(labelsAt(ls, 'căn cứ thong tu che do bao cao thong ke', true)[0], 'Thông tư số 12/2024/TT-BNV');
  // Ordinary prose after a type name is not a subject search.
  assert.deepEqual(labelsAt(ls, 'Quyết định của Ủy ban', true), []);
  // A lower-case type word with diacritics is prose, even on Ctrl+Space.
  assert.deepEqual(labelsAt(ls, 'Sở Nội vụ báo cáo về kết quả công tác văn thư', true), []);
  // Typed on, without Ctrl+Space, words after a type name are prose: a space offers nothing to replace them.
  assert.deepEqual(labelsAt(ls, 'Sở báo cáo kết quả thực hiện'), []);
  assert.deepEqual(labelsAt(ls, 'Căn cứ Nghị định về công tác lưu trữ'), []);
});

test('the insert-reference pick list finds by words of the subject, accented or not, and by number and type', () => {
  const ls = service();
  assert.equal(ls.searchCatalog('nghị định lưu trữ hồ sơ')[0].so_ky_hieu, '41/2022/NĐ-CP');
  assert.equal(ls.searchCatalog('nghi dinh luu tru ho so')[0].so_ky_hieu, '41/2022/NĐ-CP');
  assert.equal(ls.searchCatalog('so hoa ho so')[0].so_ky_hieu, '12/QĐ-TTg');
  assert.equal(ls.searchCatalog('12 thong tu')[0].so_ky_hieu, '12/2024/TT-BNV');
  assert.equal(ls.searchCatalog('tuyen dung can tho')[0].so_ky_hieu, '12/QĐ-UBND');
  assert.deepEqual(ls.searchCatalog('khong co van ban nao the nay'), []);
});

test('on the shipped catalog: "nghi dinh cong tac van thu" finds Decree 30/2020, and "Nghị quyết số 57" offers 57-NQ/TW', () => {
  const ls = createLanguageService();
  assert.equal(ls.searchCatalog('nghi dinh cong tac van thu')[0].so_ky_hieu, '30/2020/NĐ-CP');
  assert.equal(ls.searchCatalog('Nghị định công tác văn thư')[0].so_ky_hieu, '30/2020/NĐ-CP');
  const text = '---\nloai: BC\nngay: 2025-06-02\n---\n\nQuán triệt Nghị quyết số 57';
  ls.setDocument(URI, text);
  const items = ls.getCompletions(URI, { line: 5, character: 27 }).items;
  assert.equal(items[0].label, 'Nghị quyết số 57-NQ/TW');
});

test('of two decrees of one number, the record whose facts are sure comes before a newer flagged one; the writer\'s own list still comes first', () => {
  const flagged: CatalogEntry = { so_ky_hieu: '41/2024/NĐ-CP', loai: 'Nghị định', ngay: '2024-03-01', co_quan: 'Chính phủ', trich_yeu: 'về cơ sở dữ liệu văn bản', hieu_luc: 'con', nguon: 'nguồn thử', uncertain: UNCERTAIN.singleSource };
  const ls = createLanguageService({ builtinCatalog: () => [...BUILTIN, flagged] });
  for (const q of ['Nghị định số 41', 'nghi dinh so 41']) assert.deepEqual(ls.findCatalogItems(q, 2).map((it) => it.entry.so_ky_hieu), ['41/2022/NĐ-CP', '41/2024/NĐ-CP'], q);
  // In the writer's own catalog, the same document is what they mean.
  ls.setCatalogDocument('file:///ws/so.vanban.yaml', '- so_ky_hieu: 41/2024/NĐ-CP\n  loai: Nghị định\n  ngay: 2024-03-01\n  co_quan: Chính phủ\n  trich_yeu: về cơ sở dữ liệu văn bản\n  nguon: sổ văn bản đến\n');
  assert.deepEqual(ls.findCatalogItems('Nghị định số 41', 2).map((it) => it.entry.so_ky_hieu), ['41/2024/NĐ-CP', '41/2022/NĐ-CP']);
});

test('on the shipped catalog: "Nghị định số 30" offers 30/2020/NĐ-CP (công tác văn thư) first, accented or not', () => {
  const ls = createLanguageService();
  for (const q of ['Nghị định số 30', 'nghi dinh so 30', 'Nghị định 30']) assert.equal(ls.findCatalogItems(q, 1)[0].entry.so_ky_hieu, '30/2020/NĐ-CP', q);
  const text = '---\nloai: BC\nngay: 2025-06-02\n---\n\nThực hiện Nghị định số 30';
  ls.setDocument(URI, text);
  assert.equal(ls.getCompletions(URI, { line: 5, character: text.split('\n')[5].length }).items[0].label, 'Nghị định số 30/2020/NĐ-CP');
});

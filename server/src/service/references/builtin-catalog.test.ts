import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { builtinCatalog } from './builtin-catalog';
import { BuiltinCatalog } from './builtin-data';
import { UNCERTAIN, decodeBuiltinCatalog, encodeBuiltinCatalog, type BuiltinRecord } from './builtin-data';
import { DEFAULT_OUT, DEFAULT_SOURCE, HAND_CHECKED, buildRecords, classifyNote, proseTitle } from '../../../../scripts/build-catalog';
import { parseSymbol, symbolKey } from './symbol';

const entries = builtinCatalog();
const bySymbol = new Map(entries.map((e) => [e.so_ky_hieu, e]));

test('the built-in catalog is national: thousands of documents, and no issuer is a province, a Sở or a provincial Party committee', () => {
  assert.ok(entries.length > 9000, `only ${entries.length} entries`);
  const issuers = [...new Set(entries.map((e) => e.co_quan))].sort();
  const local = issuers.filter((i) => /UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|^Sở\s|Tỉnh ủy|Tỉnh uỷ|Thành ủy|\btỉnh\b|Ban Thường vụ Tỉnh/iu.test(i));
  assert.deepEqual(local, []);
  for (const e of entries) assert.doesNotMatch(e.so_ky_hieu, /UBND|HĐND|\/TU\b|-TU\b|SKHCN|SNV/u, e.so_ky_hieu);
});

test('every entry has a symbol of a document form, a type, a date and a readable source', () => {
  for (const e of entries) {
    assert.ok(parseSymbol(e.so_ky_hieu), e.so_ky_hieu);
    assert.ok(e.loai, e.so_ky_hieu);
    assert.match(e.ngay, /^\d{4}-\d{2}-\d{2}$/, e.so_ky_hieu);
    assert.ok(e.nguon && e.nguon.length > 10, e.so_ky_hieu);
  }
});

test('nothing a user sees from the built-in catalog names a repository, a commit, the corpus or a project path', () => {
  const bad = /github|gitlab|@[0-9a-f]{7,}|\b[0-9a-f]{40}\b|corpus|\.\.\/shared|\bshared\/|chung_cu|ghi_chu|\.vbhc\.md|\.jsonl|\[(phapdien|web)|\bpd20\d\d\b|quangthai87vn|saladnga|213Horse|tnt305|layout\.md|dialect\.md|issue #/iu;
  for (const e of entries) {
    for (const v of [e.so_ky_hieu, e.loai, e.co_quan, e.trich_yeu, e.nguon ?? '', e.thay_the_boi ?? '', ...(e.vbpl ?? [])]) assert.doesNotMatch(v, bad, `${e.so_ky_hieu}: ${v}`);
  }
});

test('the hand-checked national documents are in, clean, with their validity; the provincial papers are not', () => {
  const nd30 = bySymbol.get('30/2020/NĐ-CP')!;
  assert.equal(nd30.trich_yeu, 'về công tác văn thư');
  assert.equal(nd30.co_quan, 'Chính phủ');
  assert.equal(nd30.uncertain ?? 0, 0);
  assert.deepEqual(nd30.vbpl, ['141142']);
  for (const old of ['110/2004/NĐ-CP', '09/2010/NĐ-CP', '01/2011/TT-BNV']) {
    assert.equal(bySymbol.get(old)?.hieu_luc, 'het', old);
    assert.equal(bySymbol.get(old)?.thay_the_boi, '30/2020/NĐ-CP', old);
    assert.equal(bySymbol.get(old)?.uncertain ?? 0, 0, old);
  }
  assert.equal(bySymbol.get('66-QĐ/TW')?.thay_the_boi, '399-QĐ/TW');
  for (const s of ['33/CT-TTg', '05-CT/TW', '217-QĐ/TW', '25-NQ/TW', '10/2022/QH15', '64/2025/QH15']) assert.ok(bySymbol.get(s), s);
  for (const s of ['835/QĐ-UBND', '34/KH-UBND', '1119/SNV-XDCQ', '08-CT/TU', '106/KH-SKHCN']) assert.equal(bySymbol.get(s), undefined, s);
});

test('the Politburo resolution 57-NQ/TW is in, marked as known from web copies only', () => {
  const e = bySymbol.get('57-NQ/TW')!;
  assert.equal(e.loai, 'Nghị quyết');
  assert.equal(e.co_quan, 'Bộ Chính trị');
  assert.ok((e.uncertain ?? 0) & UNCERTAIN.webOnly);
});

test('a quality note becomes the bits of doubt it carries, and an unknown note stops the build', () => {
  assert.equal(classifyNote('không còn trong bản pháp điển pd2025'), 0);
  assert.equal(classifyNote('chỉ có trong trích dẫn của văn bản khác (1 lần trong 1 tệp [phapdien], 1 lần khớp ngày và cơ quan)'), UNCERTAIN.singleSource);
  assert.equal(classifyNote('chỉ có trong trích dẫn của văn bản khác (4 lần trong 3 tệp [phapdien], 4 lần khớp ngày và cơ quan)'), 0);
  assert.equal(classifyNote('trích dẫn không thống nhất: 2010-01-02 Bộ Nội vụ ×2'), UNCERTAIN.disagreement);
  assert.equal(classifyNote('chỉ có nguồn web (không giấy phép)'), UNCERTAIN.webOnly);
  assert.throws(() => classifyNote('một loại ghi chú mới'), /unknown quality note/);
});

test('titles read as prose after the symbol; a title cut to a word or two is left out', () => {
  assert.equal(proseTitle('Nghị định', 'Về công tác văn thư'), 'về công tác văn thư');
  assert.equal(proseTitle('Luật', 'Luật Tiếp cận thông tin'), 'về tiếp cận thông tin');
  assert.equal(proseTitle('Luật', 'Luật sửa đổi, bổ sung một số điều của Luật Giá'), 'sửa đổi, bổ sung một số điều của Luật Giá');
  assert.equal(proseTitle('Thông tư', 'Quy định chi tiết thi hành một số điều'), 'quy định chi tiết thi hành một số điều');
  assert.equal(proseTitle('Thông tư', 'hướng dẫn'), '');
  assert.equal(proseTitle('Thông tư', '/2017/TT-BTNMT ngày 15 tháng 5'), '');
});

test('one symbol held by two documents makes both ambiguous; a hand-checked entry wins over the pháp điển and keeps its ItemID', () => {
  const rec = (so: string, ngay: string, extra: object = {}) =>
    JSON.stringify({ so_ky_hieu: so, loai: 'Chỉ thị', ngay, co_quan: 'Thủ tướng Chính phủ', trich_yeu: 'về việc thử nghiệm danh mục', hieu_luc: 'unknown', thay_the_boi: [], nguon: 'Bộ pháp điển điện tử (Bộ Tư pháp), ghi chú dưới điều đầu tiên', vbpl_item_ids: ['99'], ghi_chu: '', ...extra });
  const hand = '- so_ky_hieu: 7/CT-TTg\n  loai: Chỉ thị\n  ngay: 2019-02-03\n  co_quan: Thủ tướng Chính phủ\n  trich_yeu: về việc kiểm tra bằng tay\n  nguon: phần đầu văn bản\n';
  const { records } = buildRecords([rec('5/CT-TTg', '2001-01-01'), rec('5/CT-TTg', '2011-01-01'), rec('7/CT-TTg', '2019-02-03')].join('\n'), hand);
  const five = records.filter((r) => r.so_ky_hieu === '5/CT-TTg');
  assert.equal(five.length, 2);
  assert.ok(five.every((r) => r.uncertain & UNCERTAIN.ambiguous));
  const seven = records.find((r) => r.so_ky_hieu === '7/CT-TTg')!;
  assert.equal(seven.trich_yeu, 'về việc kiểm tra bằng tay');
  assert.deepEqual(seven.vbpl, ['99']);
  assert.match(seven.nguon, /^phần đầu văn bản; Bộ pháp điển điện tử/);
});

test('the file format round-trips, and encoding is deterministic', () => {
  const recs: BuiltinRecord[] = [
    { so_ky_hieu: '1/2020/NĐ-CP', loai: 'Nghị định', ngay: '2020-01-02', co_quan: 'Chính phủ', trich_yeu: 'về thử', hieu_luc: 'mot_phan', thay_the_boi: [], nguon: 'nguồn A', vbpl: ['1', '2'], uncertain: 0 },
    { so_ky_hieu: '2/2019/NĐ-CP', loai: 'Nghị định', ngay: '2019-01-02', co_quan: 'Chính phủ', trich_yeu: '', hieu_luc: 'het', thay_the_boi: ['1/2020/NĐ-CP', '3/2021/NĐ-CP'], nguon: 'nguồn B', vbpl: [], uncertain: 3 },
  ];
  const text = encodeBuiltinCatalog(recs);
  assert.equal(encodeBuiltinCatalog(recs), text);
  const [a, b] = decodeBuiltinCatalog(text);
  assert.equal(a.hieu_luc, 'con');
  assert.equal(a.partly, true);
  assert.deepEqual(a.vbpl, ['1', '2']);
  assert.equal(b.thay_the_boi, '1/2020/NĐ-CP');
  assert.deepEqual(b.also_replaced_by, ['3/2021/NĐ-CP']);
  assert.equal(b.uncertain, 3);
  assert.throws(() => decodeBuiltinCatalog('{"format":"other"}'));
});

test('rebuilding from the source data gives the committed file byte for byte', { skip: !existsSync(path.join(DEFAULT_SOURCE, 'national.jsonl')) && 'source data not present' }, () => {
  const national = readFileSync(path.join(DEFAULT_SOURCE, 'national.jsonl'), 'utf8');
  const hand = readFileSync(HAND_CHECKED, 'utf8');
  const first = encodeBuiltinCatalog(buildRecords(national, hand).records);
  const second = encodeBuiltinCatalog(buildRecords(national, hand).records);
  assert.equal(first, second);
  assert.equal(first, readFileSync(DEFAULT_OUT, 'utf8'), 'server/data/catalog/builtin.json is out of date: run npm run catalog:build');
});

test('a symbol looked up decodes its own row only, the same entry as the whole list; the header knows every issuer code', () => {
  const recs: BuiltinRecord[] = [
    { so_ky_hieu: '5/CT-TTg', loai: 'Chỉ thị', ngay: '2001-01-01', co_quan: 'Thủ tướng Chính phủ', trich_yeu: 'về việc thử thứ nhất', hieu_luc: 'het', thay_the_boi: ['7/CT-TTg'], nguon: 'nguồn A', vbpl: [], uncertain: 16 },
    { so_ky_hieu: '5/CT-TTg', loai: 'Chỉ thị', ngay: '2011-01-01', co_quan: 'Thủ tướng Chính phủ', trich_yeu: 'về việc thử thứ hai', hieu_luc: 'con', thay_the_boi: [], nguon: 'nguồn A', vbpl: ['9'], uncertain: 16 },
    { so_ky_hieu: '12-QĐ/TW', loai: 'Quy định', ngay: '2019-02-03', co_quan: 'Bộ Chính trị', trich_yeu: 'về việc thử đảng', hieu_luc: '', thay_the_boi: [], nguon: 'nguồn "B"', vbpl: [], uncertain: 0 },
  ];
  const text = encodeBuiltinCatalog(recs);
  const lazy = BuiltinCatalog.fromFile(Buffer.from(text, 'utf8'));
  assert.equal(lazy.size, 3);
  assert.deepEqual([...lazy.issuerCodes].sort(), ['TTg', 'TW']);
  assert.equal(lazy.rowOf(symbolKey('12-QĐ/TW')), 2);
  assert.equal(lazy.rowOf(symbolKey('5/ct-ttg')), 0, 'the first document of a symbol');
  assert.equal(lazy.rowOf('9/CT-TTG'), -1);
  const twelve = lazy.entry(2);
  assert.equal(twelve.nguon, 'nguồn "B"');
  assert.deepEqual(decodeBuiltinCatalog(text), [...lazy.entries()]);
  assert.equal(lazy.entries()[2], twelve, 'a row decoded before is the one in the list');
  assert.throws(() => BuiltinCatalog.fromFile(Buffer.from(text.replace('"version":2', '"version":1'))), /not a built-in catalog/);
  const cut = BuiltinCatalog.fromFile(Buffer.from(text.slice(0, text.indexOf('\n[') + 5)));
  assert.throws(() => cut.entry(2), /damaged/);
});

test('once every row is decoded, the file\'s bytes are let go and rows are still found, the same entries', async () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const recs: BuiltinRecord[] = [
    { so_ky_hieu: '3/CT-TTg', loai: 'Chỉ thị', ngay: '2002-02-02', co_quan: 'Thủ tướng Chính phủ', trich_yeu: 'về việc thử giải phóng', hieu_luc: 'con', thay_the_boi: [], nguon: 'nguồn C', vbpl: [], uncertain: 0 },
    { so_ky_hieu: '4/CT-TTg', loai: 'Chỉ thị', ngay: '2003-03-03', co_quan: 'Thủ tướng Chính phủ', trich_yeu: 'về việc thử giữ lại', hieu_luc: 'het', thay_the_boi: ['3/CT-TTg'], nguon: 'nguồn C', vbpl: [], uncertain: 0 },
  ];
  let bytes: Buffer | undefined = Buffer.from(encodeBuiltinCatalog(recs), 'utf8');
  const gone = new WeakRef(bytes);
  const lazy = BuiltinCatalog.fromFile(bytes);
  bytes = undefined;
  const first = lazy.entry(1);
  const all = lazy.entries();
  await new Promise((r) => setImmediate(r)); // a WeakRef keeps its target until the current job ends
  gc();
  assert.equal(gone.deref(), undefined, 'the bytes are still held after every row was decoded');
  assert.equal(lazy.entries(), all);
  assert.equal(lazy.entry(1), first);
  assert.equal(lazy.entry(lazy.rowOf(symbolKey('3/CT-TTg'))).trich_yeu, 'về việc thử giải phóng');
});

test("the shipped file: every row's key and issuer codes agree with its symbol read now", () => {
  const lazy = BuiltinCatalog.fromFile(readFileSync(DEFAULT_OUT));
  const codes = new Set<string>();
  entries.forEach((e, i) => {
    assert.equal(lazy.key(i), symbolKey(e.so_ky_hieu), e.so_ky_hieu);
    assert.equal(lazy.rowOf(symbolKey(e.so_ky_hieu)) <= i, true, e.so_ky_hieu);
    for (const c of parseSymbol(e.so_ky_hieu)?.issuers ?? []) codes.add(c);
  });
  assert.deepEqual([...lazy.issuerCodes], [...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
});

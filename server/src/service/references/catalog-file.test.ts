import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../language-service';
import type { IFileSystem } from '../workspace';
import { parseCatalogFile } from './catalog-file';

const GOOD = `- so_ky_hieu: 77/KH-UBND
  loai: Kế hoạch
  ngay: 2025-01-02
  co_quan: UBND tỉnh
  trich_yeu: về chuyển đổi số
  hieu_luc: con
  nguon: sổ theo dõi văn bản đến
`;

/** An in-memory file system. */
function memoryFs(files: Record<string, string>): IFileSystem {
  return {
    findFiles: async (root, suffixes) => Object.keys(files).filter((p) => p.startsWith(root) && suffixes.some((s) => p.endsWith(s))),
    readFile: async (p) => {
      if (!(p in files)) throw new Error(`ENOENT ${p}`);
      return files[p];
    },
    isFile: async (p) => p in files,
  };
}

test('a sound catalog gives its entries and no problems', () => {
  const f = parseCatalogFile('file:///c.vanban.yaml', GOOD);
  assert.deepEqual(f.problems, []);
  assert.equal(f.items.length, 1);
  assert.equal(f.items[0].entry.ngay, '2025-01-02');
  assert.equal(f.items[0].source, 'user');
  assert.deepEqual(f.items[0].location?.range.start, { line: 0, character: 2 });
});

test('broken YAML is an error at its position with the parser\'s reason, and never throws', () => {
  const f = parseCatalogFile('file:///c.vanban.yaml', '- so_ky_hieu: "33/CT-TTg\n  loai: Chỉ thị\n');
  assert.equal(f.problems[0].code, 'catalog.yaml');
  assert.match(f.problems[0].message.vi, /Lỗi cú pháp YAML/);
});

test('a map instead of a list, a bad item, a missing key, a bad date, a bad hieu_luc, an unknown key and a duplicate are each reported; sound entries still load', () => {
  assert.equal(parseCatalogFile('file:///m.vanban.yaml', 'so_ky_hieu: 1/KH-UBND\n').problems[0].code, 'catalog.yaml');
  const text = `${GOOD}- chỉ là chữ
- loai: Kế hoạch
- so_ky_hieu: 5/KH-UBND
  loai: Kế hoạch
  ngay: 2025-02-30
- so_ky_hieu: 6/KH-UBND
  loai: Kế hoạch
  hieu_luc: có
- so_ky_hieu: 7/KH-UBND
  loai: Kế hoạch
  ghi_chu: x
- so_ky_hieu: 77/KH-UBND
  loai: Kế hoạch
- so_ky_hieu: 01/KL/TW
  loai: Kết luận
`;
  const f = parseCatalogFile('file:///c.vanban.yaml', text);
  const lines = f.problems.map((p) => `${f.source.positionAt(p.start).line + 1}:${p.code}`);
  assert.deepEqual(lines, [
    '8:catalog.invalid-entry',
    '9:catalog.invalid-entry',
    '12:catalog.invalid-entry',
    '15:catalog.invalid-entry',
    '18:catalog.unknown-key',
    '19:catalog.duplicate',
    '21:catalog.invalid-entry',
  ]);
  assert.match(f.problems.at(-1)!.message.vi, /Có lẽ là "01-KL\/TW"/);
  assert.deepEqual(f.items.map((i) => i.entry.so_ky_hieu), ['77/KH-UBND', '7/KH-UBND', '01/KL/TW']);
});

test('the service loads catalogs from the setting and the workspace, publishes a bad file\'s diagnostics, and definition goes to the entry', async () => {
  const fs = memoryFs({
    '/ws/a.vanban.yaml': GOOD,
    '/ws/sub/bad.vanban.yaml': '- so_ky_hieu: [\n',
    '/elsewhere/extra.yaml': '- so_ky_hieu: 88/KH-UBND\n  loai: Kế hoạch\n  ngay: 2024-12-01\n',
  });
  const ls = createLanguageService({ fs, settings: { catalogs: ['/elsewhere/extra.yaml', 'missing.yaml'] } });
  const r = await ls.loadCatalogs(['/ws']);
  assert.deepEqual(r.uris.sort(), ['file:///elsewhere/extra.yaml', 'file:///ws/a.vanban.yaml', 'file:///ws/sub/bad.vanban.yaml']);
  assert.equal(r.entries, 2);
  assert.equal(ls.getCatalogDiagnostics('file:///ws/sub/bad.vanban.yaml')[0].code, 'catalog.yaml');
  assert.deepEqual(ls.getCatalogDiagnostics('file:///ws/a.vanban.yaml'), []);
  const text = `---\nloai: BC\n---\n\nKế hoạch số 77/KH-UBND ngày 02/01/2025 của UBND tỉnh.\n`;
  ls.setDocument('file:///ws/t.vbhc.md', text);
  assert.deepEqual(ls.getDefinition('file:///ws/t.vbhc.md', { line: 4, character: 15 }), [
    { uri: 'file:///ws/a.vanban.yaml', range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } } },
  ]);
  // Editing the catalog updates it; removing it forgets its entries.
  ls.setCatalogDocument('file:///ws/a.vanban.yaml', GOOD.replace('2025-01-02', '2025-01-03'));
  const diags = ls.getDiagnostics('file:///ws/t.vbhc.md').filter((d) => d.code === 'ref.date-conflict');
  assert.equal(diags.length, 1, 'the citation now disagrees with the catalog');
  ls.removeCatalogDocument('file:///ws/a.vanban.yaml');
  assert.deepEqual(ls.getDiagnostics('file:///ws/t.vbhc.md').filter((d) => d.code === 'ref.date-conflict'), []);
});

test('a user entry overrides the built-in one of the same symbol', () => {
  const ls = createLanguageService();
  ls.setCatalogDocument('file:///c.vanban.yaml', '- so_ky_hieu: 33/CT-TTg\n  loai: Chỉ thị\n  ngay: 2021-11-26\n  co_quan: Thủ tướng Chính phủ\n  trich_yeu: về công tác dân vận\n  hieu_luc: het\n');
  ls.setDocument('file:///t.vbhc.md', '---\nloai: BC\n---\n\nChỉ thị số 33/CT-TTg.\n');
  assert.deepEqual(ls.getDiagnostics('file:///t.vbhc.md').filter((d) => d.code === 'ref.superseded').length, 1);
  assert.match(ls.getHover('file:///t.vbhc.md', { line: 4, character: 3 })!.contents.value, /Hiệu lực: hết hiệu lực/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../language-service';
import type { IFileSystem } from '../workspace';
import { readFileSync } from 'node:fs';
import { parseCatalogFile, realIso } from './catalog-file';
import { CatalogSet } from './catalog';
import { parseSymbol } from './symbol';
import { frontMatter } from '../../../../test/support/structure-testkit';

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

/** What a parse gives, without the source text: entries with where they are, and problems. */
function outcome(f: ReturnType<typeof parseCatalogFile>) {
  return {
    items: f.items.map((it) => ({ entry: it.entry, at: it.location?.range.start })),
    problems: f.problems.map((p) => ({ code: p.code, severity: p.severity, start: p.start, message: p.message.vi })),
  };
}

test('the line-by-line reader and the full YAML parser give the same entries and problems', () => {
  const texts = [
    GOOD,
    `# danh mục của phòng
- so_ky_hieu: "12/KH-UBND"   # kế hoạch
  loai: 'Kế hoạch của ''Ủy ban'''
  ngay: 2025-03-05
  co_quan: UBND huyện
  trich_yeu: "về chuyển đổi số: giai đoạn \\"2025 - 2030\\""
  hieu_luc: khong-ro
  thay_the_boi: ~

- so_ky_hieu: 13/KH-UBND
  loai: Kế hoạch
  ngay:
  hieu_luc: het
  thay_the_boi: null
  nguon: sổ văn bản#2
- so_ky_hieu: 13/KH-UBND
  loai: Kế hoạch
- so_ky_hieu: 01/KL/TW
  loai: Kết luận
  ghi_chu: thêm
- loai: Chỉ thị
- so_ky_hieu: 14/KH-UBND
  loai: Kế hoạch
  ngay: 2025-02-30
  hieu_luc: còn
`,
    readFileSync('examples/so-khcn-quang-ngai.vanban.yaml', 'utf8'),
  ];
  for (const text of texts) {
    const fast = parseCatalogFile('file:///c.vanban.yaml', text);
    const full = parseCatalogFile('file:///c.vanban.yaml', text, { fullParser: true });
    assert.deepEqual(outcome(fast), outcome(full));
    assert.ok(fast.items.length > 0);
    // The issuer codes gathered while checking are those of every kept entry's symbol read alone.
    const issuers = new Set(fast.items.flatMap((it) => parseSymbol(it.entry.so_ky_hieu)?.issuers ?? []));
    assert.deepEqual([...fast.issuerCodes].sort(), [...issuers].sort());
    assert.deepEqual([...full.issuerCodes].sort(), [...issuers].sort());
  }
});

test('values the plain reader does not handle (numbers, flow lists, multi-line text) go through the full parser with its results', () => {
  for (const text of ['- so_ky_hieu: 12\n  loai: Kế hoạch\n', '- so_ky_hieu: 1/KH-UBND\n  loai: [Kế hoạch]\n', '- so_ky_hieu: 1/KH-UBND\n  loai: Kế\n    hoạch\n', '- so_ky_hieu: 1/KH-UBND\n  loai: Kế hoạch\n  loai: Chỉ thị\n']) {
    assert.deepEqual(outcome(parseCatalogFile('file:///c.vanban.yaml', text)), outcome(parseCatalogFile('file:///c.vanban.yaml', text, { fullParser: true })), text);
  }
});

test('the in-place reader agrees with the full parser on escapes, control characters, glued values, comments and stray spaces', () => {
  const base = '- so_ky_hieu: "12/KH-UBND"\n  loai: Kế hoạch\n';
  const variants = [
    '  trich_yeu: "về \\"chuyển đổi số\\" năm 2025"\n',
    '  trich_yeu: "về chuyển đổi số\\u0020năm 2025"\n',
    '  trich_yeu: "về chuyển đổi số\\x41"\n',
    '  trich_yeu: "về \u0001 việc"\n',
    '  trich_yeu: "về việc" # ghi chú\n',
    '  trich_yeu: "về việc"# liền\n',
    '  trich_yeu: "về việc"\u00a0\n',
    '  trich_yeu: "về việc" thừa\n',
    '  trich_yeu:"về việc"\n',
    '  trich_yeu:    \n',
    '  trich_yeu:\n',
    '  nguon: sổ văn bản   # có chú thích\n',
    '  ghi_chu: "khóa lạ"\n',
    '   trich_yeu: lệch\n',
    '  # chú thích\t có tab\n',
    '\t\n',
    '  hieu_luc: het\r\n',
    '  trich_yeu: "chưa đóng\n',
    '-  so_ky_hieu: 13/KH-UBND\n',
    '  1loai: x\n',
    '  ngay: 2024-02-29\n',
    '  ngay: 2023-02-29\n',
    '  ngay: 0099-01-01\n',
  ];
  for (const v of variants) {
    const text = base + v;
    assert.deepEqual(outcome(parseCatalogFile('file:///c.vanban.yaml', text)), outcome(parseCatalogFile('file:///c.vanban.yaml', text, { fullParser: true })), JSON.stringify(v));
  }
});

test('realIso: real calendar dates only, leap years included', () => {
  assert.ok(realIso('2024-02-29'));
  assert.ok(realIso('2000-02-29'));
  assert.ok(!realIso('1900-02-29'));
  assert.ok(!realIso('2023-02-29'));
  assert.ok(!realIso('2025-04-31'));
  assert.ok(!realIso('2025-13-01'));
  assert.ok(!realIso('2025-00-10'));
  assert.ok(!realIso('2025-1-10'));
  assert.ok(realIso('2025-12-31'));
});

test('a 100,000-entry catalog is read and indexed in a few seconds, not minutes', () => {
  const lines: string[] = [];
  for (let i = 0; i < 100_000; i++) {
    lines.push(`- so_ky_hieu: "${(i % 50_000) + 1}/${2010 + (i % 15)}/QĐ-UB${Math.floor(i / 50_000)}"`, '  loai: "Quyết định"', `  ngay: ${2010 + (i % 15)}-0${1 + (i % 9)}-1${i % 9}`, `  co_quan: "Ủy ban nhân dân huyện ${i % 50}"`, `  trich_yeu: "về việc giao chỉ tiêu số ${i}"`, '  hieu_luc: con', '  thay_the_boi: null', '  nguon: "sổ văn bản đến"');
  }
  const text = lines.join('\n') + '\n';
  // A file's text comes from disk in one piece: make the joined text one too (reading a character does) before timing.
  text.charCodeAt(0);
  // Processor time, not wall time: a test machine shared with other jobs stretches the latter tenfold.
  const c0 = process.cpuUsage();
  const f = parseCatalogFile('file:///big.vanban.yaml', text);
  const set = new CatalogSet(f.items);
  set.prepare();
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  assert.equal(f.items.length, 100_000);
  assert.deepEqual(f.problems, []);
  assert.equal(set.withWords(['giao', 'chi', 'tieu', 'so', '99999'])?.[0]?.entry.trich_yeu, 'về việc giao chỉ tiêu số 99999');
  console.log(`100,000-entry catalog read and indexed in ${ms.toFixed(0)} ms of processor time`);
  // Under 2 s on an idle machine (about 1.7 s; 3.3 s before the reader
  // streamed its items, the word index was packed into typed arrays and read
  // the items in memory order). A machine busy with other jobs stretches
  // processor time too (shared caches and cores: 1.6-2.2 s at a load of 6-10
  // on two cores), hence the room.
  assert.ok(ms < 4_000, `${ms.toFixed(0)} ms`);
});

test('whole files of other YAML shapes read as the full parser reads them: anchors, flow style, block scalars, tabs, a document marker, CRLF', () => {
  const item = '- so_ky_hieu: "21/KH-UBND"\n  loai: Kế hoạch\n  ngay: 2025-03-04\n  trich_yeu: về chuyển đổi số\n';
  const texts = [
    '- &mot\n  so_ky_hieu: "21/KH-UBND"\n  loai: Kế hoạch\n- *mot\n',
    '- so_ky_hieu: "21/KH-UBND"\n  loai: &loai Kế hoạch\n- so_ky_hieu: "22/KH-UBND"\n  loai: *loai\n',
    '- { so_ky_hieu: "21/KH-UBND", loai: Kế hoạch, ngay: 2025-03-04 }\n' + item,
    '[{ so_ky_hieu: "21/KH-UBND", loai: Kế hoạch }]\n',
    '- so_ky_hieu: "21/KH-UBND"\n  loai: Kế hoạch\n  trich_yeu: |\n    về chuyển đổi số\n    năm 2025\n',
    '- so_ky_hieu: "21/KH-UBND"\n  loai: Kế hoạch\n  trich_yeu: >-\n    về chuyển đổi số\n    năm 2025\n',
    '- so_ky_hieu: "21/KH-UBND"\n\tloai: Kế hoạch\n',
    '---\n' + item + '...\n',
    '# danh mục của sở\n' + item + '\n\n' + item.replace('21/', '22/'),
    item.replace(/\n/g, '\r\n'),
    '\ufeff' + item,
    item + '- so_ky_hieu: "21/KH-UBND"\n  loai: Kế hoạch\n  so_ky_hieu: "23/KH-UBND"\n',
    'so_ky_hieu: "21/KH-UBND"\nloai: Kế hoạch\n',
    '',
  ];
  for (const text of texts) {
    assert.deepEqual(outcome(parseCatalogFile('file:///c.vanban.yaml', text)), outcome(parseCatalogFile('file:///c.vanban.yaml', text, { fullParser: true })), JSON.stringify(text));
  }
});

test('issuer codes of a user catalog\'s entries are known agencies: a citation of one is no variant of the own code', () => {
  const text = `${frontMatter()}\nThực hiện Kế hoạch số 08/KH-SKHCM ngày 02/01/2025./.\n`;
  const variants = (ls: ReturnType<typeof createLanguageService>) => ls.getDiagnostics('file:///t.vbhc.md').filter((d) => d.code === 'ref.issuer-variant');
  const alone = createLanguageService();
  alone.setDocument('file:///t.vbhc.md', text);
  assert.equal(variants(alone).length, 1, 'SKHCM is one letter from SKHCN');
  const ls = createLanguageService();
  ls.setCatalogDocument('file:///c.vanban.yaml', `${GOOD}- so_ky_hieu: 21/KH-SKHCM\n  loai: Kế hoạch\n  ngay: 2025-03-04\n`);
  ls.setDocument('file:///t.vbhc.md', text);
  assert.deepEqual(variants(ls), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { BUILTIN_CATALOG } from './builtin-catalog';
import type { CatalogEntry } from './catalog-entry';

const CORPUS = '../shared/corpus';
const DIALECT = '../shared/spec/dialect.md';
const corpusPresent = existsSync(`${CORPUS}/000.vbhc.md`) && existsSync(`${CORPUS}/001.vbhc.md`);

/** The symbol families of dialect §3, each as an anchored pattern. */
const FAMILY = {
  law: /^\d+\/\d{4}\/QH\d{1,2}$/,
  qppl: /^\d+\/\d{4}\/[A-ZĐ][A-Za-zĐ]*(?:-[A-ZĐ][A-Za-zĐ0-9]*)+$/,
  party: /^\d+-[A-ZĐ][A-Za-zĐ]*\/[A-ZĐ][A-Za-zĐ0-9]*(?:-[A-ZĐ][A-Za-zĐ0-9]*)*$/,
  // State administrative `n/TYPE-ISSUER[-UNIT]` and công văn `n/ISSUER-UNIT` share this shape.
  administrative: /^\d+\/[A-ZĐ][A-Za-zĐ0-9]*(?:-[A-ZĐ][A-Za-zĐ0-9]*)+$/,
} as const;

type Family = keyof typeof FAMILY;

/** The family a symbol belongs to, or undefined when it fits none. */
function familyOf(symbol: string): Family | undefined {
  return (Object.keys(FAMILY) as Family[]).find((f) => FAMILY[f].test(symbol));
}

/** Where the type code sits in a symbol of each family that has one. */
const TYPE_CODE_OF: Partial<Record<Family, (symbol: string) => string>> = {
  qppl: (s) => s.split('/')[2].split('-')[0],
  party: (s) => s.split('/')[0].split('-')[1],
  administrative: (s) => s.split('/')[1].split('-')[0],
};

/** The type code inside a symbol (`NĐ` in `30/2020/NĐ-CP`, `KL` in `114-KL/TW`), if the family has one. */
function typeCodeOf(symbol: string): string | undefined {
  const f = familyOf(symbol);
  return f ? TYPE_CODE_OF[f]?.(symbol) : undefined;
}

/** Which type names (`loai`) each type code may carry; Party `QĐ` is used for Quyết định and Quy định alike. */
const LOAI_BY_CODE: Record<string, readonly string[]> = {
  NĐ: ['Nghị định'],
  NQ: ['Nghị quyết'],
  QĐ: ['Quyết định', 'Quy định'],
  CT: ['Chỉ thị'],
  TT: ['Thông tư'],
  TTLT: ['Thông tư liên tịch'],
  PL: ['Pháp lệnh'],
  KL: ['Kết luận'],
  KH: ['Kế hoạch'],
  TB: ['Thông báo'],
  HD: ['Hướng dẫn'],
  ĐA: ['Đề án'],
};

/** Subjects as they follow the symbol in prose. */
const SUBJECT_START = /^(về |ban hành |quy định |hướng dẫn |sửa đổi, bổ sung )/;
/** Entries whose citation gives no subject, so the catalog leaves it empty instead of inventing one. */
const NO_SUBJECT_CITED = new Set(['34/KH-UBND']);

/** True when `iso` is `YYYY-MM-DD` naming a day that exists. */
function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** `d/m/yyyy` (as cited) to `YYYY-MM-DD`. */
function isoOf(cited: string): string {
  const [d, m, y] = cited.split('/');
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

const bySymbol = new Map<string, CatalogEntry>(BUILTIN_CATALOG.map((e) => [e.so_ky_hieu, e]));

/**
 * Every document fully cited (type, symbol, date, issuer) in the two corpus
 * documents, with the line of the citation that gives the date, the date as
 * printed and the issuer as named there (or by the sentence, for the Sở's own
 * documents). 39/KH-UBND is not here: see LEFT_OUT.
 */
const CORPUS_CITATIONS: readonly { file: '000' | '001'; line: number; symbol: string; date: string; issuer: string }[] = [
  { file: '000', line: 20, symbol: '1119/SNV-XDCQ', date: '23/5/2025', issuer: 'Sở Nội vụ' },
  { file: '000', line: 34, symbol: '114-KL/TW', date: '14/7/2015', issuer: 'Ban Bí thư' },
  { file: '000', line: 34, symbol: '33/CT-TTg', date: '26/11/2021', issuer: 'Thủ tướng Chính phủ' },
  { file: '000', line: 34, symbol: '08-CT/TU', date: '25/5/2021', issuer: 'Ban Thường vụ Tỉnh ủy' },
  { file: '000', line: 34, symbol: '396-QĐ/TU', date: '19/10/2021', issuer: 'Ban Thường vụ Tỉnh ủy' },
  { file: '000', line: 34, symbol: '13-ĐA/TU', date: '10/10/2022', issuer: 'Ban Thường vụ Tỉnh ủy' },
  { file: '000', line: 34, symbol: '204-KH/BDVTU-BCSĐUBND', date: '31/12/2024', issuer: 'Ban Dân vận Tỉnh ủy và Ban Cán sự đảng UBND tỉnh' },
  { file: '000', line: 34, symbol: '835/QĐ-UBND', date: '30/12/2024', issuer: 'UBND tỉnh' },
  { file: '000', line: 38, symbol: '106/KH-SKHCN', date: '12/3/2025', issuer: 'Sở' },
  { file: '000', line: 54, symbol: '35/QĐ-SKHCN', date: '12/3/2025', issuer: 'Sở' },
  { file: '000', line: 92, symbol: '43/TB-SKHCN', date: '06/3/2025', issuer: 'Sở Khoa học và Công nghệ' },
  { file: '000', line: 60, symbol: '34/KH-UBND', date: '27/2/2025', issuer: 'UBND tỉnh' },
  { file: '000', line: 60, symbol: '335/SKHCN-VP', date: '31/3/2025', issuer: 'Sở KH&CN' },
  { file: '000', line: 80, symbol: '76/NQ-CP', date: '15/7/2021', issuer: 'Chính phủ' },
  { file: '000', line: 80, symbol: '04-NQ/TU', date: '18/10/2021', issuer: 'Hội nghị Tỉnh ủy lần thứ 5 (khóa XX)' },
  { file: '000', line: 80, symbol: '93/NQ-HĐND', date: '08/12/2021', issuer: 'HĐND tỉnh' },
  { file: '000', line: 84, symbol: '1211/QĐ-UBND', date: '02/11/2022', issuer: 'UBND tỉnh' },
  { file: '001', line: 20, symbol: '175/KH-UBND', date: '21/12/2021', issuer: 'UBND tỉnh' },
  { file: '001', line: 26, symbol: '23-QĐ/TW', date: '30/7/2021', issuer: 'Bộ Chính trị' },
  { file: '001', line: 36, symbol: '01-KL/TW', date: '18/5/2021', issuer: 'Bộ Chính trị' },
  { file: '001', line: 36, symbol: '05-CT/TW', date: '15/5/2016', issuer: 'Bộ Chính trị' },
  { file: '001', line: 38, symbol: '768/QĐ-UBND', date: '26/8/2021', issuer: 'UBND tỉnh' },
  { file: '001', line: 38, symbol: '1528/KH-SKHCN', date: '29/10/2021', issuer: 'Sở Khoa học và Công nghệ' },
  { file: '001', line: 48, symbol: '217-QĐ/TW', date: '12/12/2013', issuer: 'Bộ Chính trị' },
  { file: '001', line: 48, symbol: '218-QĐ/TW', date: '12/12/2013', issuer: 'Bộ Chính trị' },
];

/** Fully cited corpus documents deliberately left out of the catalog, and why. */
const LEFT_OUT: readonly { symbol: string; why: string }[] = [
  { symbol: '39/KH-UBND', why: 'both citations give 29/02/2025, a day that does not exist; the real date is unknown' },
];

/** The corpus documents, NFC, split into lines (index 0 is line 1). */
function corpusLines(file: '000' | '001'): string[] {
  return readFileSync(`${CORPUS}/${file}.vbhc.md`, 'utf8').normalize('NFC').split(/\r?\n/);
}

test('the built-in catalog holds at least 40 documents', () => {
  assert.ok(BUILTIN_CATALOG.length >= 40, `only ${BUILTIN_CATALOG.length} entries`);
});

test('every entry names its source', () => {
  for (const e of BUILTIN_CATALOG) assert.ok(e.nguon && e.nguon.trim().length > 0, `${e.so_ky_hieu} has no nguon`);
});

test('every web address given as a source is a well-formed http(s) address', () => {
  for (const e of BUILTIN_CATALOG) {
    for (const url of e.nguon?.match(/https?:\/\/[^\s;,()"]+/g) ?? []) {
      const u = new URL(url);
      assert.ok(u.protocol === 'http:' || u.protocol === 'https:', `${e.so_ky_hieu}: ${url}`);
      assert.ok(u.hostname.includes('.'), `${e.so_ky_hieu}: ${url}`);
    }
  }
});

test('every date is a real calendar day, written YYYY-MM-DD, and not in the future', () => {
  const today = new Date().toISOString().slice(0, 10);
  for (const e of BUILTIN_CATALOG) {
    assert.ok(isCalendarDate(e.ngay), `${e.so_ky_hieu}: ${e.ngay} is not a calendar date`);
    assert.ok(e.ngay <= today, `${e.so_ky_hieu}: ${e.ngay} is in the future`);
  }
});

test('the date checker itself rejects 29 February 2025 and 31 April and accepts 29 February 2024', () => {
  assert.equal(isCalendarDate('2025-02-29'), false);
  assert.equal(isCalendarDate('2024-04-31'), false);
  assert.equal(isCalendarDate('2025-2-28'), false);
  assert.equal(isCalendarDate('2024-02-29'), true);
});

test('every symbol fits one of the families of dialect §3', () => {
  for (const e of BUILTIN_CATALOG) assert.ok(familyOf(e.so_ky_hieu), `${e.so_ky_hieu} fits no family`);
});

test('the family patterns reject the mixed and malformed symbols named in the dialect', () => {
  for (const bad of ['01/KL/TW', '218-QĐ-TW', '3309/ TTr', '82/2005-QĐ-UBND', '15-NQ / TW']) assert.equal(familyOf(bad), undefined, bad);
  assert.equal(familyOf('10/2022/QH15'), 'law');
  assert.equal(familyOf('30/2020/NĐ-CP'), 'qppl');
  assert.equal(familyOf('114-KL/TW'), 'party');
  assert.equal(familyOf('1119/SNV-XDCQ'), 'administrative');
});

test('a legal normative symbol carries the year of its date', () => {
  for (const e of BUILTIN_CATALOG) {
    const f = familyOf(e.so_ky_hieu);
    if (f !== 'law' && f !== 'qppl') continue;
    assert.equal(e.so_ky_hieu.split('/')[1], e.ngay.slice(0, 4), `${e.so_ky_hieu} dated ${e.ngay}`);
  }
});

test('no symbol appears twice', () => {
  const seen = new Set<string>();
  for (const e of BUILTIN_CATALOG) {
    assert.ok(!seen.has(e.so_ky_hieu), `${e.so_ky_hieu} appears twice`);
    seen.add(e.so_ky_hieu);
  }
});

test('the type name agrees with the type code in the symbol', () => {
  for (const e of BUILTIN_CATALOG) {
    const f = familyOf(e.so_ky_hieu);
    if (f === 'law') {
      assert.equal(e.loai, 'Luật', e.so_ky_hieu);
      continue;
    }
    const code = typeCodeOf(e.so_ky_hieu)!;
    const allowed = LOAI_BY_CODE[code];
    if (!allowed) {
      // An administrative symbol whose first part is no type code is a công văn.
      assert.equal(f, 'administrative', `${e.so_ky_hieu}: unknown type code ${code}`);
      assert.equal(e.loai, 'Công văn', e.so_ky_hieu);
      continue;
    }
    assert.ok(allowed.includes(e.loai), `${e.so_ky_hieu} is a ${e.loai}, its code says ${allowed.join('/')}`);
  }
});

test('every replacement names a document of the catalog, dated no earlier, and marks the replaced one as out of force', () => {
  for (const e of BUILTIN_CATALOG) {
    if (e.thay_the_boi == null) continue;
    const by = bySymbol.get(e.thay_the_boi);
    assert.ok(by, `${e.so_ky_hieu} replaced by ${e.thay_the_boi}, which is not in the catalog`);
    assert.ok(by.ngay >= e.ngay, `${e.so_ky_hieu} (${e.ngay}) replaced by an older ${by.so_ky_hieu} (${by.ngay})`);
    assert.equal(e.hieu_luc, 'het', `${e.so_ky_hieu} is replaced but not marked het`);
    assert.notEqual(by.so_ky_hieu, e.so_ky_hieu);
  }
});

test('Decree 30/2020 replaces Decrees 110/2004 and 09/2010, and 399-QĐ/TW replaces 66-QĐ/TW', () => {
  assert.deepEqual(bySymbol.get('30/2020/NĐ-CP')?.ngay, '2020-03-05');
  for (const old of ['110/2004/NĐ-CP', '09/2010/NĐ-CP']) {
    assert.equal(bySymbol.get(old)?.thay_the_boi, '30/2020/NĐ-CP', old);
    assert.equal(bySymbol.get(old)?.hieu_luc, 'het', old);
  }
  assert.equal(bySymbol.get('66-QĐ/TW')?.thay_the_boi, '399-QĐ/TW');
  assert.equal(bySymbol.get('399-QĐ/TW')?.ngay, '2026-01-09');
  assert.equal(bySymbol.get('64/2025/QH15')?.ngay, '2025-02-19');
});

test('uncertain replacements are not recorded: 217-QĐ/TW, 218-QĐ/TW and the older laws keep no replacement', () => {
  for (const s of ['217-QĐ/TW', '218-QĐ/TW', '80/2015/QH13', '34/2016/NĐ-CP', '36-HD/VPTW', '04/2015/NĐ-CP']) {
    const e = bySymbol.get(s);
    assert.ok(e, `${s} should be catalogued`);
    assert.equal(e.thay_the_boi ?? null, null, s);
    assert.equal(e.hieu_luc, undefined, s);
  }
  assert.equal(bySymbol.has('124-QĐ/TW'), false);
});

test('subjects read as they follow the symbol in prose, laws and ordinances included', () => {
  for (const e of BUILTIN_CATALOG) {
    if (NO_SUBJECT_CITED.has(e.so_ky_hieu)) {
      assert.equal(e.trich_yeu, '', `${e.so_ky_hieu}: a subject was invented`);
      continue;
    }
    assert.match(e.trich_yeu, SUBJECT_START, `${e.so_ky_hieu}: "${e.trich_yeu}"`);
    assert.doesNotMatch(e.trich_yeu, /[;.]$/, `${e.so_ky_hieu}: subject ends with punctuation`);
  }
});

test('every text field is in NFC and has no stray spaces', () => {
  for (const e of BUILTIN_CATALOG) {
    for (const [k, v] of Object.entries(e)) {
      if (typeof v !== 'string') continue;
      assert.equal(v, v.normalize('NFC'), `${e.so_ky_hieu}.${k} is not NFC`);
      assert.equal(v, v.trim(), `${e.so_ky_hieu}.${k} has leading or trailing spaces`);
      assert.doesNotMatch(v, / {2}/, `${e.so_ky_hieu}.${k} has a double space`);
    }
  }
});

test('every fully cited corpus document is catalogued with the date as cited', () => {
  for (const c of CORPUS_CITATIONS) {
    const e = bySymbol.get(c.symbol);
    assert.ok(e, `${c.symbol} (corpus ${c.file}, line ${c.line}) is missing`);
    assert.equal(e.ngay, isoOf(c.date), `${c.symbol}: cited ${c.date}, catalogued ${e.ngay}`);
    assert.match(e.nguon ?? '', new RegExp(`corpus ${c.file}\\.vbhc\\.md`), `${c.symbol}: source should name corpus ${c.file}`);
  }
});

test('documents left out of the catalog are really absent', () => {
  for (const l of LEFT_OUT) assert.equal(bySymbol.has(l.symbol), false, `${l.symbol}: ${l.why}`);
});

test('the corpus lines listed really cite each document with that date and issuer', { skip: !corpusPresent }, () => {
  const lines = { '000': corpusLines('000'), '001': corpusLines('001') };
  for (const c of CORPUS_CITATIONS) {
    const text = lines[c.file][c.line - 1] ?? '';
    assert.ok(text.includes(c.symbol), `${c.file}:${c.line} does not cite ${c.symbol}`);
    assert.ok(text.includes(`ngày ${c.date}`), `${c.file}:${c.line} does not date ${c.symbol} ${c.date}`);
    assert.ok(text.includes(c.issuer), `${c.file}:${c.line} does not name ${c.issuer}`);
  }
});

test('every "symbol ngày date" citation in the corpus is catalogued with that date, or deliberately left out', { skip: !corpusPresent }, () => {
  const citation =
    /(?<![\d/-])(\d+(?:-[A-ZĐ][A-Za-zĐ]*\/[A-ZĐ][A-Za-zĐ0-9]*(?:-[A-ZĐ][A-Za-zĐ0-9]*)*|\/(?:\d{4}\/)?[A-ZĐ][A-Za-zĐ0-9]*(?:-[A-ZĐ][A-Za-zĐ0-9]*)+))\s+ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/gu;
  const leftOut = new Set(LEFT_OUT.map((l) => l.symbol));
  let found = 0;
  for (const file of ['000', '001'] as const) {
    corpusLines(file).forEach((line, i) => {
      for (const m of line.matchAll(citation)) {
        const [symbol, date] = [m[1], m[2]];
        found++;
        if (leftOut.has(symbol)) continue;
        const e = bySymbol.get(symbol);
        assert.ok(e, `${file}:${i + 1} cites ${symbol} ngày ${date}, which is not catalogued`);
        assert.equal(e.ngay, isoOf(date), `${file}:${i + 1}: ${symbol} cited ${date}, catalogued ${e.ngay}`);
      }
    });
  }
  // The scan must actually find the corpus citations, or this test proves nothing.
  assert.ok(found >= 25, `only ${found} citations found`);
});

test('39/KH-UBND is left out because the corpus gives it only an impossible date', { skip: !corpusPresent }, () => {
  const dates = new Set<string>();
  for (const file of ['000', '001'] as const) {
    for (const line of corpusLines(file)) {
      for (const m of line.matchAll(/39\/KH-UBND ngày (\d{1,2}\/\d{1,2}\/\d{4})/g)) dates.add(m[1]);
    }
  }
  assert.deepEqual([...dates], ['29/02/2025']);
  assert.equal(isCalendarDate(isoOf('29/02/2025')), false);
});

test('Kết luận 01-KL/TW is cited consistently: one date, the Politburo, after the directive it continues', { skip: !corpusPresent }, () => {
  const all = [...corpusLines('000'), ...corpusLines('001')].join('\n');
  const cites = [...all.matchAll(/01-KL\/TW ngày (\d{1,2}\/\d{1,2}\/\d{4}) của ([^,;]+?) về/g)];
  assert.ok(cites.length >= 1);
  for (const m of cites) {
    assert.equal(isoOf(m[1]), bySymbol.get('01-KL/TW')?.ngay);
    assert.equal(m[2], bySymbol.get('01-KL/TW')?.co_quan);
  }
  assert.ok(bySymbol.get('01-KL/TW')!.ngay > bySymbol.get('05-CT/TW')!.ngay);
});

test('the catalog example of dialect §4 agrees with the built-in entry', { skip: !existsSync(DIALECT) }, () => {
  const md = readFileSync(DIALECT, 'utf8');
  const block = /## 4\.[\s\S]*?```yaml\n([\s\S]*?)```/.exec(md);
  assert.ok(block, 'no yaml example in dialect §4');
  const [example] = parseYaml(block[1]) as Record<string, unknown>[];
  const e = bySymbol.get(String(example.so_ky_hieu));
  assert.ok(e);
  assert.equal(e.loai, example.loai);
  assert.equal(e.co_quan, example.co_quan);
  assert.equal(e.trich_yeu, example.trich_yeu);
  const ngay = example.ngay instanceof Date ? example.ngay.toISOString().slice(0, 10) : String(example.ngay);
  assert.equal(e.ngay, ngay);
});

test('the catalog cannot be modified at run time', () => {
  assert.ok(Object.isFrozen(BUILTIN_CATALOG));
});

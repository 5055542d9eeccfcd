import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../language-service';
import type { CatalogEntry } from '../references/catalog-entry';
import { UNCERTAIN } from '../references/builtin-data';

const URI = 'file:///ws/ke-hoach.vbhc.md';
const FM = '---\nloai: KH\nngay: 2025-06-02\n---\n\n';

/** Two replaced decrees and two dated directives, each once clean and once flagged. */
function catalog(flag: number): CatalogEntry[] {
  return [
    { so_ky_hieu: '21/2010/NĐ-CP', loai: 'Nghị định', ngay: '2010-03-08', co_quan: 'Chính phủ', trich_yeu: 'về quản lý kho bạc', hieu_luc: 'het', thay_the_boi: '22/2020/NĐ-CP', nguon: 'nguồn thử', uncertain: flag },
    { so_ky_hieu: '22/2020/NĐ-CP', loai: 'Nghị định', ngay: '2020-02-24', co_quan: 'Chính phủ', trich_yeu: 'về quản lý kho bạc', hieu_luc: 'con', nguon: 'nguồn thử' },
    { so_ky_hieu: '05/CT-TTg', loai: 'Chỉ thị', ngay: '2023-03-01', co_quan: 'Thủ tướng Chính phủ', trich_yeu: 'về tăng cường kỷ cương', nguon: 'nguồn thử', uncertain: flag },
  ];
}

function codes(flag: number): string[] {
  const ls = createLanguageService({ builtinCatalog: () => catalog(flag) });
  ls.setDocument(URI, `${FM}Căn cứ Nghị định số 21/2010/NĐ-CP ngày 08/3/2010 của Chính phủ về quản lý kho bạc; Chỉ thị số 05/CT-TTg ngày 15/3/2023 của Thủ tướng Chính phủ về tăng cường kỷ cương.\n`);
  return ls.getDiagnostics(URI).map((d) => d.code).filter((c) => c === 'ref.superseded' || c === 'ref.date-conflict').sort();
}

test('a clean record grounds ref.superseded (with the replacement as its fix) and ref.date-conflict', () => {
  assert.deepEqual(codes(0), ['ref.date-conflict', 'ref.superseded']);
  const ls = createLanguageService({ builtinCatalog: () => catalog(0) });
  ls.setDocument(URI, `${FM}Căn cứ Nghị định số 21/2010/NĐ-CP ngày 08/3/2010 của Chính phủ.\n`);
  const d = ls.getDiagnostics(URI).find((x) => x.code === 'ref.superseded')!;
  const fix = ls.getCodeActions(URI, d.range).find((a) => a.kind === 'quickfix' && a.diagnostic?.code === 'ref.superseded')!;
  assert.match(fix.title, /22\/2020\/NĐ-CP/);
  assert.match(fix.edits[0].newText, /^Nghị định số 22\/2020\/NĐ-CP ngày 24\/02\/2020 của Chính phủ/);
});

test('a record flagged as single-source, disagreeing, web-only or ambiguous never yields a diagnostic', () => {
  for (const flag of [UNCERTAIN.singleSource, UNCERTAIN.disagreement, UNCERTAIN.webOnly, UNCERTAIN.ambiguous, UNCERTAIN.title]) assert.deepEqual(codes(flag), [], `flag ${flag}`);
});

test('a flagged record is still shown on hover, marked as less certain', () => {
  const ls = createLanguageService({ builtinCatalog: () => catalog(UNCERTAIN.singleSource) });
  ls.setDocument(URI, `${FM}Căn cứ Nghị định số 21/2010/NĐ-CP.\n`);
  const h = ls.getHover(URI, { line: 5, character: 22 })!;
  assert.match(h.contents.value, /hết hiệu lực — thay bằng 22\/2020\/NĐ-CP/);
  assert.match(h.contents.value, /ít chắc chắn: chỉ thấy ở một nguồn/);
});

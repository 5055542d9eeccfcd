import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSymbol } from './symbol';
import { fold } from '../text/fold';

const brief = (s: string) => {
  const p = parseSymbol(s)!;
  return [p.family, p.typeCode, p.issuers.join('+'), p.year, p.problem, p.suggestion].map((x) => x ?? '').join(' ').trim();
};

test('each family of the dialect parses with its type code, issuers and year', () => {
  assert.equal(brief('30/2020/NĐ-CP'), 'qppl NĐ CP 2020');
  assert.equal(brief('36/2024/NQ-HĐND'), 'qppl NQ HĐND 2024');
  assert.equal(brief('55/2005/TTLT-BNV-VPCP'), 'qppl TTLT BNV+VPCP 2005');
  assert.equal(brief('10/2022/QH15'), 'law  QH 2022');
  assert.equal(brief('33/CT-TTg'), 'admin CT TTg');
  assert.equal(brief('1528/KH-SKHCN'), 'admin KH SKHCN');
  assert.equal(brief('1119/SNV-XDCQ'), 'cong-van  SNV');
  assert.equal(brief('114-KL/TW'), 'party KL TW');
  assert.equal(brief('204-KH/BDVTU-BCSĐUBND'), 'party KH BDVTU+BCSĐUBND');
});

test('mixed separators and lower-case type codes get a problem and the right form', () => {
  assert.equal(brief('01/KL/TW'), 'party KL TW  mixed 01-KL/TW');
  assert.equal(brief('218-QĐ-TW'), 'party QĐ TW  mixed 218-QĐ/TW');
  assert.equal(brief('77-Kl/TU'), 'party Kl TU  lowercase-type 77-KL/TU');
  assert.equal(brief('30/2020/NĐ/CP'), 'qppl NĐ CP 2020 mixed 30/2020/NĐ-CP');
  assert.equal(brief('12/KH'), 'KH   no-family');
  assert.equal(parseSymbol('23/5/2025'), undefined);
});

test('folding drops diacritics and case and keeps the length', () => {
  assert.equal(fold('Chỉ thị số 33/CT-TTg'), 'chi thi so 33/ct-ttg');
  assert.equal(fold('Đảng ủy ĐU'), 'dang uy du');
  const nfc = 'Nghị quyết Hội đồng nhân dân';
  assert.equal(fold(nfc).length, nfc.length);
});

test('a broken symbol is read as the symbol meant only when that one is well formed', async () => {
  const { brokenReading, gluedReading } = await import('./symbol');
  const r = brokenReading('75/KH- UBND', '75/KH-UBND', 'spaced')!;
  assert.deepEqual([r.family, r.typeCode, r.issuers.join('+'), r.problem, r.suggestion, r.text.slice(r.issuerOffset!)], ['admin', 'KH', 'UBND', 'spaced', '75/KH-UBND', 'UBND']);
  assert.equal(brokenReading('75/KH- ', '75/KH-', 'spaced'), undefined);
  assert.equal(brokenReading('12/KH /TW', '12/KH/TW', 'spaced'), undefined, 'the text without the space mixes separators');
  assert.equal(gluedReading('27/CTTTg', ['CT'])?.suggestion, '27/CT-TTg');
  assert.equal(gluedReading('27/CTTg', ['CT'])?.suggestion, '27/CT-TTg');
  assert.equal(gluedReading('27/CTXYZ', ['CT']), undefined);
  assert.equal(gluedReading('27/TTCP', ['TT']), undefined);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from '../model/document';
import { documentCitations, findCitations, settledCitations, trimTrailingConnectors } from './recognizer';

const CORPUS = '../shared/corpus';

/** `line symbol | date | issuer` of every citation of a corpus document. */
function list(file: string): string[] {
  const doc = parseDocument(`file:///${file}`, readFileSync(`${CORPUS}/${file}`, 'utf8'));
  return documentCitations(doc).map((c) => `${doc.source.positionAt(c.start).line + 1} ${c.symbol.text} | ${c.date?.text ?? ''} | ${c.issuer?.text ?? ''}`);
}

// Read from the corpus by hand, line by line: every document cited by number and symbol.
const EXPECTED_000 = [
  '20 1119/SNV-XDCQ | 23/5/2025 | ',
  '34 114-KL/TW | 14/7/2015 | Ban Bí thư',
  '34 33/CT-TTg | 26/11/2021 | Thủ tướng Chính phủ',
  '34 08-CT/TU | 25/5/2021 | Ban Thường vụ Tỉnh ủy',
  '34 396-QĐ/TU | 19/10/2021 | Ban Thường vụ Tỉnh ủy',
  '34 13-ĐA/TU | 10/10/2022 | Ban Thường vụ Tỉnh ủy',
  '34 204-KH/BDVTU-BCSĐUBND | 31/12/2024 | Ban Dân vận Tỉnh ủy và Ban Cán sự đảng UBND tỉnh',
  '34 835/QĐ-UBND | 30/12/2024 | UBND tỉnh',
  '34 39/KH-UBND | 29/02/2025 | UBND tỉnh',
  '36 39/KH-UBND | 29/02/2025 | ',
  '38 106/KH-SKHCN | 12/3/2025 | ',
  '54 35/QĐ-SKHCN | 12/3/2025 | ',
  '60 34/KH-UBND | 27/2/2025 | UBND tỉnh',
  '60 335/SKHCN-VP | 31/3/2025 | ',
  '78 114-KL/TW | 14/7/2015 | Ban Bí thư',
  '78 33/CT-TTg | 26/11/2021 | Thủ tướng Chính phủ',
  '78 08-CT/TU | 25/5/2021 | Ban Thường vụ Tỉnh ủy',
  '78 396-QĐ/TU | 19/10/2021 | Ban Thường vụ Tỉnh ủy',
  '78 13-ĐA/TU | 10/10/2022 | Ban Thường vụ Tỉnh ủy',
  '80 76/NQ-CP | 15/7/2021 | Chính phủ',
  '80 04-NQ/TU | 18/10/2021 | Hội nghị Tỉnh ủy lần thứ 5',
  '80 93/NQ-HĐND | 08/12/2021 | HĐND tỉnh',
  '84 1211/QĐ-UBND | 02/11/2022 | UBND tỉnh',
  '92 43/TB-SKHCN | 06/3/2025 | ',
  '92 35/QĐ-SKHCN | 12/3/2025 | ',
];

const EXPECTED_001 = [
  '20 33/CT-TTg | 26/11/2021 | Thủ tướng Chính phủ',
  '20 08-CT/TU | 25/5/2021 | Ban Thường vụ Tỉnh ủy',
  '20 175/KH-UBND | 21/12/2021 | UBND tỉnh',
  '26 33/CT-TTg | 26/11/2021 | Thủ tướng Chính phủ',
  '26 23-QĐ/TW | 30/7/2021 | Bộ Chính trị',
  '26 396-QĐ/TU | 19/10/2021 | Ban Thường vụ Tỉnh ủy',
  '26 08-CT/TU | 25/5/2021 | Ban Thường vụ Tỉnh ủy',
  '36 01-KL/TW | 18/5/2021 | Bộ Chính trị',
  '36 05-CT/TW | 15/5/2016 | Bộ Chính trị',
  '38 76/NQ-CP | 15/7/2021 | Chính phủ',
  '38 768/QĐ-UBND | 26/8/2021 | UBND tỉnh',
  '38 1528/KH-SKHCN | 29/10/2021 | Sở Khoa học và Công nghệ',
  '48 217-QĐ/TW |  | ',
  '48 218-QĐ/TW | 12/12/2013 | Bộ Chính trị',
];

test('corpus 000: every citation is found with its symbol, date and issuer, and nothing else', { skip: !existsSync(CORPUS) }, () => {
  assert.deepEqual(list('000.vbhc.md'), EXPECTED_000);
});

test('corpus 001: every citation is found, and the URL with 76-nq-cp inside is not one', { skip: !existsSync(CORPUS) }, () => {
  assert.deepEqual(list('001.vbhc.md'), EXPECTED_001);
});

test('type names, số, the date, the issuer and the subject are each located', () => {
  const text = 'Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường công tác dân vận; tiếp theo';
  const [c] = findCitations(text);
  assert.equal(c.type?.text, 'Chỉ thị');
  assert.equal(c.type?.type.name, 'Chỉ thị');
  assert.equal(text.slice(c.so!.start, c.so!.end), 'số');
  assert.equal(c.date?.text, '26/11/2021');
  assert.equal(c.issuer?.text, 'Thủ tướng Chính phủ');
  assert.equal(c.subject?.lead, 'về');
  assert.equal(c.subject?.text, 'tiếp tục tăng cường công tác dân vận');
  assert.equal(text.slice(c.start, c.headEnd), 'Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ');
});

test('every symbol family is recognised, with the long date form and abbreviations', () => {
  const text =
    'Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ; Luật số 10/2022/QH15; QĐ số 35/QĐ-SKHCN; ' +
    'Công văn số 1119/SNV-XDCQ; Kết luận số 114-KL/TW; Kế hoạch số 204-KH/BDVTU-BCSĐUBND; Pháp lệnh số 34/2007/PL-UBTVQH11.';
  const cs = findCitations(text);
  assert.deepEqual(
    cs.map((c) => [c.symbol.text, c.symbol.parsed.family, c.type?.text]),
    [
      ['30/2020/NĐ-CP', 'qppl', 'Nghị định'],
      ['10/2022/QH15', 'law', 'Luật'],
      ['35/QĐ-SKHCN', 'admin', 'QĐ'],
      ['1119/SNV-XDCQ', 'cong-van', 'Công văn'],
      ['114-KL/TW', 'party', 'Kết luận'],
      ['204-KH/BDVTU-BCSĐUBND', 'party', 'Kế hoạch'],
      ['34/2007/PL-UBTVQH11', 'qppl', 'Pháp lệnh'],
    ],
  );
  assert.equal(cs[0].date?.form, 'long');
  assert.equal(cs[0].issuer?.text, 'Chính phủ');
});

test('a malformed symbol after a type name is still a citation (for the checks to name it)', () => {
  const cs = findCitations('Kết luận số 01/KL/TW, Quyết định số 218-QĐ-TW và Kết luận số 77-Kl/TU.');
  assert.deepEqual(
    cs.map((c) => [c.symbol.text, c.symbol.parsed.problem]),
    [
      ['01/KL/TW', 'mixed'],
      ['218-QĐ-TW', 'mixed'],
      ['77-Kl/TU', 'lowercase-type'],
    ],
  );
});

test('dates, fractions, URLs, bare numbers and lower-case look-alikes are not citations', () => {
  const text = 'Ngày 23/5/2025, tỷ lệ 3/4, giai đoạn 2021 - 2030, Covid -19, KH&CN, 91 công chức, https://x.vn/nghi-quyet-76-nq-cp-2021 và www.a.vn/33/CT-TTg, mã 12/abc.';
  assert.deepEqual(findCitations(text), []);
});

test('a bare symbol counts when it has a known type code or issuer, not otherwise', () => {
  const cs = findCitations('Theo 33/CT-TTg và 1119/SNV-XDCQ; không phải 12/ABC-XYZ hay 01/KL/TW.');
  assert.deepEqual(cs.map((c) => c.symbol.text), ['33/CT-TTg', '1119/SNV-XDCQ']);
});

test('an issuer ends where the next citation begins, and the connector is dropped', () => {
  const cs = findCitations('Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị và Quyết định số 396-QĐ/TU ngày 19/10/2021 của Ban Thường vụ Tỉnh ủy.');
  assert.deepEqual(cs.map((c) => c.issuer?.text), ['Bộ Chính trị', 'Ban Thường vụ Tỉnh ủy']);
});

test('citations in the subject line count; those in code blocks do not', () => {
  const text = `---\nloai: BC\ntrich_yeu: "kết quả thực hiện Kế hoạch số 39/KH-UBND"\n---\n\nVăn bản.\n\n\`\`\`\nChỉ thị số 33/CT-TTg\n\`\`\`\n\nHết./.\n`;
  const doc = parseDocument('file:///t.vbhc.md', text);
  assert.deepEqual(documentCitations(doc).map((c) => [c.symbol.text, doc.source.positionAt(c.start).line + 1]), [['39/KH-UBND', 3]]);
});

test('NFD input gives the same citations as NFC', () => {
  const nfc = 'Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.';
  const a = parseDocument('file:///a.vbhc.md', nfc);
  const b = parseDocument('file:///b.vbhc.md', nfc.normalize('NFD'));
  const show = (d: typeof a) => documentCitations(d).map((c) => [c.symbol.text, c.issuer?.text, d.source.rangeOf(c.start, c.headEnd)]);
  assert.deepEqual(show(a).map((x) => x.slice(0, 2)), show(b).map((x) => x.slice(0, 2)));
  assert.equal(documentCitations(b)[0].type?.text, 'Chỉ thị');
});

test('trimTrailingConnectors gives what the trailing-connector pattern gave, on named cases and 20,000 random phrases', () => {
  const PATTERN = /(?:[\s,]+(?:và|hoặc|cùng|với))+\s*$|[\s,]+$/iu;
  const named = ['Sở Tài chính và', 'Sở Tài chính, và các sở', 'UBND tỉnh và Sở Nội vụ, ', 'A, và ,', 'A hoặc với  ', 'A VÀ', 'A Với\u00a0', 'Ava', 'và', ' và', ',', ''];
  for (const s of named) assert.equal(trimTrailingConnectors(s), s.replace(PATTERN, ''), JSON.stringify(s));
  const parts = [' ', ',', '\u00a0', '\n', 'và', 'Và', 'VỚI', 'với', 'hoặc', 'cùng', 'cùngx', 'a', 'Sở', 'x'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < 20_000; i++) {
    let s = '';
    for (let k = next() % 9; k > 0; k--) s += parts[next() % parts.length];
    assert.equal(trimTrailingConnectors(s), s.replace(PATTERN, ''), JSON.stringify(s));
  }
});

test('settled citations say what the found ones say (the sharing of equal texts is not observable from JavaScript; bench/ measures it)', () => {
  const text = `---\nloai: BC\n---\n\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ; Kế hoạch số 12/KH-UBND.\n`;
  const a = documentCitations(parseDocument('file:///a.vbhc.md', text));
  const b = documentCitations(parseDocument('file:///b.vbhc.md', text));
  const sa = settledCitations(a);
  const sb = settledCitations(b);
  const plain = (x: unknown) => JSON.parse(JSON.stringify(x, (k, v) => (k === 'parsed' ? undefined : v)));
  assert.deepEqual(plain(sa), plain(a));
  assert.equal(sa[0].symbol.parsed, a[0].symbol.parsed);
  assert.equal(sa.length, 2);
  assert.deepEqual(plain(sb), plain(b));
  assert.equal(sa[0].subject?.text, 'đột phá phát triển khoa học, công nghệ');
});

test('a type name with a qualifier is a type name, with or without số, and keeps its own type', () => {
  const text =
    'Căn cứ Quy chế phối hợp số 49/QCPH-UBND-UBMT-HCTĐ ngày 10/4/2024 giữa các cơ quan; Chương trình phối hợp 07/CTrPH-SNV-HND; ' +
    'Kế hoạch liên tịch số 15/KHLT-SYT-SGDĐT; Hướng dẫn liên tịch 03/HDLT-STC-SNV; Chương trình hành động số 21/CTr-UBND; ' +
    'Kế hoạch hành động 88/KH-UBND; Nghị quyết liên tịch số 09/2023/NQLT-BCA-BQP.';
  const cs = findCitations(text);
  assert.deepEqual(
    cs.map((c) => [c.type?.text, c.type?.type.name, c.type?.qualifier, c.so ? 'số' : '', c.symbol.text, c.symbol.parsed.typeCode]),
    [
      ['Quy chế phối hợp', 'Quy chế', 'phối hợp', 'số', '49/QCPH-UBND-UBMT-HCTĐ', 'QCPH'],
      ['Chương trình phối hợp', 'Chương trình', 'phối hợp', '', '07/CTrPH-SNV-HND', 'CTrPH'],
      ['Kế hoạch liên tịch', 'Kế hoạch', 'liên tịch', 'số', '15/KHLT-SYT-SGDĐT', 'KHLT'],
      ['Hướng dẫn liên tịch', 'Hướng dẫn', 'liên tịch', '', '03/HDLT-STC-SNV', 'HDLT'],
      ['Chương trình hành động', 'Chương trình', 'hành động', 'số', '21/CTr-UBND', 'CTr'],
      ['Kế hoạch hành động', 'Kế hoạch', 'hành động', '', '88/KH-UBND', 'KH'],
      ['Nghị quyết liên tịch', 'Nghị quyết liên tịch', undefined, 'số', '09/2023/NQLT-BCA-BQP', 'NQLT'],
    ],
  );
  assert.equal(cs[0].date?.text, '10/4/2024');
  assert.equal(text.slice(cs[0].start, cs[0].type!.end), 'Quy chế phối hợp');
});

test('a qualifier alone, or a qualified name without a number, is no citation', () => {
  assert.deepEqual(findCitations('Xây dựng Chương trình phối hợp giữa hai ngành; Kế hoạch hành động năm 2025 đã trình; phối hợp số 12 người.'), []);
});

test('after a type name a non-standard code without số is a citation, so its date is read', () => {
  const [c] = findCitations('Thực hiện Quy chế 12/QCPH-SNV-LĐLĐ ngày 03/02/2025 của Sở Nội vụ.');
  assert.equal(c.symbol.text, '12/QCPH-SNV-LĐLĐ');
  assert.equal(c.date?.text, '03/02/2025');
  assert.equal(c.issuer?.text, 'Sở Nội vụ');
});

test('a type code glued to the issuer after a type name is read as the symbol meant', () => {
  const cs = findCitations('Chỉ thị số 27/CTTg ngày 15/7/2024; Nghị quyết 41/NQCP; Quyết định số 12/QĐUBND; Kế hoạch số 5/KHUBND-VX; Nghị định số 30/2020/NĐCP.');
  assert.deepEqual(
    cs.map((c) => [c.symbol.text, c.key, c.symbol.parsed.problem, c.symbol.parsed.typeCode, c.symbol.parsed.issuers.join('+')]),
    [
      ['27/CTTg', '27/CT-TTG', 'glued', 'CT', 'TTg'],
      ['41/NQCP', '41/NQ-CP', 'glued', 'NQ', 'CP'],
      ['12/QĐUBND', '12/QĐ-UBND', 'glued', 'QĐ', 'UBND'],
      ['5/KHUBND-VX', '5/KH-UBND-VX', 'glued', 'KH', 'UBND'],
      ['30/2020/NĐCP', '30/2020/NĐ-CP', 'glued', 'NĐ', 'CP'],
    ],
  );
  // The issuer code sits in the text as written: after the type code, with no `-` before it.
  const p = cs[0].symbol.parsed;
  assert.equal(p.text.slice(p.issuerOffset!, p.issuerOffset! + 3), 'TTg');
});

test('no glued reading for Công văn, a generic Văn bản, a code the type does not carry, an unknown rest or a known code (TTCP)', () => {
  const cs = findCitations('Công văn số 8/CTTg; Văn bản số 9/QĐUBND; Chỉ thị số 10/QĐUBND; Kế hoạch số 11/KHXYZ; Thông tư số 12/TTCP-VP; theo 13/CT-TTg.');
  assert.deepEqual(cs.map((c) => [c.symbol.text, c.symbol.parsed.problem ?? '']), [
    ['8/CTTg', ''],
    ['9/QĐUBND', ''],
    ['10/QĐUBND', ''],
    ['11/KHXYZ', ''],
    ['12/TTCP-VP', ''],
    ['13/CT-TTg', ''],
  ]);
});

test('a stray space inside a symbol after a type name or số is one citation of the whole text, read without the space', () => {
  const text = 'Kế hoạch số 75/KH- UBND ngày 02/4/2025; Kế hoạch 75 /KH-UBND; số 76/ KH-SKHCN; Quyết định số 30 /2021/QĐ-UBND; Kết luận số 114 -KL/TW.';
  const cs = findCitations(text);
  assert.deepEqual(
    cs.map((c) => [c.symbol.text, c.key, c.symbol.parsed.problem, c.symbol.parsed.suggestion]),
    [
      ['75/KH- UBND', '75/KH-UBND', 'spaced', '75/KH-UBND'],
      ['75 /KH-UBND', '75/KH-UBND', 'spaced', '75/KH-UBND'],
      ['76/ KH-SKHCN', '76/KH-SKHCN', 'spaced', '76/KH-SKHCN'],
      ['30 /2021/QĐ-UBND', '30/2021/QĐ-UBND', 'spaced', '30/2021/QĐ-UBND'],
      ['114 -KL/TW', '114-KL/TW', 'spaced', '114-KL/TW'],
    ],
  );
  assert.equal(cs[0].date?.text, '02/4/2025');
  assert.equal(text.slice(cs[0].start, cs[0].symbol.end), 'Kế hoạch số 75/KH- UBND');
});

test('spaces around a separator that are no stray space inside a symbol are not read as one', () => {
  const text =
    'Kế hoạch số 12/KH-UBND - Sở Nội vụ chủ trì; Quyết định số 13/QĐ-UBND- ngày 5; năm 2025 - Sở; hạng 1- Nguyễn Văn A; ' +
    'theo 14/ KH-UBND; 15 /BC-SNV; tỷ lệ 3 / 4; Kế hoạch 16/KH-UBND -- VP; Nghị quyết số 17/NQ-HĐND -Sở Nội vụ chủ trì.';
  assert.deepEqual(findCitations(text).map((c) => [c.symbol.text, c.symbol.parsed.problem ?? '']), [
    ['12/KH-UBND', ''],
    ['13/QĐ-UBND', ''],
    ['16/KH-UBND', ''],
    ['17/NQ-HĐND', ''],
  ]);
});

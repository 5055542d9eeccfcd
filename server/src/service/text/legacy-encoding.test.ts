// Legacy Vietnamese encodings: the TCVN3 and VNI tables, syllable validation,
// run detection and conversion round-trips on known phrases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  TCVN3_TO_UNICODE,
  VNI_LETTERS,
  VNI_MARKS,
  convertLegacyText,
  findLegacyRuns,
  isVietnameseSyllable,
  majorityEncoding,
  tcvn3WordToUnicode,
  vniWordToUnicode,
} from './legacy-encoding';

const CORPUS = join(process.cwd(), '../shared/corpus');
const hasCorpus = existsSync(join(CORPUS, '000.vbhc.md'));

/** Known phrases: Unicode, TCVN3 as pasted, VNI as pasted. */
const PHRASES: readonly [string, string, string][] = [
  ['Cộng hoà xã hội chủ nghĩa Việt Nam', 'Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam'],
  ['Độc lập - Tự do - Hạnh phúc', '§éc lËp - Tù do - H¹nh phóc', 'Ñoäc laäp - Töï do - Haïnh phuùc'],
  ['Sở Tài chính tỉnh Quảng Ngãi', 'Së Tµi chÝnh tØnh Qu¶ng Ng·i', 'Sôû Taøi chính tænh Quaûng Ngaõi'],
  ['người dân được hướng dẫn thủ tục', 'ng­êi d©n ®­îc h­íng dÉn thñ tôc', 'ngöôøi daân ñöôïc höôùng daãn thuû tuïc'],
  ['Kế hoạch năm 2025 của Ban', 'KÕ ho¹ch n¨m 2025 cña Ban', 'Keá hoaïch naêm 2025 cuûa Ban'],
];

test('the TCVN3 table maps 74 distinct look-alikes to distinct letters: every lowercase Vietnamese letter outside ASCII and the seven ABC capitals', () => {
  const keys = Object.keys(TCVN3_TO_UNICODE);
  assert.equal(keys.length, 67 + 7);
  const values = Object.values(TCVN3_TO_UNICODE);
  assert.equal(keys.length, new Set(keys).size);
  assert.equal(values.length, new Set(values).size, 'no two look-alikes give the same letter');
  for (const k of keys) assert.ok(k.charCodeAt(0) >= 0xa1 && k.charCodeAt(0) <= 0xff, `U+${k.charCodeAt(0).toString(16)} is Latin-1`);
  for (const cap of 'ĂÂÊÔƠƯĐ') assert.ok(values.includes(cap), cap);
  // Every lowercase Vietnamese letter outside ASCII is reachable.
  const vi = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
  for (const ch of vi) assert.ok(values.includes(ch), ch);
});

test('the VNI tables: letters and marks come in lowercase/uppercase pairs of Latin-1 bytes', () => {
  for (const table of [VNI_LETTERS, VNI_MARKS]) {
    for (const k of Object.keys(table)) {
      const other = k === k.toLowerCase() ? k.toUpperCase() : k.toLowerCase();
      assert.ok(other in table, `${k} has its pair ${other}`);
      assert.ok(k.charCodeAt(0) >= 0xc0 && k.charCodeAt(0) <= 0xff);
    }
  }
});

test('known phrases typed in TCVN3 convert back to the Unicode text', () => {
  for (const [uni, tcvn3] of PHRASES) assert.equal(convertLegacyText(tcvn3), uni);
});

test('known phrases typed in VNI convert back to the Unicode text', () => {
  for (const [uni, , vni] of PHRASES) assert.equal(convertLegacyText(vni), uni);
});

test('a capital with a tone, missing from the ABC fonts, was typed as its base letter and a lowercase mark', () => {
  assert.equal(convertLegacyText('cña Uû ban nh©n d©n'), 'của Uỷ ban nhân dân');
  assert.equal(convertLegacyText('cuûa UÛy ban nhaân daân'), 'của Ủy ban nhân dân');
});

test('TCVN3 typed with a capitals font (.VnTimeH) converts to capitals, words of one capital included', () => {
  assert.equal(convertLegacyText('CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM'), 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  assert.equal(convertLegacyText('UBND TØNH QU¶NG NG·I'), 'UBND TỈNH QUẢNG NGÃI');
  assert.equal(convertLegacyText('Bé TµI CHÝNH'), 'BỘ TÀI CHÍNH');
  // One capital among lowercase words stays a capital letter only.
  assert.equal(tcvn3WordToUnicode('Tæ'), 'Tổ');
  assert.equal(convertLegacyText('Tæ chøc thùc hiÖn'), 'Tổ chức thực hiện');
});

test('VNI capitals convert with their own uppercase marks', () => {
  assert.equal(convertLegacyText('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM'), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  assert.equal(vniWordToUnicode('ÑOÄC'), 'ĐỘC');
  assert.equal(vniWordToUnicode('ÖÔÙC'), 'ƯỚC');
});

test('a VNI mark after a letter it cannot modify is left as it is', () => {
  assert.equal(vniWordToUnicode('ê'), 'ê'); // a breve with no base before it
  assert.equal(vniWordToUnicode('iâ'), 'iâ'); // no circumflex on i
});

test('the syllable check accepts Vietnamese spelling and rejects look-alike garbage', () => {
  for (const w of ['cộng', 'hòa', 'hoà', 'nghĩa', 'quốc', 'giếng', 'gìn', 'khuếch', 'hoạch', 'người', 'thuở', 'khuya', 'huyện', 'kỹ', 'Quảng', 'NGÃI', 'Lưu'])
    assert.ok(isVietnameseSyllable(w), w);
  for (const w of ['céng', 'héi', 'chñ', 'nghÜa', 'kan', 'ghan', 'ngha', 'qua1', 'cấpp', 'hoạtt', 'cồc', 'đ', '', 'Müller'])
    assert.ok(!isVietnameseSyllable(w), w);
});

test('a stop final takes only sắc or nặng', () => {
  assert.ok(isVietnameseSyllable('cấp'));
  assert.ok(isVietnameseSyllable('lập'));
  assert.ok(!isVietnameseSyllable('lầp'));
  assert.ok(!isVietnameseSyllable('mãt'));
});

test('a run covers the legacy words only, not the ASCII or Unicode around them', () => {
  const line = 'Theo văn bản: Céng hoµ x· héi chñ nghÜa ViÖt Nam 2025.';
  const runs = findLegacyRuns(line);
  assert.equal(runs.length, 1);
  assert.equal(runs[0].encoding, 'tcvn3');
  assert.equal(line.slice(runs[0].start, runs[0].end), 'Céng hoµ x· héi chñ nghÜa ViÖt');
  assert.equal(runs[0].converted, 'Cộng hoà xã hội chủ nghĩa Việt');
});

test('normal Unicode Vietnamese and foreign words are never a run', () => {
  for (const line of [
    'Sở Khoa học và Công nghệ báo cáo kết quả thực hiện công tác dân vận chính quyền.',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc',
    'Müller, señor, café, naïve, «Bonjour», Zürich, São Paulo, Ålesund, Øresund.',
    '© 2025 ® ¼ ½ ¾ × ÷ § ¶ · µ « » ¡ ¿',
    'Ông Nguyễn Văn Á, bà Lê Thị Ý; ở đây; ăn ở; ừ; ồ',
  ]) {
    assert.deepEqual(findLegacyRuns(line), [], line);
    assert.equal(convertLegacyText(line), line, line);
  }
});

test('a single clear word is a run only in a selection the user marked (relaxed)', () => {
  assert.deepEqual(findLegacyRuns('xem ViÖt'), []);
  assert.equal(findLegacyRuns('xem ViÖt', { relaxed: true }).length, 1);
});

test('the majority encoding settles a word that reads well in both ("Löu" is Lưu in VNI, Lửu in TCVN3)', () => {
  const vniDoc = 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nLöu: VT';
  assert.equal(majorityEncoding(vniDoc), 'vni');
  assert.equal(convertLegacyText(vniDoc), 'Cộng hòa xã hội chủ nghĩa Việt Nam\nLưu: VT');
  assert.equal(majorityEncoding('Céng hoµ x· héi'), 'tcvn3');
});

test('corpus documents hold no legacy run on any line', { skip: !hasCorpus }, () => {
  for (const name of ['000.vbhc.md', '001.vbhc.md', '000.raw.txt', '001.raw.txt']) {
    const lines = readFileSync(join(CORPUS, name), 'utf8').split('\n');
    for (const [i, line] of lines.entries()) assert.deepEqual(findLegacyRuns(line), [], `${name}:${i + 1}`);
  }
});

test('every corpus line encoded in VNI converts back exactly (whole document, majority encoding)', { skip: !hasCorpus }, () => {
  const text = readFileSync(join(CORPUS, '000.raw.txt'), 'utf8').normalize('NFC');
  assert.equal(convertLegacyText(toVni(text)), text);
});

test('every lowercase corpus line encoded in TCVN3 converts back exactly', { skip: !hasCorpus }, () => {
  const text = readFileSync(join(CORPUS, '000.raw.txt'), 'utf8').normalize('NFC').toLowerCase();
  assert.equal(convertLegacyText(toTcvn3(text)), text);
});

// ---- encoders for the round-trip tests (Unicode → legacy look-alikes) --------

function toTcvn3(text: string): string {
  const inverse = new Map(Object.entries(TCVN3_TO_UNICODE).map(([k, v]) => [v, k]));
  return [...text].map((c) => inverse.get(c) ?? c).join('');
}

function toVni(text: string): string {
  const letters = new Map(Object.entries(VNI_LETTERS).map(([k, v]) => [v, k]));
  const marks = new Map<string, string>();
  for (const [k, m] of Object.entries(VNI_MARKS)) marks.set(m.marks + (k === k.toUpperCase() ? 'U' : 'l'), k);
  const MODIFIERS = '\u0302\u0306\u031b';
  let out = '';
  for (const c of text) {
    const letter = letters.get(c);
    if (letter) {
      out += letter;
      continue;
    }
    const nfd = c.normalize('NFD');
    if (nfd.length === 1) {
      out += c;
      continue;
    }
    let base = nfd[0];
    const rest = [...nfd.slice(1)];
    if (rest.includes('\u031b')) base = { o: 'ơ', O: 'Ơ', u: 'ư', U: 'Ư' }[base] ?? base;
    const mods = rest.filter((m) => MODIFIERS.includes(m) && m !== '\u031b').join('');
    const tone = rest.filter((m) => !MODIFIERS.includes(m)).join('');
    const single = letters.get((base + tone).normalize('NFC'));
    if (!mods && single) {
      out += single;
      continue;
    }
    const up = base !== base.toLowerCase();
    out += (letters.get(base) ?? base) + (mods || tone ? marks.get(mods + tone + (up ? 'U' : 'l')) ?? '' : '');
  }
  return out;
}

test('a legacy run followed by Unicode text stops before the Unicode words, even ones that read validly both ways', () => {
  const line = 'Së Tµi chÝnh tØnh Qu¶ng Ng·i còn tiếp tục thực hiện';
  const runs = findLegacyRuns(line);
  assert.equal(runs.length, 1);
  assert.equal(runs[0].text, 'Së Tµi chÝnh tØnh Qu¶ng Ng·i');
  assert.equal(runs[0].converted, 'Sở Tài chính tỉnh Quảng Ngãi');
});

test('Unicode text followed by a legacy run keeps its own words', () => {
  const runs = findLegacyRuns('Báo cáo còn Së Tµi chÝnh tØnh Qu¶ng Ng·i');
  assert.equal(runs.length, 1);
  assert.equal(runs[0].converted, 'Sở Tài chính tỉnh Quảng Ngãi');
});

/** The words of prose: what is a word, its case, where sentences start, what is quoted, what is never prose. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { proseWords } from './prose-words';

const words = (t: string) => proseWords(t).map((w) => w.text);

test('words are runs of letters; codes, numbers, addresses and file names are not', () => {
  assert.deepEqual(words('Sở KH&CN gửi 04 bản, mã 15a, tệp bao-cao.docx tới a@b.vn và www.x.vn; KT-XH, kinh tế-xã hội.'), ['Sở', 'gửi', 'bản', 'mã', 'tệp', 'tới', 'và', 'KT', 'XH', 'kinh', 'tế', 'xã', 'hội']);
  assert.deepEqual(words('Xem `mã lệnh`, «Tên cơ quan», <!-- chú thích --> và [trang](https://x.vn/trang).'), ['Xem', 'và', 'trang']);
});

test('case, sentence starts (after . : ! ? and at dash items and table cells) and quotes', () => {
  const ws = proseWords('Đã xong. Tiếp theo: Sở làm “hồ sơ mới” và "Smart city".\n- Nội dung | Kết quả');
  const show = ws.map((w) => `${w.text}:${w.case}${w.sentenceStart ? ':S' : ''}${w.inQuote ? ':Q' : ''}`);
  assert.deepEqual(show, ['Đã:capital:S', 'xong:lower', 'Tiếp:capital:S', 'theo:lower', 'Sở:capital:S', 'làm:lower', 'hồ:lower:Q', 'sơ:lower:Q', 'mới:lower:Q', 'và:lower', 'Smart:capital:Q', 'city:lower:Q', 'Nội:capital:S', 'dung:lower', 'Kết:capital:S', 'quả:lower']);
});

test('masked spans (citations) are left out', () => {
  const t = 'Theo Kế hoạch số 12/KH-UBND của tỉnh.';
  assert.deepEqual(proseWords(t, [{ start: 5, end: 27 }]).map((w) => w.text), ['Theo', 'của', 'tỉnh']);
});

test('a hyphenated run says how many words it has; a mid-line dash starts no sentence, a dash first on its line does', () => {
  const ws = proseWords('ASEAN - Ô-xtrây-li-a và kinh tế-xã hội\n- Tiếp tục');
  assert.deepEqual(ws.map((w) => `${w.text}:${w.joined}${w.sentenceStart ? ':S' : ''}`), ['ASEAN:1:S', 'Ô:4', 'xtrây:4', 'li:4', 'a:4', 'và:1', 'kinh:1', 'tế:2', 'xã:2', 'hội:1', 'Tiếp:1:S', 'tục:1']);
});


test('numbers and letters of any script count as in Unicode, outside the BMP too', () => {
  // `²` and `Ⅳ` are numbers (a code, not a word); a non-breaking space separates words.
  assert.deepEqual(words('Diện tích 50 m² tại khu Ⅳ,\u00a0đã xong.'), ['Diện', 'tích', 'tại', 'khu', 'đã', 'xong']);
  // A text holding a character outside the BMP: `𝐀` is a letter, `𝟙` a number.
  const ws = proseWords('Ký hiệu 𝐀 và 𝟙 mục. tiếp');
  assert.deepEqual(ws.map((w) => `${w.text}${w.sentenceStart ? ':S' : ''}`), ['Ký:S', 'hiệu', '𝐀', 'và', 'mục', 'tiếp:S']);
});

/**
 * style.spelling on sentences written for these tests: typos that are no
 * syllable, a tone mark on the wrong letter, a missing space, a syllable the
 * list lacks that the document settles; and everything that is never read
 * (names, codes, numbers, abbreviations, citations, addresses, headings'
 * labels, foreign words in quotes, the user's words, non-text keys).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../language-service';
import type { VbhcDiagnostic } from '../types';
import type { VbhcSettingsInput } from '../settings';
import { ADD_TO_DICTIONARY_COMMAND } from './style-spelling';
import { COMMANDS } from '../../../../client/src/command-ids';
import { docWith } from '../../../../test/support/style-testkit';

const URI = 'file:///chinh-ta.vbhc.md';

function run(text: string, settings: VbhcSettingsInput = {}): { ds: VbhcDiagnostic[]; words: string[] } {
  const ls = createLanguageService({ settings });
  ls.setDocument(URI, text);
  const ds = ls.getDiagnostics(URI).filter((d) => d.code === 'style.spelling');
  const lines = text.split('\n');
  return { ds, words: ds.map((d) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)) };
}

const fixTexts = (d: VbhcDiagnostic) => (d.fixes ?? []).filter((f) => f.edits.length).map((f) => f.edits[0].newText);

test('a word that is no syllable is flagged, with the correction a rule of writing settles (safe for fix all)', () => {
  const { ds, words } = run(docWith('Sở đã hoàn thành ngiệp vụ trọngtâm được giao, cuả từng phòng.'));
  assert.deepEqual(words, ['ngiệp', 'trọngtâm', 'cuả']);
  assert.deepEqual(ds.map(fixTexts), [['nghiệp'], ['trọng tâm'], ['của']]);
  assert.ok(ds.every((d) => d.severity === 'warning' && d.fixes![0].fixAll === true));
  assert.equal(ds[0].message, '“ngiệp” không phải là âm tiết tiếng Việt — có thể gõ sai; sửa thành “nghiệp”.');
  assert.equal(ds[2].message, '“cuả”: dấu thanh đặt sai chỗ; viết đúng là “của”.');
});

test('messages in English quote the word and the fix', () => {
  const { ds } = run(docWith('Sở đã hoàn thành ngiệp vụ.'), { lang: 'en' });
  assert.equal(ds[0].message, '"ngiệp" is not a Vietnamese syllable — likely a typo; change it to "nghiệp".');
  assert.equal(ds[0].fixes![0].title, 'Change to "nghiệp"');
});

test('several near words are offered, none applied by fix all; the document\'s own use comes first', () => {
  const { ds } = run(docWith('Nhiệm vụ được giao đã hoàn thành. Các nhiệm vụ đươc giao năm sau sẽ rõ hơn.'));
  assert.equal(ds.length, 1);
  assert.equal(fixTexts(ds[0])[0], 'được');
  assert.ok(fixTexts(ds[0]).length > 1);
  assert.ok(ds[0].fixes!.every((f) => !f.fixAll));
  assert.match(ds[0].message, /có thể là “được”, /);
});

test('a syllable the list lacks is flagged only where one form is settled: by the document\'s own use beside the same word, or by a known word', () => {
  const settled = run(docWith('Sở triển khai nhiệm vụ năm 2025. Các nhiêm vụ trọng tâm được giao cụ thể.'));
  assert.deepEqual(settled.words, ['nhiêm']);
  assert.deepEqual(fixTexts(settled.ds[0]), ['nhiệm']);
  assert.equal(settled.ds[0].fixes![0].fixAll, true);
  assert.equal(settled.ds[0].message, '“nhiêm” không có trong từ điển tiếng Việt; văn bản này viết “nhiệm vụ” ở chỗ khác. Sửa thành “nhiệm”.');
  const known = run(docWith('Nhiêm vụ trọng tâm được giao cụ thể.'), { lang: 'en' });
  assert.deepEqual(known.words, ['Nhiêm']);
  assert.deepEqual(fixTexts(known.ds[0]), ['Nhiệm']);
  assert.equal(known.ds[0].message, '"Nhiêm" is not in the Vietnamese dictionary; the word here is "Nhiệm vụ". Change it to "Nhiệm".');
  // Nothing says which form (nhiễm, nhiệm …) is meant, or the syllable is a gap of the list: no finding.
  assert.deepEqual(run(docWith('Các nhiêm trọng tâm được giao cụ thể.')).words, []);
  assert.deepEqual(run(docWith('Đồng chí Phó Giám đốc kiêm nhiệm công tác thi đua.')).words, []);
});

test('the correction keeps the word\'s capitals and the document\'s tone school', () => {
  const { ds } = run(docWith('Ngiệp vụ chuyên môn được bảo đảm. ĐẶC ĐIỂM TÌNH HÌNNH năm qua ổn định.'));
  assert.deepEqual(ds.map((d) => fixTexts(d)[0]), ['Nghiệp', 'HÌNH']);
});

test('never read: names, codes, numbers, abbreviations, citations, addresses, code, fill-ins, headings\' labels, non-text keys', () => {
  const body = [
    '# I. KẾT QUẢ',
    '',
    'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND tỉnh Đắk Lắk, ông Nguyễn Văn Tùng và đồng chí Y Ngông Niê Kdăm đã làm việc.',
    '',
    'Hồ sơ gửi qua hopthu@sonoivu.gov.vn hoặc https://dichvucong.gov.vn/thủ-tục, mã `ngiệp_vụ`, tệp bao-cáo.docx, số 15a; KT-XH, HĐND, TTHC, v.v.',
    '',
    'Mẫu «Tên cơ quan ngiệp» để trống. <!-- ghi chú ngiệp -->',
    '',
  ].join('\n');
  assert.deepEqual(run(docWith(body)).words, []);
  const fm = docWith('Nội dung.').replace('dia_danh: "Quảng Ngãi"', 'dia_danh: "Krông Pắk"').replace('ho_ten: "Lê Văn Bình"', 'ho_ten: "Hờ Pắk"');
  assert.deepEqual(run(fm).words, []);
});

test('foreign words (and words that are no syllable) in quotes and words in plain Latin letters are left alone; a syllable the document settles is found in quotes too', () => {
  assert.deepEqual(run(docWith('Mô hình “café sáng” và phong trào "smart city", website, email, Zalo được triển khai.')).words, []);
  assert.deepEqual(run(docWith('Khẩu hiệu “Dân vận khéo, trọngtâm cơ sở” được phổ biến.')).words, []);
  const settled = run(docWith('Mọi nhiệm vụ đều rõ. Phong trào “hoàn thành nhiêm vụ” được phát động.'));
  assert.deepEqual(settled.words, ['nhiêm']);
});

test('the subject line is prose and is checked; its quotes are YAML\'s, not the text\'s', () => {
  const { words } = run(docWith('Nội dung.', 'Kết quả thực hiện ngiệp vụ năm 2025'));
  assert.deepEqual(words, ['ngiệp']);
});

test('words of the user\'s dictionary are accepted, and the quick fix "Thêm vào từ điển" runs the editor\'s command with the word', () => {
  const text = docWith('Xã Ea Tiêu có thôn Buôn Kbuôr; sản phẩm chè Shan tuyết và cây mắcca được trồng, mắcca cho thu nhập cao.');
  const before = run(text);
  assert.deepEqual(before.words, ['mắcca', 'mắcca']);
  const add = before.ds[0].fixes!.find((f) => f.command);
  assert.equal(add?.title, 'Thêm “mắcca” vào từ điển');
  assert.deepEqual(add?.command, { id: ADD_TO_DICTIONARY_COMMAND, arguments: ['mắcca'] });
  assert.equal(add?.fixAll, false);
  assert.deepEqual(add?.edits, []);
  assert.equal(ADD_TO_DICTIONARY_COMMAND, COMMANDS.addToDictionary, 'the client registers the command the core names');
  assert.deepEqual(run(text, { dictionary: ['Mắcca'] }).words, []);
});

test('the severity override and "off" apply as to every rule', () => {
  const text = docWith('Sở đã hoàn thành ngiệp vụ.');
  assert.equal(run(text, { severity: { 'style.spelling': 'error' } }).ds[0].severity, 'error');
  assert.equal(run(text, { severity: { 'style.spelling': 'off' } }).ds.length, 0);
});

test('no finding on correct prose with both tone schools, capitals in headings and a table', () => {
  const body = [
    '# II. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM',
    '',
    '## 1. Công tác tham mưu',
    '',
    'Tiếp tục tham mưu Ủy ban nhân dân tỉnh hoàn thiện thể chế; bảo đảm hòa hợp, khỏe mạnh; thủy lợi, thuỷ sản, quý I, kỹ thuật, lý luận.',
    '',
    '- Khuyến khích người dân tham gia giám sát;',
    '- Giữ gìn kỷ cương, nghiêng về phòng ngừa, khuya sớm, quyết liệt.',
    '',
    '| Nội dung | Kết quả |',
    '|---|---|',
    '| Giải quyết hồ sơ | Đúng hạn |',
    '',
  ].join('\n');
  assert.deepEqual(run(docWith(body)).words, []);
});

test('never flagged: loanwords in their official spellings, names spelled out with hyphens, an abbreviation in capitals among small letters, i/y written either way', () => {
  const body = 'Hiệp định ASEAN - Ô-xtrây-li-a - Niu Di-lân về ôtô, axít, kilômét; ƯMTTQVN ban hành; chiến sỹ, chiến sĩ, quí, quý, kỹ, kĩ.';
  assert.deepEqual(run(docWith(body)).words, []);
});

test('a capital after a dash in mid-line is a name, not a sentence start; a typo in a heading in capitals is read', () => {
  assert.deepEqual(run(docWith('Hiệp định ASEAN - Úc được ký.')).words, []);
  assert.deepEqual(run(docWith('# I. KẾT QỦA THỰC HIỆN\n\nNội dung.\n\n')).words, ['QỦA']);
});


test('a text of thousands of suspect words is reported up to 300 findings, in bounded time', () => {
  const text = `---\nloai: BC\n---\n\n${'Céng hoµ x· héi '.repeat(6000)}\n`;
  const t0 = process.cpuUsage();
  const found = run(text).ds;
  assert.ok(found.length > 0 && found.length <= 300, String(found.length));
  assert.ok(process.cpuUsage(t0).user < 3_000_000, `${process.cpuUsage(t0).user / 1000} ms`);
});

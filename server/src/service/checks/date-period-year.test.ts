import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datePeriodYear } from './date-period-year';
import { applyEdits, brief, check, frontMatter } from '../../../../test/support/structure-testkit';

const RULES = [datePeriodYear];
const BC = frontMatter('BC', '2025-05-30');
const L = BC.split('\n').length; // the first body line (blank)

test('6 tháng đầu năm 2054 in a 2025 report fires, names both years and offers the document year', () => {
  const text = `${BC}\nSở báo cáo kết quả 6 tháng đầu năm 2054 như sau:\n\n# I. KẾT QUẢ\n\nHết./.\n`;
  const ds = check(text, RULES);
  assert.deepEqual(brief(ds), [`${L + 1}:date.period-year`]);
  assert.equal(ds[0].severity, 'warning');
  assert.match(ds[0].message, /Kỳ "6 tháng đầu năm 2054" cách năm ban hành văn bản \(2025, theo "ngay"\) 29 năm/);
  assert.match(ds[0].message, /có thể là "6 tháng đầu năm 2025"/);
  assert.equal(ds[0].fixes![0].fixAll, false);
  assert.equal(applyEdits(text, ds[0].fixes![0].edits), text.replace('năm 2054', 'năm 2025'));
});

test('periods in the subject line, headings and the closing paragraph fire', () => {
  const text = `${frontMatter('BC', '2025-05-30', 'kết quả công tác quý III năm 2021')}\n# I. KẾT QUẢ NĂM 2022\n\nNội dung.\n\nTrên đây là báo cáo tháng 5/2028./.\n`;
  const ds = check(text, RULES, { lang: 'en' });
  assert.deepEqual(ds.map((d) => d.data && (d.data as { text: string }).text), ['quý III năm 2021', 'NĂM 2022', 'tháng 5/2028']);
  assert.match(ds[2].message, /The period "tháng 5\/2028" is 3 years from the document's year \(2025/);
});

test('in the body, a half year or quarter after "Trong" fires; one inside a citation does not', () => {
  const text = `${BC}\n# I. KẾT QUẢ\n\nTrong 6 tháng cuối năm 2019, Sở đã làm.\n\nThực hiện Báo cáo số 12/BC-UBND về kết quả 6 tháng đầu năm 2020 và quý IV năm 2018.\n\nHết./.\n`;
  assert.deepEqual(check(text, RULES).map((d) => (d.data as { text: string }).text), ['6 tháng cuối năm 2019']);
});

test('periods within a year of the document year pass', () => {
  const text = `${frontMatter('BC', '2025-05-30', 'kết quả năm 2024, phương hướng năm 2026')}\n# I. 6 THÁNG ĐẦU NĂM 2025\n\nTrong quý IV năm 2024 đã làm./.\n`;
  assert.deepEqual(check(text, RULES), []);
});

test('plan horizons and deadlines never fire', () => {
  const text = `${BC}\n# I. GIAI ĐOẠN 2021 - 2030, TẦM NHÌN ĐẾN NĂM 2045\n\n# II. ĐỊNH HƯỚNG ĐẾN NĂM 2030\n\nGiai đoạn 2016–2020 và 2021-2025./.\n`;
  assert.deepEqual(check(text, RULES), []);
});

test('only types whose periods are reported are checked: BC and TB, not KH, CTr, QĐ, CV, nor a type the table does not draft', () => {
  const body = '\n# I. NHIỆM VỤ QUÝ I NĂM 2028\n\nTrong 6 tháng đầu năm 2020, Sở đã làm.\n\nHết./.\n';
  const fired = (loai: string) => check(`${frontMatter(loai, '2025-05-30', 'triển khai nhiệm vụ năm 2027')}${body}`, RULES).map((d) => (d.data as { text: string }).text);
  assert.deepEqual(fired('BC'), ['năm 2027', 'QUÝ I NĂM 2028', '6 tháng đầu năm 2020']);
  assert.deepEqual(fired('TB'), ['năm 2027', 'QUÝ I NĂM 2028', '6 tháng đầu năm 2020']);
  for (const loai of ['KH', 'CTr', 'QĐ', 'CV', 'NQ']) assert.deepEqual(fired(loai), [], loai);
});

test('a notice is checked where periods are stated, not anywhere in its body as a report is', () => {
  const item = '\n# I. LỊCH TRIỂN KHAI\n\n- Hoàn thành quý III/2029.\n\nHết./.\n';
  assert.deepEqual(check(`${frontMatter('TB', '2025-05-30', 'lịch triển khai')}${item}`, RULES), []);
  assert.equal(check(`${frontMatter('BC', '2025-05-30', 'lịch triển khai')}${item}`, RULES).length, 1);
});

test('the year comes from a partial ngay, and without ngay nothing is checked', () => {
  const body = '\n# I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2054\n\nHết./.\n';
  assert.equal(check(frontMatter('BC', '2025-05') + body, RULES).length, 1);
  assert.equal(check(frontMatter('BC', '2025') + body, RULES).length, 1);
  assert.deepEqual(check(frontMatter('BC', '') + body, RULES), []);
  assert.deepEqual(check(body, RULES), []);
});

test('history and citations in ordinary prose do not fire', () => {
  const text = `${BC}\n# I. KẾT QUẢ\n\nTheo Hiến pháp năm 2013 và Chỉ thị số 05-CT/TW ngày 15/5/2016, tháng 3/2020 dịch bệnh bùng phát.\n\nHết./.\n`;
  assert.deepEqual(check(text, RULES), []);
});

const DIRECTIONS_PART = (item: string) => `${BC}\n# I. KẾT QUẢ THỰC HIỆN\n\nĐã hoàn thành các chỉ tiêu.\n\n# II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI\n\n1. Tập trung rà soát thủ tục hành chính của ngành.\n\n${item}\n\n3. Tăng cường kiểm tra, đôn đốc các đơn vị.\n\nHết./.\n`;

test('in a report, a period far after the document year fires wherever it stands, e.g. in a numbered item of the directions part', () => {
  const text = DIRECTIONS_PART('2. Phấn đấu hoàn thành việc số hóa hồ sơ lưu trữ 6 tháng cuối năm 2052.');
  const ds = check(text, RULES);
  assert.deepEqual(ds.map((d) => (d.data as { text: string }).text), ['6 tháng cuối năm 2052']);
  assert.match(ds[0].message, /Kỳ "6 tháng cuối năm 2052" cách năm ban hành văn bản \(2025, theo "ngay"\) 27 năm.*có thể là "6 tháng cuối năm 2025"/);
  assert.match(applyEdits(text, ds[0].fixes![0].edits), /hồ sơ lưu trữ 6 tháng cuối năm 2025\./);
  const results = `${BC}\n# I. KẾT QUẢ\n\n- Hoàn thành quý III/2029 và đưa vào sử dụng tháng 9 năm 2031.\n\nHết./.\n`;
  assert.deepEqual(check(results, RULES).map((d) => (d.data as { text: string }).text), ['quý III/2029', 'tháng 9 năm 2031']);
});

test('in the directions part of a report, a period far before the document year fires too', () => {
  const ds = check(DIRECTIONS_PART('2. Hoàn thành dứt điểm các nhiệm vụ còn tồn đọng trong quý II năm 2015.'), RULES);
  assert.deepEqual(ds.map((d) => (d.data as { text: string }).text), ['quý II năm 2015']);
});

test('horizons and deadlines, past periods outside the directions part, starts and comparisons, citations and plans give nothing', () => {
  const horizon = DIRECTIONS_PART('2. Phấn đấu đến quý IV/2030 hoàn thành; định hướng đến 6 tháng đầu năm 2028; trước tháng 6/2029; đến hết quý II/2027; giai đoạn 2026 - 2030.');
  assert.deepEqual(check(horizon, RULES), []);
  const history = `${BC}\n# I. KẾT QUẢ\n\nCông trình khởi công tháng 3/2019, bàn giao quý IV năm 2021; từ 6 tháng đầu năm 2020 đến nay đã phục vụ tốt.\n\n# II. PHƯƠNG HƯỚNG\n\n1. Giữ vững kết quả so với 6 tháng đầu năm 2022 và tiếp tục từ quý I/2021 đến nay.\n\nHết./.\n`;
  assert.deepEqual(check(history, RULES), []);
  const cited = DIRECTIONS_PART('2. Thực hiện Kế hoạch số 15/KH-UBND về nhiệm vụ 6 tháng cuối năm 2027 và quý I năm 2018.');
  assert.deepEqual(check(cited, RULES), []);
  const plan = `${frontMatter('KH', '2025-05-30', 'triển khai nhiệm vụ năm 2025')}\n# I. NỘI DUNG\n\n1. Hoàn thành quý III/2029.\n\nHết./.\n`;
  assert.deepEqual(check(plan, RULES), []);
});

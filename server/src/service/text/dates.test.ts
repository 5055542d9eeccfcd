import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDateMentions, mayHoldInvalidDate, parseDateAt, isRealDate } from './dates';

const forms = (text: string) => findDateMentions(text).map((d) => `${d.form}:${d.text}`);

test('finds dd/mm/yyyy and d/m/yyyy dates with their parts', () => {
  const [a, b] = findDateMentions('Công văn số 1119/SNV-XDCQ ngày 23/5/2025 và ngày 08/12/2021.');
  assert.deepEqual([a.form, a.text, a.day, a.month, a.year, a.valid], ['dmy', '23/5/2025', 23, 5, 2025, true]);
  assert.deepEqual([b.text, b.day, b.month, b.year], ['08/12/2021', 8, 12, 2021]);
});

test('offsets are relative to the text plus base', () => {
  const text = 'ngày 29/02/2025 của UBND';
  const [d] = findDateMentions(text, 100);
  assert.equal(d.start, 105);
  assert.equal(d.end, 115);
  assert.equal(text.slice(d.start - 100, d.end - 100), '29/02/2025');
});

test('marks dates that do not exist as invalid and leap days as valid', () => {
  const ds = findDateMentions('ngày 29/02/2025, ngày 31/4/2024, ngày 29/2/2024, ngày 30/13/2024, ngày 0/1/2024');
  assert.deepEqual(ds.map((d) => d.valid), [false, false, true, false, false]);
  assert.equal(isRealDate(29, 2, 2000), true);
  assert.equal(isRealDate(29, 2, 1900), false);
});

test('recognises old-style dd-mm-yyyy dates', () => {
  assert.deepEqual(forms('Hà Nội, ngày 05-11-2023'), ['dmy:05-11-2023']);
});

test('does not mix separators in one date', () => {
  assert.deepEqual(forms('ngày 05/11-2023'), []);
});

test('does not see dates inside document symbols', () => {
  assert.deepEqual(forms('Nghị định số 30/2020/NĐ-CP; Công văn 1119/SNV-XDCQ; Quyết định 204-KH/BDVTU; số 12/3/2025/QĐ-UBND; ABC-12-03-2024'), []);
});

test('a day and month without a year is not a date', () => {
  assert.deepEqual(forms('báo cáo năm gửi trước ngày 05/11 hằng năm'), []);
});

test('does not see dates or periods inside URLs', () => {
  const url = 'https://thuvienphapluat.vn/van-ban/nghi-quyet-76-nq-cp-2021-chuong-trinh-2021-2030-481235.aspx';
  assert.deepEqual(forms(`${url} ngày 12/3/2025`), ['dmy:12/3/2025']);
  assert.deepEqual(forms('www.example.vn/tin/12-03-2024/giai-doan-2021-2025'), []);
});

test('finds long dates starting at the day number, case-insensitively', () => {
  const [d] = findDateMentions('Hiến pháp ngày 28 tháng 11 năm 2013');
  assert.deepEqual([d.form, d.text, d.day, d.month, d.year, d.valid], ['long', '28 tháng 11 năm 2013', 28, 11, 2013, true]);
  assert.deepEqual(forms('NGÀY 31 THÁNG 4 NĂM 2024'), ['long:31 THÁNG 4 NĂM 2024']);
  assert.equal(findDateMentions('ngày 31 tháng 4 năm 2024')[0].valid, false);
});

test('a long date may wrap across a line', () => {
  assert.deepEqual(forms('ngày 14 tháng 7\nnăm 2015'), ['long:14 tháng 7\nnăm 2015']);
});

test('finds month periods in both forms', () => {
  const ds = findDateMentions('trong tháng 5/2025 và tháng 12 năm 2024; tháng 13/2025');
  assert.deepEqual(ds.map((d) => [d.form, d.text, d.month, d.year, d.valid]), [
    ['month', 'tháng 5/2025', 5, 2025, true],
    ['month-long', 'tháng 12 năm 2024', 12, 2024, true],
    ['month', 'tháng 13/2025', 13, 2025, false],
  ]);
});

test('finds quarters in Roman and Arabic numerals, with or without a year', () => {
  const ds = findDateMentions('quý IV năm 2025, QUÝ I/2026, quý 4, quý II và Quý cơ quan');
  assert.deepEqual(ds.map((d) => [d.text, d.quarter, d.year]), [
    ['quý IV năm 2025', 4, 2025],
    ['QUÝ I/2026', 1, 2026],
    ['quý 4', 4, 0],
    ['quý II', 2, 0],
  ]);
});

test('finds half-year periods, upper case included', () => {
  const ds = findDateMentions('6 tháng đầu năm 2025; 6 THÁNG CUỐI NĂM 2025; trong 06 tháng đầu năm, sáu tháng cuối năm 2024');
  assert.deepEqual(ds.map((d) => [d.form, d.text, d.half, d.year]), [
    ['half', '6 tháng đầu năm 2025', 1, 2025],
    ['half', '6 THÁNG CUỐI NĂM 2025', 2, 2025],
    ['half', '06 tháng đầu năm', 1, 0],
    ['half', 'sáu tháng cuối năm 2024', 2, 2024],
  ]);
});

test('does not take 16 tháng đầu năm for a half year', () => {
  assert.deepEqual(forms('16 tháng đầu năm 2025').filter((f) => f.startsWith('half')), []);
});

test('finds years and marks horizons', () => {
  const ds = findDateMentions('Hiến pháp năm 2013; đến năm 2030, tầm nhìn đến năm 2045; năm 2025');
  assert.deepEqual(ds.map((d) => [d.text, d.year, d.horizon ?? false]), [
    ['năm 2013', 2013, false],
    ['năm 2030', 2030, true],
    ['năm 2045', 2045, true],
    ['năm 2025', 2025, false],
  ]);
});

test('a deadline\'s own words between the horizon word and the period (đến hết, trước cuối) keep it a horizon; other words do not', () => {
  const ds = findDateMentions('đến hết quý II/2027; trước cuối năm 2028; tới giữa tháng 6/2029; đến nay quý I/2021');
  assert.deepEqual(ds.map((d) => [d.text, d.horizon ?? false]), [
    ['quý II/2027', true],
    ['năm 2028', true],
    ['tháng 6/2029', true],
    ['quý I/2021', false],
  ]);
});

test('finds year ranges with hyphen, en dash or no spaces, all horizons', () => {
  const ds = findDateMentions('giai đoạn 2021 - 2030; Giai đoạn 2021–2025; 2021-2025; năm 2024-2025');
  assert.deepEqual(ds.map((d) => [d.form, d.text, d.year, d.endYear, d.horizon]), [
    ['range', 'giai đoạn 2021 - 2030', 2021, 2030, true],
    ['range', 'Giai đoạn 2021–2025', 2021, 2025, true],
    ['range', '2021-2025', 2021, 2025, true],
    ['range', 'năm 2024-2025', 2024, 2025, true],
  ]);
});

test('numbers that are not year ranges are not ranges', () => {
  assert.deepEqual(forms('từ 3000 - 5000 người; mã 2025-2021'), []);
});

test('a long date hides the month and year inside it', () => {
  assert.deepEqual(forms('ngày 5 tháng 3 năm 2020'), ['long:5 tháng 3 năm 2020']);
});

test('parseDateAt reads the date right after ngày, in both forms', () => {
  const t = 'Chỉ thị số 33/CT-TTg ngày 26/11/2021 và ngày 14 tháng 7 năm 2015';
  const i = t.indexOf('26/');
  assert.deepEqual(parseDateAt(t, i), { form: 'dmy', start: i, end: i + 10, text: '26/11/2021', day: 26, month: 11, year: 2021, valid: true });
  const j = t.indexOf('14 tháng');
  assert.equal(parseDateAt(t, j)?.text, '14 tháng 7 năm 2015');
  assert.equal(parseDateAt(t, j)?.form, 'long');
  assert.equal(parseDateAt(t, 0), undefined);
  assert.equal(parseDateAt('ngày 05/11 hằng năm', 5), undefined);
  assert.equal(parseDateAt('12/3/2025/QĐ', 0), undefined);
  assert.equal(parseDateAt('x', 5), undefined);
});

test('adversarial input yields only what is really there', () => {
  // Long runs of near-misses; a backtracking pattern would hang here.
  const nasty = `${'1/'.repeat(20000)}${'ngày  '.repeat(5000)}${'quý '.repeat(5000)}${'6 tháng '.repeat(5000)}${'2021 - '.repeat(5000)}`;
  assert.deepEqual(findDateMentions(nasty).map((d) => d.form), []);
});

test('property: mentions are ordered, disjoint, quote the text they cover, and agree with the calendar', () => {
  const piece = fc.constantFrom('ngày ', 'tháng ', 'năm ', 'quý ', 'IV ', '6 ', 'đầu ', 'giai đoạn ', '/', '-', '–', ' ', '\n', 'NĐ-CP', 'https://x.vn/', '29', '02', '2025', '31', '4', '2024', '12', '0', '1999');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(50), (parts, base) => {
      const text = parts.join('');
      let last = base;
      for (const d of findDateMentions(text, base)) {
        assert.ok(d.start >= last && d.end > d.start && d.end <= text.length + base);
        assert.equal(text.slice(d.start - base, d.end - base), d.text);
        if (d.day !== undefined) assert.equal(d.valid, isRealDate(d.day, d.month!, d.year));
        last = d.end;
      }
    }),
    { numRuns: 500 },
  );
});

test('a mention glued to a letter, a digit or a symbol is refused, and one further on in the same text still counts', () => {
  const texts = (t: string) => findDateMentions(t).map((d) => d.text);
  assert.deepEqual(texts('mã KH-05/03/2024, bản x12/03/2024 và ngày 05/03/2024'), ['05/03/2024']);
  // The half-year glued to a letter is no mention; its year still is.
  assert.deepEqual(texts('mục a06 tháng đầu năm 2025 và 6 tháng cuối năm 2025'), ['năm 2025', '6 tháng cuối năm 2025']);
  assert.deepEqual(texts('Bảngày 5 tháng 3 năm 2020, còn Ngày 6 tháng 3 năm 2020'), ['tháng 3 năm 2020', '6 tháng 3 năm 2020']);
  assert.deepEqual(texts('số 2021-2025/QĐ, giai đoạn 2021-2025'), ['giai đoạn 2021-2025']);
});

test('mayHoldInvalidDate is false exactly where no mention is invalid, on every form that can be', () => {
  const invalid = ['Ngày 30/02/2025 họp.', 'ngày 31-4-2024', 'ngày 31 tháng 4 năm 2025', 'NGÀY 0 THÁNG 5 NĂM 2025', 'tháng 13/2025', 'Tháng 0 năm 2024'];
  for (const t of invalid) assert.equal(mayHoldInvalidDate(t), true, t);
  // Valid dates and periods; an impossible date inside a URL or a symbol; a quarter or a year range are never invalid.
  const none = ['ngày 29/2/2024, tháng 12/2025, quý IV/2025', 'xem https://x.vn/30/02/2025 và www.x.vn', 'số 30/02/2025-QĐ', 'giai đoạn 2021 - 2030', ''];
  for (const t of none) {
    assert.equal(mayHoldInvalidDate(t), false, t);
    assert.ok(findDateMentions(t).every((d) => d.valid), t);
  }
  // A URL blanked out can bring a month next to its number: the same text as the full search reads.
  assert.deepEqual(findDateMentions('tháng www. 13/2025').map((d) => d.valid), [false]);
  assert.equal(mayHoldInvalidDate('tháng www. 13/2025'), true);
});

test('property: when mayHoldInvalidDate is false, findDateMentions finds no invalid date', () => {
  const piece = fc.constantFrom('ngày ', 'Tháng ', 'tháng ', 'năm ', 'quý ', 'IV ', '6 ', 'đầu ', 'giai đoạn ', '/', '-', ' ', '\n', 'NĐ-CP', 'www.', 'https://x.vn/', '29', '02', '2025', '31', '4', '13', '0', '1999');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      if (findDateMentions(text).some((d) => !d.valid)) assert.equal(mayHoldInvalidDate(text), true, JSON.stringify(text));
    }),
    { numRuns: 1000 },
  );
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, check, frontMatter, service, TEST_URI } from '../../../../test/support/structure-testkit';
import { styleSpacing } from './style-spacing';

const RULES = [styleSpacing];
const doc = (body: string) => `${frontMatter()}\n${body}\n`;
/** The offending text of each finding. */
function spans(text: string): string[] {
  const lines = text.split('\n');
  return check(text, RULES).map((d) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character));
}
/** The text after every finding's own fix. */
function fixedAll(text: string): string {
  const ds = check(text, RULES);
  return applyEdits(text, ds.flatMap((d) => d.fixes![0].edits));
}

test('two spaces in a row are a hint quoting the words, fixed to one space', () => {
  const text = doc('Sở đã tổ chức  hội nghị tổng kết năm 2025./.');
  const ds = check(text, RULES);
  assert.equal(ds.length, 1);
  assert.equal(ds[0].severity, 'hint');
  assert.equal(ds[0].code, 'style.spacing');
  assert.match(ds[0].message, /Hai khoảng trắng liền nhau: "chức  hội"; viết "chức hội"/);
  assert.equal(ds[0].fixes![0].fixAll, true);
  assert.match(fixedAll(text), /tổ chức hội nghị/);
});

test('a space before , . ; : is removed, the message quotes the text and the fix', () => {
  const text = doc('Công tác tuyên truyền , vận động được chú trọng ; kết quả như sau :\n\nCác đơn vị đã hoàn thành nhiệm vụ .');
  assert.deepEqual(spans(text), [' ', ' ', ' ', ' ']);
  const ds = check(text, RULES);
  assert.match(ds[0].message, /Thừa khoảng trắng trước dấu ",": "truyền ,"; viết "truyền,"/);
  assert.equal(fixedAll(text), doc('Công tác tuyên truyền, vận động được chú trọng; kết quả như sau:\n\nCác đơn vị đã hoàn thành nhiệm vụ.'));
});

test('a missing space after , ; : and after a sentence end is added', () => {
  const text = doc('Đơn vị đã rà soát,bổ sung;hoàn thiện hồ sơ gồm:tờ trình, dự thảo.Hồ sơ gửi Sở Nội vụ.');
  assert.deepEqual(spans(text), [',', ';', ':', '.']);
  assert.match(check(text, RULES)[0].message, /Thiếu khoảng trắng sau dấu ",": "soát,bổ"; viết "soát, bổ"/);
  assert.equal(fixedAll(text), doc('Đơn vị đã rà soát, bổ sung; hoàn thiện hồ sơ gồm: tờ trình, dự thảo. Hồ sơ gửi Sở Nội vụ.'));
});

test('spaces inside brackets and quotes are removed', () => {
  const text = doc('Thành lập Tổ công tác ( gồm 05 thành viên ) và phát động phong trào “ Nói không với giấy tờ ” cùng khẩu hiệu " Một lần đến " trong năm.');
  assert.equal(check(text, RULES).length, 6);
  assert.equal(fixedAll(text), doc('Thành lập Tổ công tác (gồm 05 thành viên) và phát động phong trào “Nói không với giấy tờ” cùng khẩu hiệu "Một lần đến" trong năm.'));
  assert.match(check(text, RULES)[0].message, /Thừa khoảng trắng trong ngoặc: "\( gồm"; viết "\(gồm"/);
});

test('numbers, times, symbols, dates, ellipses, the end mark and abbreviations with dots are left alone', () => {
  const text = doc(
    'Kinh phí 1.250.000 đồng, tỷ lệ 12,5%, họp lúc 8:30 ngày 05/3/2025 theo Kế hoạch số 12/KH-UBND; bản đồ tỷ lệ 1:500, TCVN 6909:2001.\n\n' +
      'Các nội dung khác như nhân lực, kinh phí, thời gian ... và v.v... được bảo đảm; TP.HCM, Tp.Quảng Ngãi, TS.BS Lê Văn Ba./.',
  );
  assert.deepEqual(check(text, RULES), []);
});

test('URLs, e-mail addresses, domains, inline code and links are not prose', () => {
  const text = doc(
    'Xem tại https://vanban.chinhphu.vn/?pageid=27160,docid=1 hoặc thuvienphapluat.vn/van-ban,ab và gửi về sonoivu@quangngai.gov.vn, lệnh `vbhc  check ,x` và [trang]( http://a.vn ).',
  );
  assert.deepEqual(check(text, RULES), []);
});

test('tables, code blocks and the front matter keep their spaces; a hard line break (two trailing spaces) is no finding', () => {
  const text = doc('| TT  | Nội dung   |\n|---|---|\n| 1 | Rà soát , bổ sung |\n\n```\nmã  nguồn ,x\n```\n\nDòng thứ nhất  \ndòng thứ hai.');
  assert.deepEqual(check(text, RULES), []);
  const fm = frontMatter().replace('Trần Văn A', 'Trần  Văn A');
  assert.deepEqual(check(`${fm}\nNội dung.\n`, RULES), []);
});

test('dash items, headings and indented nested items: the lead is not read, the text is', () => {
  const text = doc('# I.  KẾT QUẢ\n\n- Rà soát thủ tục ;\n  - Cập nhật  dữ liệu.');
  assert.deepEqual(spans(text), ['  ', ' ', '  ']);
});

test('unpaired straight quotes are not guessed; a file extension after a space is no finding', () => {
  assert.deepEqual(check(doc('Khẩu hiệu " Một lần đến và tệp mẫu .docx được gửi kèm.'), RULES), []);
});

test('a second fix repairs every spacing finding at once; fix-all with the rule raised to information leaves none and a second pass changes nothing', () => {
  const body = 'Sở đã  rà soát ,bổ sung ( 05 hồ sơ ) ;hoàn thiện " mẫu biểu ".Kết quả :đạt.\n\n- Tổ chức  hội nghị .';
  const text = doc(body);
  const ds = check(text, RULES);
  assert.ok(ds.length >= 8, String(ds.length));
  const all = ds[0].fixes![1];
  assert.match(all.title, /Sửa mọi lỗi khoảng trắng trong văn bản/);
  const once = applyEdits(text, all.edits);
  assert.deepEqual(check(once, RULES), []);
  const ls = service(text, RULES, { severity: { 'style.spacing': 'information' } });
  const fixed = applyEdits(text, ls.getFixAllEdits(TEST_URI));
  assert.equal(fixed, once);
  const ls2 = service(fixed, RULES, { severity: { 'style.spacing': 'information' } });
  assert.deepEqual(ls2.getFixAllEdits(TEST_URI), []);
});

test('severity override and off', () => {
  const text = doc('Hai  khoảng.');
  assert.equal(check(text, RULES, { severity: { 'style.spacing': 'warning' } })[0].severity, 'warning');
  assert.deepEqual(check(text, RULES, { severity: { 'style.spacing': 'off' } }), []);
});

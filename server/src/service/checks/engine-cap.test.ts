// The engine reports at most MAX_FINDINGS_PER_CODE findings of one code per
// document, then one finding that counts the rest: 30,000 impossible dates on
// one line give a bounded list, fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, silentLogger } from '../index';
import { MAX_FINDINGS_PER_CODE } from './engine';

const URI = 'file:///nhieu-ngay.vbhc.md';
const FM = '---\nloai: BC\nco_quan: "SỞ TƯ PHÁP"\nky_hieu: STP\ndia_danh: "Cần Thơ"\nngay: 2025-05-30\ntrich_yeu: "kết quả"\nnoi_nhan:\n  - "Sở Nội vụ"\n  - "Lưu: VT"\nky:\n  chuc_vu: "GIÁM ĐỐC"\n  ho_ten: "Lê Thị B"\n---\n\n';

function diagnostics(body: string, lang: 'vi' | 'en' = 'vi') {
  const svc = createLanguageService({ logger: silentLogger, settings: { lang } });
  svc.setDocument(URI, FM + body);
  return svc.getDiagnostics(URI);
}

test(`${MAX_FINDINGS_PER_CODE} impossible dates are each reported; one more gives a count of the rest`, () => {
  const at = (n: number) => diagnostics('Ngày 31/02/2025. '.repeat(n) + './.\n').filter((d) => d.code === 'date.invalid');
  const exact = at(MAX_FINDINGS_PER_CODE);
  assert.equal(exact.length, MAX_FINDINGS_PER_CODE);
  assert.ok(exact.every((d) => d.message.startsWith('Ngày "31/02/2025" không có thật')));
  const over = at(MAX_FINDINGS_PER_CODE + 3);
  assert.equal(over.length, MAX_FINDINGS_PER_CODE + 1);
  const rest = over[over.length - 1];
  assert.equal(rest.message, `Còn 3 chỗ khác cùng loại (date.invalid), dòng 16; chỉ ${MAX_FINDINGS_PER_CODE} chỗ đầu được báo riêng. Sửa các chỗ đã báo rồi kiểm tra lại.`);
  assert.equal(rest.severity, 'error');
  // It stands on the first finding not listed.
  assert.equal(rest.range.start.character, 'Ngày 31/02/2025. '.length * MAX_FINDINGS_PER_CODE + 'Ngày '.length);
  assert.deepEqual(rest.data, { more: 3 });
});

test('the count of the rest names the lines it spans, in English too', () => {
  const ds = diagnostics('Ngày 31/02/2025.\n\n'.repeat(MAX_FINDINGS_PER_CODE + 2) + 'Hết./.\n', 'en').filter((d) => d.code === 'date.invalid');
  assert.equal(ds.length, MAX_FINDINGS_PER_CODE + 1);
  const first = 16 + 2 * MAX_FINDINGS_PER_CODE;
  assert.equal(ds[ds.length - 1].message, `2 more findings of this kind (date.invalid) on lines ${first}–${first + 2}; only the first ${MAX_FINDINGS_PER_CODE} are reported one by one. Fix those and check again.`);
});

test('30,000 impossible dates on one line: diagnostics within 1 s of CPU and their JSON within 10× the text', () => {
  const text = FM + 'ngày 31/02/2025 '.repeat(30_000) + '\n';
  let best = Infinity;
  let json = '';
  // CPU time, the best of up to three: a loaded machine stretches wall time; a quadratic scan is slow every time.
  for (let i = 0; i < 3 && best > 1000; i++) {
    const svc = createLanguageService({ logger: silentLogger });
    svc.setDocument(URI, text);
    const t = process.cpuUsage();
    const ds = svc.getDiagnostics(URI);
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1000);
    json = JSON.stringify(ds);
    assert.equal(ds.filter((d) => d.code === 'date.invalid').length, MAX_FINDINGS_PER_CODE + 1);
  }
  assert.ok(best < 1000, `${best.toFixed(0)} ms`);
  assert.ok(json.length <= 10 * text.length, `${json.length} bytes of JSON for ${text.length} characters`);
});

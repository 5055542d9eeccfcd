/**
 * Test helpers for the structure and date checks (imported by their
 * `*.test.ts` files only): a front matter to build documents with, a
 * one-call check, and edits applied to text the way an editor applies them.
 */
import { createLanguageService } from '../../server/src/service/language-service';
import type { VbhcSettings } from '../../server/src/service/settings';
import type { TextEdit, VbhcDiagnostic } from '../../server/src/service/types';
import type { Rule } from '../../server/src/service/checks/rule';

/** A valid front matter of the given type and date, ending with its closing `---` line. */
export function frontMatter(loai = 'BC', ngay = '2025-05-30', trichYeu = 'kết quả công tác 6 tháng đầu năm 2025'): string {
  return `---
loai: ${loai}
co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
ky_hieu: SKHCN
dia_danh: "Quảng Ngãi"
ngay: ${ngay}
trich_yeu: "${trichYeu}"
noi_nhan:
  - "Sở Nội vụ"
  - "Lưu: VT, VP"
ky:
  chuc_vu: "GIÁM ĐỐC"
  ho_ten: "Trần Văn A"
---
`;
}

/** URI used by the helpers. */
export const TEST_URI = 'file:///t.vbhc.md';

/** Diagnostics of `text` under the given rules (all rules when omitted). */
export function check(text: string, rules?: readonly Rule[], settings: Partial<VbhcSettings> = {}): VbhcDiagnostic[] {
  return service(text, rules, settings).getDiagnostics(TEST_URI);
}

/** A language service holding `text` at TEST_URI. */
export function service(text: string, rules?: readonly Rule[], settings: Partial<VbhcSettings> = {}) {
  const ls = createLanguageService({ rules, settings });
  ls.setDocument(TEST_URI, text);
  return ls;
}

/** Applies non-overlapping edits (original-text positions) to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }) => starts[p.line] + p.character;
  // In one pass, so that thousands of edits stay cheap.
  const parts: string[] = [];
  let at = 0;
  for (const e of [...edits].sort((a, b) => off(a.range.start) - off(b.range.start))) {
    parts.push(text.slice(at, off(e.range.start)), e.newText);
    at = off(e.range.end);
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The 1-based line and the code of each diagnostic, for compact assertions. */
export function brief(ds: readonly VbhcDiagnostic[]): string[] {
  return ds.map((d) => `${d.range.start.line + 1}:${d.code}`);
}

/** The heading lines of a text. */
export function headingLines(text: string): string[] {
  return text.split('\n').filter((l) => l.startsWith('#'));
}

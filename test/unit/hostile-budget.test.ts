// The per-request budget: any single check, outline, code action, conversion,
// completion or hover over the known bad shapes for regular expressions
// (long runs of digits and slashes, dashes, repeated words, 100k-character
// lines, deep nesting) finishes within 1 s. This is a robustness bound
// against catastrophic backtracking, not a benchmark. When a shape is over
// budget the message names the rules that took the time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, silentLogger, type VbhcLanguageService } from '../../server/src/service/index';
import { ALL_RULES } from '../../server/src/service/checks/registry';

const BUDGET_MS = 1000;
const LINE_CHARS = 100_000;
const URI = 'file:///budget.vbhc.md';
const FM = '---\nloai: BC\nco_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"\nky_hieu: SKHCN\ndia_danh: "Quảng Ngãi"\nngay: 2025-05-30\ntrich_yeu: "kết quả"\nnoi_nhan:\n  - "Sở Nội vụ"\n  - "Lưu: VT, VP"\nky:\n  chuc_vu: "GIÁM ĐỐC"\n  ho_ten: "Nguyễn Văn A"\n---\n';

/** `unit` repeated to about LINE_CHARS characters. */
const line = (unit: string, chars = LINE_CHARS) => unit.repeat(Math.max(1, Math.floor(chars / unit.length)));
const lines = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join('\n');

/** The bad shapes, each as a document body (or a front-matter value when marked). */
const SHAPES: Record<string, string> = {
  'digits and slashes 1/1/1/…': line('1/'),
  'digits only': line('1'),
  'dashes ----…': line('-'),
  'spaced dashes - - -…': line('- '),
  'repeated "ngày "': line('ngày '),
  'repeated "ngày 1/1/"': line('ngày 1/1/'),
  'repeated "Nghị quyết số "': line('Nghị quyết số '),
  'repeated "Kế hoạch số 1/KH-"': line('Kế hoạch số 1/KH-'),
  'repeated symbol 1/2025/NĐ-CP/': line('1/2025/NĐ-CP/'),
  // Not a backtracking shape but volume: ~7,000 citations on one line (linear, ~25 µs each).
  'many short symbols 1/KH-A 1/KH-A …': line('1/KH-A ', 50_000),
  'many full citations on one line': line('Kế hoạch số 39/KH-UBND ngày 29/02/2025 của UBND tỉnh; '),
  'a reference then commas and spaces': 'Kế hoạch số 39/KH-UBND của ' + line(' , ') + 'x',
  'a reference then "và " repeated': 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ' + line(' và'),
  'whitespace run then a word': line(' ') + 'x',
  '100k-char line without spaces': line('a'),
  '100k-char Vietnamese without spaces': line('ễ'),
  '100k combining marks on one letter': 'a' + line('\u0301'),
  'deep "> > > >" on one line': line('> ', 10_000) + 'x',
  'deep "- - - -" on one line': line('- ', 10_000) + 'x',
  'quotes nested one deeper per line': lines(300, (i) => '> '.repeat(i) + 'x'),
  'lists nested one deeper per line': lines(300, (i) => '  '.repeat(i) + '- x'),
  'heading label 1.1.1.…': '### ' + line('1.') + ' x',
  'heading labels a) a) a)…': '### ' + line('a) '),
  'roman numeral IIII…': '# ' + line('I') + '. X',
  'pipes ||||…': line('|'),
  'a 5000-column table': '| a '.repeat(5000) + '|\n' + '|---'.repeat(5000) + '|\n' + '| 1 '.repeat(5000) + '|',
  'brackets [[[[…': line('['),
  'footnote refs [^1][^1]…': line('[^1]'),
  'backticks ````…': line('`'),
  'angle brackets <<<<…': line('<'),
  'stars ****…': line('*'),
  'repeated "quý "': line('quý '),
  'repeated "tháng 1/"': line('tháng 1/'),
  'repeated "từ ngày 1/1/2025 đến "': line('từ ngày 1/1/2025 đến '),
  'repeated "giai đoạn " then a year range': line('giai đoạn ') + '2021 - 2025',
  'repeated "số "': line('số '),
  'repeated "Lưu: "': line('Lưu: '),
  'repeated closing marks ./.': line('./.'),
  'a URL of 100k characters': 'http://' + line('a/'),
  'legacy TCVN3 words repeated': line('Céng hoµ x· héi '),
  'legacy VNI words repeated': line('Coäng hoøa xaõ '),
  '50,000 short lines': lines(50_000, () => 'x'),
  '5000 headings': lines(5000, (i) => `## ${i + 1}. Mục`),
  '10,000 dash items': lines(10_000, () => '- Nội dung;'),
  'front matter: a 100k-char subject line': '',
};

function documentOf(name: string, body: string): string {
  if (name.startsWith('front matter')) return FM.replace('"kết quả"', `"${line('kết quả ')}"`) + '\nNội dung./.\n';
  return FM + '\n' + body + '\n';
}

/** Times `f` in ms. */
function time(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

/** Which rules take the time on a text (for the failure message). */
function slowRules(text: string): string {
  return ALL_RULES.map((r) => {
    const svc = createLanguageService({ logger: silentLogger, rules: [r] });
    svc.setDocument(URI, text);
    svc.getDocument(URI);
    return [r.code, Math.round(time(() => svc.getDiagnostics(URI)))] as const;
  })
    .filter(([, ms]) => ms > 50)
    .map(([code, ms]) => `${code} ${ms} ms`)
    .join(', ');
}

const POSITION_FEATURES = ['getCompletions', 'getCompletionItems', 'getHover'];

/** Times every request once on a fresh service. */
function measure(text: string): [string, number][] {
  const svc: VbhcLanguageService = createLanguageService({ logger: silentLogger });
  svc.setDocument(URI, text);
  const all = text.split('\n');
  const lastLine = all.length - 1;
  const longest = all.reduce((best, l, i) => (l.length > all[best].length ? i : best), 0);
  const whole = { start: { line: 0, character: 0 }, end: { line: lastLine, character: 0 } };
  const timings: [string, number][] = [
    ['parse + diagnostics', time(() => svc.getDiagnostics(URI))],
    ['document symbols', time(() => svc.getDocumentSymbols(URI))],
    ['folding ranges', time(() => svc.getFoldingRanges(URI))],
    ['code actions', time(() => svc.getCodeActions(URI, whole))],
    ['fix all', time(() => svc.getFixAllEdits(URI))],
    ['legacy conversion of the document', time(() => svc.convertLegacyEncoding(URI))],
    ['legacy conversion of a selection', time(() => svc.convertLegacyEncoding(URI, whole))],
  ];
  const any = svc as unknown as Record<string, ((uri: string, pos: { line: number; character: number }) => unknown) | undefined>;
  for (const f of POSITION_FEATURES) {
    const fn = any[f];
    if (typeof fn !== 'function') continue;
    for (const character of [0, 50, LINE_CHARS]) timings.push([`${f} at ${longest}:${character}`, time(() => fn.call(svc, URI, { line: longest, character }))]);
  }
  return timings;
}

for (const [name, body] of Object.entries(SHAPES)) {
  test(`every request on "${name}" finishes within ${BUDGET_MS} ms`, () => {
    const text = documentOf(name, body);
    let timings = measure(text);
    if (timings.some(([, ms]) => ms > BUDGET_MS)) {
      // A busy machine can stall one run; backtracking is slow every time. Keep the better of two.
      const again = measure(text);
      timings = timings.map(([what, ms], i) => [what, Math.min(ms, again[i]?.[1] ?? ms)]);
    }
    const over = timings.filter(([, ms]) => ms > BUDGET_MS);
    assert.deepEqual(
      over.map(([what, ms]) => `${what}: ${Math.round(ms)} ms`),
      [],
      over.some(([what]) => what === 'parse + diagnostics') ? `slow rules: ${slowRules(text)}` : undefined,
    );
  });
}

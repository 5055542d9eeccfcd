/**
 * Snippets of `snippets/vbhc.json`: every snippet, with its placeholders
 * filled (by their defaults, by realistic values, and by every choice),
 * gives a document the core checks accept with no warning or error. The
 * skeletons carry the conventional parts, the fragments are tried in a clean
 * host document at the place they are meant for, and prefixes work typed
 * with or without diacritics.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLanguageService, type VbhcDiagnostic } from '../../server/src/service/index';
import { choiceOptions, expandSnippet, type SnippetFill } from './snippet-expand';

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

const SNIPPETS = JSON.parse(readFileSync(new URL('../../snippets/vbhc.json', import.meta.url), 'utf8')) as Record<string, Snippet>;
const VARIABLES = { CURRENT_YEAR: '2025', CURRENT_MONTH: '06', CURRENT_DATE: '05' };
const URI = 'file:///snippet.vbhc.md';

function bodyOf(name: string): string {
  const s = SNIPPETS[name];
  assert.ok(s, `snippet "${name}" exists`);
  return s.body.join('\n');
}

/** Diagnostics of warning or error severity (what a clean document must not have). */
function problems(text: string): VbhcDiagnostic[] {
  const ls = createLanguageService();
  ls.setDocument(URI, text);
  return ls.getDiagnostics(URI).filter((d) => d.severity === 'error' || d.severity === 'warning');
}

function assertClean(text: string, what: string): void {
  const found = problems(text);
  assert.deepEqual(
    found.map((d) => `${d.code} @${d.range.start.line + 1}: ${d.message}`),
    [],
    `${what} has problems:\n${text}`,
  );
}

/** Every combination of the choices of a body (one option per choice tab stop). */
function everyChoice(body: string): Array<Record<number, number>> {
  let combos: Array<Record<number, number>> = [{}];
  for (const [n, opts] of choiceOptions(body)) combos = combos.flatMap((c) => opts.map((_, i) => ({ ...c, [n]: i })));
  return combos;
}

const REALISTIC: Record<number, string> = {
  1: 'UBND TỈNH QUẢNG NGÃI',
  2: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  3: 'SKHCN',
  4: 'Quảng Ngãi',
  7: 'Sở Nội vụ',
  8: 'Giám đốc, các Phó Giám đốc Sở',
  9: 'VP',
  13: 'Trần Công Hòa',
  14: 'Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới',
  15: 'Sở Khoa học và Công nghệ',
};

for (const name of ['Báo cáo (BC)', 'Kế hoạch (KH)']) {
  test(`the ${name} skeleton, filled with its defaults and each choice, passes the checks without warning`, () => {
    const body = bodyOf(name);
    const combos = everyChoice(body);
    assert.ok(combos.length >= 5, 'the signature authority offers TM./KT./TL./TUQ./Q.');
    for (const choices of combos) assertClean(expandSnippet(body, { variables: VARIABLES, choices }), `${name} ${JSON.stringify(choices)}`);
  });

  test(`the ${name} skeleton, filled with a real agency, signer and citation, passes the checks without warning`, () => {
    assertClean(expandSnippet(bodyOf(name), { variables: VARIABLES, values: REALISTIC }), name);
  });

  test(`the ${name} skeleton has tab stops for agency, symbol, place, date, subject, recipients and signer`, () => {
    const fm = bodyOf(name).split('\n---')[0];
    for (const key of ['co_quan', 'ky_hieu', 'dia_danh', 'ngay', 'trich_yeu', 'quyen_han', 'chuc_vu', 'ho_ten']) {
      assert.match(fm, new RegExp(`^\\s*${key}: "?\\$\\{\\d+[:|]`, 'm'), `${key} has a tab stop`);
    }
    assert.match(fm, /^noi_nhan:\n(\s+- "\$\{\d+:.*\n)+\s+- "Lưu: VT, \$\{\d+:/m, 'recipients have tab stops and end with Lưu');
    assert.match(bodyOf(name), /\.\/\.\$0\n?$/, 'ends with the closing mark ./.');
  });
}

test('an unfilled skeleton date is today: the skeleton uses the CURRENT_* variables', () => {
  assert.match(bodyOf('Báo cáo (BC)'), /^ngay: \$\{5:\$\{CURRENT_YEAR\}-\$\{CURRENT_MONTH\}-\$\{CURRENT_DATE\}\}$/m);
  assert.match(bodyOf('Kế hoạch (KH)'), /^ngay: \$\{5:\$\{CURRENT_YEAR\}-\$\{CURRENT_MONTH\}-\$\{CURRENT_DATE\}\}$/m);
});

test('the report skeleton has results, assessment (Ưu điểm, Hạn chế và nguyên nhân) and PHƯƠNG HƯỚNG, NHIỆM VỤ parts', () => {
  const text = expandSnippet(bodyOf('Báo cáo (BC)'), { variables: VARIABLES });
  for (const h of ['# I. KẾT QUẢ THỰC HIỆN', '# II. ĐÁNH GIÁ CHUNG', '## 1. Ưu điểm', '## 2. Hạn chế và nguyên nhân', '# III. PHƯƠNG HƯỚNG, NHIỆM VỤ']) {
    assert.ok(text.includes(h), h);
  }
  assert.match(text, /^Thực hiện .* báo cáo .* như sau:$/m, 'opening sentence');
  assert.match(text, /^Trên đây là báo cáo .*\.\/\.$/m, 'closing sentence');
});

test('the plan skeleton has MỤC ĐÍCH, YÊU CẦU, NỘI DUNG or NHIỆM VỤ, GIẢI PHÁP, and TỔ CHỨC THỰC HIỆN parts', () => {
  const body = bodyOf('Kế hoạch (KH)');
  const second = [...choiceOptions(body).values()].find((o) => o.some((x) => x.includes('GIẢI PHÁP')));
  assert.ok(second && second.some((o) => o.startsWith('NỘI DUNG')), 'part II offers NỘI DUNG and NHIỆM VỤ, GIẢI PHÁP');
  const text = expandSnippet(body, { variables: VARIABLES });
  for (const h of ['# I. MỤC ĐÍCH, YÊU CẦU', '# II. NHIỆM VỤ, GIẢI PHÁP', '# III. TỔ CHỨC THỰC HIỆN']) assert.ok(text.includes(h), h);
  assert.match(text, /^Thực hiện .* ban hành Kế hoạch .* như sau:$/m, 'opening sentence');
  assert.match(text, /\.\/\.$/m, 'closing sentence');
});

// ---- fragments, each tried where it belongs in a clean host document ----------

const HOST_BC = expandSnippet(bodyOf('Báo cáo (BC)'), { variables: VARIABLES, values: REALISTIC });
const HOST_KH = expandSnippet(bodyOf('Kế hoạch (KH)'), { variables: VARIABLES, values: REALISTIC });

/** Where a fragment goes: a host text and a function putting the expansion in. */
interface Placement {
  host: string;
  put: (host: string, fragment: string) => string;
  fill?: SnippetFill['values'];
}

function replaceOnce(host: string, re: RegExp, by: string): string {
  assert.match(host, re, `host has ${re}`);
  return host.replace(re, by.replace(/\$(?!1)/g, '$$$$'));
}

const PLACEMENTS: Record<string, Placement[]> = {
  'Căn cứ (câu mở đầu)': [
    { host: HOST_BC, put: (h, f) => replaceOnce(h, /^Thực hiện .*$/m, f.trimEnd()) },
    { host: HOST_KH, put: (h, f) => replaceOnce(h, /^Thực hiện .*$/m, f.trimEnd()) },
  ],
  'Câu kết báo cáo': [{ host: HOST_BC, put: (h, f) => replaceOnce(h, /^Trên đây là báo cáo .*$/m, f) }],
  'Câu kết kế hoạch': [{ host: HOST_KH, fill: { 1: 'Văn phòng Sở', 2: 'Giám đốc Sở' }, put: (h, f) => replaceOnce(h, /^Trong quá trình thực hiện, .*$/m, f) }],
  'Đề mục cấp 1 (I.)': [{ host: HOST_BC, fill: { 1: 'V' }, put: (h, f) => replaceOnce(h, /^(Trên đây là báo cáo)/m, `${f}Nội dung phần.\n\n$1`) }],
  'Đề mục cấp 2 (1.)': [{ host: HOST_BC, fill: { 1: '3' }, put: (h, f) => replaceOnce(h, /^(# II\. ĐÁNH GIÁ CHUNG)/m, `${f}Nội dung mục.\n\n$1`) }],
  'Đề mục cấp 3 (1.1. hoặc a))': [
    { host: HOST_BC, put: (h, f) => replaceOnce(h, /^(## 2\. Kết quả)/m, `${f}Nội dung tiểu mục.\n\n$1`) },
    { host: HOST_BC, fill: { 1: 'a)' }, put: (h, f) => replaceOnce(h, /^(## 2\. Kết quả)/m, `${f}Nội dung tiểu mục.\n\n$1`) },
  ],
  'Đề mục cấp 4 (a))': [
    { host: HOST_BC, put: (h, f) => replaceOnce(h, /^(## 2\. Kết quả)/m, `### 1.1. Tiểu mục\n\n${f}Nội dung điểm.\n\n$1`) },
  ],
  'Nơi nhận (noi_nhan)': [{ host: HOST_BC, put: (h, f) => replaceOnce(h, /^noi_nhan:\n(?: {2}- .*\n)+/m, f + '\n') }],
  'Người ký (ky)': [{ host: HOST_KH, put: (h, f) => replaceOnce(h, /^ky:\n(?: {2}\w+: .*\n)+/m, f + '\n') }],
};

test('the host documents the fragments go into are clean themselves', () => {
  assertClean(HOST_BC, 'BC host');
  assertClean(HOST_KH, 'KH host');
});

for (const [name, placements] of Object.entries(PLACEMENTS)) {
  test(`the "${name}" snippet, filled and put where it belongs, passes the checks without warning`, () => {
    const body = bodyOf(name);
    for (const p of placements) {
      for (const choices of everyChoice(body)) {
        const fragment = expandSnippet(body, { variables: VARIABLES, values: p.fill, choices });
        const text = p.put(p.host, fragment);
        assert.notEqual(text, p.host, 'the fragment changed the host');
        assertClean(text, `${name} ${JSON.stringify(choices)}`);
      }
    }
  });
}

test('every snippet is either a skeleton or placed by a test above', () => {
  const placed = new Set([...Object.keys(PLACEMENTS), 'Báo cáo (BC)', 'Kế hoạch (KH)']);
  assert.deepEqual(Object.keys(SNIPPETS).filter((n) => !placed.has(n)), []);
});

test('a fragment placed wrongly is caught: a level-1 heading with a repeated label warns', () => {
  const fragment = expandSnippet(bodyOf('Đề mục cấp 1 (I.)'), { variables: VARIABLES, values: { 1: 'II' } });
  const text = HOST_BC.replace(/^(Trên đây là báo cáo)/m, `${fragment}Nội dung.\n\n$1`);
  assert.ok(problems(text).some((d) => d.code.startsWith('structure.numbering')), 'duplicate label is reported');
});

test('a skeleton without its closing sentence is caught (missing ./.)', () => {
  const text = HOST_BC.replace(/^Trên đây là báo cáo .*$/m, 'Trên đây là báo cáo.');
  assert.ok(problems(text).some((d) => d.code === 'structure.missing-end-mark'));
});

/** Folds Vietnamese text to ASCII lower case (đ → d, no marks). */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

test('prefixes work typed with or without diacritics: every accented prefix has its unaccented twin', () => {
  for (const [name, s] of Object.entries(SNIPPETS)) {
    for (const p of s.prefix) assert.ok(s.prefix.includes(fold(p)), `${name}: "${p}" has "${fold(p)}"`);
  }
  assert.ok(['kh', 'ke hoach', 'kế hoạch'].every((p) => SNIPPETS['Kế hoạch (KH)'].prefix.includes(p)));
  assert.ok(['bc', 'bao cao', 'báo cáo'].every((p) => SNIPPETS['Báo cáo (BC)'].prefix.includes(p)));
});

test('the snippet expander used here follows VS Code: mirrors, nested defaults, escapes and choices', () => {
  assert.equal(expandSnippet('${1:a ${2:b}} $1 $2 \\$x \\} ${3|p\\,q,r|}$0', { choices: { 3: 0 } }), 'a b a b b $x } p,q');
  assert.equal(expandSnippet('${1:x} $1', { values: { 1: 'y' } }), 'y y');
  assert.throws(() => expandSnippet('${1:open'));
});

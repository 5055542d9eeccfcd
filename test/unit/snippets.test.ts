/**
 * The editor's templates: the whole-document skeletons are the core's
 * (service/skeletons.ts) as snippets, every «…» fill-in a tab stop; with
 * their fill-ins written they pass the checks, left unfilled they show only
 * draft.placeholder. The fragments of snippets/templates.json, filled (and
 * with every choice), pass the checks in a host document at the place they
 * are meant for. Where templates are offered (templates.ts): only for a
 * `vbhc-…` token or Ctrl+Space on an empty line, never for the words clerks
 * type; skeletons only on an empty document or front matter; front-matter
 * blocks as YAML there and as a jump from the body; headings numbered after
 * their previous sibling.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, type VbhcDiagnostic } from '../../server/src/service/index';
import { choiceOptions, expandSnippet, type SnippetFill } from '../../client/src/features/snippet-text';
import { allTemplates, FRAGMENTS, frontMatterTarget, nextHeadingLabel, skeletonTemplate, splitLines, TEMPLATE_TOKEN, templatesAt, type TemplateOffer } from '../../client/src/features/templates';
import { SKELETON_KINDS, skeletonSnippet } from '../../server/src/service/skeletons';
import { codeSlug } from '../../server/src/service/data/doc-types';

/** The ids of the whole-document skeletons, one per drafted type, in the order offered. */
const SKELETONS = ['bc', 'kh', 'cv', 'ttr', 'tb', 'ctr', 'hd', 'qd'];

const VARIABLES = { CURRENT_YEAR: '2025', CURRENT_MONTH: '06', CURRENT_DATE: '05' };
const URI = 'file:///snippet.vbhc.md';

function bodyOf(id: string): string {
  const s = allTemplates().find((t) => t.id === id);
  assert.ok(s, `template "${id}" exists`);
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

/** Fill-ins whose text is not a value a clerk could keep, and what one would write there. */
const WRITTEN: Record<string, string> = { 'KÝ HIỆU': 'SKHCN', 'TÊN CƠ QUAN BAN HÀNH': 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TÊN CƠ QUAN CHỦ QUẢN': 'UBND TỈNH QUẢNG NGÃI' };

/** A template expanded with its defaults, each fill-in written (its own text without the «…» marks, or WRITTEN). */
function keptDefaults(body: string, fill: SnippetFill = {}): string {
  return expandSnippet(body, { variables: VARIABLES, ...fill }).replace(/«([^«»]*)»/g, (_, text: string) => WRITTEN[text] ?? text);
}

/** Every combination of the choices of a body (one option per choice tab stop). */
function everyChoice(body: string): Array<Record<number, number>> {
  let combos: Array<Record<number, number>> = [{}];
  for (const [n, opts] of choiceOptions(body)) combos = combos.flatMap((c) => opts.map((_, i) => ({ ...c, [n]: i })));
  return combos;
}

for (const kind of SKELETON_KINDS) {
  const id = codeSlug(kind);
  test(`the ${id} skeleton offered is the core's, as a snippet dated today: every «…» fill-in a tab stop`, () => {
    const date = new Date(2025, 5, 5);
    assert.equal(skeletonTemplate(kind, date).body.join('\n'), skeletonSnippet(kind, { date }));
    assert.equal(skeletonTemplate(kind, date).prefix, `vbhc-${id}`);
    // A prefix is one vbhc- word in ASCII (QĐ → vbhc-qd): no sentence a clerk types asks for it.
    assert.match(skeletonTemplate(kind, date).prefix, /^vbhc-[a-z0-9]+$/);
    assert.equal(TEMPLATE_TOKEN.exec(`vbhc-${id}`)?.[1], `vbhc-${id}`);
    const body = bodyOf(id);
    for (const m of body.matchAll(/«[^«»]*»/g)) assert.match(body.slice(0, m.index!), /\$\{\d+:$/, `«…» at ${m.index} is the default of a tab stop`);
  });

  test(`the ${id} skeleton, its fill-ins kept as written, passes the checks without warning; unfilled, it shows only draft.placeholder`, () => {
    assertClean(keptDefaults(bodyOf(id)), id);
    const unfilled = problems(expandSnippet(bodyOf(id)));
    assert.ok(unfilled.length >= 10, `${unfilled.length} fill-ins reported`);
    assert.deepEqual([...new Set(unfilled.map((d) => d.code))], ['draft.placeholder']);
  });
}

// ---- fragments, each tried where it belongs in a clean host document ----------

const HOST_BC = keptDefaults(bodyOf('bc'));
const HOST_KH = keptDefaults(bodyOf('kh'));

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
  'mo-dau': [
    { host: HOST_BC, put: (h, f) => replaceOnce(h, /^Thực hiện .*$/m, f.trimEnd()) },
    { host: HOST_KH, put: (h, f) => replaceOnce(h, /^Thực hiện .*$/m, f.trimEnd()) },
  ],
  'ket-bc': [{ host: HOST_BC, put: (h, f) => replaceOnce(h, /^Trên đây là báo cáo .*$/m, f) }],
  'ket-kh': [{ host: HOST_KH, fill: { 1: 'Văn phòng Sở', 2: 'Giám đốc Sở' }, put: (h, f) => replaceOnce(h, /^Trong quá trình thực hiện, .*$/m, f) }],
  'noi-nhan': [{ host: HOST_BC, put: (h, f) => replaceOnce(h, /^noi_nhan:\n(?: {2}- .*\n)+/m, f + '\n') }],
  ky: [{ host: HOST_KH, fill: { 4: 'Trần Công Hòa' }, put: (h, f) => replaceOnce(h, /^ky:\n(?: {2}\w+: .*\n)+/m, f + '\n') }],
  'ky-tm': [{ host: HOST_KH, put: (h, f) => replaceOnce(h, /^ky:\n(?: {2}\w+: .*\n)+/m, f + '\n') }],
};

test('the host documents the fragments go into are clean themselves', () => {
  assertClean(HOST_BC, 'BC host');
  assertClean(HOST_KH, 'KH host');
});

for (const [id, placements] of Object.entries(PLACEMENTS)) {
  test(`the "${id}" template, filled and put where it belongs, passes the checks without warning`, () => {
    const body = bodyOf(id);
    for (const p of placements) {
      for (const choices of everyChoice(body)) {
        const text = p.put(p.host, keptDefaults(body, { values: p.fill, choices }));
        assert.notEqual(text, p.host, 'the fragment changed the host');
        assertClean(text, `${id} ${JSON.stringify(choices)}`);
      }
    }
  });
}

/**
 * Asks for a heading template the way the editor does — an empty line put
 * before the line that starts with `before`, the offer taken there — and
 * returns the host with the heading (and a paragraph) in that place.
 */
function headingAt(host: string, before: RegExp, id: string, prelude = ''): string {
  const lines = splitLines(host);
  const at = lines.findIndex((l) => before.test(l));
  assert.ok(at > 0, `host has ${before}`);
  const preludeLines = prelude ? splitLines(prelude) : [];
  const withGap = [...lines.slice(0, at), ...preludeLines, '', ...lines.slice(at)];
  const gap = at + preludeLines.length;
  const offer = templatesAt(withGap.join('\n'), gap, 0, true).find((o) => o.template.id === id);
  assert.ok(offer && offer.action.kind === 'insert', `${id} is offered on an empty body line`);
  const heading = keptDefaults(offer.action.snippet).replace(/\n+$/, '');
  return [...withGap.slice(0, gap), heading, '', 'Nội dung.', '', ...withGap.slice(gap + 1)].join('\n');
}

test('heading templates number themselves after the previous sibling, and the checks accept the result', () => {
  const v = headingAt(HOST_BC, /^Trên đây là báo cáo/, 'muc1');
  assert.match(v, /^# V\. TÊN PHẦN$/m);
  assertClean(v, 'muc1 after # IV.');
  const three = headingAt(HOST_BC, /^# II\. ĐÁNH GIÁ CHUNG/, 'muc2');
  assert.match(three, /^## 3\. Tên mục$/m);
  assertClean(three, 'muc2 after ## 2.');
  const first = headingAt(HOST_BC, /^## 2\. Kết quả/, 'muc3');
  assert.match(first, /^### 1\.1\. Tên tiểu mục$/m);
  assertClean(first, 'muc3 first under ## 1.');
  const letter = headingAt(HOST_BC, /^## 2\. Kết quả/, 'muc3', '### a) Tiểu mục thứ nhất\n\nNội dung.\n');
  assert.match(letter, /^### b\) Tên tiểu mục$/m);
  assertClean(letter, 'muc3 after ### a)');
  const point = headingAt(HOST_BC, /^## 2\. Kết quả/, 'muc4', '### 1.1. Tiểu mục\n\nNội dung.\n');
  assert.match(point, /^#### 1\.1\.1\. Tên điểm$/m);
  assertClean(point, 'muc4 first under ### 1.1.');
});

test('the next heading label follows the previous sibling\'s style and skips code fences; an appendix restarts', () => {
  const doc = ['# I. A', '## 1. B', '### a) C', '### b) D', '#### đ) E', '## 2. F', '```', '## 9. not a heading', '```'];
  assert.equal(nextHeadingLabel(doc, 0, doc.length, 1), 'II.');
  assert.equal(nextHeadingLabel(doc, 0, doc.length, 2), '3.');
  assert.equal(nextHeadingLabel(doc, 0, doc.length, 3), '2.1.', 'first under ## 2.');
  assert.equal(nextHeadingLabel(doc, 0, 5, 4), 'e)', 'after đ) comes e)');
  assert.equal(nextHeadingLabel(doc, 0, 4, 3), 'c)');
  assert.equal(nextHeadingLabel(['# XXXIX. A'], 0, 1, 1), 'XL.');
  assert.equal(nextHeadingLabel(['# I. A', '<!-- phu-luc -->', '# PHỤ LỤC'], 0, 3, 1), 'I.', 'appendix numbers its own');
  assert.equal(nextHeadingLabel([], 0, 0, 4), 'a)');
});

test('every template is a skeleton, placed by a test above, or a heading', () => {
  const placed = new Set([...Object.keys(PLACEMENTS), ...SKELETONS]);
  assert.deepEqual(allTemplates().filter((t) => !placed.has(t.id) && !t.level).map((t) => t.id), []);
  assert.deepEqual(FRAGMENTS.filter((t) => t.level).map((t) => t.level), [1, 2, 3, 4]);
});

test('a skeleton without its closing sentence is caught (missing ./.)', () => {
  const text = HOST_BC.replace(/^Trên đây là báo cáo .*$/m, 'Trên đây là báo cáo.');
  assert.ok(problems(text).some((d) => d.code === 'structure.missing-end-mark'));
});

// ---- where templates are offered -------------------------------------------

const ids = (offers: TemplateOffer[]) => offers.map((o) => o.template.id);

/** `lines` with `line` put before index `at`. */
function withLine(lines: readonly string[], at: number, line: string): string[] {
  return [...lines.slice(0, at), line, ...lines.slice(at)];
}

/** Offers at the end of line `line` of `text` (the cursor after what was typed). */
function offersAtEnd(text: string, line: number, explicit = false): TemplateOffer[] {
  return templatesAt(text, line, splitLines(text)[line].length, explicit);
}

test('every prefix is a vbhc- token no sentence contains', () => {
  for (const t of allTemplates()) assert.match(t.prefix, /^vbhc-[a-z0-9-]+$/, t.id);
});

test('the words clerks type never open a template, typed or with Ctrl+Space, in prose or in a heading', () => {
  const lines = ['Thực hiện Kế hoạch số 125/KH-UBND, Sở Nội vụ báo cáo', '## 2. Xây dựng kế hoạch', 'căn cứ', 'phần', 'bao cao', 'ke hoach', 'thuc hien', 'noi nhan', 'ky', 'Năm 2024-'];
  for (const l of lines) {
    const host = HOST_BC.replace(/^(Trên đây là báo cáo)/m, `${l}\n\n$1`);
    const at = splitLines(host).indexOf(l);
    assert.deepEqual(ids(offersAtEnd(host, at)), [], `typing "${l}"`);
    if (l.includes(' ') || l.startsWith('#')) assert.deepEqual(ids(offersAtEnd(host, at, true)), [], `Ctrl+Space after "${l}"`);
  }
  for (const l of lines) assert.deepEqual(ids(offersAtEnd(l, 0)), [], `"${l}" alone in a document`);
});

test('a vbhc- token typed mid-sentence offers nothing: templates are blocks', () => {
  assert.deepEqual(ids(offersAtEnd('Sở Nội vụ vbhc-bc', 0)), []);
  assert.deepEqual(ids(offersAtEnd('vbhc-bc', 0).filter((o) => o.template.where !== 'document')), []);
});

test('the skeletons are offered on an empty document and replace all of it', () => {
  for (const text of ['vbhc-', 'vbhc-b', '\n\nvbhc-kh\n']) {
    const line = splitLines(text).findIndex((l) => l.startsWith('vbhc'));
    const offers = offersAtEnd(text, line);
    assert.deepEqual(ids(offers), SKELETONS, text);
    const r = offers[0].action.range;
    assert.deepEqual([r.start.line, r.start.character, r.end.line], [0, 0, splitLines(text).length - 1]);
  }
  assert.deepEqual(ids(templatesAt('', 0, 0, true)), SKELETONS, 'Ctrl+Space on an empty document');
  assert.deepEqual(ids(templatesAt('', 0, 0, false)), [], 'nothing without a token or Ctrl+Space');
});

test('inside an empty front matter the skeletons are offered: whole when the body is empty, the front matter only when it is not', () => {
  const empty = offersAtEnd('---\nvbhc-\n---\n', 1);
  assert.deepEqual(ids(empty), SKELETONS);
  const withBody = offersAtEnd('---\nvbhc-k\n---\n\nĐã có nội dung.\n', 1);
  assert.deepEqual(ids(withBody), SKELETONS);
  const action = withBody[1].action;
  assert.ok(action.kind === 'insert');
  assert.match(action.snippet, /^loai: KH\n/);
  assert.ok(!action.snippet.includes('---'), 'front matter lines only');
  assert.deepEqual([action.range.start.line, action.range.end.line], [1, 1]);
});

test('a skeleton is not offered in a document that has text', () => {
  assert.deepEqual(ids(offersAtEnd(`${HOST_BC}\nvbhc-`, splitLines(HOST_BC).length)).filter((i) => SKELETONS.includes(i)), []);
});

test('noi nhan and ky give YAML inside the front matter, a jump to it from the body', () => {
  const noKy = HOST_KH.replace(/^ky:\n(?: {2}\w+: .*\n)+/m, 'vbhc-\n');
  const line = splitLines(noKy).indexOf('vbhc-');
  const inFm = offersAtEnd(noKy, line);
  const ky = inFm.find((o) => o.template.id === 'ky')!;
  assert.equal(ky.action.kind, 'insert', 'ky is absent: its YAML block');
  assert.equal(inFm.find((o) => o.template.id === 'noi-nhan')!.action.kind, 'jump', 'noi_nhan is there: a jump');
  assert.deepEqual(ids(inFm).filter((i) => !['ky', 'ky-tm', 'noi-nhan'].includes(i)), [], 'nothing else in the front matter');
  const bodyLine = splitLines(HOST_KH).findIndex((l) => l.startsWith('# III.'));
  const inBody = templatesAt(withLine(splitLines(HOST_KH), bodyLine, 'vbhc-n').join('\n'), bodyLine, 6, false);
  assert.equal(inBody.find((o) => o.template.id === 'noi-nhan')!.action.kind, 'jump');
  assert.ok(!inBody.some((o) => o.template.where === 'front-matter' && o.action.kind === 'insert'), 'no YAML in the body');
});

test('a jump to an absent front-matter key adds its block at its place first', () => {
  const lines = splitLines('---\nloai: BC\nky:\n  ho_ten: "A"\n---\n\nNội dung./.');
  assert.deepEqual(frontMatterTarget(lines, 'noi_nhan', 'noi_nhan:\n  - "X"'), { line: 2, insert: { at: 2, text: 'noi_nhan:\n  - "X"\n' } }, 'before ky');
  assert.deepEqual(frontMatterTarget(lines, 'ky', 'ky:'), { line: 2 }, 'present: a jump');
  assert.deepEqual(frontMatterTarget(splitLines('Nội dung.'), 'ky', 'ky:'), { line: 1, insert: { at: 0, text: '---\nky:\n---\n\n' } }, 'no front matter');
});

test('the closing sentence offered fits the document type', () => {
  const kh = withLine(splitLines(HOST_KH), splitLines(HOST_KH).length - 1, 'vbhc-ket');
  const at = kh.indexOf('vbhc-ket');
  assert.deepEqual(ids(offersAtEnd(kh.join('\n'), at)).filter((i) => i.startsWith('ket')), ['ket-kh']);
});

test('the snippet expander follows VS Code: mirrors, nested defaults, escapes and choices', () => {
  assert.equal(expandSnippet('${1:a ${2:b}} $1 $2 \\$x \\} ${3|p\\,q,r|}$0', { choices: { 3: 0 } }), 'a b a b b $x } p,q');
  assert.equal(expandSnippet('${1:x} $1', { values: { 1: 'y' } }), 'y y');
  assert.throws(() => expandSnippet('${1:open'));
});

test('the collective signature template (ky-tm) is offered with ky and writes a two-line authority the checks accept in every choice', () => {
  const noKy = HOST_KH.replace(/^ky:\n(?: {2}\w+: .*\n)+/m, 'vbhc-ky\n');
  const offered = ids(offersAtEnd(noKy, splitLines(noKy).indexOf('vbhc-ky')));
  assert.ok(offered.includes('ky') && offered.includes('ky-tm'), offered.join(', '));
  const body = bodyOf('ky-tm');
  for (const choices of everyChoice(body)) {
    const fragment = expandSnippet(body, { variables: VARIABLES, values: { 1: 'ỦY BAN NHÂN DÂN', 3: 'CHỦ TỊCH', 4: 'PHÓ CHỦ TỊCH', 5: 'Lê Thị Mai' }, choices });
    assert.match(fragment, /^ky:\n {2}quyen_han:\n {4}- "TM\. ỦY BAN NHÂN DÂN"\n {4}- "(KT|TL|TUQ)\. CHỦ TỊCH"\n/);
    assertClean(HOST_KH.replace(/^ky:\n(?: {2}\w+: .*\n)+/m, fragment + '\n'), `ky-tm ${JSON.stringify(choices)}`);
  }
  const swapped = expandSnippet(body, { variables: VARIABLES, values: { 1: 'ỦY BAN NHÂN DÂN', 3: 'CHỦ TỊCH' } }).replace('"TM. ỦY BAN NHÂN DÂN"', '"KT. ỦY BAN NHÂN DÂN"');
  assert.ok(problems(HOST_KH.replace(/^ky:\n(?: {2}\w+: .*\n)+/m, swapped + '\n')).some((d) => d.code === 'meta.invalid-value'), 'KT. above KT. is caught');
});

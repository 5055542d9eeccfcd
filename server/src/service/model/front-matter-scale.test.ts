// Front matters built to be slow: thousands of aliases, thousands of keys and
// megabytes of YAML. Each is read in time linear in its size (or not read at
// all past the cap) and gives the meta.yaml error a careful reader expects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument as parseYaml } from 'yaml';
import { duplicateKeyErrors, MAX_FRONT_MATTER_CHARS, parseFrontMatter } from './front-matter';
import { createLanguageService } from '../language-service';

const URI = 'file:///fm.vbhc.md';
/**
 * A bound against quadratic time (60 KB of aliases took 55 s), not a
 * benchmark: each hostile front matter may take a few times what plain keys
 * of the same size take, measured alongside, so a busy machine slows both.
 */
function budgetFor(chars: number): number {
  const lines: string[] = [];
  for (let n = 0; n < Math.min(chars, MAX_FRONT_MATTER_CHARS - 100); n += lines[lines.length - 1].length + 1) lines.push(`k${lines.length}: "v${lines.length}"`);
  const plain = `---\n${lines.join('\n')}\n---\n`;
  // Timed through the yaml parser, which the hostile front matters below go through too.
  const { ms } = timed(() => parseFrontMatter(plain, { fullParser: true }));
  return 10 * ms + 200;
}

/** The least of three timings of `f` in milliseconds (the least is the one a busy machine disturbed least), and its value. */
function timed<T>(f: () => T): { ms: number; value: T } {
  let ms = Infinity;
  let value!: T;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    value = f();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, value };
}

function metaYaml(text: string) {
  const ls = createLanguageService();
  ls.setDocument(URI, text);
  return ls.getDiagnostics(URI).filter((d) => d.code === 'meta.yaml');
}

// Warm-up: the YAML parser's first calls are compiled as they run.
parseFrontMatter(`---\na: &x 1\n${Array.from({ length: 500 }, (_, i) => `k${i}: *x`).join('\n')}\n---\n`);

test('60 KB of aliases of one anchor: one alias-count error at the first alias, in time', () => {
  const lines = Array.from({ length: 6200 }, (_, i) => (i === 0 ? 'loai: &x BC' : `k${i}: *x`));
  const text = `---\n${lines.join('\n')}\n---\n\nNội dung./.\n`;
  assert.ok(text.length > 60_000 && text.length < MAX_FRONT_MATTER_CHARS);
  const budget = budgetFor(text.length);
  const { ms, value: fm } = timed(() => parseFrontMatter(text)!);
  assert.ok(ms < budget, `${ms.toFixed(0)} ms, budget ${budget.toFixed(0)} ms`);
  assert.equal(fm.errors.length, 1);
  assert.equal(fm.errors[0].code, 'ALIAS_COUNT');
  assert.equal(text.slice(fm.errors[0].start, fm.errors[0].end), '*x');
  assert.equal(text.indexOf('*x'), fm.errors[0].start);
});

test('thousands of aliases of anchors set after them: the first unresolved alias is named, quickly', () => {
  const lines = Array.from({ length: 4500 }, (_, i) => `k${i}: *a${i}`);
  lines.push('z: &a1 tre');
  const text = `---\n${lines.join('\n')}\n---\n`;
  assert.ok(text.length > 50_000 && text.length < MAX_FRONT_MATTER_CHARS);
  const budget = budgetFor(text.length);
  const { ms, value: diags } = timed(() => metaYaml(text));
  assert.ok(ms < budget, `${ms.toFixed(0)} ms, budget ${budget.toFixed(0)} ms`);
  assert.equal(diags.length, 1);
  assert.equal(diags[0].range.start.line, 1);
  assert.match(diags[0].message, /ngoặc kép/);
});

test('an alias is resolved when its anchor comes before it, also on a collection holding it', () => {
  for (const yaml of ['a: &x [1, 2]\nb: *x\nc: *x', 'a: &x\n  b: 1\nc: [*x, *x]']) {
    const fm = parseFrontMatter(`---\n${yaml}\n---\n`)!;
    assert.deepEqual(fm.errors, [], yaml);
  }
});

test('50,000 keys with one repeated at the end: the repeat is found at its line in time', () => {
  const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: ${i}`);
  keys.push('k7: lặp');
  const yaml = keys.join('\n');
  // Past the front-matter cap, so the duplicate search is timed on the YAML itself.
  const doc = parseYaml(yaml, { uniqueKeys: false });
  const { ms, value: dups } = timed(() => duplicateKeyErrors(doc));
  // Quadratic, this is 1.25 billion key comparisons; linear, a few milliseconds.
  assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
  assert.deepEqual(dups, [{ pos: [yaml.lastIndexOf('k7:'), yaml.lastIndexOf('k7:') + 1], code: 'DUPLICATE_KEY', message: 'Map keys must be unique' }]);
});

test('duplicate keys are the ones the YAML parser itself reports, at the same places', () => {
  const cases = [
    'a: 1\nb: 2\na: 3',
    'ky:\n  ho_ten: A\n  ho_ten: B\nloai: BC',
    'x: {a: 1, b: 2, a: 3}',
    'l:\n  - a: 1\n    a: 2\n  - a: 1',
    '1: a\n"1": b', // a number and a string: different keys
    '? [a]\n: 1\n? [a]\n: 2', // collection keys are never equal
    'a: 1\nb:\n  a: 2', // same name at two levels
    '~: 1\nnull: 2',
    '.nan: 1\n.nan: 2',
  ];
  for (const yaml of cases) {
    const theirs = parseYaml(yaml, { uniqueKeys: true, strict: true }).errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos[0]);
    const ours = duplicateKeyErrors(parseYaml(yaml, { uniqueKeys: false, strict: true })).map((e) => e.pos[0]);
    assert.deepEqual(ours, theirs, yaml);
  }
});

test('a duplicate key in a front matter is one meta.yaml error at the second key, as before', () => {
  const text = '---\nloai: BC\nngay: 2025-05-30\nloai: KH\n---\n\nNội dung./.\n';
  const [d] = metaYaml(text);
  assert.equal(d.range.start.line, 3);
  assert.match(d.message, /khóa này đã có ở trên/);
});

test(`a front matter longer than ${MAX_FRONT_MATTER_CHARS} characters is not parsed: one meta.yaml error on line 1, in time`, () => {
  const lines = ['loai: BC'];
  for (let i = 0; lines.length * 20 < 2 * MAX_FRONT_MATTER_CHARS; i++) lines.push(`khoa_${i}: "giá trị ${i}"`);
  for (const closed of [true, false]) {
    const text = `---\n${lines.join('\n')}\n${closed ? '---\n\n' : ''}Nội dung./.\n`;
    // Not parsed at all: cheaper than parsing a capped front matter.
    const budget = budgetFor(MAX_FRONT_MATTER_CHARS);
    const { ms, value: diags } = timed(() => metaYaml(text));
    assert.ok(ms < budget, `${ms.toFixed(0)} ms, budget ${budget.toFixed(0)} ms`);
    assert.equal(diags.length, 1);
    assert.equal(diags[0].range.start.line, 0);
    // Unclosed: saying it is not closed comes first (that is the fix); closed: it is too long.
    assert.match(diags[0].message, closed ? /dài hơn 65\.536 ký tự nên không được đọc/ : /không có dòng "---" đóng lại/);
  }
});

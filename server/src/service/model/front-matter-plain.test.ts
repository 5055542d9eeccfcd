// The hand reader of plain front matters against the yaml package: on every
// header at hand (examples, fixtures, the sample documents when present, the
// benchmark's generated documents, hand-written tricky ones and thousands of
// random ones) the whole FrontMatter is the same with and without it, and the
// shapes it is not sure of go to the full parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontMatter } from './front-matter';
import { readPlainFrontMatter } from './front-matter-plain';
import { SourceText } from '../text/source-text';
import { generateDocument } from '../../../../bench/src/gen-document';
import { generateCatalog } from '../../../../bench/src/gen-catalog';
import { Prng } from '../../../../bench/src/prng';

const ROOT = path.resolve(new URL('../../../../', import.meta.url).pathname);

/** Whether the plain reader takes the header of `text` (an analysis text). */
function plainTakes(text: string): boolean {
  const fm = parseFrontMatter(text, { fullParser: true });
  if (!fm || !fm.closed) return false;
  return readPlainFrontMatter(text, fm.contentStart, fm.contentEnd) !== undefined;
}

/** Asserts both paths give the same FrontMatter; returns whether the plain reader took it. */
function same(raw: string, label: string): boolean {
  const text = new SourceText(raw).text;
  const full = parseFrontMatter(text, { fullParser: true });
  const fast = parseFrontMatter(text);
  assert.deepStrictEqual(fast, full, `${label}:\n${text.slice(0, 400)}`);
  return plainTakes(text);
}

function filesIn(dir: string, suffix: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesIn(p, suffix));
    else if (e.name.endsWith(suffix)) out.push(p);
  }
  return out;
}

test('examples, fixtures and sample documents: the same front matter, the plain ones read by hand', () => {
  const files = [
    ...filesIn(path.join(ROOT, 'examples'), '.vbhc.md'),
    ...filesIn(path.join(ROOT, 'test/fixtures'), '.md'),
    ...filesIn(path.join(ROOT, '../shared/corpus'), '.vbhc.md'),
  ];
  assert.ok(files.length >= 3);
  let taken = 0;
  for (const f of files) if (same(fs.readFileSync(f, 'utf8'), f)) taken++;
  // Every example is in the plain shape.
  for (const f of filesIn(path.join(ROOT, 'examples'), '.vbhc.md')) assert.ok(plainTakes(new SourceText(fs.readFileSync(f, 'utf8')).text), f);
  assert.ok(taken > 0);
});

test("the benchmark workspace's generated documents: the same front matter, read by hand", () => {
  const cited = generateCatalog({ entries: 30, seed: 7 });
  for (let i = 0; i < 12; i++) {
    const doc = generateDocument({ pages: 1, seed: 100 + i, cited, loai: i % 2 ? 'BC' : 'KH', year: 2024 + (i % 2) });
    assert.ok(same(doc.text, `generated ${i}`), `generated ${i} not read by hand`);
  }
});

const fm = (yaml: string) => `---\n${yaml}---\n\nThân văn bản.\n`;

test('tricky plain values: core schema types, escapes, quotes, ranges, empty values, trailing spaces', () => {
  const taken = [
    'a: "Trích \\"yếu\\" \\\\ \\/ \\n\\t\\x41\\u1EA1\\_\\N\\L\\P\\0\\a\\b\\e\\f\\r\\v\\ "\n',
    "a: 'Lưu: VT, ''VP'' # không phải chú thích'\n",
    'a: "số # 5: sáu"\n',
    'so: 012\nb: 1e3\nc: yes\nd: ~\ne: 2025-07-10\nf: null\ng: NULL\nh: Null\ni: true\nj: False\nk: TRUE\n',
    'a: 0o17\nb: 0x1F\nc: -0\nd: +12\ne: 1.50\nf: .5\ng: 0.\nh: -1.2E-3\ni: 0o8\nj: 0xG\nk: 1_000\nl: 12345678901234567890\n',
    'a:\nb:   \nc: x\n',
    'a: x   \nb: "y"   \nc: \'z\'  \n',
    'a: ""\nb: \'\'\n',
    'ky:\n  quyen_han: "KT. GIÁM ĐỐC"\n  chuc_vu: PHÓ GIÁM ĐỐC  \n  so: 3\n',
    'noi_nhan:\n  - "Sở Nội vụ"\n  - Lưu, VT\n  - 12\n  - ~\n  - "x"   \nd: 1\n',
    'noi_nhan:\n\n    - "a"\n\n    - "b"\n\n\nky:\n\n   ho_ten: A\n',
    '# chú thích\na: 1\n\n# giữa\nb: 2\n# cuối\n',
    'a: O\'Brien "x" y\nb: a-b ? c! d& e* f% g@ h` i| j>\n',
    'a: -x\n',
    'a: n\nb: T\nc: f\nd: nulls\ne: truex\nf: .\ng: 1.2.3\nh: +\ni: -.5\nj: 1e\n',
    'toString: 1\nconstructor: 2\nhasOwnProperty: 3\n',
    `${'k'.repeat(100)}: 1\nky:\n  ${'k'.repeat(100)}: 2\n`,
  ];
  for (const y of taken) assert.ok(same(fm(y), y), `not read by hand: ${y}`);
  const data = parseFrontMatter(new SourceText(fm(taken[3])).text)!.data;
  assert.deepStrictEqual(data, { so: 12, b: 1000, c: 'yes', d: null, e: '2025-07-10', f: null, g: null, h: null, i: true, j: false, k: true });
});

test('the shapes the hand reader is not sure of go to the full parser, with the same results', () => {
  const fallback = [
    'a: [1, 2]\n', 'a: {b: 1}\n', 'a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: |\n  dòng\n', 'a: >\n  dòng\n',
    'a: dòng một\n  dòng hai\n', 'a: "dòng một\n  dòng hai"\n', 'a:\t1\n', 'a: 1\na: 2\n', 'ky:\n  a: 1\n  a: 2\n',
    'ky:\n  a: 1\n   b: 2\n', 'ky:\n  a: 1\n b: 2\n', 'a: 1\n  b: 2\n', 'noi_nhan:\n- "a"\n', 'noi_nhan:\n  - "a"\n  b: 1\n',
    'ky:\n  a:\n    b: 1\n', 'ky:\n  a:\n', 'noi_nhan:\n  -\n', 'noi_nhan:\n  - - a\n', 'noi_nhan:\n  - a: 1\n',
    'a: x # chú thích\n', 'a: "x" # chú thích\n', 'a: "x" y\n', 'a: b: c\n', 'a: b:c\n', 'a:b\n', 'a : b\n', '"a": 1\n',
    "'a': 1\n", '? a\n: b\n', '- a\n', 'a: .inf\n', 'b: -.Inf\n', 'c: .NaN\n', 'a: "\\q"\n', 'a: "\\U0001F600"\n',
    'a: "\\x4"\n', 'a: "x\n', "a: 'x\n", 'a: %x\n', 'a: @x\n', 'a: `x\n', 'a: ,x\n', 'a: x]\n', 'a: x\u00a0\n',
    'null: 1\n', 'true: 1\n', '1: a\n', 'Key: 1\n', 'khóa: 1\n', '__proto__: 1\n', '  a: 1\n', 'noi_nhan:\n  - a\n# c\n  - b\n',
    'noi_nhan:\n  - a\n  # c\n', 'ky:\n# c\n  a: 1\n', 'a:\n# c\nb: 1\n', '%YAML 1.2\n', 'b: -\n', '\ufeffa: 1\n',
    'a: "😀"\n', '', '# chỉ chú thích\n', 'a: "x"\t\n', `${'k'.repeat(1100)}: 1\n`, `ky:\n  ${'k'.repeat(1100)}: 1\n`, `${'k'.repeat(101)}: 1\n`,
  ];
  for (const y of fallback) {
    const text = new SourceText(fm(y)).text;
    assert.equal(plainTakes(text), false, `read by hand: ${JSON.stringify(y)}`);
    same(fm(y), JSON.stringify(y));
  }
});

test('thousands of random headers of plain and not-so-plain lines: the same FrontMatter either way', () => {
  const rng = new Prng(20251204);
  const keys = ['loai', 'so', 'ngay', 'ky', 'noi_nhan', 'trich_yeu', 'a', 'b', 'null', 'x1', 'Ab'];
  const values = ['BC', '"UBND tỉnh"', "'Lưu: VT'", '""', "''", '12', '012', '-3', '1.5', '1e3', '.5', 'yes', 'no', 'true', 'False',
    '~', 'null', '2025-07-10', 'x y  z', 'a,b', 'O\'Brien', '"a\\"b"', '"a\\tb\\u00e9"', "'it''s'", '"#1"', 'a #b', 'a#b', 'a: b',
    '[1]', '{a: 1}', '&x 1', '*x', '!t x', '|', '>', '"open', "'open", '-', '- a', '?', 'x:', '"x" y', '0x1f', '0o7', '.inf',
    '"\\q"', 'Trần Công Hòa', 'KT. GIÁM ĐỐC', '1_0', '+1', '-0', '0.', 'a\tb',
    '...', '---', '+.5', '0b1', '12:30', 'a\\b', 'a!b', '--x', '-.5', '-x', 'Null', 'NULL', 'TRUE', 'nul', '1e+3', '0x', '0o'];
  const space = () => (rng.chance(0.2) ? ' '.repeat(rng.int(1, 3)) : '');
  const scalar = () => rng.pick(values) + space();
  let taken = 0;
  for (let n = 0; n < 3000; n++) {
    const lines: string[] = [];
    const count = rng.int(1, 7);
    for (let k = 0; k < count; k++) {
      const r = rng.int(0, 19);
      const key = rng.pick(keys);
      if (r < 9) lines.push(`${key}:${rng.chance(0.95) ? ' '.repeat(rng.int(1, 2)) : ''}${scalar()}`);
      else if (r < 12) {
        lines.push(`${key}:${space()}`);
        const ind = ' '.repeat(rng.chance(0.85) ? 2 : rng.int(0, 4));
        for (let i = rng.int(0, 4); i > 0; i--) {
          if (rng.chance(0.1)) lines.push(rng.chance(0.5) ? '' : rng.chance(0.5) ? '# c' : '  # c');
          lines.push(`${rng.chance(0.95) ? ind : ' '}-${rng.chance(0.95) ? ' ' : '  '}${scalar()}`);
        }
      } else if (r < 15) {
        lines.push(`${key}:${space()}`);
        const ind = ' '.repeat(rng.chance(0.85) ? 2 : rng.int(0, 4));
        for (let i = rng.int(0, 4); i > 0; i--) {
          if (rng.chance(0.1)) lines.push(rng.chance(0.5) ? '' : '# c');
          lines.push(`${rng.chance(0.95) ? ind : '   '}${rng.pick(keys)}: ${scalar()}`);
        }
      } else if (r < 17) lines.push(rng.chance(0.5) ? '' : rng.chance(0.7) ? '# chú thích' : '   ');
      else if (r < 18) lines.push(`${key}: ${scalar()}\n  tiếp`);
      else lines.push(`${key}:`);
    }
    if (same(fm(lines.map((l) => l + '\n').join('')), `random ${n}`)) taken++;
  }
  // Most random headers are plain enough to be read by hand, so the comparison above is not idle.
  assert.ok(taken > 300, `only ${taken} read by hand`);
});

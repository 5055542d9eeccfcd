/**
 * The TextMate grammar `syntaxes/vbhc.tmLanguage.json`, tokenized with
 * vscode-textmate + vscode-oniguruma (the engine VS Code uses). The embedded
 * Markdown grammar is not available offline, so `text.html.markdown` is a
 * small stub with paragraphs, headings, fenced code and inline code — enough
 * to prove that the vbhc rules are injected inside Markdown's contexts and
 * kept out of code. Each scope is checked for its exact extent, and for
 * text that must not get it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const require = createRequire(import.meta.url);
const GRAMMAR_PATH = new URL('../../syntaxes/vbhc.tmLanguage.json', import.meta.url);
const ROOT_SCOPE = 'text.html.markdown.vbhc';

/** Stand-in for VS Code's Markdown grammar (not shipped offline). */
const MARKDOWN_STUB = {
  scopeName: 'text.html.markdown',
  patterns: [{ include: '#fenced' }, { include: '#heading' }, { include: '#paragraph' }],
  repository: {
    fenced: {
      begin: '^(```)(\\w*)\\s*$',
      end: '^(```)\\s*$',
      name: 'markup.fenced_code.block.markdown',
    },
    heading: { match: '^(#{1,6})\\s+(.*)$', name: 'markup.heading.markdown', captures: { 2: { name: 'entity.name.section.markdown' } } },
    paragraph: {
      begin: '^(?=\\S)',
      end: '^(?=\\s*$)',
      name: 'meta.paragraph.markdown',
      patterns: [{ match: '`[^`]+`', name: 'markup.inline.raw.string.markdown' }],
    },
  },
};

let registryPromise: Promise<textmate.IGrammar> | undefined;

function grammar(): Promise<textmate.IGrammar> {
  registryPromise ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scope) => {
        if (scope === ROOT_SCOPE) return textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH.pathname);
        if (scope === 'text.html.markdown') return textmate.parseRawGrammar(JSON.stringify(MARKDOWN_STUB), 'markdown.json');
        return null;
      },
    });
    const g = await registry.loadGrammar(ROOT_SCOPE);
    assert.ok(g, 'grammar loads');
    return g;
  })();
  return registryPromise;
}

/** Scopes of every character of every line. */
async function tokenize(text: string): Promise<string[][][]> {
  const g = await grammar();
  let stack = textmate.INITIAL;
  const out: string[][][] = [];
  for (const line of text.split('\n')) {
    const r = g.tokenizeLine(line, stack);
    const chars: string[][] = [];
    for (const tok of r.tokens) for (let i = tok.startIndex; i < Math.min(tok.endIndex, line.length); i++) chars[i] = tok.scopes;
    out.push(chars);
    stack = r.ruleStack;
  }
  return out;
}

/**
 * Asserts that `needle` (the `nth` occurrence in `text`) carries `scope` on
 * every character, and that the characters right around it do not — the
 * scope covers exactly that text.
 */
async function assertScope(text: string, needle: string, scope: string, nth = 0): Promise<void> {
  const lines = text.split('\n');
  const tokens = await tokenize(text);
  let seen = 0;
  for (let l = 0; l < lines.length; l++) {
    let from = 0;
    for (;;) {
      const at = lines[l].indexOf(needle, from);
      if (at < 0) break;
      if (seen++ === nth) {
        const has = (i: number) => (tokens[l][i] ?? []).some((s) => s === scope || s.startsWith(scope + '.'));
        for (let i = at; i < at + needle.length; i++) assert.ok(has(i), `"${needle}" char ${i - at} has ${scope}; got ${JSON.stringify(tokens[l][i])}`);
        if (at > 0) assert.ok(!has(at - 1), `${scope} starts at "${needle}" (not before)`);
        if (at + needle.length < lines[l].length) assert.ok(!has(at + needle.length), `${scope} ends after "${needle}"`);
        return;
      }
      from = at + 1;
    }
  }
  assert.fail(`"${needle}" not found`);
}

/** Asserts that no character of `needle` carries `scope`. */
async function assertNoScope(text: string, needle: string, scope: string): Promise<void> {
  const lines = text.split('\n');
  const tokens = await tokenize(text);
  const l = lines.findIndex((x) => x.includes(needle));
  assert.ok(l >= 0, `"${needle}" found`);
  const at = lines[l].indexOf(needle);
  for (let i = at; i < at + needle.length; i++) {
    assert.ok(!(tokens[l][i] ?? []).some((s) => s.startsWith(scope)), `"${needle}" char ${i - at} has no ${scope}; got ${JSON.stringify(tokens[l][i])}`);
  }
}

const DOC = `---
loai: BC
co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
ngay: 2025-05-30
noi_nhan:
  - "Lưu: VT, VP"
ky:
  quyen_han: "KT. GIÁM ĐỐC"
---

Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, Sở báo cáo 6 tháng đầu năm 2025 như sau:

# I. KẾT QUẢ THỰC HIỆN

## 2. Công tác tuyên truyền

### 1.1. Tiểu mục

### a) Điểm

Quán triệt Nghị định 30/2020/NĐ-CP, Kết luận số 114-KL/TW và Luật 10/2022/QH15 trong quý 3 năm 2025, tháng 6/2025.

Ký ngày 5 tháng 6 năm 2025; giai đoạn 2021 - 2025; văn bản 1119/SNV-XDCQ.

\`\`\`
Nghị định 30/2020/NĐ-CP ngày 05/03/2020./.
\`\`\`

Giữ nguyên \`39/KH-UBND\` trong mã.

<!-- pagebreak -->

Trên đây là báo cáo./.
`;

test('the grammar loads with its embedded Markdown and names its root scope', async () => {
  const g = await grammar();
  assert.ok(g);
  const t = await tokenize('x');
  assert.equal(t[0][0][0], ROOT_SCOPE);
});

test('front-matter keys are YAML tags, in nested and list positions too', async () => {
  await assertScope(DOC, 'loai', 'entity.name.tag.yaml');
  await assertScope(DOC, 'noi_nhan', 'entity.name.tag.yaml');
  await assertScope(DOC, 'quyen_han', 'entity.name.tag.yaml');
  await assertScope(DOC, '---', 'punctuation.definition.tag.begin.frontmatter');
  await assertScope(DOC, '"SỞ KHOA HỌC VÀ CÔNG NGHỆ"', 'string.quoted.double.yaml');
  await assertNoScope(DOC, 'SỞ KHOA', 'entity.name.tag');
});

test('the front-matter date and the authority prefix have their scopes', async () => {
  await assertScope(DOC, '2025-05-30', 'constant.numeric.date');
  await assertScope(DOC, 'KT.', 'keyword.other.authority');
  await assertNoScope(DOC, 'GIÁM ĐỐC', 'keyword.other.authority');
});

test('front-matter rules stop at the closing ---: body text is not YAML', async () => {
  await assertNoScope(DOC, 'Thực hiện', 'entity.name.tag');
  await assertNoScope(DOC, 'Thực hiện', 'meta.embedded.block.frontmatter');
});

test('heading labels of each style: I. roman, 1. arabic, 1.1. decimal, a) letter', async () => {
  await assertScope(DOC, 'I.', 'constant.numeric.heading-label.roman');
  await assertScope(DOC, '2.', 'constant.numeric.heading-label.arabic');
  await assertScope(DOC, '1.1.', 'constant.numeric.heading-label.decimal');
  await assertScope(DOC, 'a)', 'constant.numeric.heading-label.letter');
  await assertScope(DOC, 'KẾT QUẢ THỰC HIỆN', 'entity.name.section.markdown');
  await assertScope(DOC, '#', 'punctuation.definition.heading.markdown', 0);
});

test('legal references: type name, "số" and symbol of every family', async () => {
  await assertScope(DOC, 'Chỉ thị', 'entity.name.type.document');
  await assertScope(DOC, 'số', 'keyword.other.number', 0);
  await assertScope(DOC, '33/CT-TTg', 'variable.other.constant.symbol');
  await assertScope(DOC, 'Chỉ thị số 33/CT-TTg', 'meta.reference.legal');
  await assertScope(DOC, 'Nghị định 30/2020/NĐ-CP', 'meta.reference.legal');
  await assertScope(DOC, '114-KL/TW', 'variable.other.constant.symbol');
  await assertScope(DOC, 'Luật 10/2022/QH15', 'meta.reference.legal');
  await assertScope(DOC, '1119/SNV-XDCQ', 'variable.other.constant.symbol');
});

test('dates and periods in both written forms', async () => {
  await assertScope(DOC, '26/11/2021', 'constant.numeric.date');
  await assertScope(DOC, 'ngày 5 tháng 6 năm 2025', 'constant.numeric.date');
  await assertScope(DOC, '6 tháng đầu năm 2025', 'constant.numeric.period');
  await assertScope(DOC, 'quý 3 năm 2025', 'constant.numeric.period');
  await assertScope(DOC, 'tháng 6/2025', 'constant.numeric.period');
  await assertScope(DOC, 'giai đoạn 2021 - 2025', 'constant.numeric.period');
  await assertNoScope(DOC, '33/CT-TTg', 'constant.numeric.date');
});

test('the ./. end mark, and only at the end of a line', async () => {
  await assertScope(DOC, './.', 'keyword.other.end-mark', 1);
  await assertNoScope('Viết ./. giữa câu thì không phải.\n', './.', 'keyword.other.end-mark');
});

test('code blocks and inline code are left alone', async () => {
  const code = DOC.split('\n').find((l) => l.startsWith('Nghị định 30/2020/NĐ-CP ngày 05/03/2020'))!;
  // the same text outside a code block is a reference
  await assertScope(code + '\n', '30/2020/NĐ-CP', 'variable.other.constant.symbol');
  // inside the fenced block of the document it is not
  const tokens = await tokenize(DOC);
  const line = DOC.split('\n').indexOf(code);
  assert.ok(tokens[line].every((s) => !s.some((x) => x.includes('vbhc') && x !== ROOT_SCOPE)), JSON.stringify(tokens[line][0]));
  await assertNoScope(DOC, '39/KH-UBND', 'variable.other.constant.symbol');
});

test('the page-break comment is marked', async () => {
  await assertScope(DOC, '<!-- pagebreak -->', 'keyword.control.page-break');
});

test('text that only looks like a reference is not one', async () => {
  const text = 'Tăng 12/15 chỉ tiêu, đạt 80/100 điểm; mã A-1/B.\n';
  await assertNoScope(text, '12/15', 'variable.other.constant.symbol');
  await assertNoScope(text, '80/100', 'constant.numeric.date');
  await assertNoScope(text, 'A-1/B', 'variable.other.constant.symbol');
});

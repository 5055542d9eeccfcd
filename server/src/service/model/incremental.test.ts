/**
 * Re-parsing after a one-line edit (incremental.ts) must give exactly what a
 * full parse gives: the blocks, the headings, the tokens, the citations, the
 * date mentions, and so every diagnostic, symbol and folding range. Checked
 * on chains of random edits — typing, deleting, pasting citations, dates and
 * Markdown that changes the block's kind — over the examples, the corpus
 * (when ../shared is beside the project) and a document written for it.
 */
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type VbhcDocument } from './document';
import { reparseAfterEdit, singleLineEdit } from './incremental';
import { SourceText } from '../text/source-text';
import { documentCitations } from '../references/recognizer';
import { documentDateMentions } from '../checks/date-mentions';
import { scanDocument } from '../checks/style-words';
import { proseLines } from '../checks/style-text';
import { headingGroups } from '../checks/renumber';
import { labelProblems } from '../checks/structure-labels';
import { createLanguageService } from '../language-service';
import { buildRenderModel } from '../export/render-model';

const OWN = `---
loai: BC
co_quan: "UBND TỈNH QUẢNG NGÃI"
ky_hieu: UBND
dia_danh: "Quảng Ngãi"
ngay: 2025-05-30
trich_yeu: "kết quả thực hiện Nghị quyết số 57-NQ/TW"
noi_nhan:
  - "Lưu: VT"
ky:
  quyen_han: "TM. ỦY BAN NHÂN DÂN"
  chuc_vu: "CHỦ TỊCH"
  ho_ten: "Nguyễn Văn A"
---

Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị,
Ủy ban nhân dân tỉnh báo cáo như sau:

# I. KẾT QUẢ

Ngày 15/01/2025, Ủy ban ban hành Kế hoạch số 12/KH-UBND
về triển khai Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020.

Trước ngày 31/12/2025 hoàn thành; theo Luật Ban hành văn bản quy phạm pháp luật năm 2015.

## 1. Chỉ đạo

Quyết định 1234/QĐ-UBND ngày 30/02/2025 (ngày không có thật).

- Ý thứ nhất;
- ý thứ hai.

| Cột | Giá trị |
|---|---|
| a | 1 |

## 3. Đánh số sai

Đoạn có chú thích[^1] ở giữa.

Đoạn cuối cùng ngày 01/6/2026 gửi kèm Công văn số 45/UBND-KT./.

[^1]: Chú thích ngày 02/02/2025.
`;

/** Footnote references in many paragraphs, a definition nothing references, a link reference and a reference that a link could take over. */
const NOTES = `---
loai: BC
co_quan: "SỞ NỘI VỤ"
ky_hieu: SNV
dia_danh: "Quảng Ngãi"
ngay: 2025-06-05
trich_yeu: "Kết quả công tác năm 2025"
noi_nhan:
  - "Lưu: VT"
ky:
  chuc_vu: "GIÁM ĐỐC"
  ho_ten: "Lê Văn Bình"
---

Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND tỉnh[^a], Sở báo cáo như sau:

# I. KẾT QUẢ

Số liệu quý I năm 2025[^a] tăng so với cùng kỳ[^b]; chi tiết tại [phụ lục][pl].

Đoạn có tham chiếu[^b](ghi chú thêm) ngay sau dấu chú thích, ngày 12/4/2025.

Đoạn không có chú thích nào, ngày 20/4/2025.

[pl]: http://example.invalid/phu-luc

[^a]: Theo báo cáo của các phòng ngày 01/4/2025.

[^b]: Số liệu tạm tính.

[^c]: Chú thích chưa được dẫn.
`;

function sources(): { name: string; text: string }[] {
  const out = [
    { name: 'own', text: OWN },
    { name: 'notes', text: NOTES },
  ];
  for (const f of readdirSync('examples')) if (f.endsWith('.vbhc.md')) out.push({ name: f, text: readFileSync(join('examples', f), 'utf8') });
  const corpus = join('..', 'shared', 'corpus');
  if (existsSync(corpus)) for (const f of readdirSync(corpus)) if (f.endsWith('.vbhc.md')) out.push({ name: `corpus/${f}`, text: readFileSync(join(corpus, f), 'utf8') });
  return out;
}

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What typing mostly inserts. */
const TYPING = ['a', 'ă', 'ệ', 'n', 'g', ' ', ',', '.', '5', '/', 'ngày ', 'tháng ', 'số '];
/** What changes a block's kind, a citation or a date, or makes the text not plain. */
const SNIPPETS = [
  'a', 'ă', 'ệ', ' ', ',', '.', '/', '-', '5', '2025', 'ngày ', 'ngày 12/3/2025', 'ngày 31 tháng 02 năm 2025', '15/01',
  'Nghị quyết số 57-NQ/TW', ' số 30/2020/NĐ-CP', 'Quyết định 99/QĐ-UBND ngày 01/01/2025', 'Luật Đất đai năm 2024', 'Chỉ thị 05-CT/TW',
  '# ', '## 2. ', '- ', '+ ', '1. ', '> ', '|', '| a | b |', '---', '===', '    ', '\t', '`', '```', '[^1]', '^[x]', '[^9]: y',
  'b\u00b8o c\u00b8o', 'Tr\u00adêng', // TCVN3 look-alikes (encoding.legacy)
  '<!-- pagebreak -->', '<b>', '**đậm**', '*', '_', '\\', '[x]: http://a', '[x]', '\u0001', 'e\u0301', '\r', './.', 'TM. ', '…',
];

/** The block fields a full parse fills, token contents included (which reads the lazy tokens of a re-parsed body). */
function project(doc: VbhcDocument): unknown {
  return {
    source: { text: doc.source.text, original: doc.source.original, lines: doc.source.lineCount, starts: Array.from({ length: doc.source.lineCount }, (_, i) => doc.source.lineStart(i)) },
    blocks: doc.body.blocks.map((b) => {
      const o: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(b)) if (k !== 'tokenRef' && k !== 'inline' && k !== 'rows') o[k] = v;
      o.inline = b.inline?.content;
      o.inlineMap = b.inline?.map;
      o.rows = b.rows?.map((r) => r.map((c) => c.content));
      return o;
    }),
    headings: doc.body.headings.map((h) => h.startLine),
    footnotes: [...doc.body.footnotes].map(([k, b]) => [k, b.startLine, b.start]),
    definitions: doc.body.definitions,
    tokens: doc.body.tokens.map((t) => `${t.type}:${t.map?.join('-')}:${t.content}`),
    citations: documentCitations(doc),
    dates: documentDateMentions(doc),
    scanned: scanDocument(doc),
    prose: proseLines(doc).map((l) => ({ start: l.start, text: l.text, first: l.first, block: doc.body.blocks.indexOf(l.block) })),
    headingGroups: headingGroups(doc),
    labelProblems: labelProblems(doc),
  };
}

/** Computes every analysis that carries across a paragraph edit, so that the re-parse carries them. */
function analyseAll(doc: VbhcDocument): void {
  project(doc);
}

/** An edit on one line: of a paragraph two times in three (where typing happens), else of any body line. */
function randomEdit(doc: VbhcDocument, r: () => number): string {
  const text = doc.source.original;
  const lines = text.split('\n');
  const para = doc.body.blocks.filter((b) => b.kind === 'paragraph').flatMap((b) => Array.from({ length: b.endLine - b.startLine }, (_, i) => b.startLine + i));
  const bodyFrom = doc.body.startLine;
  const line = para.length > 0 && r() < 0.67 ? para[Math.floor(r() * para.length)] : bodyFrom + Math.floor(r() * Math.max(1, lines.length - bodyFrom));
  if (line >= lines.length) return text;
  const s = lines[line];
  const at = Math.floor(r() * (s.length + 1));
  const op = r();
  let next: string;
  if (op < 0.35) next = s.slice(0, at) + TYPING[Math.floor(r() * TYPING.length)] + s.slice(at);
  else if (op < 0.55) next = s.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + s.slice(at);
  else if (op < 0.85) next = s.slice(0, at) + s.slice(Math.min(s.length, at + 1 + Math.floor(r() * 6)));
  else if (op < 0.93) next = SNIPPETS[Math.floor(r() * SNIPPETS.length)];
  else next = '';
  lines[line] = next;
  return lines.join('\n');
}

test('singleLineEdit finds the changed span on one line and refuses a change across lines', () => {
  assert.deepEqual(singleLineEdit('ab\ncd\nef', 'ab\ncXd\nef'), { start: 4, oldEnd: 4, newEnd: 5 });
  assert.deepEqual(singleLineEdit('ab\ncd\nef', 'ab\nc\nef'), { start: 4, oldEnd: 5, newEnd: 4 });
  assert.equal(singleLineEdit('ab\ncd\nef', 'ab\ncd\n\nef'), undefined);
  assert.equal(singleLineEdit('ab\ncd', 'abcd'), undefined);
});

test('SourceText.afterLineEdit equals a new SourceText, and refuses what is not plain text', () => {
  const before = 'một\nhai ba\nbốn';
  const after = 'một\nhai bẩy ba\nbốn';
  const made = SourceText.afterLineEdit(new SourceText(before), after, 1, after.length - before.length)!;
  const fresh = new SourceText(after);
  assert.equal(made.text, fresh.text);
  assert.equal(made.lineCount, fresh.lineCount);
  for (let i = 0; i < fresh.lineCount; i++) assert.equal(made.lineStart(i), fresh.lineStart(i));
  for (let o = 0; o <= after.length; o++) assert.equal(made.toOriginal(o), fresh.toOriginal(o));
  assert.equal(SourceText.afterLineEdit(new SourceText(before), 'một\nhai be\u0301 ba\nbốn', 1, 3), undefined, 'NFD');
  assert.equal(SourceText.afterLineEdit(new SourceText('a\r\nb'), 'a\r\nbc', 1, 1), undefined, 'CRLF');
});

test('a paragraph edit re-scans only that paragraph; other edits are parsed whole', () => {
  const prev = parseDocument('file:///a.vbhc.md', OWN);
  analyseAll(prev);
  const typed = OWN.replace('Trước ngày 31/12/2025', 'Trước ngày 30/12/2025');
  const next = reparseAfterEdit(prev, typed, 1);
  assert.ok(next, 'a date typed in a paragraph takes the short way');
  assert.deepEqual(project(next), project(parseDocument('file:///a.vbhc.md', typed, 1)));
  assert.equal(next.frontMatter, prev.frontMatter, 'the front matter is kept, not parsed again');
  for (const [why, text] of [
    ['front matter', OWN.replace('ngay: 2025-05-30', 'ngay: 2025-05-31')],
    ['heading', OWN.replace('## 1. Chỉ đạo', '## 1. Chỉ đạo chung')],
    ['dash item', OWN.replace('- Ý thứ nhất;', '- Ý thứ nhất nữa;')],
    ['paragraph becomes a heading', OWN.replace('Trước ngày 31/12/2025', '# Trước ngày 31/12/2025')],
    ['footnote mark', OWN.replace('Đoạn có chú thích[^1]', 'Đoạn có chú thích[^2]')],
    ['line added', OWN.replace('Trước ngày', '\nTrước ngày')],
    ['NFD typed', OWN.replace('Trước ngày', 'Tru\u031bơ\u0301c ngày')],
  ] as const) {
    assert.equal(reparseAfterEdit(prev, text, 1), undefined, why);
  }
});

/** The footnote references of a whole document, in order (label and number). */
function references(text: string): string[] {
  const out: string[] = [];
  for (const t of parseDocument('file:///n.vbhc.md', text).body.tokens) {
    for (const c of t.children ?? []) if (c.type === 'footnote_ref') out.push(`${(c.meta as { label?: string }).label}#${(c.meta as { id: number }).id}`);
  }
  return out;
}

test('an edit beside footnote references takes the short way when the references stay; one that adds, drops or hides one is parsed whole', () => {
  const prev = parseDocument('file:///n.vbhc.md', NOTES);
  analyseAll(prev);
  for (const typed of [
    NOTES.replace('tăng so với', 'tăng mạnh so với'),
    NOTES.replace('ngày 12/4/2025', 'ngày 13/4/2025'),
    NOTES.replace('Sở báo cáo như sau', 'Sở Nội vụ báo cáo như sau'),
  ]) {
    const next = reparseAfterEdit(prev, typed, 1);
    assert.ok(next, JSON.stringify(singleLineEdit(NOTES, typed)));
    assert.deepEqual(project(next), project(parseDocument('file:///n.vbhc.md', typed, 1)));
  }
  for (const [why, text] of [
    ['a reference to a definition nothing referenced', NOTES.replace('tăng so với cùng kỳ[^b]', 'tăng so với cùng kỳ[^b][^c]')],
    ['a reference dropped', NOTES.replace('cùng kỳ[^b]', 'cùng kỳ')],
    ['the references swapped', NOTES.replace('năm 2025[^a] tăng so với cùng kỳ[^b]', 'năm 2025[^b] tăng so với cùng kỳ[^a]')],
    ['a reference read as the text of a link', NOTES.replace('[^b](ghi chú thêm)', '[^b](ghi-chú-thêm)')],
    ['an inline footnote', NOTES.replace('Đoạn không có chú thích nào', 'Đoạn không có chú thích^[nay thì có] nào')],
  ] as const) {
    assert.equal(reparseAfterEdit(prev, text, 1), undefined, why);
    assert.notDeepEqual(references(text), references(NOTES), `${why}: the document's footnote references change`);
  }
});

test('a chain of paragraph edits keeps no earlier version alive: each re-parsed document holds its own text only', async () => {
  // Found by the benchmark: the token-stream getter of an edited body kept the
  // previous body, and so every earlier text (≈ 0.5 MB a keystroke on 100 pages).
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const ls = createLanguageService({ logger: { info: () => undefined, error: () => undefined } });
  const uri = 'file:///chain.vbhc.md';
  ls.setDocument(uri, OWN, 1);
  ls.getDiagnostics(uri);
  // The whole parse (whose blocks the edited bodies share) and the first edited one.
  const first = new WeakRef(ls.getDocument(uri)!);
  const version = (i: number) => OWN.replace('Trước ngày 31/12/2025', `Trước ngày ${10 + i}/12/2025`);
  ls.setDocument(uri, version(2), 2);
  ls.getDiagnostics(uri);
  const second = new WeakRef(ls.getDocument(uri)!.body);
  for (let i = 3; i < 13; i++) {
    ls.setDocument(uri, version(i), i);
    ls.getDiagnostics(uri);
    assert.ok(ls.getDocument(uri)!.body.blocks.some((b) => b.text.includes(`${10 + i}/12/2025`)));
  }
  await new Promise((r) => setImmediate(r)); // a WeakRef keeps its target until the end of the turn that made it
  gc();
  assert.equal(second.deref(), undefined, 'the body of an earlier version is still reachable ten edits later');
  assert.equal(first.deref(), undefined, 'the first version is still reachable eleven edits later');
});

/** What a body's blocks read of its token stream, with their offsets: equal for a re-parsed body and a full parse of its text. */
function blockTokens(doc: VbhcDocument): unknown {
  return doc.body.blocks.map((b) => ({ start: b.start, end: b.end, text: b.text, inline: b.inline?.content, map: b.inline?.map, rows: b.rows?.map((r) => r.map((c) => c.content)) }));
}

test('versions re-parsed one from another share the blocks before each edit, and each reads its own tokens whichever stream is built first', () => {
  const r = rng(20261205);
  for (const { name, text } of sources().slice(0, 8)) {
    const versions: VbhcDocument[] = [parseDocument(name, text, 0)];
    for (let k = 1; versions.length < 12 && k < 200; k++) {
      const prev = versions[versions.length - 1];
      // Some versions' streams are built before the next version shares their positions.
      if (k % 3 === 0) void prev.body.tokens;
      const next = reparseAfterEdit(prev, randomEdit(prev, r), k);
      if (!next) continue;
      const index = next.body.blocks.findIndex((b, i) => b.text !== prev.body.blocks[i].text);
      const edited = index < 0 ? next.body.blocks.findIndex((b, i) => b !== prev.body.blocks[i]) : index;
      for (let i = 0; i < next.body.blocks.length; i++) {
        assert.equal(next.body.blocks[i] === prev.body.blocks[i], i < edited, `${name} version ${k}: block ${i} of ${next.body.blocks.length}, edited ${edited}`);
      }
      versions.push(next);
    }
    assert.ok(versions.length > 3, `${name}: ${versions.length} versions`);
    // Streams built newest first, then oldest first: every version still reads its own.
    const order = [...versions.keys()].reverse();
    for (const i of [...order, ...order.reverse()]) {
      const doc = versions[i];
      const fresh = parseDocument(name, doc.source.original, 0);
      assert.deepEqual(blockTokens(doc), blockTokens(fresh), `${name} version ${i}`);
      assert.deepEqual(
        doc.body.tokens.map((t) => `${t.type}:${t.map?.join('-')}:${t.content}`),
        fresh.body.tokens.map((t) => `${t.type}:${t.map?.join('-')}:${t.content}`),
      );
      // The exporter reads each block's tokens through its positions.
      assert.deepEqual(JSON.parse(JSON.stringify(buildRenderModel(doc))), JSON.parse(JSON.stringify(buildRenderModel(fresh))), `${name} version ${i}: render model`);
    }
  }
});

test('random edit chains: the re-parsed document, its analyses and diagnostics equal a full parse', (t) => {
  const r = rng(20251124);
  let short = 0;
  let edits = 0;
  for (const { name, text } of sources()) {
    const uri = `file:///${name.replace(/\//g, '_')}`;
    const live = createLanguageService();
    live.setDocument(uri, text, 0);
    live.getDiagnostics(uri);
    let cur = text;
    let prev = parseDocument(uri, cur, 0);
    for (let k = 1; k <= 240; k++) {
      // Chains of 30 edits, each from the untouched text: one NFD or CR
      // edit makes the rest of a chain take the long way.
      const next = k % 30 === 0 ? text : randomEdit(prev, r);
      if (next === cur) continue;
      edits++;
      analyseAll(prev);
      const inc = reparseAfterEdit(prev, next, k);
      const full = parseDocument(uri, next, k);
      if (inc) {
        short++;
        assert.deepEqual(project(inc), project(full), `${name} edit ${k}: ${JSON.stringify(singleLineEdit(cur, next))}`);
      }
      live.setDocument(uri, next, k);
      const fresh = createLanguageService();
      fresh.setDocument(uri, next, k);
      assert.deepEqual(live.getDiagnostics(uri), fresh.getDiagnostics(uri), `${name} edit ${k}: diagnostics`);
      assert.deepEqual(live.getDocumentSymbols(uri), fresh.getDocumentSymbols(uri), `${name} edit ${k}: symbols`);
      assert.deepEqual(live.getFoldingRanges(uri), fresh.getFoldingRanges(uri), `${name} edit ${k}: folding`);
      prev = inc ?? full;
      cur = next;
    }
  }
  t.diagnostic(`${short} of ${edits} edits re-parsed one paragraph`);
  assert.ok(edits > 300, `${edits} edits`);
  assert.ok(short > edits / 5, `only ${short} of ${edits} edits took the short way`);
});

/**
 * The fuzz harness shared by the quick seeded run (`test/unit/fuzz.test.ts`)
 * and the long run (`npm run fuzz`, `test/fuzz/run.ts`).
 *
 * Documents come from the corpus (when `../shared/corpus` exists), the
 * examples and a generator of the dialect's shapes; mutations insert, delete
 * and duplicate lines and characters, add hostile Unicode (combining marks,
 * RTL, emoji, NUL, lone surrogates, stray CR/BOM), huge lines and deep list
 * and quote nesting. The invariants are checked against the whole service
 * (parse → checks → code actions → outline → references features when present
 * → HTML → .docx):
 * - nothing throws;
 * - every range handed out (diagnostics, fixes, symbols, folds, conversions)
 *   lies inside the ORIGINAL text: line < line count, character ≤ line length;
 * - the same text in NFC, NFD and CRLF with a BOM gives the same diagnostics
 *   (codes, lines, and columns as people count them: `displayColumn`);
 * - the .docx unzips and its word/document.xml is well-formed;
 * - the HTML carries no script or event handler the document could inject.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService, silentLogger, type VbhcLanguageService, type Range, type VbhcDiagnostic } from '../../server/src/service/index';
import { MAX_FINDINGS_PER_CODE } from '../../server/src/service/checks/engine';

/** The URI every fuzz document is checked under. */
export const FUZZ_URI = 'file:///fuzz/t.vbhc.md';

// ---- seed documents ------------------------------------------------------------

/** Corpus and example documents (the corpus only when present). */
export function seedDocuments(root = process.cwd()): string[] {
  const out: string[] = [];
  for (const dir of [join(root, '../shared/corpus'), join(root, 'examples')]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.vbhc.md')) out.push(readFileSync(join(dir, name), 'utf8'));
  }
  return out;
}

// ---- generators ---------------------------------------------------------------

const WORDS = ['Sở', 'Khoa học', 'và', 'Công nghệ', 'báo cáo', 'kết quả', 'thực hiện', 'nhiệm vụ', 'năm 2025', 'tháng', 'Quý II', '6 tháng đầu năm', 'UBND tỉnh', 'Quảng Ngãi', 'cải cách hành chính', 'dân vận', 'chính quyền', '“Dân vận khéo”', 'KH&CN', '100%', './.', ';', ',', ':'];

const REFERENCES = [
  'Kế hoạch số 106/KH-SKHCN ngày 12/3/2025 của Sở KH&CN',
  'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ',
  'Chỉ thị số 33/CT-TTg ngày 26/11/2021',
  'Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư',
  'Công văn số 1119/SNV-XDCQ ngày 23/5/2025',
  'Luật số 10/2022/QH15',
  'Kế hoạch 39/KH-UBND ngày 29/02/2025',
  'Quyết định số 835/QĐ-UBND ngày 30/12/2024',
  'ngày 31/02/2025',
  'từ ngày 01/01/2025 đến ngày 30/6/2025',
  'tháng 13/2025',
  'quý V năm 2025',
  'Céng hoµ x· héi chñ nghÜa ViÖt Nam',
  'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam',
];

/** Hostile Unicode pieces. */
export const HOSTILE_PIECES: readonly string[] = [
  '\u0000', '\u0301', '\u0323\u0302', '\u0300\u0300\u0300\u0300', 'e\u0302\u0301', '\u202e', '\u202d', '\u200f', '\u061c', 'שלום', 'مرحبا',
  '😀', '👩‍💻', '🇻🇳', '\ud83d', '\ude00', '\udc00\ud800', '\ufeff', '\r', '\u2028', '\u2029', '\u00a0', '\u200b', '\t', '\\', '`', '*', '_', '[', ']', '(', ')',
  '<', '>', '&', '"', "'", '|', '#', '-', '+', '>', '[^1]', '---', '```', '<!-- pagebreak -->', '<script>alert(1)</script>', '![x](javascript:alert(1))', '\u{10ffff}', '\uffff', '\ufffe',
];

const HEADINGS = ['# I. ĐẶC ĐIỂM TÌNH HÌNH', '# II. KẾT QUẢ', '# IV. KHÓ KHĂN', '## 1. Công tác lãnh đạo', '## 2. Kết quả', '## 2. Trùng', '## 4. Nhảy', '### 1.1. Mục', '### a) Mục', '### b) Mục', '#### a) Sâu', '##### 7. Quá sâu', '# ', '## ', '#', '# I.', '# III'];

const LINES = [
  ...HEADINGS,
  '- Gạch đầu dòng một;', '+ Dấu cộng;', '  - lồng;', '* sao;', '1. một', '> trích dẫn', '> > trích dẫn lồng', '| Cột A | Cột B |', '|---|---|', '| 1 | 2 |', '| thiếu cột |',
  '[^1]: Chú thích.', 'Văn bản[^1] có chú thích.', '```', '~~~', '    mã thụt lề', '---', '***', '<!-- pagebreak -->', '<div onclick="x()">raw</div>', '[liên kết](javascript:alert(1))',
  'Kết thúc văn bản./.', '', '', '',
];

const FRONT_MATTERS = [
  '---\nloai: BC\nco_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"\nky_hieu: SKHCN\ndia_danh: "Quảng Ngãi"\nngay: 2025-05-30\ntrich_yeu: "kết quả"\nnoi_nhan:\n  - "Sở Nội vụ"\n  - "Lưu: VT, VP"\nky:\n  chuc_vu: "GIÁM ĐỐC"\n  ho_ten: "Nguyễn Văn A"\n---\n',
  '---\nloai: KH\nco_quan: "UBND TỈNH"\nky_hieu: UBND\ndia_danh: "Hà Nội"\nngay: 2025-02\ntrich_yeu: "kế hoạch"\nnoi_nhan: ["A", "B"]\n---\n',
  '---\nloai: [\nco_quan: "unclosed\n---\n',
  '---\nloai: BC\n  bad indent: : :\n- list at root\n---\n',
  '---\nloai: XX\nngay: 2025-13-45\nnoi_nhan: 5\nky: "x"\n---\n',
  '---\n---\n',
  '---\nloai: BC\n',
  '',
  '\ufeff---\r\nloai: BC\r\n---\r\n',
  '---\n&a [*a, *a]\nb: *a\n---\n',
  '---\nloai: !!binary aGVsbG8=\nngay: !!timestamp 2025-01-01\n---\n',
  '---\nloai: BC\ntrich_yeu: *Kết quả* công tác\nb: *a\n---\n',
  '---\na: &a [1, 2]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n---\n',
  '\ufeff\ufeff---\nloai: BC\n---\n',
];

/** A line of body text: words, references and the odd hostile piece. */
const textLineArb: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...REFERENCES) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_PIECES) }), { maxLength: 12 })
  .map((parts) => parts.join(' '));

/** Any line the dialect (or a user) might write. */
const lineArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LINES) },
  { weight: 4, arbitrary: textLineArb },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('- ', '+ ', '> ', '1. ', '# ', '## ', '### ', '| '), textLineArb).map(([a, b]) => a + b) },
);

/** A generated document: a front matter (valid, broken or none) and body lines. */
export const generatedDocArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FRONT_MATTERS), fc.array(lineArb, { maxLength: 40 }))
  .map(([fm, lines]) => fm + lines.join('\n'));

/** One mutation of a text. Positions are fractions so they fit any text. */
type Mutation =
  | { op: 'insertLine'; at: number; line: string }
  | { op: 'deleteLine'; at: number }
  | { op: 'duplicateLine'; at: number }
  | { op: 'insertText'; at: number; text: string }
  | { op: 'deleteText'; at: number; length: number }
  | { op: 'duplicateText'; at: number; length: number; times: number }
  | { op: 'hugeLine'; at: number; unit: string; count: number }
  | { op: 'nesting'; at: number; marker: string; depth: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insertLine' as const), at: fraction, line: lineArb }),
  fc.record({ op: fc.constant('deleteLine' as const), at: fraction }),
  fc.record({ op: fc.constant('duplicateLine' as const), at: fraction }),
  fc.record({
    op: fc.constant('insertText' as const),
    at: fraction,
    text: fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: fc.constantFrom('\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031b', 'a', 'o', 'u', 'đ', ' ', '/', '-', '1') , maxLength: 12 })),
  }),
  fc.record({ op: fc.constant('deleteText' as const), at: fraction, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('duplicateText' as const), at: fraction, length: fc.integer({ min: 1, max: 60 }), times: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('hugeLine' as const), at: fraction, unit: fc.constantFrom('a', '1/', '-', 'ngày ', 'số ', '😀', '\u0301', 'x'), count: fc.integer({ min: 1000, max: 20000 }) }),
  fc.record({ op: fc.constant('nesting' as const), at: fraction, marker: fc.constantFrom('> ', '- ', '  - ', '* ', '1. ', '> - '), depth: fc.integer({ min: 10, max: 300 }) }),
);

/** Applies one mutation. */
export function applyMutation(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const lineAt = Math.floor(m.at * (lines.length + 1));
  const charAt = Math.floor(m.at * (text.length + 1));
  switch (m.op) {
    case 'insertLine':
      lines.splice(lineAt, 0, m.line);
      return lines.join('\n');
    case 'deleteLine':
      lines.splice(Math.min(lineAt, lines.length - 1), 1);
      return lines.join('\n');
    case 'duplicateLine': {
      const i = Math.min(lineAt, lines.length - 1);
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    }
    case 'insertText':
      return text.slice(0, charAt) + m.text + text.slice(charAt);
    case 'deleteText':
      return text.slice(0, charAt) + text.slice(charAt + m.length);
    case 'duplicateText': {
      const piece = text.slice(charAt, charAt + m.length);
      return text.slice(0, charAt) + piece.repeat(m.times + 1) + text.slice(charAt + m.length);
    }
    case 'hugeLine':
      lines.splice(lineAt, 0, m.unit.repeat(Math.ceil(m.count / m.unit.length)));
      return lines.join('\n');
    case 'nesting':
      lines.splice(lineAt, 0, m.marker.repeat(m.depth) + 'sâu');
      return lines.join('\n');
  }
}

/** A seed document (or a generated one) with a few mutations applied. */
export function mutatedDocArb(seeds: readonly string[], maxMutations = 6): fc.Arbitrary<string> {
  const base = seeds.length ? fc.oneof(fc.constantFrom(...seeds), generatedDocArb) : generatedDocArb;
  return fc.tuple(base, fc.array(mutationArb, { minLength: 1, maxLength: maxMutations })).map(([doc, ms]) => ms.reduce(applyMutation, doc));
}

/** Small mutations only (no huge lines or deep nesting): for the many-case properties. */
export function lightlyMutatedDocArb(seeds: readonly string[]): fc.Arbitrary<string> {
  const light = mutationArb.filter((m) => m.op !== 'hugeLine' && m.op !== 'nesting' && m.op !== 'duplicateText');
  const base = seeds.length ? fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...seeds) }, { weight: 4, arbitrary: generatedDocArb }) : generatedDocArb;
  return fc.tuple(base, fc.array(light, { maxLength: 4 })).map(([doc, ms]) => ms.reduce(applyMutation, doc));
}

// ---- invariants ---------------------------------------------------------------

/** Lines of an original text as the core counts them (LF, CRLF and lone CR end a line). */
export function originalLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function assertRangeInside(range: Range, lines: readonly string[], what: string): void {
  for (const [name, p] of [['start', range.start], ['end', range.end]] as const) {
    if (!(Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0)) throw new Error(`${what}: ${name} ${JSON.stringify(p)} is not a position`);
    if (p.line >= lines.length) throw new Error(`${what}: ${name} line ${p.line} ≥ line count ${lines.length}`);
    if (p.character > lines[p.line].length) throw new Error(`${what}: ${name} character ${p.character} > line ${p.line} length ${lines[p.line].length}`);
  }
  const s = range.start;
  const e = range.end;
  if (s.line > e.line || (s.line === e.line && s.character > e.character)) throw new Error(`${what}: start after end ${JSON.stringify(range)}`);
}

interface Positioned {
  range: Range;
  selectionRange?: Range;
  children?: Positioned[];
}

function assertSymbolsInside(symbols: readonly Positioned[], lines: readonly string[]): void {
  for (const s of symbols) {
    assertRangeInside(s.range, lines, 'symbol');
    if (s.selectionRange) assertRangeInside(s.selectionRange, lines, 'symbol selection');
    if (s.children) assertSymbolsInside(s.children, lines);
  }
}

/** Optional features other areas add to the service (completion, hover): called when present. */
type OptionalFeature = (uri: string, pos: { line: number; character: number }) => unknown;

const OPTIONAL_POSITION_FEATURES: readonly string[] = ['getCompletions', 'getCompletionItems', 'getHover', 'getDefinition', 'getReferences', 'getDocumentLinks'];

let shared: VbhcLanguageService | undefined;

/**
 * The process's one reused service with the document replaced: what an
 * editor does on every keystroke, and much cheaper per case than a new
 * service (the built-in catalog and rules are set up once).
 */
export function reusedService(text: string): VbhcLanguageService {
  shared ??= createLanguageService({ logger: silentLogger });
  shared.setDocument(FUZZ_URI, text);
  return shared;
}

/** A fresh service with the document set. */
export function serviceWith(text: string): VbhcLanguageService {
  const svc = createLanguageService({ logger: silentLogger });
  svc.setDocument(FUZZ_URI, text);
  return svc;
}

/**
 * Runs every synchronous feature of the service on a text and checks that
 * nothing throws and that every range lies inside the original text. Returns
 * the diagnostics.
 */
export function checkAllFeatures(text: string, svc: VbhcLanguageService = serviceWith(text)): VbhcDiagnostic[] {
  const lines = originalLines(text);
  const diags = svc.getDiagnostics(FUZZ_URI);
  for (const d of diags) {
    assertRangeInside(d.range, lines, `diagnostic ${d.code}`);
    if (typeof d.message !== 'string' || d.message.length === 0) throw new Error(`diagnostic ${d.code} has no message`);
    for (const f of d.fixes ?? []) for (const e of f.edits) assertRangeInside(e.range, lines, `fix of ${d.code}`);
  }
  assertSymbolsInside(svc.getDocumentSymbols(FUZZ_URI) as Positioned[], lines);
  for (const f of svc.getFoldingRanges(FUZZ_URI) as { startLine: number; endLine: number }[]) {
    if (!(f.startLine >= 0 && f.endLine < lines.length && f.startLine <= f.endLine)) throw new Error(`folding range ${JSON.stringify(f)} outside ${lines.length} lines`);
  }
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
  for (const a of svc.getCodeActions(FUZZ_URI, whole)) for (const e of a.edits) assertRangeInside(e.range, lines, `code action ${a.title}`);
  for (const e of svc.getFixAllEdits(FUZZ_URI)) assertRangeInside(e.range, lines, 'fix-all edit');
  for (const e of svc.getRenumberEdits(FUZZ_URI)) assertRangeInside(e.range, lines, 'renumber edit');
  for (const e of svc.convertLegacyEncoding(FUZZ_URI)) assertRangeInside(e.range, lines, 'legacy conversion');
  for (const e of svc.convertLegacyEncoding(FUZZ_URI, whole)) assertRangeInside(e.range, lines, 'legacy conversion of a selection');
  // Position features at a few places: start, middle, end of the longest line.
  const longest = lines.reduce((best, l, i) => (l.length > lines[best].length ? i : best), 0);
  const positions = [{ line: 0, character: 0 }, { line: longest, character: lines[longest].length >> 1 }, { line: lines.length - 1, character: lines[lines.length - 1].length }];
  const any = svc as unknown as Record<string, OptionalFeature | undefined>;
  for (const name of OPTIONAL_POSITION_FEATURES) {
    const f = any[name];
    if (typeof f === 'function') for (const p of positions) assertRangesIn(f.call(svc, FUZZ_URI, p), lines, name);
  }
  return diags;
}

function isPosition(v: unknown): v is { line: number; character: number } {
  return !!v && typeof v === 'object' && 'line' in v && 'character' in v;
}

/**
 * Checks every range found anywhere in a feature's result (completion edits,
 * hover ranges, locations) that belongs to the fuzzed document; locations in
 * other documents or catalogs are skipped.
 */
function assertRangesIn(value: unknown, lines: readonly string[], what: string, depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 8) return;
  if (Array.isArray(value)) {
    for (const v of value) assertRangesIn(v, lines, what, depth + 1);
    return;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.uri === 'string' && o.uri !== FUZZ_URI) return;
  if (isPosition(o.start) && isPosition(o.end)) {
    assertRangeInside(o as unknown as Range, lines, what);
    return;
  }
  for (const v of Object.values(o)) assertRangesIn(v, lines, what, depth + 1);
}

/** True when every code point's NFD is one non-mark with marks, so NFC ↔ NFD keeps clusters (no Hangul jamo, no lone surrogates). */
export function normalisationStable(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xd800 && c <= 0xdfff) return false;
    if (c < 0xc0) continue;
    const nfd = ch.normalize('NFD');
    if (nfd === ch) continue;
    if ([...nfd].filter((x) => !/\p{M}/u.test(x)).length !== 1) return false;
  }
  return true;
}

/** Diagnostics as people see them: code, lines and display columns. */
export function diagnosticKeys(text: string, svc: VbhcLanguageService = serviceWith(text)): string[] {
  const doc = svc.getDocument(FUZZ_URI)!;
  return svc.getDiagnostics(FUZZ_URI).map((d) => `${d.code}@${d.range.start.line}:${doc.source.displayColumn(d.range.start)}-${d.range.end.line}:${doc.source.displayColumn(d.range.end)}`);
}

/** Checks that NFC, NFD and CRLF+BOM forms of a text give the same diagnostics. */
export function checkNormalisationInvariance(text: string): void {
  // Leading BOMs are dropped from the base: the CRLF+BOM form adds exactly one.
  const lf = text.replace(/^\ufeff+/, '').replace(/\r\n?/g, '\n');
  const nfc = lf.normalize('NFC');
  const base = diagnosticKeys(nfc, reusedService(nfc));
  const variants: [string, string][] = [
    ['NFD', nfc.normalize('NFD')],
    ['CRLF+BOM', '\ufeff' + nfc.replace(/\n/g, '\r\n')],
    ['NFD+CRLF+BOM', '\ufeff' + nfc.normalize('NFD').replace(/\n/g, '\r\n')],
  ];
  for (const [name, variant] of variants) {
    const keys = diagnosticKeys(variant, reusedService(variant));
    if (JSON.stringify(keys) !== JSON.stringify(base)) {
      throw new Error(`${name} differs from NFC:\n  NFC: ${JSON.stringify(base)}\n  ${name}: ${JSON.stringify(keys)}`);
    }
  }
}

/** Typing-like edits of one line (an insertion, a deletion, a hostile piece), chosen from the text itself so a counterexample replays from the text alone. */
function oneLineEdits(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length === 0) return [];
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  h >>>= 0;
  // Prefer the longest line (usually a paragraph, where typing happens), then a line picked by the hash.
  let longest = 0;
  lines.forEach((l, i) => {
    if (l.length > lines[longest].length) longest = i;
  });
  const out: string[] = [];
  for (const line of [longest, h % lines.length]) {
    const l = lines[line];
    const at = l.length === 0 ? 0 : (h >>> 3) % (l.length + 1);
    const piece = HOSTILE_PIECES[(h >>> 7) % HOSTILE_PIECES.length];
    for (const next of [l.slice(0, at) + 'ngày 12/3/2025 Nghị quyết số 57-NQ/TW ' + l.slice(at), l.slice(0, at) + l.slice(at + 1), l.slice(0, at) + piece + l.slice(at)]) {
      const copy = lines.slice();
      copy[line] = next;
      out.push(copy.join('\n'));
    }
  }
  return out;
}

/**
 * After one-line edits, a service that re-parses from its previous parse
 * (model/incremental.ts) gives the diagnostics, symbols and folding of a
 * fresh service on the edited text.
 */
export function checkIncrementalEdits(text: string): void {
  const uri = FUZZ_URI;
  for (const edited of oneLineEdits(text)) {
    const live = createLanguageService({ logger: silentLogger });
    live.setDocument(uri, text, 1);
    live.getDiagnostics(uri);
    live.setDocument(uri, edited, 2);
    const fresh = serviceWith(edited);
    const a = JSON.stringify([live.getDiagnostics(uri), live.getDocumentSymbols(uri), live.getFoldingRanges(uri)]);
    const b = JSON.stringify([fresh.getDiagnostics(uri), fresh.getDocumentSymbols(uri), fresh.getFoldingRanges(uri)]);
    if (a !== b) throw new Error(`re-parse after an edit differs from a fresh parse\n  edited: ${JSON.stringify(edited.slice(0, 400))}\n  after edit: ${a.slice(0, 600)}\n  fresh: ${b.slice(0, 600)}`);
  }
}

/** A nonce for HTML rendering. */
export const FUZZ_NONCE = 'fuzzNonce0123456789';

/** Renders HTML and checks that every <script>/<style> carries the nonce and no event handler or javascript: URL appears as markup. */
export function checkHtml(text: string, svc: VbhcLanguageService = serviceWith(text)): string {
  const html = svc.renderHtml(FUZZ_URI, { nonce: FUZZ_NONCE });
  assertHtmlSafe(html);
  return html;
}

/** The markup-level safety checks of rendered HTML. */
export function assertHtmlSafe(html: string): void {
  for (const m of html.matchAll(/<(script|style)\b([^>]*)>/gi)) {
    if (!m[2].includes(`nonce="${FUZZ_NONCE}"`)) throw new Error(`<${m[1]}> without the nonce: ${m[0]}`);
  }
  const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
  for (const t of tags) {
    if (/\son[a-z]+\s*=/i.test(t)) throw new Error(`event handler attribute in ${t}`);
    if (/(href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(t)) throw new Error(`javascript: URL in ${t}`);
    if (/\sstyle\s*=/i.test(t)) throw new Error(`inline style attribute in ${t}`);
    if (/^<(iframe|object|embed|img|a|form|input|base|meta|link)\b/i.test(t) && !/^<meta\s+(charset|name="viewport"|http-equiv="Content-Security-Policy")/i.test(t)) {
      throw new Error(`unexpected element ${t}`);
    }
  }
}

/** A small check that an XML text is well-formed: balanced tags, valid names, no raw `<` or `&` in text. */
export function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  const re = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<\?[^?]*\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g;
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    checkText(xml.slice(at, m.index));
    at = re.lastIndex;
    if (!m[2]) continue; // declaration, CDATA, comment
    if (m[1]) {
      const open = stack.pop();
      if (open !== m[2]) throw new Error(`</${m[2]}> closes <${open}>`);
    } else if (!m[4]) stack.push(m[2]);
  }
  checkText(xml.slice(at));
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1]}>`);
  function checkText(t: string): void {
    if (t.includes('<')) throw new Error(`raw < in text: ${JSON.stringify(t.slice(0, 80))}`);
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(t)) throw new Error(`bare & in text: ${JSON.stringify(t.slice(0, 80))}`);
    // XML 1.0 forbids most control characters and lone surrogates, even escaped.
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(t)) throw new Error(`character not allowed in XML 1.0: ${JSON.stringify(t.slice(0, 80))}`);
    if (/&#(x0*([0-8bcefBCEF]|1[0-9a-fA-F])|0*([0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]));/.test(t)) throw new Error(`control character reference not allowed in XML 1.0: ${JSON.stringify(t.slice(0, 80))}`);
  }
}

/** Exports the .docx and checks it unzips and its document.xml is well-formed. */
export async function checkDocx(text: string, svc: VbhcLanguageService = serviceWith(text)): Promise<void> {
  const { bytes } = await svc.exportDocx(FUZZ_URI);
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('word/document.xml missing');
  assertWellFormedXml(await file.async('string'));
}

// ---- hostile shapes: size and repetition ------------------------------------------

/** A complete front matter, so the findings measured are those of the hostile part. */
const HOSTILE_FM = FRONT_MATTERS[0];

/** One hostile shape: its name and how to build a document of it from a count. */
export interface HostileShape {
  name: string;
  /** Counts the property draws from. */
  min: number;
  max: number;
  build(n: number): string;
}

const repeatLines = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join('\n');

/** A date in a 28-day month grid: distinct for every i below 28 × 12 × 200. */
function distinctDate(i: number): string {
  return `${(i % 28) + 1}/${(Math.floor(i / 28) % 12) + 1}/${1900 + Math.floor(i / 336)}`;
}

/**
 * The shapes a red-team pass found slow or large by hand: many
 * repeated or misnumbered headings, YAML aliases and keys, footnotes,
 * citations of one symbol with distinct dates, impossible dates, deep
 * nesting, long single lines and a document over the size limit.
 */
export const HOSTILE_SHAPES: readonly HostileShape[] = [
  { name: 'repeated headings', min: 1000, max: 8000, build: (n) => HOSTILE_FM + repeatLines(n, () => '\n## 1. Mục lặp lại\n\nNội dung.') + '\n./.' },
  { name: 'misnumbered headings', min: 1000, max: 8000, build: (n) => HOSTILE_FM + repeatLines(n, (i) => `\n${i % 3 ? '##' : '#'} ${(i * 7) % 13}. Mục ${i}\n\nNội dung.`) + '\n./.' },
  { name: 'YAML aliases', min: 1000, max: 20000, build: (n) => HOSTILE_FM.replace('---\n', `---\nx: &a [1, 2]\ny: [${Array(n).fill('*a').join(', ')}]\n`) + '\nNội dung./.\n' },
  { name: 'YAML keys', min: 1000, max: 30000, build: (n) => HOSTILE_FM.replace('---\n', '---\n' + repeatLines(n, (i) => `k${i % 2 ? i : 0}: ${i}`) + '\n') + '\nNội dung./.\n' },
  { name: 'footnotes', min: 1000, max: 8000, build: (n) => HOSTILE_FM + '\n' + repeatLines(n, (i) => `Ý ${i}[^${i}].`) + '\n\n' + repeatLines(n, (i) => `[^${i}]: Chú thích ${i}.`) + '\n' },
  { name: 'citations of one symbol with distinct dates', min: 500, max: 4000, build: (n) => HOSTILE_FM + '\n' + repeatLines(n, (i) => `Kế hoạch số 12/KH-UBND ngày ${distinctDate(i)} của UBND tỉnh.`).replace(/\n/g, '\n\n') + './.\n' },
  { name: 'impossible dates on one line', min: 1000, max: 30000, build: (n) => HOSTILE_FM + '\n' + 'ngày 31/02/2025 '.repeat(n) + './.\n' },
  { name: 'deep list nesting', min: 10, max: 200, build: (n) => HOSTILE_FM + '\n' + repeatLines(n, (i) => '  '.repeat(i) + '- mục') + '\n' },
  { name: 'deep quote nesting', min: 10, max: 200, build: (n) => HOSTILE_FM + '\n' + repeatLines(n, (i) => '> '.repeat(i + 1) + 'trích') + '\n' },
  { name: 'long single line', min: 50_000, max: 300_000, build: (n) => HOSTILE_FM + '\n' + 'Kế hoạch số 1/KH-A ngày 1/1/2025 '.repeat(Math.ceil(n / 33)) + './.\n' },
  { name: 'oversized file', min: 4 * 1024 * 1024 + 1, max: 4 * 1024 * 1024 + 200_000, build: (n) => HOSTILE_FM + '\n# I. KẾT QUẢ\n\n' + 'Nội dung dài. '.repeat(Math.ceil(n / 14)) + './.\n' },
];

/** A hostile document: a shape and a count in its range. */
export const hostileDocArb: fc.Arbitrary<{ shape: string; text: string }> = fc
  .integer({ min: 0, max: HOSTILE_SHAPES.length - 1 })
  .chain((i) => fc.integer({ min: HOSTILE_SHAPES[i].min, max: HOSTILE_SHAPES[i].max }).map((n) => ({ shape: HOSTILE_SHAPES[i].name, text: HOSTILE_SHAPES[i].build(n) })));

/** The budget of one request on a hostile document (processor time). */
export const HOSTILE_REQUEST_MS = 1000;
/**
 * Diagnostics JSON may be this many times the text, plus
 * HOSTILE_JSON_ALLOWANCE: the findings of one code listed one by one
 * (MAX_FINDINGS_PER_CODE, ≈ 300 bytes each) whatever their density — a
 * thousand impossible dates fit in 16 KB of text.
 */
export const HOSTILE_JSON_RATIO = 10;
export const HOSTILE_JSON_ALLOWANCE = MAX_FINDINGS_PER_CODE * 400;

/** Processor time of `f` in ms (a loaded machine stretches wall time, not this). */
function cpuMs(f: () => unknown): number {
  const t = process.cpuUsage();
  f();
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
}

/** Diagnostics as the server publishes them and the CLI prints them: no quick fixes (those are asked for separately). */
export function publishedJson(diags: readonly VbhcDiagnostic[]): string {
  return JSON.stringify(diags.map(({ range, severity, code, message, data }) => ({ range, severity, code, source: 'vbhc', message, data })));
}

/** Each request on the text, timed on a fresh service (the first parse included in the diagnostics). */
function hostileTimings(text: string): { timings: [string, number][]; json: number } {
  const svc = createLanguageService({ logger: silentLogger });
  svc.setDocument(FUZZ_URI, text);
  const lines = originalLines(text);
  const last = lines.length - 1;
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: last, character: lines[last].length } };
  let json = 0;
  const timings: [string, number][] = [
    ['parse + diagnostics', cpuMs(() => (json = publishedJson(svc.getDiagnostics(FUZZ_URI)).length))],
    ['document symbols', cpuMs(() => svc.getDocumentSymbols(FUZZ_URI))],
    ['folding ranges', cpuMs(() => svc.getFoldingRanges(FUZZ_URI))],
    ['code actions of the whole text', cpuMs(() => svc.getCodeActions(FUZZ_URI, whole))],
    ['fix all', cpuMs(() => svc.getFixAllEdits(FUZZ_URI))],
    ['renumber', cpuMs(() => svc.getRenumberEdits(FUZZ_URI))],
  ];
  const longest = lines.reduce((best, l, i) => (l.length > lines[best].length ? i : best), 0);
  const any = svc as unknown as Record<string, OptionalFeature | undefined>;
  for (const name of ['getCompletions', 'getCompletionItems', 'getHover']) {
    const f = any[name];
    if (typeof f === 'function') for (const character of [0, lines[longest].length >> 1]) timings.push([`${name} at ${longest}:${character}`, cpuMs(() => f.call(svc, FUZZ_URI, { line: longest, character }))]);
  }
  return { timings, json };
}

/**
 * Every request on a hostile document within HOSTILE_REQUEST_MS of
 * processor time (the better of two runs when over: a stall of the machine
 * is not a slow path), and the diagnostics' JSON within HOSTILE_JSON_RATIO ×
 * the text (+ HOSTILE_JSON_ALLOWANCE).
 */
export function checkHostileBudget(shape: string, text: string): void {
  let { timings, json } = hostileTimings(text);
  if (timings.some(([, ms]) => ms > HOSTILE_REQUEST_MS)) {
    const again = hostileTimings(text).timings;
    timings = timings.map(([what, ms], i) => [what, Math.min(ms, again[i]?.[1] ?? ms)]);
  }
  const over = timings.filter(([, ms]) => ms > HOSTILE_REQUEST_MS);
  if (over.length) throw new Error(`${shape} (${text.length} characters): ${over.map(([w, ms]) => `${w} ${Math.round(ms)} ms`).join(', ')} over ${HOSTILE_REQUEST_MS} ms`);
  const problem = jsonOverBudget(json, text.length);
  if (problem) throw new Error(`${shape}: ${problem}`);
}

/** Why `json` bytes of diagnostics are too many for a text of `chars` characters; undefined when they are not. */
export function jsonOverBudget(json: number, chars: number): string | undefined {
  const limit = HOSTILE_JSON_RATIO * chars + HOSTILE_JSON_ALLOWANCE;
  return json > limit ? `diagnostics JSON ${json} bytes for ${chars} characters > ${limit}` : undefined;
}

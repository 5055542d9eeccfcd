/**
 * Generates realistic documents in the vbhc dialect: a valid front matter,
 * Vietnamese prose with diacritics, 3–6 citations (each with its date) and
 * one or two more date or period phrases per paragraph, headings at four
 * levels with correct labels (I. / 1. / 1.1. / a)), dash items, pipe tables,
 * footnotes and the closing mark. Sized in A4 pages of ≈450 words.
 */
import { Prng } from './prng';
import { citeDate, type GenEntry } from './gen-catalog';
import { BODIES, CLOSINGS, DASH_ITEMS, DATE_PHRASES, L1_TITLES, L2_TITLES, L3_TITLES, OPENINGS, TABLE_HEADERS, TABLE_ROWS } from './vocab';

/** Words on an A4 page of administrative prose (13–14 pt Times New Roman). */
export const WORDS_PER_PAGE = 450;

/** Words of prose under one leaf section (about two paragraphs). */
const WORDS_PER_LEAF = 320;

/**
 * How often the blocks other than prose come, in words of text between two
 * of them (so per page, whatever the section tree): a pipe table about every
 * three pages, a group of 3–5 dash items about every page, a footnote on a
 * paragraph about every two pages. The README states the same shares.
 */
export const BLOCK_EVERY_WORDS = { table: 3 * WORDS_PER_PAGE, dashGroup: WORDS_PER_PAGE, footnote: 2 * WORDS_PER_PAGE } as const;

/** Options of the document generator. */
export interface DocumentOptions {
  pages: number;
  seed: number;
  /** Catalog entries the prose cites (full citations: type, symbol, date, issuer). */
  cited: readonly GenEntry[];
  loai?: 'BC' | 'KH';
  /** Year of the document (periods and the signing date use it). */
  year?: number;
}

/** A generated document and its size. */
export interface GeneratedDocument {
  text: string;
  words: number;
  /** 0-based line of a paragraph in the middle of the body (for one-line edits). */
  middleParagraphLine: number;
}

const KH_L1 = ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG, NHIỆM VỤ', 'GIẢI PHÁP THỰC HIỆN', 'KINH PHÍ THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN'];
const BC_FIRST = 'ĐẶC ĐIỂM TÌNH HÌNH';
const BC_LAST = 'PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI';

/**
 * Generates one document of about `pages` A4 pages (within a few percent:
 * the leaf budget is corrected twice against the words actually written).
 */
export function generateDocument(opts: DocumentOptions): GeneratedDocument {
  const target = opts.pages * WORDS_PER_PAGE;
  let scale = 1;
  let doc = generateOnce(opts, scale);
  for (let i = 0; i < 3 && Math.abs(doc.words - target) > target * 0.03; i++) {
    scale *= target / doc.words;
    doc = generateOnce(opts, scale);
  }
  return doc;
}

function generateOnce(opts: DocumentOptions, scale: number): GeneratedDocument {
  const rng = new Prng(opts.seed);
  const loai = opts.loai ?? 'BC';
  const year = opts.year ?? 2025;
  const targetWords = Math.round(opts.pages * WORDS_PER_PAGE);
  const fm = frontMatter(loai, year, rng);
  const lines: string[] = fm.lines;
  // Only documents issued before this one can be cited (else ref.date-after-document would fire everywhere).
  const before = opts.cited.filter((e) => e.ngay < fm.ngay);
  const cited = before.length > 0 ? before : opts.cited;
  let words = 0;
  let footnotes: string[] = [];
  // Lines of the text so far: a table or a dash group is one element of `lines` but several lines.
  let lineCount = lines.join('\n').split('\n').length;
  const push = (block: string) => {
    lines.push(block, '');
    lineCount += block.split('\n').length + 1;
    words += countWords(block);
  };

  // The section tree: level-1 parts, each with level-2..4 children; leaves get an equal share of the words.
  const l1Titles = sectionTitles(loai, opts.pages, rng);
  const leavesPerPart = Math.max(1, (scale * targetWords) / WORDS_PER_LEAF / l1Titles.length);
  const tree = l1Titles.map((title) => ({ title, children: sectionTree(rng, leavesPerPart) }));
  const leaves = tree.reduce((n, t) => n + t.children.reduce((m, c) => m + c.children.reduce((k, g) => k + Math.max(1, g.children.length), 0), 0), 0);
  const wordsPerLeaf = Math.max(40, (scale * targetWords) / leaves - 150);
  let middleParagraphLine = -1;

  push(`Thực hiện chỉ đạo của cấp trên ${rng.pick(DATE_PHRASES).replaceAll('{y}', String(year))}, ${loai === 'BC' ? 'Sở Khoa học và Công nghệ báo cáo kết quả thực hiện như sau:' : 'Sở Khoa học và Công nghệ xây dựng Kế hoạch thực hiện như sau:'}`);
  // The next word count at which each kind of block is due (spread ±25% so they do not line up).
  const due = { table: 0, dashGroup: 0, footnote: 0 };
  // Each next one is due a jittered interval after the previous one was due, so the long-run share is exact.
  const schedule = (k: keyof typeof due) => {
    due[k] += BLOCK_EVERY_WORDS[k] * (0.75 + 0.5 * rng.next());
  };
  schedule('table');
  schedule('dashGroup');
  schedule('footnote');
  const fillLeaf = (budget: number) => {
    const start = words;
    // Every leaf starts with prose; a due table or dash group follows it, then prose again until the budget is spent.
    do {
      let p = paragraph(rng, cited, year);
      if (words >= due.footnote) {
        const n = footnotes.length + 1;
        p = p.replace(/\.$/, `[^${n}].`);
        footnotes.push(`[^${n}]: Số liệu tổng hợp từ báo cáo của các phòng, đơn vị ${rng.pick(DATE_PHRASES).replaceAll('{y}', String(year))}.`);
        schedule('footnote');
      }
      if (middleParagraphLine < 0 && words >= targetWords / 2) middleParagraphLine = lineCount;
      push(p);
      if (words >= due.dashGroup) {
        push(dashItems(rng));
        schedule('dashGroup');
      }
      if (words >= due.table) {
        push(table(rng));
        schedule('table');
      }
    } while (words - start < budget);
  };

  tree.forEach((l1, i1) => {
    push(`# ${toRoman(i1 + 1)}. ${l1.title}`);
    l1.children.forEach((l2, i2) => {
      push(`## ${i2 + 1}. ${rng.pick(L2_TITLES)}`);
      l2.children.forEach((l3, i3) => {
        push(`### ${i2 + 1}.${i3 + 1}. ${rng.pick(L3_TITLES)}`);
        if (l3.children.length === 0) fillLeaf(wordsPerLeaf);
        l3.children.forEach((_, i4) => {
          push(`#### ${LETTERS[i4]}) ${rng.pick(L3_TITLES)}`);
          fillLeaf(wordsPerLeaf);
        });
      });
    });
  });
  // The last paragraph carries the closing mark.
  lines.push(`Trên đây là ${loai === 'BC' ? 'báo cáo' : 'kế hoạch'} của Sở Khoa học và Công nghệ./.`, '');
  for (const f of footnotes) lines.push(f, '');
  footnotes = [];
  const text = lines.join('\n');
  return { text, words: countWords(text), middleParagraphLine: Math.max(0, middleParagraphLine) };
}

/** Vietnamese enumeration letters used for level-4 labels. */
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e'];

interface Node {
  children: Node[];
}

/**
 * Level-2 sections under one level-1 part, added until the part has about
 * `leaves` leaf sections: each has 1…maxL3 level-3 sections, a third of
 * those with 2–3 level-4 ones.
 */
function sectionTree(rng: Prng, leaves: number): Node[] {
  const maxL3 = Math.max(1, Math.min(9, Math.ceil(Math.sqrt(leaves) / 1.5)));
  const out: Node[] = [];
  let count = 0;
  while (count < leaves) {
    const l3 = Array.from({ length: rng.int(1, maxL3) }, () => ({ children: Array.from({ length: leaves > 4 && rng.chance(0.33) ? rng.int(2, 3) : 0 }, () => ({ children: [] as Node[] })) }));
    count += l3.reduce((n, c) => n + Math.max(1, c.children.length), 0);
    out.push({ children: l3 });
  }
  return out;
}

function sectionTitles(loai: 'BC' | 'KH', pages: number, rng: Prng): string[] {
  if (loai === 'KH') return KH_L1;
  const middle = Math.min(10, Math.max(1, Math.ceil(pages / 10)));
  return [BC_FIRST, ...Array.from({ length: middle }, () => rng.pick(L1_TITLES)), BC_LAST];
}

function frontMatter(loai: 'BC' | 'KH', year: number, rng: Prng): { lines: string[]; ngay: string } {
  const month = rng.int(6, 12);
  const day = rng.int(1, 28);
  const ngay = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const lines = [
    '---',
    `loai: ${loai}`,
    'co_quan_chu_quan: "UBND TỈNH QUẢNG NGÃI"',
    'co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"',
    'ky_hieu: SKHCN',
    'so: ""',
    'dia_danh: "Quảng Ngãi"',
    `ngay: ${ngay}`,
    loai === 'BC'
      ? `trich_yeu: "kết quả thực hiện nhiệm vụ 6 tháng đầu năm ${year}, phương hướng, nhiệm vụ 6 tháng cuối năm ${year}"`
      : `trich_yeu: "triển khai thực hiện công tác dân vận chính quyền năm ${year}"`,
    'noi_nhan:',
    '  - "UBND tỉnh"',
    '  - "Sở Nội vụ"',
    '  - "GĐ, các PGĐ Sở"',
    '  - "Lưu: VT, VP"',
    'ky:',
    '  quyen_han: "KT. GIÁM ĐỐC"',
    '  chuc_vu: "PHÓ GIÁM ĐỐC"',
    '  ho_ten: "Trần Công Hòa"',
    '---',
    '',
  ];
  return { lines, ngay };
}

/** A paragraph of 3–5 sentences with 3–6 full citations and 1–2 more date or period phrases. */
function paragraph(rng: Prng, cited: readonly GenEntry[], year: number): string {
  const citations = rng.int(3, 6);
  const parts: string[] = [];
  const cites: string[] = [];
  for (let i = 0; i < citations; i++) {
    const e = rng.pick(cited);
    const so = rng.chance(0.9) ? 'số ' : '';
    cites.push(`${e.loai} ${so}${e.so_ky_hieu} ngày ${citeDate(e.ngay, rng)} của ${e.co_quan} ${e.trich_yeu}`);
  }
  parts.push(`${rng.pick(OPENINGS)} căn cứ ${cites.slice(0, 2).join('; ')}, ${rng.pick(BODIES)}, ${rng.pick(CLOSINGS)}`);
  const periods = rng.int(1, 2);
  for (let i = 0; i < periods; i++) {
    const phrase = rng.pick(DATE_PHRASES).replaceAll('{y}', String(year));
    parts.push(`${capitalize(phrase)}, ${rng.pick(BODIES)} ${rng.pick(CLOSINGS)}`);
  }
  parts.push(`Việc thực hiện ${cites.slice(2).join('; ')} ${rng.chance(0.5) ? 'được triển khai nghiêm túc' : 'cơ bản hoàn thành'}, ${rng.pick(BODIES)}, ${rng.pick(CLOSINGS)}`);
  return parts.join(' ');
}

function dashItems(rng: Prng): string {
  const n = rng.int(3, 5);
  return Array.from({ length: n }, (_, i) => `- ${rng.pick(DASH_ITEMS)}${i === n - 1 ? '.' : ';'}`).join('\n');
}

function table(rng: Prng): string {
  const header = rng.pick(TABLE_HEADERS);
  const rows = rng.int(3, 6);
  const out = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (let r = 0; r < rows; r++) {
    const cells = header.map((_, c) => (c === 0 ? String(r + 1) : c === 1 ? rng.pick(TABLE_ROWS) : String(rng.int(1, 500))));
    out.push(`| ${cells.join(' | ')} |`);
  }
  return out.join('\n');
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Whitespace-separated words of a text. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

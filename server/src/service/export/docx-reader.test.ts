/**
 * The exported .docx read the way a strict reader reads it (ECMA-376
 * §17.7): the style cascade is resolved here — document defaults, then the
 * default paragraph style (for a paragraph without `w:pStyle`) or the
 * paragraph's style with its `basedOn` chain, then direct formatting — and
 * the body's effective look asserted; then python-docx (a reader that
 * follows the standard and ignores LibreOffice's fallbacks) opens the export
 * of every example. Tables and footnotes as the decree wants them, and the
 * closing block kept with the last paragraph.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parseDocument } from '../model/document';
import { exportDocx } from './docx';
import { STYLE } from './docx-styles';
import { BODY_TWIP, FONT_SIZE_HALF_PT, FONT_SIZE_PT, TEXT_WIDTH_TWIP } from './layout-constants';

async function parts(text: string): Promise<{ document: string; styles: string; footnotes: string; bytes: Uint8Array }> {
  const { bytes } = await exportDocx(parseDocument('file:///t.vbhc.md', text));
  const zip = await JSZip.loadAsync(bytes);
  const read = async (p: string) => (await zip.file(p)?.async('string')) ?? '';
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml'), footnotes: await read('word/footnotes.xml'), bytes };
}

/** Paragraph properties a reader resolves (the ones the decree fixes for the body). */
interface Effective {
  firstLine?: string;
  jc?: string;
  before?: string;
  after?: string;
  line?: string;
  sz?: string;
  b?: boolean;
}

/** The properties set in one pPr/rPr fragment. */
function props(xml: string): Effective {
  const out: Effective = {};
  const a = (tag: string, name: string) => new RegExp(`<w:${tag} [^>]*w:${name}="([^"]*)"`).exec(xml)?.[1];
  const set = <K extends keyof Effective>(k: K, v: Effective[K] | undefined) => {
    if (v !== undefined) out[k] = v;
  };
  set('firstLine', a('ind', 'firstLine'));
  set('jc', a('jc', 'val'));
  set('before', a('spacing', 'before'));
  set('after', a('spacing', 'after'));
  set('line', a('spacing', 'line'));
  set('sz', a('sz', 'val'));
  if (/<w:b\/>/.test(xml)) out.b = true;
  return out;
}

/** A strict reader's style cascade over styles.xml. */
class Cascade {
  private readonly byId = new Map<string, string>();
  readonly defaults: Effective;
  readonly defaultParagraph?: string;
  constructor(styles: string) {
    for (const m of styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>.*?<\/w:style>/gs)) this.byId.set(m[1], m[0]);
    const dd = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)?.[0] ?? '';
    this.defaults = props(dd);
    this.defaultParagraph = /<w:style w:type="paragraph" w:default="1" w:styleId="([^"]+)"/.exec(styles)?.[1];
  }
  /** The style chain's properties, base first. */
  private style(id: string | undefined, seen = new Set<string>()): Effective {
    if (!id || seen.has(id)) return {};
    seen.add(id);
    const xml = this.byId.get(id);
    if (!xml) return {};
    const base = /<w:basedOn w:val="([^"]+)"\/>/.exec(xml)?.[1];
    return { ...this.style(base, seen), ...props(xml) };
  }
  /** Effective properties of a `<w:p>`: defaults → (its style or the default paragraph style) → direct. */
  paragraph(p: string): Effective {
    const own = /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1];
    const direct = /<w:pPr>.*?<\/w:pPr>/s.exec(p)?.[0].replace(/<w:pStyle [^>]*\/>/, '') ?? '';
    return { ...this.defaults, ...this.style(own ?? this.defaultParagraph), ...props(direct) };
  }
}

const TEXT = `---
loai: BC
co_quan: "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
ky_hieu: SKHCN
dia_danh: "Quảng Ngãi"
ngay: 2025-05-30
trich_yeu: "kết quả thử nghiệm đọc tệp"
noi_nhan: ["Sở Nội vụ", "Lưu: VT, VP"]
ky:
  chuc_vu: "GIÁM ĐỐC"
  ho_ten: "Lê Thị Mai"
---

# I. KẾT QUẢ

Đoạn văn thứ nhất của báo cáo có chú thích[^a].

| STT | Đơn vị | Hồ sơ | Tỷ lệ |
|---|---|---|---|
| 1 | Văn phòng Sở | 1.234 | 98,5% |
| 2 | Thanh tra Sở[^b] | 56 | 100% |

| Ghi chú | Số |
|---|--:|
| hai | ba |

Đoạn cuối cùng của báo cáo./.

[^a]: Số liệu đến hết tháng 5.
[^b]: Kể cả hồ sơ trực tuyến.
`;

test('Normal is the default paragraph style; Default Paragraph Font and Normal Table are the other defaults', async () => {
  const { styles } = await parts(TEXT);
  const defaults = [...styles.matchAll(/<w:style w:type="(\w+)" w:default="1" w:styleId="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`);
  assert.deepEqual(defaults.sort(), [`character:${STYLE.DEFAULT_CHARACTER}`, `paragraph:${STYLE.NORMAL}`, `table:${STYLE.DEFAULT_TABLE}`]);
  // Every basedOn names a style that exists.
  const ids = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
  for (const m of styles.matchAll(/<w:basedOn w:val="([^"]+)"\/>/g)) assert.ok(ids.has(m[1]), `basedOn ${m[1]}`);
});

test('through the style cascade, body paragraphs are justified, 1.27 cm first line, 6 pt before, 14 pt; table cells 13 pt without indent', async () => {
  const { document, styles } = await parts(TEXT);
  const cascade = new Cascade(styles);
  const body = [...document.matchAll(/<w:p>(?:(?!<w:p>).)*?Đoạn (?:văn thứ nhất|cuối cùng)(?:(?!<w:p>).)*?<\/w:p>/gs)].map((m) => m[0]);
  assert.equal(body.length, 2);
  for (const p of body) {
    assert.doesNotMatch(p, /<w:pStyle/, 'body paragraphs rely on the default paragraph style');
    const e = cascade.paragraph(p);
    assert.equal(e.firstLine, String(BODY_TWIP.FIRST_LINE_INDENT));
    assert.equal(e.jc, 'both');
    assert.equal(e.before, String(BODY_TWIP.SPACE_BEFORE));
    assert.equal(e.after, '0');
    assert.equal(e.line, '240');
    assert.equal(e.sz, String(FONT_SIZE_HALF_PT.BODY));
  }
  // Without the default mark the same paragraphs get only the document defaults: no indent, no justification.
  const unmarked = new Cascade(styles.replace(' w:default="1" w:styleId="Normal"', ' w:styleId="Normal"'));
  assert.equal(unmarked.paragraph(body[0]).firstLine, undefined);
  const cells = [...document.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => m[0]).filter((c) => /Văn phòng Sở|1\.234/.test(c));
  for (const c of cells) {
    const e = cascade.paragraph(/<w:p>.*<\/w:p>/s.exec(c)![0]);
    assert.equal(e.firstLine, '0');
    assert.ok(Number(e.sz) >= 24 && Number(e.sz) <= 26, `cell text ${Number(e.sz) / 2} pt`);
    assert.equal(e.sz, String(FONT_SIZE_HALF_PT.TABLE));
  }
});

test('body tables: borders, a bold header row repeated on every page, rows that never split, full text width, numbers right-aligned', async () => {
  const { document, styles } = await parts(TEXT);
  const cascade = new Cascade(styles);
  const grids = [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]).filter((t) => /<w:insideV w:val="single"/.test(t));
  assert.equal(grids.length, 2);
  const [t] = grids;
  assert.match(t, /<w:tblW w:w="(\d+)" w:type="dxa"\/>/);
  assert.equal(/<w:tblW w:w="(\d+)"/.exec(t)![1], String(TEXT_WIDTH_TWIP));
  const cols = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  assert.equal(cols.reduce((a, b) => a + b, 0), TEXT_WIDTH_TWIP);
  for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) assert.match(t, new RegExp(`<w:${side} w:val="single"`));
  const rows = [...t.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);
  assert.equal(rows.length, 3);
  for (const r of rows) assert.match(r, /<w:trPr><w:cantSplit\/>/);
  assert.match(rows[0], /<w:tblHeader\/>/);
  assert.doesNotMatch(rows[1] + rows[2], /<w:tblHeader/);
  const cellParas = (r: string) => [...r.matchAll(/<w:p>.*?<\/w:p>/gs)].map((m) => m[0]);
  for (const p of cellParas(rows[0])) assert.equal(cascade.paragraph(p).b, true, 'header cells are bold');
  // Columns: STT centred, counts and rates numeric (right), names not (left, from the style).
  assert.deepEqual(cellParas(rows[1]).map((p) => cascade.paragraph(p).jc), ['center', 'left', 'right', 'right']);
  // A column with text in it is not numeric; an alignment the table states wins.
  const second = [...grids[1].matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);
  assert.deepEqual(cellParas(second[1]).map((p) => cascade.paragraph(p).jc), ['left', 'right']);
});

test('footnotes: text in Footnote Text at 10–12 pt, reference marks superscript, no mark in the separators', async () => {
  const { document, styles, footnotes } = await parts(TEXT);
  const cascade = new Cascade(styles);
  const ref = /<w:style [^>]*w:styleId="FootnoteReference"[^>]*>.*?<\/w:style>/s.exec(styles)![0];
  assert.match(ref, /<w:vertAlign w:val="superscript"\/>/);
  const refs = [...document.matchAll(/<w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="(\d+)"\/><\/w:r>/g)].map((m) => m[1]);
  assert.deepEqual(refs, ['1', '2']);
  const notes = [...footnotes.matchAll(/<w:footnote w:id="(\d+)">(.*?)<\/w:footnote>/gs)];
  assert.deepEqual(notes.map((m) => m[1]), ['1', '2']);
  for (const [, , xml] of notes) {
    const p = /<w:p>.*?<\/w:p>/s.exec(xml)![0];
    const sz = Number(cascade.paragraph(p).sz);
    assert.ok(sz >= 20 && sz <= 24, `footnote text ${sz / 2} pt`);
    assert.equal(sz, FONT_SIZE_PT.FOOTNOTE * 2);
    assert.match(p, /<w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteRef\/>/);
  }
  assert.match(notes[1][2], /Kể cả hồ sơ trực tuyến\./);
  for (const type of ['separator', 'continuationSeparator']) {
    const sep = new RegExp(`<w:footnote w:type="${type}" w:id="-?\\d+">.*?</w:footnote>`, 's').exec(footnotes)![0];
    assert.doesNotMatch(sep, /footnoteRef/);
  }
});

test('the last paragraph keeps with the closing block, whose one row never splits', async () => {
  const { document } = await parts(TEXT);
  const last = /<w:p>(?:(?!<w:p>).)*?Đoạn cuối cùng(?:(?!<w:p>).)*?<\/w:p>/s.exec(document)![0];
  assert.match(last, /^<w:p><w:pPr><w:keepNext\/><\/w:pPr>/);
  const afterLast = document.slice(document.indexOf(last) + last.length);
  const spacer = /^<w:p>.*?<\/w:p>/s.exec(afterLast)![0];
  assert.match(spacer, /<w:keepNext\/>/);
  const closing = /<w:tbl>.*?<\/w:tbl>/s.exec(afterLast)![0];
  assert.match(closing, /Nơi nhận/);
  assert.match(closing, /<w:cantSplit\/>/);
  // A body ending in a dash item keeps it with the closing block the same way.
  const dash = await parts(TEXT.replace('Đoạn cuối cùng của báo cáo./.', '- Việc cuối cùng./.'));
  assert.match(dash.document, /<w:p><w:pPr><w:pStyle w:val="VbhcGachDauDong"\/><w:keepNext\/><\/w:pPr><w:r><w:t xml:space="preserve">- <\/w:t><\/w:r><w:r><w:t xml:space="preserve">Việc cuối cùng/);
});

// ---- python-docx ------------------------------------------------------------

/** python-docx comes from Debian (python3-docx) for the system Python; the PATH python3 may be another one. */
const PYTHON = '/usr/bin/python3';
const hasPythonDocx = spawnSync(PYTHON, ['-c', 'import docx'], { stdio: 'ignore' }).status === 0;
const skipPython = hasPythonDocx ? false : `${PYTHON} cannot import docx (install the Debian package python3-docx)`;

const READER = String.raw`
import json, sys
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
out = []
for path in sys.argv[1:]:
    d = Document(path)
    normal = d.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    table = d.styles.default(WD_STYLE_TYPE.TABLE)
    char = d.styles.default(WD_STYLE_TYPE.CHARACTER)
    pf = normal.paragraph_format if normal is not None else None
    body = [p for p in d.paragraphs if p._p.pPr is None or p._p.pPr.pStyle is None]
    out.append({
        "path": path,
        "default": normal.name if normal is not None else None,
        "table": table.name if table is not None else None,
        "char": char.name if char is not None else None,
        "firstLine": pf.first_line_indent.twips if pf is not None and pf.first_line_indent is not None else None,
        "alignment": str(pf.alignment) if pf is not None else None,
        "before": pf.space_before.twips if pf is not None and pf.space_before is not None else None,
        "size": normal.font.size.pt if normal is not None and normal.font.size is not None else None,
        "bodyStyles": sorted(set(p.style.name for p in body)),
        "bodyText": len([p for p in body if p.text.strip()]),
        "text": "\n".join(p.text for p in d.paragraphs),
        "tables": len(d.tables),
        "cells": [[c.text for c in r.cells] for t in d.tables for r in t.rows],
    })
print(json.dumps(out, ensure_ascii=False))
`;

test('python-docx finds Normal as the default paragraph style with the body values, and reads every example', { skip: skipPython }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-python-docx-'));
  try {
    const files: { path: string; source: string }[] = [];
    const examples = join(process.cwd(), 'examples');
    const sources = [...readdirSync(examples).filter((f) => f.endsWith('.vbhc.md')).map((f) => ({ name: f, text: readFileSync(join(examples, f), 'utf8') })), { name: 'reader-test.vbhc.md', text: TEXT }];
    assert.ok(sources.length >= 4, 'the examples are found');
    for (const s of sources) {
      const { bytes } = await exportDocx(parseDocument(`file:///${s.name}`, s.text));
      const path = join(dir, s.name.replace(/\.vbhc\.md$/, '.docx'));
      writeFileSync(path, bytes);
      files.push({ path, source: s.text });
    }
    const r = spawnSync(PYTHON, ['-c', READER, ...files.map((f) => f.path)], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const read = JSON.parse(r.stdout) as { path: string; default: string; table: string; char: string; firstLine: number; alignment: string; before: number; size: number; bodyStyles: string[]; bodyText: number; text: string; tables: number; cells: string[][] }[];
    assert.equal(read.length, files.length);
    for (const d of read) {
      const name = d.path.slice(dir.length + 1);
      assert.equal(d.default, 'Normal', name);
      assert.equal(d.table, 'Normal Table', name);
      assert.equal(d.char, 'Default Paragraph Font', name);
      assert.equal(d.firstLine, BODY_TWIP.FIRST_LINE_INDENT, name);
      assert.match(d.alignment, /^JUSTIFY/, name);
      assert.equal(d.before, BODY_TWIP.SPACE_BEFORE, name);
      assert.equal(d.size, FONT_SIZE_PT.BODY, name);
      assert.deepEqual(d.bodyStyles, d.bodyText > 0 ? ['Normal'] : d.bodyStyles, name);
      assert.ok(d.tables >= 2, `${name}: header and closing tables`);
    }
    const mine = read.find((d) => d.path.endsWith('reader-test.docx'))!;
    assert.ok(mine.bodyText >= 2);
    assert.ok(mine.cells.some((row) => row.join('|') === '1|Văn phòng Sở|1.234|98,5%'));
    assert.match(mine.text, /Đoạn cuối cùng của báo cáo\.\/\./);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

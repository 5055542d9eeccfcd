/**
 * The diagnostics the engine keeps across an edit inside one paragraph
 * (server/src/service/checks/kept-diagnostics.ts) equal those of a fresh
 * check of the new text, and the rules that say what they read keep their
 * word: a rule reading 'block' finds in one block, asked for it alone, what
 * it finds there in the whole document, in the same order, all inside the
 * block; one reading 'outline' finds nothing inside a paragraph. Checked on
 * the examples, the test fixtures, a generated 10-page document and one
 * written here, with edits at the start, in the middle and at the end.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCatalog } from '../../bench/src/gen-catalog';
import { generateDocument } from '../../bench/src/gen-document';
import { ALL_RULES } from '../../server/src/service/checks/registry';
import type { CheckContext, CrossRule, Finding, LocalRule, Rule } from '../../server/src/service/checks/rule';
import { createLanguageService, LanguageService } from '../../server/src/service/language-service';
import { parseDocument, type VbhcDocument } from '../../server/src/service/model/document';
import { reparseAfterEdit } from '../../server/src/service/model/incremental';
import { resolveSettings } from '../../server/src/service/settings';
import type { VbhcDiagnostic } from '../../server/src/service/types';

const OWN = `---
loai: BC
co_quan: "UBND HUYỆN SƠN TỊNH"
ky_hieu: UBND
dia_danh: "Sơn Tịnh"
ngay: 2025-03-10
trich_yeu: "tình hình triển khai các văn bản về cải cách hành chính"
noi_nhan:
  - "Lưu: VT"
ky:
  quyen_han: "TM. ỦY BAN NHÂN DÂN"
  chuc_vu: "CHỦ TỊCH"
  ho_ten: "Trần Văn B"
---

Căn cứ Nghị quyết số 12/2024/NĐ-CP ngày 02/3/2023 và Quyết định 45/QĐ-UBND ngày 01/02/2025 của Bộ Tài chính.

# I. TÌNH HÌNH

Huyện đã triển khai Kế hoạch số 77-Kl/TU ngày 20/12/2026, Công văn số 310/UBND-VP và Công văn số 15/UBNT-VP.

Đoạn giữa không có văn bản nào được dẫn.

Chỉ thị 27/CTTg ngày 15/4/2024 được quán triệt; Thông tư số 05/2023/TT-BTC của Bộ Nội vụ cũng vậy.

# II. KIẾN NGHỊ

Đề nghị thực hiện theo Luật số 12/2020/NĐ-CP ngày 05 tháng 6 năm 2019./.
`;

/** Front matter with a date that does not exist, recipients without the archive copy, and an unclosed quote further down in a second version. */
const HEADER = `---
loai: BC
co_quan: "SỞ Y TẾ"
ky_hieu: SYT
dia_danh: "Quảng Ngãi"
ngay: 2025-02-30
trich_yeu: "công tác phòng, chống dịch bệnh"
noi_nhan:
  - "UBND tỉnh"
---

Sở đã thực hiện Quyết định số 5/QĐ-UBND ngày 03/01/2025.

Đoạn thứ hai của báo cáo.
`;

/** A second document of the workspace, citing some of the same symbols with other dates, in two versions. */
const PEER = `---
loai: KH
co_quan: "UBND HUYỆN SƠN TỊNH"
ky_hieu: UBND
dia_danh: "Sơn Tịnh"
ngay: 2025-04-02
trich_yeu: "triển khai cải cách hành chính"
noi_nhan:
  - "Lưu: VT"
---

Thực hiện Quyết định 45/QĐ-UBND ngày 02/02/2025 và Nghị định 30/2020/NĐ-CP ngày 05/3/2020.
`;
const PEER_URI = 'file:///peer.vbhc.md';
const PEER_OTHER = PEER.replace('02/02/2025', '01/02/2025').replace('05/3/2020', '06/3/2020');

/** What an edit puts in a paragraph: findings of each citation rule, or none. */
const SNIPPETS = [
  ' ',
  'ngày ',
  ' Nghị định 30/2020/NĐ-CP ngày 05/3/2019',
  ' Quyết định số 99/qđ-UBND ngày 01/01/2030',
  ' Nghị quyết số 163/2021/ND-HĐND của Bộ Tài chính',
  ' Quyết định 45/QĐ-UBND ngày 03/02/2025',
  ' Công văn số 12/UBNT-VP',
  ' trước ngày 30/02/2025',
  ' Quy chế số 11-QĐ/TU',
  ' Kế hoạch số 1119/SNV-XDCQ',
  ' văn bản 75/KH- UBND',
];

function sources(): { name: string; text: string }[] {
  const out = [
    { name: 'own', text: OWN },
    { name: 'header', text: HEADER },
    { name: 'yaml', text: HEADER.replace('"công tác', '"công tác: "') },
  ];
  for (const f of readdirSync('examples')) if (f.endsWith('.vbhc.md')) out.push({ name: f, text: readFileSync(join('examples', f), 'utf8') });
  const fixtures = join('test', 'fixtures', 'typing');
  for (const f of readdirSync(fixtures)) if (f.endsWith('.vbhc.md')) out.push({ name: f, text: readFileSync(join(fixtures, f), 'utf8') });
  const g = generateDocument({ pages: 10, seed: 20251204, cited: generateCatalog({ entries: 200, seed: 11 }) });
  out.push({ name: 'generated', text: g.text });
  return out;
}

/** A service holding `text` beside the peer document: the context the rules see there. */
function workspace(text: string): { svc: LanguageService; doc: VbhcDocument } {
  const svc = new LanguageService();
  svc.setDocument(PEER_URI, PEER, 1);
  svc.setDocument('file:///a.vbhc.md', text, 1);
  return { svc, doc: svc.getDocument('file:///a.vbhc.md')! };
}

function findings(svc: LanguageService, rule: Rule, doc: VbhcDocument, within?: { start: number; end: number }): Finding[] {
  const out: Finding[] = [];
  const ctx: CheckContext = { ...svc.checkContext(doc), within };
  (rule as LocalRule).check(ctx, (f) => out.push(f));
  return out;
}

test("the rules that say what they read: per-document ones, and cross-document ones reading 'block'", () => {
  const reading = ALL_RULES.filter((r) => r.reads);
  assert.ok(reading.filter((r) => !r.crossDocument).length >= 10 && reading.some((r) => r.crossDocument), `${reading.length} rules`);
  for (const r of ALL_RULES) if (r.crossDocument) assert.ok(r.reads === undefined || r.reads === 'block', r.code);
});

test("a rule reading 'block' finds in a block alone what it finds there in the whole document, in document order", () => {
  let compared = 0;
  const seen = new Map<string, number>();
  for (const { name, text } of sources()) {
    const { svc, doc } = workspace(text);
    const blocks = doc.body.blocks;
    for (const rule of ALL_RULES) {
      if (rule.reads !== 'block') continue;
      const all = findings(svc, rule, doc);
      // Block by block in document order (after those of the front matter), each finding and its fixes inside its block.
      let last = -1;
      const bodyStart = doc.source.lineStart(doc.body.startLine);
      for (const f of all) {
        // The front matter, which a paragraph edit leaves alone, comes first.
        if (f.end <= bodyStart && last < 0) continue;
        const i = blocks.findIndex((b) => f.start >= b.start && f.start <= b.end);
        assert.ok(i >= 0, `${name} ${rule.code}: a finding at ${f.start} outside every block`);
        assert.ok(i >= last, `${name} ${rule.code}: findings out of block order at ${f.start}`);
        last = i;
        const b = blocks[i];
        assert.ok(f.end <= b.end, `${name} ${rule.code}: a finding runs past its block`);
        for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(e.start >= b.start && e.end <= b.end, `${name} ${rule.code}: a fix outside its block`);
      }
      for (const b of blocks) {
        const inside = all.filter((f) => f.start >= b.start && f.start <= b.end);
        assert.deepEqual(findings(svc, rule, doc, { start: b.start, end: b.end }), inside, `${name} ${rule.code} block at line ${b.startLine + 1}`);
        compared += inside.length;
      }
      seen.set(rule.code, (seen.get(rule.code) ?? 0) + all.length);
    }
  }
  for (const [code, n] of seen) assert.ok(n > 0, `${code}: no finding in any document`);
  assert.ok(seen.size >= 9 && compared > 15, `${compared} findings of ${seen.size} rules compared`);
});

test("a rule reading 'outline' finds the same outside the paragraphs when every paragraph's text is replaced", () => {
  const outline = new Set(ALL_RULES.filter((r) => (r as LocalRule).reads === 'outline').map((r) => r.code));
  const seen = new Set<string>();
  for (const { name, text } of sources()) {
    const svc = createLanguageService();
    svc.setDocument('file:///a', text);
    const doc = svc.getDocument('file:///a')!;
    const lines = text.split('\n');
    const replaced = new Set<number>();
    for (const b of doc.body.blocks) {
      if (b.kind !== 'paragraph') continue;
      for (let l = b.startLine; l < b.endLine; l++) (lines[l] = 'Một dòng khác.'), replaced.add(l);
    }
    svc.setDocument('file:///b', lines.join('\n'));
    const apart = (d: VbhcDiagnostic) => outline.has(d.code) && ![d.range, ...(d.fixes ?? []).flatMap((f) => f.edits.map((e) => e.range))].some((r) => [...replaced].some((l) => r.start.line <= l && l <= r.end.line));
    const a = svc.getDiagnostics('file:///a').filter(apart);
    for (const d of a) seen.add(d.code);
    assert.deepEqual(svc.getDiagnostics('file:///b').filter(apart), a, name);
  }
  for (const code of outline) assert.ok(seen.has(code), `${code}: no finding in any document`);
});

test("an 'outline' finding placed in the edited paragraph is found again, not kept", () => {
  // A rule that breaks its word: it reads the first paragraph's text, which the engine must notice by where it reports.
  const firstWord: Rule = {
    code: 'test.first-word',
    severity: 'hint',
    description: { vi: 'Chữ đầu của đoạn đầu', en: 'The first word of the first paragraph' },
    reads: 'outline',
    check({ doc }, report) {
      const b = doc.body.blocks.find((x) => x.kind === 'paragraph');
      if (b) report({ start: b.start, end: b.start + b.text.indexOf(' '), message: { vi: b.text.slice(0, b.text.indexOf(' ')), en: '' } });
    },
  };
  const live = createLanguageService({ rules: [firstWord] });
  const uri = 'file:///h';
  live.setDocument(uri, HEADER, 0);
  assert.equal(live.getDiagnostics(uri)[0].message, 'Sở');
  live.setDocument(uri, HEADER.replace('Sở đã', 'Sở Y tế đã'), 1);
  assert.equal(live.getDiagnostics(uri)[0].message, 'Sở');
  assert.ok(reparseAfterEdit(live.getDocument(uri)!, HEADER.replace('Sở đã', 'Ngành y tế đã'), 2));
  live.setDocument(uri, HEADER.replace('Sở đã', 'Ngành y tế đã'), 2);
  assert.equal(live.getDiagnostics(uri)[0].message, 'Ngành');
});

/** The paragraphs an edit may take the short way in (model/incremental.ts): top-level, between blank lines. */
function editable(doc: VbhcDocument): number[] {
  const lines = doc.source.text.split('\n');
  return doc.body.blocks
    .filter((b) => b.kind === 'paragraph' && b.marker === undefined && b.depth === undefined)
    .filter((b) => (b.startLine === 0 || lines[b.startLine - 1].trim() === '') && (b.endLine >= lines.length || lines[b.endLine].trim() === ''))
    .map((b) => b.startLine);
}

test('after edits at the start, in the middle and at the end, kept diagnostics equal those of a fresh check, and only the edited paragraph is checked again', () => {
  let within = 0;
  let whole = 0;
  let crossWithin = 0;
  // The same rules, counting how each is run.
  const rules = ALL_RULES.map((r) => {
    if (!r.crossDocument) {
      const check: LocalRule['check'] = (ctx, report) => {
        if (r.reads) ctx.within ? within++ : whole++;
        r.check(ctx, report);
      };
      return { ...r, check };
    }
    const check: CrossRule['check'] = (ctx, report) => {
      if (ctx.within) crossWithin++;
      r.check(ctx, report);
    };
    return { ...r, check };
  }) as Rule[];
  let peerChanges = 0;
  let edits = 0;
  let shortEdits = 0;
  for (const { name, text } of sources()) {
    const uri = `file:///${name}`;
    const live = createLanguageService({ rules });
    let peer = PEER;
    live.setDocument(PEER_URI, peer, 1);
    live.setDocument(uri, text, 0);
    live.getDiagnostics(uri);
    const lines0 = editable(live.getDocument(uri)!);
    const picks = [...new Set([lines0[0], lines0[lines0.length >> 1], lines0[lines0.length - 1]])].filter((l) => l !== undefined);
    assert.ok(picks.length > 0, `${name}: no paragraph to edit`);
    let cur = text;
    let version = 0;
    for (const line of picks) {
      for (const snippet of SNIPPETS) {
        for (const where of ['end', 'start'] as const) {
          const lines = cur.split('\n');
          const at = where === 'end' ? lines[line].length : lines[line].indexOf(' ');
          lines[line] = lines[line].slice(0, at) + snippet + lines[line].slice(at);
          const next = lines.join('\n');
          version++;
          const wholeBefore = whole;
          const short = reparseAfterEdit(live.getDocument(uri)!, next, version) !== undefined;
          live.setDocument(uri, next, version);
          const got = live.getDiagnostics(uri);
          const fresh = createLanguageService();
          fresh.setDocument(PEER_URI, peer, 1);
          fresh.setDocument(uri, next, version);
          assert.deepEqual(got, fresh.getDiagnostics(uri), `${name} line ${line + 1} ${where} "${snippet}"`);
          if (version % 5 === 0) {
            // The other document gives the shared symbols other dates: the cross-document results follow.
            peer = peer === PEER ? PEER_OTHER : PEER;
            live.setDocument(PEER_URI, peer, version);
            const again = createLanguageService();
            again.setDocument(PEER_URI, peer, version);
            again.setDocument(uri, next, version);
            assert.deepEqual(live.getDiagnostics(uri), again.getDiagnostics(uri), `${name} after the other document changed`);
            peerChanges++;
          }
          if (short) shortEdits++;
          if (short) assert.equal(whole, wholeBefore, `${name} line ${line + 1} ${where} "${snippet}": a rule reading 'block' ran on the whole document after a paragraph edit`);
          edits++;
          // Every other edit is undone, so that the edits of a chain neither pile up nor all start from the same text.
          if (version % 2 === 0) cur = next;
        }
      }
    }
  }
  assert.ok(edits > 100 && shortEdits > edits * 0.9, `${shortEdits} of ${edits} edits re-parsed one paragraph`);
  assert.ok(within >= shortEdits, `${within} runs on one paragraph for ${shortEdits} edits`);
  assert.ok(crossWithin > shortEdits / 2 && peerChanges > 20, `${crossWithin} cross-document runs on one paragraph, ${peerChanges} changes of the other document`);
});

/**
 * "Fix all" on documents made of sentences with every kind of writing
 * finding that has a settled fix (a typo a rule of writing corrects, a
 * missing space, a tone mark on the wrong letter, a syllable the document
 * settles, the less used tone school) leaves none of them, and a second run
 * changes nothing (a property over random documents).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLanguageService } from '../language-service';
import type { TextEdit } from '../types';
import { docWith } from '../../../../test/support/style-testkit';

const URI = 'file:///sua-het.vbhc.md';
const STYLE = /^style\./;
/** Hints are fixed by "fix all" only when the settings list them. */
const SEVERITY = { 'style.tone-placement': 'warning' } as const;

/** Sentences written for this test, each with the findings it holds. */
const SENTENCES = [
  'Sở đã hoàn thành ngiệp vụ chuyên môn.',
  'Các phòng thực hiện nhiệm vụ trọngtâm của năm.',
  'Ý kiến cuả cơ sở được tiếp thu.',
  'Cán bộ trong nghành được tập huấn.',
  'Các nhiêm vụ còn lại được giao tiếp.',
  'Công tác hòa giải ở cơ sở được duy trì.',
  'Công tác hoà giải ở thôn được duy trì.',
  'Hệ thống thủy lợi được nâng cấp.',
  'Nuôi trồng thuỷ sản phát triển.',
  'Đơn vị giữ gìn sức khỏe cho người lao động.',
  'Các hộ kác được hỗ trợ kịp thời.',
  'Mọi người đều khoẻ mạnh.',
];

function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const off = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => off(b.range.start) - off(a.range.start)).reduce((t, e) => t.slice(0, off(e.range.start)) + e.newText + t.slice(off(e.range.end)), text);
}

function fixAll(text: string): { fixed: string; before: number; after: number; again: number } {
  const ls = createLanguageService({ settings: { severity: SEVERITY } });
  ls.setDocument(URI, text);
  const before = ls.getDiagnostics(URI).filter((d) => STYLE.test(d.code)).length;
  const fixed = apply(text, ls.getFixAllEdits(URI));
  ls.setDocument(URI, fixed, 1);
  const after = ls.getDiagnostics(URI).filter((d) => STYLE.test(d.code));
  assert.deepEqual(after.map((d) => d.message), [], fixed);
  return { fixed, before, after: after.length, again: ls.getFixAllEdits(URI).length };
}

test('a document with every kind of settled writing finding: fix all leaves none, and a second run changes nothing', () => {
  const r = fixAll(docWith(SENTENCES.join(' ')));
  assert.ok(r.before >= 9, `findings before: ${r.before}`);
  assert.match(r.fixed, /nghiệp vụ.*trọng tâm.*Ý kiến của.*trong ngành.*Các nhiệm vụ.*hòa giải ở thôn.*thủy sản.*hộ các.*khỏe mạnh/s);
  assert.equal(r.again, 0);
});

test('property: any mix of those sentences, in any order and paragraphs, is fixed whole in one run', () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (paras) => {
      // The settled `nhiệm` needs the form it is settled by somewhere in the document.
      const body = ['Nhiệm vụ được giao đầy đủ.', ...paras.map((p) => p.join(' '))].join('\n\n');
      const r = fixAll(docWith(body));
      assert.equal(r.after, 0);
      assert.equal(r.again, 0);
    }),
    { numRuns: 40, seed: 20 },
  );
});

/**
 * Units written for this test, each with what "fix all" makes of it: every
 * writing rule with a fix (spelling, capitals, spacing, abbreviations, tone
 * placement) and the other rules' fixes (a symbol's case, `số`, the end
 * mark). Each unit is self-contained, so its fixed form does not depend on
 * its neighbours — except the tone school, which the document's majority
 * settles and which the comparison folds.
 */
const UNITS: readonly (readonly [string, string])[] = [
  ['Sở đã hoàn thành ngiệp vụ chuyên môn.', 'Sở đã hoàn thành nghiệp vụ chuyên môn.'],
  ['Các phòng thực hiện nhiệm vụ trọngtâm của năm.', 'Các phòng thực hiện nhiệm vụ trọng tâm của năm.'],
  ['Ý kiến cuả cơ sở được tiếp thu.', 'Ý kiến của cơ sở được tiếp thu.'],
  ['Các hộ kác được hỗ trợ kịp thời.', 'Các hộ các được hỗ trợ kịp thời.'],
  ['Sở đã Triển Khai kế hoạch của tỉnh.', 'Sở đã triển khai kế hoạch của tỉnh.'],
  ['Việc này thực hiện theo nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.', 'Việc này thực hiện theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.'],
  ['Các phòng ,đơn vị  phối hợp chặt chẽ.', 'Các phòng, đơn vị phối hợp chặt chẽ.'],
  ['Đoàn làm việc với xã (  theo lịch ) trong tháng.', 'Đoàn làm việc với xã (theo lịch) trong tháng.'],
  ['Việc rà soát TTHC được đẩy mạnh; thủ tục hành chính (TTHC) được công khai.', 'Việc rà soát thủ tục hành chính (TTHC) được đẩy mạnh; TTHC được công khai.'],
  ['Sở thực hiện Kết luận số 77-Kl/TU của Tỉnh ủy.', 'Sở thực hiện Kết luận số 77-KL/TU của Tỉnh ủy.'],
  ['Sở đã thực hiện Kế hoạch 12/KH-UBND của tỉnh.', 'Sở đã thực hiện Kế hoạch số 12/KH-UBND của tỉnh.'],
  ['Công tác hòa giải ở cơ sở được duy trì.', 'Công tác hòa giải ở cơ sở được duy trì.'],
  ['Công tác hoà giải ở thôn được duy trì.', 'Công tác hòa giải ở thôn được duy trì.'],
  ['Nuôi trồng thuỷ sản phát triển.', 'Nuôi trồng thủy sản phát triển.'],
  ['Đơn vị giữ gìn sức khỏe cho người lao động.', 'Đơn vị giữ gìn sức khỏe cho người lao động.'],
];

/** Every writing rule and the other rules with fixes, listed in Problems so "fix all" takes them. */
const ALL_LISTED = { 'style.tone-placement': 'warning', 'style.spacing': 'warning', 'style.abbreviation': 'warning', 'ref.missing-so': 'warning' } as const;
const FIXABLE = /^(?:style\.|ref\.symbol-malformed$|ref\.missing-so$|structure\.missing-end-mark$)/;
/** The tone school folded to one, for comparing texts whose school the majority chose. */
const foldTone = (s: string) => s.replace(/oà/g, 'òa').replace(/uỷ/g, 'ủy').replace(/oẻ/g, 'ỏe');

test('property: every fix of every rule together, on any set of units in any order and paragraphs — no finding left, nothing lost, a second run changes nothing', () => {
  fc.assert(
    fc.property(
      fc.shuffledSubarray([...UNITS.keys()], { minLength: 1 }),
      fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 6 }),
      (order, sizes) => {
        // The units cut into paragraphs of the given sizes (the rest in the last one).
        const paras: number[][] = [];
        let at = 0;
        for (const n of sizes) if (at < order.length) paras.push(order.slice(at, (at += n)));
        if (at < order.length) paras.push(order.slice(at));
        const body = (side: 0 | 1) => paras.map((p) => p.map((i) => UNITS[i][side]).join(' ')).join('\n\n').replace(/\.$/, '');
        // The source without its end mark: "fix all" adds it.
        const text = docWith(body(0)).replace(/\.\/\.\n$/, '.\n');
        const ls = createLanguageService({ settings: { severity: ALL_LISTED } });
        ls.setDocument(URI, text);
        const fixed = apply(text, ls.getFixAllEdits(URI));
        ls.setDocument(URI, fixed, 1);
        assert.deepEqual(ls.getDiagnostics(URI).filter((d) => FIXABLE.test(d.code)).map((d) => `${d.code}: ${d.message}`), [], fixed);
        assert.equal(foldTone(fixed), foldTone(docWith(body(1))));
        assert.deepEqual(ls.getFixAllEdits(URI), []);
      },
    ),
    { numRuns: 60, seed: 19 },
  );
});

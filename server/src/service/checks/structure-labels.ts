/**
 * The heading-label analysis behind `structure.numbering-gap`,
 * `structure.numbering-duplicate` and `structure.numbering-style`: one pass
 * over each group of sibling headings (see renumber.ts), cached per
 * document, so the three rules share the work. Also decides which finding
 * carries the "fix all" renumbering of its group, so that fix-all applies
 * each renumbering once.
 */
import { msg, type Msg } from '../i18n';
import type { Heading } from '../model/body';
import type { LabelKind } from '../model/heading-label';
import type { VbhcDocument } from '../model/document';
import type { VbhcSettings } from '../settings';
import type { CoreFix, Finding } from './rule';
import {
  KIND_SAMPLE,
  LEVEL_KINDS,
  currentLabel,
  groupRenumberEdits,
  headingGroups,
  idealLabels,
  labelText,
  prefixOf,
  type IdealLabel,
} from './renumber';
import { analysed, type Analysis } from '../model/analysis';

/** The three label codes. */
export const GAP = 'structure.numbering-gap';
export const DUPLICATE = 'structure.numbering-duplicate';
export const STYLE = 'structure.numbering-style';
type LabelCode = typeof GAP | typeof DUPLICATE | typeof STYLE;

/** What is wrong with one label. */
export type LabelProblemKind =
  | 'gap' // skips numbers (I then III), or the first is not 1
  | 'order' // comes back to a number not used yet (I, III, II)
  | 'zero' // number 0
  | 'prefix' // decimal label that does not continue its parent (1.1. under 2.)
  | 'duplicate' // repeats a sibling's number
  | 'style' // style not used at this level (## II.)
  | 'mixed' // allowed style, but not the one its siblings use
  | 'letter'; // a letter outside the Vietnamese sequence (f, j, w, z)

/** One problem of one heading's label. */
export interface LabelProblem {
  code: LabelCode;
  kind: LabelProblemKind;
  /** Index of the heading in `body.headings`. */
  heading: number;
  /** Index of its sibling group. */
  group: number;
  /** The label it would get from renumbering its group. */
  target?: IdealLabel;
  /** For duplicates: the earlier heading with the same number; for gaps/order: the previous labelled sibling. */
  other?: number;
  /** For prefix problems: the parent's number parts. */
  expectedPrefix?: number[];
}

const KIND_CODE: Record<LabelProblemKind, LabelCode> = {
  gap: GAP,
  order: GAP,
  zero: GAP,
  prefix: GAP,
  duplicate: DUPLICATE,
  style: STYLE,
  mixed: STYLE,
  letter: STYLE,
};

const KIND_NAME: Record<LabelKind, Msg> = {
  roman: msg('số La Mã (I., II., …)', 'Roman numerals (I., II., …)'),
  arabic: msg('số Ả Rập (1., 2., …)', 'Arabic numbers (1., 2., …)'),
  decimal: msg('số thập phân (1.1., 1.2., …)', 'decimal numbers (1.1., 1.2., …)'),
  letter: msg('chữ cái (a), b), …)', 'letters (a), b), …)'),
  none: msg('không có số', 'no label'),
};

/** Every label problem of a document, in heading order (once per document). */
export function labelProblems(doc: VbhcDocument): LabelProblem[] {
  return analysed(doc, LABEL_PROBLEMS);
}

/** Label problems name headings by index and hold no offsets: an edit inside a paragraph leaves them as they were. */
const LABEL_PROBLEMS: Analysis<LabelProblem[]> = { name: 'heading label problems', compute: findLabelProblems, carry: (old) => old };

function findLabelProblems(doc: VbhcDocument): LabelProblem[] {
  const hs = doc.body.headings;
  const { groups } = headingGroups(doc);
  const ideal = idealLabels(doc);
  const out: LabelProblem[] = [];
  groups.forEach((g, gi) => {
    const allowed = LEVEL_KINDS[g.level];
    const parentPrefix = g.parent >= 0 ? prefixOf(currentLabel(hs[g.parent])) : undefined;
    const seen = new Map<number, number>(); // number → first heading carrying it
    let max = 0;
    let prevLabelled = -1;
    for (const i of g.members) {
      const label = hs[i].label;
      if (!label) continue;
      const add = (kind: LabelProblemKind, extra: Partial<LabelProblem> = {}) =>
        out.push({ code: KIND_CODE[kind], kind, heading: i, group: gi, target: ideal.get(i), ...extra });
      if (allowed && !allowed.includes(label.kind)) add('style');
      else if (label.kind !== g.kind) add('mixed');
      if (label.kind === 'letter' && label.value === 0) add('letter');
      if (label.kind === 'decimal' && parentPrefix && !samePrefix(label.parts, parentPrefix)) add('prefix', { expectedPrefix: parentPrefix });
      const v = label.value;
      if (v === 0) {
        if (label.kind !== 'letter') add('zero');
        max++; // it stands in for the next number
      } else if (v === max + 1) {
        max = v;
      } else if (v > max + 1) {
        add('gap', { other: prevLabelled >= 0 ? prevLabelled : undefined });
        max = v;
      } else if (seen.has(v)) {
        add('duplicate', { other: seen.get(v) });
      } else {
        add('order', { other: prevLabelled });
      }
      if (v > 0 && !seen.has(v)) seen.set(v, i);
      prevLabelled = i;
    }
  });
  out.sort((a, b) => a.heading - b.heading);
  return out;
}

function samePrefix(parts: readonly number[], prefix: readonly number[]): boolean {
  return parts.length === prefix.length + 1 && prefix.every((p, i) => parts[i] === p);
}

/**
 * The problems that carry their group's renumbering as a "fix all" fix: for
 * each group with a problem under an enabled code, its first such problem,
 * unless an ancestor group also has one (the ancestor's renumbering covers
 * its whole subtree).
 */
export function fixAllRepresentatives(doc: VbhcDocument, settings: VbhcSettings): Set<LabelProblem> {
  const hs = doc.body.headings;
  const { groupOf } = headingGroups(doc);
  const first = new Map<number, LabelProblem>();
  for (const p of labelProblems(doc)) {
    if (settings.severity[p.code] === 'off') continue;
    if (!first.has(p.group)) first.set(p.group, p);
  }
  const reps = new Set<LabelProblem>();
  for (const p of first.values()) {
    let covered = false;
    for (let a = hs[p.heading].parent; a >= 0; a = hs[a].parent) {
      if (first.has(groupOf[a])) {
        covered = true;
        break;
      }
    }
    if (!covered) reps.add(p);
  }
  return reps;
}

/** The quoted label of a heading, e.g. `"II."`. */
function q(h: Heading): string {
  return `"${h.label?.text ?? ''}"`;
}

function lineNo(h: Heading): number {
  return h.startLine + 1;
}

/** Name of the parent for messages: `mục "II."` or `đầu văn bản`. */
function parentName(hs: readonly Heading[], h: Heading): Msg {
  if (h.parent < 0) return msg('trong các mục ngoài cùng', 'among the top-level headings');
  const p = hs[h.parent];
  const name = p.label ? p.label.text : p.title.slice(0, 40);
  return msg(`trong mục "${name}"`, `under "${name}"`);
}

/** Title of the renumber fix of a heading's group. */
function renumberTitle(hs: readonly Heading[], h: Heading): Msg {
  if (h.parent < 0) return msg('Đánh số lại các mục ngoài cùng', 'Renumber the top-level headings');
  const p = hs[h.parent];
  const name = p.label ? p.label.text : p.title.slice(0, 40);
  return msg(`Đánh số lại các mục con của "${name}"`, `Renumber the headings under "${name}"`);
}

/** The message of a label problem, quoting the label and saying the fix. */
export function problemMessage(doc: VbhcDocument, p: LabelProblem): Msg {
  const hs = doc.body.headings;
  const h = hs[p.heading];
  const target = p.target ? labelText(p.target) : undefined;
  // A repeated label may keep its number (I, II, II, III: the first II stays, the second becomes III).
  const shouldBe = target && target !== h.label?.text ? msg(` Số đúng là "${target}".`, ` It should be "${target}".`) : msg('', '');
  const renumber = msg(' Dùng sửa nhanh "Đánh số lại" để đánh lại số các mục cùng cấp.', ' Use the quick fix "Renumber" to renumber the sibling headings.');
  const where = parentName(hs, h);
  const join = (a: Msg, b: Msg, c: Msg = msg('', '')) => msg(a.vi + b.vi + c.vi, a.en + b.en + c.en);
  switch (p.kind) {
    case 'gap': {
      if (p.other === undefined) {
        return join(msg(`Mục ${q(h)} là mục đầu tiên ${where.vi} nhưng không bắt đầu từ số 1 (thiếu số trước nó).`, `Heading ${q(h)} is the first ${where.en} but does not start at 1 (numbers are skipped).`), shouldBe, renumber);
      }
      const prev = hs[p.other];
      return join(msg(`Đánh số bị nhảy: sau mục ${q(prev)} (dòng ${lineNo(prev)}) là mục ${q(h)} ${where.vi}.`, `Numbering skips: ${q(h)} follows ${q(prev)} (line ${lineNo(prev)}) ${where.en}.`), shouldBe, renumber);
    }
    case 'order': {
      const prev = hs[p.other!];
      return join(msg(`Đánh số không theo thứ tự: mục ${q(h)} đứng sau mục ${q(prev)} (dòng ${lineNo(prev)}) ${where.vi}.`, `Numbering is out of order: ${q(h)} comes after ${q(prev)} (line ${lineNo(prev)}) ${where.en}.`), shouldBe, renumber);
    }
    case 'zero':
      return join(msg(`Mục ${q(h)} đánh số 0; số thứ tự mục bắt đầu từ 1.`, `Heading ${q(h)} is numbered 0; numbering starts at 1.`), shouldBe, renumber);
    case 'prefix': {
      const pre = p.expectedPrefix!.join('.');
      return join(msg(`Mục ${q(h)} nằm trong mục "${pre}." nên phải đánh số dạng "${pre}.1.", "${pre}.2.", …`, `Heading ${q(h)} is under "${pre}." so it must be numbered "${pre}.1.", "${pre}.2.", …`), shouldBe, renumber);
    }
    case 'duplicate': {
      const first = hs[p.other!];
      return join(msg(`Số mục ${q(h)} bị trùng với mục ${q(first)} ở dòng ${lineNo(first)} ${where.vi}.`, `Heading number ${q(h)} repeats ${q(first)} on line ${lineNo(first)} ${where.en}.`), shouldBe, renumber);
    }
    case 'style': {
      const allowed = LEVEL_KINDS[h.level] ?? [];
      const names = allowed.map((k) => KIND_NAME[k]);
      const hashes = '#'.repeat(h.level);
      return join(
        msg(
          `Mục ${q(h)} là tiêu đề cấp ${h.level} ("${hashes}") nhưng đánh số kiểu ${KIND_NAME[h.label!.kind].vi}; cấp ${h.level} dùng ${names.map((n) => n.vi).join(' hoặc ')}.`,
          `Heading ${q(h)} is a level-${h.level} heading ("${hashes}") but uses ${KIND_NAME[h.label!.kind].en}; level ${h.level} uses ${names.map((n) => n.en).join(' or ')}.`,
        ),
        target ? msg(` Đổi thành "${target}".`, ` Change it to "${target}".`) : msg('', ''),
      );
    }
    case 'mixed': {
      const g = headingGroups(doc).groups[p.group];
      return join(
        msg(
          `Mục ${q(h)} đánh số kiểu ${KIND_NAME[h.label!.kind].vi}, không thống nhất với các mục cùng cấp ${where.vi} (kiểu ${KIND_SAMPLE[g.kind]}).`,
          `Heading ${q(h)} uses ${KIND_NAME[h.label!.kind].en}, unlike its siblings ${where.en} (style ${KIND_SAMPLE[g.kind]}).`,
        ),
        target ? msg(` Đổi thành "${target}".`, ` Change it to "${target}".`) : msg('', ''),
      );
    }
    case 'letter':
      return join(
        msg(
          `Mục ${q(h)} dùng chữ không có trong thứ tự chữ cái tiếng Việt của văn bản hành chính (a, b, c, d, đ, e, g, h, i, k, …; không dùng f, j, w, z).`,
          `Heading ${q(h)} uses a letter outside the Vietnamese administrative sequence (a, b, c, d, đ, e, g, h, i, k, …; no f, j, w, z).`,
        ),
        shouldBe,
        renumber,
      );
  }
}

/**
 * Problems of one code reported per group of siblings; past that, one more
 * finding counts the rest (the group's renumbering fixes them all). A
 * document of thousands of repeated labels then gets a bounded list.
 */
export const MAX_PROBLEMS_PER_GROUP = 20;

const CODE_NOUN: Record<LabelCode, Msg> = {
  [GAP]: msg('đánh số bị nhảy hoặc sai thứ tự', 'skipped or out-of-order numbers'),
  [DUPLICATE]: msg('trùng số thứ tự', 'repeated numbers'),
  [STYLE]: msg('đánh số không đúng kiểu', 'labels in the wrong style'),
};

/** The message of the finding that stands for the problems not listed one by one. */
function restMessage(doc: VbhcDocument, code: LabelCode, rest: readonly LabelProblem[]): Msg {
  const hs = doc.body.headings;
  const h = hs[rest[0].heading];
  const where = parentName(hs, h);
  const from = lineNo(h);
  const to = lineNo(hs[rest[rest.length - 1].heading]);
  const noun = CODE_NOUN[code];
  const lines = from === to ? msg(`dòng ${from}`, `line ${from}`) : msg(`dòng ${from}–${to}`, `lines ${from}–${to}`);
  return msg(
    `Còn ${rest.length} mục ${noun.vi} ${where.vi} (${lines.vi}, bắt đầu từ mục ${q(h)}); chỉ ${MAX_PROBLEMS_PER_GROUP} mục đầu được báo riêng. Dùng sửa nhanh "Đánh số lại" để đánh lại số các mục cùng cấp.`,
    `${rest.length} more headings with ${noun.en} ${where.en} (${lines.en}, from ${q(h)}); only the first ${MAX_PROBLEMS_PER_GROUP} are reported one by one. Use the quick fix "Renumber" to renumber the sibling headings.`,
  );
}

/** Reports every problem of one code, with its fixes. */
export function reportLabelProblems(doc: VbhcDocument, settings: VbhcSettings, code: LabelCode, report: (f: Finding) => void): void {
  const problems = labelProblems(doc).filter((p) => p.code === code);
  if (problems.length === 0) return;
  const hs = doc.body.headings;
  const reps = fixAllRepresentatives(doc, settings);
  const groupFixes = new Map<number, CoreFix['edits']>();
  const groupEdits = (g: number) => {
    let e = groupFixes.get(g);
    if (!e) groupFixes.set(g, (e = groupRenumberEdits(doc, g)));
    return e;
  };
  const perGroup = new Map<number, LabelProblem[]>();
  for (const p of problems) {
    let list = perGroup.get(p.group);
    if (!list) perGroup.set(p.group, (list = []));
    list.push(p);
  }
  const reported = new Map<number, number>();
  for (const p of problems) {
    const h = hs[p.heading];
    const siblings = perGroup.get(p.group)!;
    const at = reported.get(p.group) ?? 0;
    reported.set(p.group, at + 1);
    // One problem more than the limit is still reported as itself: a count of one says less.
    if (siblings.length > MAX_PROBLEMS_PER_GROUP + 1) {
      if (at > MAX_PROBLEMS_PER_GROUP) continue;
      if (at === MAX_PROBLEMS_PER_GROUP) {
        const edits = groupEdits(p.group);
        const rest = siblings.slice(MAX_PROBLEMS_PER_GROUP);
        report({
          start: h.labelStart,
          end: h.labelEnd,
          message: restMessage(doc, code, rest),
          fixes: edits.length ? [{ title: renumberTitle(hs, h), edits, fixAll: reps.has(p) }] : undefined,
          data: { kind: 'more', count: rest.length, label: h.label?.text },
        });
        continue;
      }
    }
    const fixes: CoreFix[] = [];
    const target = p.target ? labelText(p.target, h.label?.kind !== 'decimal' || h.label.text.endsWith('.')) : undefined;
    if (code === STYLE && target && target !== h.label!.text) {
      fixes.push({
        title: msg(`Đổi "${h.label!.text}" thành "${target}"`, `Change "${h.label!.text}" to "${target}"`),
        edits: [{ start: h.labelStart, end: h.labelEnd, newText: target }],
        fixAll: false,
      });
    }
    const edits = groupEdits(p.group);
    if (edits.length > 0) {
      fixes.push({
        title: renumberTitle(hs, h),
        edits,
        fixAll: reps.has(p),
      });
    }
    report({
      start: h.labelStart,
      end: h.labelEnd,
      message: problemMessage(doc, p),
      fixes: fixes.length ? fixes : undefined,
      data: { kind: p.kind, label: h.label?.text, target },
    });
  }
}

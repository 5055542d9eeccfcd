/**
 * Heading renumbering: the label every heading ought to carry, and the edits
 * that give it that label. Shared by the numbering checks (their quick fixes),
 * "fix all" and the `vbhc/renumberHeadings` command.
 *
 * Headings are grouped by parent and level ("siblings"); within a group the
 * k-th labelled heading gets number k in the group's style (level 1 `I.`,
 * level 2 `1.`, level 3 `1.1.` or `a)`, level 4 `a)` or `1.1.1.`), decimal
 * labels take their parent's number as prefix (`2.1.` under `2.`). Edits
 * replace label text only; titles, unlabelled headings and everything else
 * stay as written. One pass over the headings: linear in their number.
 */
import { toLetter, toRoman, type LabelKind } from '../model/heading-label';
import type { Heading } from '../model/body';
import type { VbhcDocument } from '../model/document';
import type { CoreEdit } from './rule';
import { analysed, type Analysis } from '../model/analysis';

/** Label styles allowed at each heading level (dialect §2); levels 5–6 are free. */
export const LEVEL_KINDS: Readonly<Record<number, readonly LabelKind[]>> = {
  1: ['roman'],
  2: ['arabic'],
  3: ['decimal', 'letter'],
  4: ['letter', 'decimal'],
};

/** Sample label of each style, for messages. */
export const KIND_SAMPLE: Readonly<Record<LabelKind, string>> = {
  roman: 'I.',
  arabic: '1.',
  decimal: '1.1.',
  letter: 'a)',
  none: '',
};

/** Siblings: the headings of one parent at one level, in document order. */
export interface HeadingGroup {
  /** Index in `body.headings` of the parent, -1 at the top. */
  parent: number;
  level: number;
  /** Indices of every member, labelled or not. */
  members: number[];
  /** The style the group's labels should have. */
  kind: LabelKind;
}

/** The group structure of a document's headings. */
export interface HeadingGroups {
  groups: HeadingGroup[];
  /** Group index of each heading. */
  groupOf: number[];
  /** For each heading, the index just past its last descendant. */
  subtreeEnd: number[];
}

/** A heading's target label: style and number parts (`[2, 1]` for `2.1.`). */
export interface IdealLabel {
  kind: LabelKind;
  parts: number[];
}

/** Groups the headings of a document by parent and level (once per document). */
export function headingGroups(doc: VbhcDocument): HeadingGroups {
  return analysed(doc, HEADING_GROUPS);
}

/** Heading groups are indices into the headings, which an edit inside a paragraph leaves as they were. */
const HEADING_GROUPS: Analysis<HeadingGroups> = { name: 'heading groups', compute: groupHeadings, carry: (old) => old };

function groupHeadings(doc: VbhcDocument): HeadingGroups {
  const hs = doc.body.headings;
  const groups: HeadingGroup[] = [];
  const groupOf: number[] = new Array(hs.length);
  // Latest group per "parent:level"; a map keeps this linear.
  const byKey = new Map<string, number>();
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i];
    const key = `${h.parent}:${h.level}`;
    let g = byKey.get(key);
    if (g === undefined) {
      g = groups.length;
      groups.push({ parent: h.parent, level: h.level, members: [], kind: 'none' });
      byKey.set(key, g);
    }
    groups[g].members.push(i);
    groupOf[i] = g;
  }
  for (const g of groups) g.kind = groupKind(hs, g);
  const subtreeEnd: number[] = new Array(hs.length).fill(hs.length);
  const stack: number[] = [];
  for (let i = 0; i < hs.length; i++) {
    while (stack.length && hs[stack[stack.length - 1]].level >= hs[i].level) subtreeEnd[stack.pop()!] = i;
    stack.push(i);
  }
  return { groups, groupOf, subtreeEnd };
}

/**
 * The style of a group: its first label's style when the level allows it,
 * else the level's usual style. Level 3 under an Arabic-numbered parent
 * defaults to `1.1.`, otherwise to `a)`.
 */
function groupKind(hs: readonly Heading[], g: HeadingGroup): LabelKind {
  const allowed = LEVEL_KINDS[g.level];
  const first = g.members.map((i) => hs[i].label).find((l) => l !== undefined);
  if (!allowed) return first?.kind ?? 'none';
  if (first && allowed.includes(first.kind)) return first.kind;
  if (g.level === 3) {
    const parentKind = g.parent >= 0 ? hs[g.parent].label?.kind : undefined;
    return parentKind === 'arabic' || parentKind === 'decimal' ? 'decimal' : 'letter';
  }
  return allowed[0];
}

/** The number parts a decimal child should start with: the parent's parts when it is numbered in Arabic. */
export function prefixOf(parent: IdealLabel | undefined): number[] | undefined {
  return parent && (parent.kind === 'arabic' || parent.kind === 'decimal') ? parent.parts : undefined;
}

/** A heading's current label as an IdealLabel (undefined when it has none). */
export function currentLabel(h: Heading): IdealLabel | undefined {
  return h.label ? { kind: h.label.kind, parts: h.label.parts } : undefined;
}

/**
 * Target labels of the headings in the given groups (all groups when
 * `scope` is omitted). A parent outside the scope keeps its current label,
 * so renumbering one group never assumes fixes made elsewhere.
 */
export function idealLabels(doc: VbhcDocument, scope?: ReadonlySet<number>): Map<number, IdealLabel> {
  const hs = doc.body.headings;
  const { groups } = headingGroups(doc);
  const ideal = new Map<number, IdealLabel>();
  // Groups are in order of their first member, so a parent's group comes first.
  for (let gi = 0; gi < groups.length; gi++) {
    if (scope && !scope.has(gi)) continue;
    const g = groups[gi];
    if (g.kind === 'none') continue;
    const parent = g.parent >= 0 ? ideal.get(g.parent) ?? currentLabel(hs[g.parent]) : undefined;
    let prefix = prefixOf(parent);
    if (g.kind === 'decimal' && !prefix) {
      // No numbered parent: keep the prefix the group's first decimal label uses.
      const firstDecimal = g.members.map((i) => hs[i].label).find((l) => l?.kind === 'decimal');
      prefix = firstDecimal ? firstDecimal.parts.slice(0, -1) : [1];
    }
    let k = 0;
    for (const i of g.members) {
      if (!hs[i].label) continue;
      k++;
      ideal.set(i, { kind: g.kind, parts: g.kind === 'decimal' ? [...prefix!, k] : [k] });
    }
  }
  return ideal;
}

/** The text of a label: `IV.`, `4.`, `2.1.`, `đ)`; undefined past `y)`. */
export function labelText(label: IdealLabel, trailingDot = true): string | undefined {
  const n = label.parts[label.parts.length - 1];
  if (label.kind === 'roman') return `${toRoman(n)}.`;
  if (label.kind === 'arabic') return `${n}.`;
  if (label.kind === 'decimal') return `${label.parts.join('.')}${trailingDot ? '.' : ''}`;
  if (label.kind === 'letter') {
    const letter = toLetter(n);
    return letter === '?' ? undefined : `${letter})`;
  }
  return undefined;
}

/** Whether a heading's label already says what the target says (`01.` is `1.`; `1.1` is `1.1.`). */
export function sameLabel(h: Heading, target: IdealLabel): boolean {
  const l = h.label;
  if (!l || l.kind !== target.kind || l.parts.length !== target.parts.length) return false;
  if (l.kind === 'letter' && l.value === 0) return false;
  return l.parts.every((p, i) => p === target.parts[i]);
}

/** Edit turning a heading's label into the target (undefined when nothing changes). */
export function labelEdit(h: Heading, target: IdealLabel): CoreEdit | undefined {
  if (sameLabel(h, target)) return undefined;
  const text = labelText(target, h.label?.kind !== 'decimal' || h.label.text.endsWith('.'));
  if (text === undefined || !h.label) return undefined;
  return { start: h.labelStart, end: h.labelEnd, newText: text };
}

/**
 * Edits that renumber a group and every heading beneath its members (decimal
 * children follow their parent's new number). Only label text changes.
 */
export function groupRenumberEdits(doc: VbhcDocument, group: number): CoreEdit[] {
  const hs = doc.body.headings;
  const { groups, groupOf, subtreeEnd } = headingGroups(doc);
  const scope = new Set<number>([group]);
  for (const m of groups[group].members) {
    for (let i = m + 1; i < subtreeEnd[m]; i++) scope.add(groupOf[i]);
  }
  return editsFor(hs, idealLabels(doc, scope));
}

/** Edits that renumber every heading of the document. */
export function renumberAllEdits(doc: VbhcDocument): CoreEdit[] {
  return editsFor(doc.body.headings, idealLabels(doc));
}

function editsFor(hs: readonly Heading[], ideal: Map<number, IdealLabel>): CoreEdit[] {
  const edits: CoreEdit[] = [];
  for (const [i, target] of [...ideal].sort((a, b) => a[0] - b[0])) {
    const e = labelEdit(hs[i], target);
    if (e) edits.push(e);
  }
  return edits;
}

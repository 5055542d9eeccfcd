/**
 * style.spacing — spaces in prose: two spaces in a row, a space before
 * `, . ; :`, none after them, a space inside brackets or quotes. Only prose
 * lines (style-text.ts): tables keep their alignment, code and the front
 * matter are not read, and masked spans (inline code, URLs, e-mail
 * addresses, links) never count. Numbers (`1.000`, `1,5`, `30/2020`),
 * times (`8:30`), ellipses (`...`) and the end mark `./.` are not
 * punctuation followed by a word. Each finding's fix is one edit of spaces
 * (safe in fix-all); a second fix repairs every spacing finding of the
 * document at once.
 */
import { msg, type Msg } from '../i18n';
import type { CoreEdit, CoreFix, Finding, Rule } from './rule';
import { MASK, MAX_STYLE_FINDINGS, MAX_STYLE_SCAN, asOneEdit, isDigit, isLetter, isLower, isUpper, lineMemo, lineSlot, proseLines, quoted } from './style-text';

const SPACE_RUN = / {2,}| +(?=[,;:.)”])|(?<=[(“]) +/g;
const NO_SPACE_AFTER = /[,;:.](?=[\p{L}\p{N}])/gu;
/** Words before `:` that start an address, not a clause. */
const SCHEMES = new Set(['http', 'https', 'ftp', 'mailto', 'tel', 'file']);

export const styleSpacing: Rule = {
  code: 'style.spacing',
  severity: 'hint',
  description: msg('Khoảng trắng sai quanh dấu câu, ngoặc hoặc hai khoảng trắng liền nhau', 'Wrong spacing around punctuation or brackets, or two spaces in a row'),
  check: function styleSpacing({ doc }, report) {
    const text = doc.source.text;
    const found: Found[] = [];
    for (const line of proseLines(doc)) {
      if (found.length >= MAX_STYLE_SCAN) break;
      const room = MAX_STYLE_SCAN - found.length;
      // The line's findings as read before; a line that would pass the scan's bound is read again up to it.
      const memo = lineMemo(line, LINE_SPACING, () => scanLine(line.text, Infinity));
      const own = memo.counted <= room ? memo : scanLine(line.text, room);
      const at = line.start;
      for (const r of own.found) {
        const edit = { start: at + r.editStart, end: at + r.editEnd, newText: r.newText };
        found.push({ start: at + r.start, end: at + r.end, edit, message: () => r.message(text, at) });
      }
    }
    found.sort((x, y) => x.start - y.start);
    const all: CoreFix | undefined =
      found.length > 1
        ? {
            title: msg(`Sửa mọi lỗi khoảng trắng trong văn bản (${found.length})`, `Fix every spacing problem in the document (${found.length})`),
            edits: found.map((f) => f.edit),
          }
        : undefined;
    const shown = found.length > MAX_STYLE_FINDINGS + 1 ? MAX_STYLE_FINDINGS : found.length;
    for (let k = 0; k < shown; k++) {
      const { edit, start, end, message } = found[k];
      const own: CoreFix = { title: edit.newText ? msg('Sửa khoảng trắng', 'Fix the spacing') : msg('Xóa khoảng trắng thừa', 'Remove the extra space'), edits: [edit], fixAll: true };
      report({ start, end, message: message(), fixes: all ? [own, all] : [own] });
    }
    if (shown < found.length && all) {
      const rest = found.length - shown;
      const f = found[shown];
      report({
        start: f.start,
        end: f.end,
        message: msg(
          `Còn ${rest}${found.length >= MAX_STYLE_SCAN ? ' (hoặc hơn)' : ''} lỗi khoảng trắng khác từ đây; chỉ ${MAX_STYLE_FINDINGS} lỗi đầu được báo riêng. Sửa chúng bằng sửa nhanh này.`,
          `${rest}${found.length >= MAX_STYLE_SCAN ? ' (or more)' : ''} more spacing problems from here; only the first ${MAX_STYLE_FINDINGS} are reported one by one. This quick fix fixes them.`,
        ),
        fixes: [{ title: msg(`Sửa ${rest} lỗi khoảng trắng còn lại`, `Fix the ${rest} remaining spacing problems`), edits: [asOneEdit(text, found.slice(shown).map((x) => x.edit))], fixAll: true }],
      });
    }
  },
};

/** A finding of a line, in offsets from the line's start; its message reads the document's text around it. */
interface LineFound {
  start: number;
  end: number;
  editStart: number;
  editEnd: number;
  newText: string;
  message: (text: string, at: number) => Msg;
}

/** A line's findings, and how many the scan's bound counted (runs of spaces and glued marks; the quotes' are not bounded). */
interface LineScan {
  found: LineFound[];
  counted: number;
}

const LINE_SPACING = lineSlot<LineScan>();

/** The spacing findings of a line of prose, at most `room` runs and glued marks (then the quotes' findings). */
function scanLine(t: string, room: number): LineScan {
  const found: LineFound[] = [];
  // Runs of spaces: one finding per run, the first kind that fits.
  for (const m of t.matchAll(SPACE_RUN)) {
    if (found.length >= room) break;
    const a = m.index!;
    const b = a + m[0].length;
    const prev = t[a - 1];
    const next = t[b];
    if (a === 0 || b >= t.length) continue;
    const kind = runKind(t, a, b);
    if (!kind) continue;
    // ` ,word`: the mark moves to the word before, a space after it.
    const glued = kind === 'before' && needsSpaceAfter(t, b, true);
    const end = glued ? b + 1 : b;
    const fixed = kind === 'double' ? ' ' : glued ? `${next} ` : '';
    found.push({ start: a, end, editStart: a, editEnd: end, newText: fixed, message: (text, at) => runMessage(kind, prev, next, context(text, at + a, at + end, fixed)) });
  }
  // Punctuation glued to the next word.
  for (const m of t.matchAll(NO_SPACE_AFTER)) {
    if (found.length >= room) break;
    const i = m.index!;
    if (!needsSpaceAfter(t, i)) continue;
    const mark = t[i];
    found.push({
      start: i,
      end: i + 1,
      editStart: i + 1,
      editEnd: i + 1,
      newText: ' ',
      message: (text, at) => {
        const ctx = context(text, at + i + 1, at + i + 1, ' ');
        return msg(`Thiếu khoảng trắng sau dấu "${mark}": "${ctx.before}"; viết "${ctx.after}".`, `No space after "${mark}": "${ctx.before}"; write "${ctx.after}".`);
      },
    });
  }
  const counted = found.length;
  // Straight double quotes, paired within the line.
  if (t.includes('"')) quotes(t, found);
  return { found, counted };
}

type RunKind = 'before' | 'inside' | 'double';
/** A finding before it is reported: its message is written only when it is. */
type Found = Omit<Finding, 'message'> & { edit: CoreEdit; message: () => Msg };

/** What is wrong with the run of spaces [a, b) of a line, if anything. */
function runKind(t: string, a: number, b: number): RunKind | undefined {
  const prev = t[a - 1];
  const next = t[b];
  if (next === ',' || next === ';' || next === ':') return 'before';
  if (next === '.') {
    // An ellipsis, the end mark `./.` or a file extension (` .docx`) may follow a space.
    const after = t[b + 1];
    if (after === '.' || after === '/' || isLetter(after) || isDigit(after)) return kindIfDouble(a, b);
    return 'before';
  }
  if ((prev === '(' && next !== ')') || (next === ')' && prev !== '(') || prev === '“' || next === '”') return 'inside';
  return kindIfDouble(a, b);
}

function kindIfDouble(a: number, b: number): RunKind | undefined {
  return b - a >= 2 ? 'double' : undefined;
}

/** True when the `,;:.` at `i` is glued to a word that needs a space before it. */
function needsSpaceAfter(t: string, i: number, afterSpace = false): boolean {
  const p = t[i];
  const prev = afterSpace ? t[i - 2] : t[i - 1];
  const next = t[i + 1];
  if (prev === undefined || (!afterSpace && prev === ' ') || prev === MASK || prev === p) return false;
  if (p === '.') {
    // Only a sentence end: a lower-case word of two letters or more (or a closing quote or bracket), then a capitalised word.
    if (!isUpper(next) || !isLower(t[i + 2])) return false;
    if (prev === ')' || prev === '"' || prev === '”') return true;
    let s = i;
    while (s > 0 && isLetter(t[s - 1])) s--;
    const word = t.slice(s, i);
    if (word.length < 2 || [...word].some((c) => !isLower(c))) return false;
    const before = t[s - 1];
    return before === undefined || before === ' ' || before === '(' || before === '“' || before === '"';
  }
  if (isDigit(next)) return isLetter(prev); // 1,5 · 8:30 · 1:500 are numbers
  if (p === ':') {
    let s = i;
    while (s > 0 && /[A-Za-z]/.test(t[s - 1])) s--;
    if (SCHEMES.has(t.slice(s, i).toLowerCase())) return false;
  }
  return isLetter(next);
}

/** Straight quotes of a line, paired in order: spaces just inside a pair are findings. */
function quotes(t: string, found: LineFound[]): void {
  // Runs of the line found so far, by start: a quote's run is looked up, not searched for.
  const runs = new Map<number, number>();
  for (let i = 0; i < found.length; i++) runs.set(found[i].start, i);
  const removed = new Set<number>();
  const pos: number[] = [];
  for (let i = t.indexOf('"'); i >= 0; i = t.indexOf('"', i + 1)) pos.push(i);
  if (pos.length % 2 !== 0) return;
  for (let k = 0; k < pos.length; k += 2) {
    const open = pos[k];
    const close = pos[k + 1];
    if (close - open < 3) continue;
    let a = open + 1;
    let b = a;
    while (t[b] === ' ') b++;
    if (b > a && b < close) push(a, b);
    b = close;
    a = b;
    while (t[a - 1] === ' ') a--;
    if (a < b && a > open + 1) push(a, b);
  }
  if (removed.size) {
    const kept = found.filter((_, i) => !removed.has(i));
    found.length = 0;
    found.push(...kept);
  }
  function push(a: number, b: number): void {
    // A double run here was found already as two spaces: this finding replaces it.
    const dup = runs.get(a);
    if (dup !== undefined && found[dup].end === b) removed.add(dup);
    found.push({ start: a, end: b, editStart: a, editEnd: b, newText: '', message: (text, at) => runMessage('inside', '"', '"', context(text, at + a, at + b, '')) });
  }
}

/** The words around [start, end) as written and with `fixed` in place of it. */
function context(text: string, start: number, end: number, fixed: string): { before: string; after: string } {
  const stop = (ch: string | undefined) => ch === undefined || ch === ' ' || ch === '\n';
  let s = start;
  while (s > 0 && start - s < 20 && !stop(text[s - 1])) s--;
  let e = end;
  while (e < text.length && e - end < 20 && !stop(text[e])) e++;
  return { before: quoted(text.slice(s, e)), after: quoted(text.slice(s, start) + fixed + text.slice(end, e)) };
}

function runMessage(kind: RunKind, prev: string, next: string, ctx: { before: string; after: string }): Msg {
  switch (kind) {
    case 'before':
      return msg(`Thừa khoảng trắng trước dấu "${next}": "${ctx.before}"; viết "${ctx.after}".`, `Space before "${next}": "${ctx.before}"; write "${ctx.after}".`);
    case 'inside': {
      const mark = prev === '(' || prev === '“' || prev === '"' ? prev : next;
      const what = mark === '(' || mark === ')' ? msg('ngoặc', 'brackets') : msg('ngoặc kép', 'quotes');
      return msg(`Thừa khoảng trắng trong ${what.vi}: "${ctx.before}"; viết "${ctx.after}".`, `Space inside ${what.en}: "${ctx.before}"; write "${ctx.after}".`);
    }
    default:
      return msg(`Hai khoảng trắng liền nhau: "${ctx.before}"; viết "${ctx.after}".`, `Two spaces in a row: "${ctx.before}"; write "${ctx.after}".`);
  }
}

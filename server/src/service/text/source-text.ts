/**
 * SourceText: the user's original text and the normalised text every analysis
 * runs on, with an exact map between the two.
 *
 * Normalisation: a leading BOM is dropped, CRLF and lone CR become LF, and the
 * text is put in Unicode NFC. The user's bytes are never changed; every offset
 * found in the analysis text is mapped back through `toOriginal` before it is
 * reported.
 */
import type { Position, Range } from '../types';

// A base character followed by its combining marks is normalised as one cluster.
const COMBINING = /\p{M}/u;

const MARK = /\p{M}/u;

export class SourceText {
  /** The analysis text: no BOM, LF line ends, NFC. */
  readonly text: string;
  /**
   * `map[i]` is the original offset of analysis offset `i` (length
   * text.length + 1); undefined when the two texts are the same (no BOM, no
   * CR, already NFC), where every offset maps to itself.
   */
  private readonly map: Int32Array | undefined;
  /** Original-text offsets where each line starts. */
  private readonly origLineStarts: number[];
  /** Analysis-text offsets where each line starts. */
  private readonly lineStarts: number[];
  /** Display columns of the lines asked for (displayColumn), made on first use. */
  private displayColumns?: Map<number, Uint32Array>;

  constructor(readonly original: string) {
    // Unchanged stretches of the original are copied as slices; only a CR, a
    // cluster whose NFC differs, or a multi-unit cluster (all of whose units
    // map to the cluster's start) breaks a stretch.
    const n = original.length;
    const first = original.charCodeAt(0) === 0xfeff ? 1 : 0;
    // The common case — NFC, LF, no BOM, no combining mark or astral
    // character (whose units would map to their cluster's start) — needs
    // neither a copy nor a map. Both tests run natively.
    if (first === 0) {
      // Text of those characters only is plain and NFC by construction: one native scan, no normalised copy.
      if (!NOT_SURELY_PLAIN.test(original)) {
        this.text = original;
        this.map = undefined;
        this.origLineStarts = this.lineStarts = lfLineStarts(original);
        return;
      }
      const starts = plainLineStarts(original);
      if (starts && original.normalize('NFC') === original) {
        this.text = original;
        this.map = undefined;
        this.origLineStarts = starts;
        this.lineStarts = starts;
        return;
      }
    }
    const pieces: string[] = [];
    let map = new Int32Array(n + 1);
    let outLen = 0;
    let runStart = first;
    const reserve = (extra: number) => {
      if (outLen + extra + 1 <= map.length) return;
      const bigger = new Int32Array(Math.max(map.length * 2, outLen + extra + 1));
      bigger.set(map.subarray(0, outLen));
      map = bigger;
    };
    const flush = (end: number) => {
      if (end <= runStart) return;
      pieces.push(original.slice(runStart, end));
      reserve(end - runStart);
      for (let k = runStart; k < end; k++) map[outLen++] = k;
    };
    let i = first;
    while (i < n) {
      const c = original.charCodeAt(i);
      if (c === 13 /* \r */) {
        flush(i);
        pieces.push('\n');
        reserve(1);
        map[outLen++] = i;
        i += original.charCodeAt(i + 1) === 10 ? 2 : 1;
        runStart = i;
        continue;
      }
      // A line feed never takes the combining marks after it: they belong to the next line.
      if (c === 10 || (c < 0x80 && !(i + 1 < n && isMarkUnit(original.charCodeAt(i + 1))))) {
        i++;
        continue;
      }
      // Take one cluster: a code point and all combining marks after it.
      const start = i;
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      while (i < n) {
        const cp = original.codePointAt(i)!;
        if (cp < 0x300 || !COMBINING.test(String.fromCodePoint(cp))) break; // no mark lies below U+0300
        i += cp > 0xffff ? 2 : 1;
      }
      if (i === start + 1 && isNfcUnit(c)) continue; // stays in the stretch
      flush(start);
      const cluster = original.slice(start, i);
      const norm = isWellFormed(cluster) ? cluster.normalize('NFC') : cluster;
      pieces.push(norm);
      reserve(norm.length);
      for (let k = 0; k < norm.length; k++) map[outLen++] = start;
      runStart = i;
    }
    const same = first === 0 && pieces.length === 0;
    flush(n);
    map[outLen] = n;
    this.text = pieces.length === 1 ? pieces[0] : pieces.join('');
    this.map = same ? undefined : map.length === outLen + 1 ? map : map.slice(0, outLen + 1);
    this.origLineStarts = lineStartsOf(original);
    this.lineStarts = this.text === original ? this.origLineStarts : lineStartsOf(this.text);
  }

  /**
   * The SourceText of `text`, which is `prev.original` with only line `line`
   * changed (`delta` = new length − old length), built without scanning the
   * rest of the text; undefined unless both texts are plain (no BOM, LF line
   * ends, NFC, no combining mark or astral character: analysis text =
   * original) — then line starts after `line` just move by `delta`. NFC
   * never composes across a line break, so checking the changed line is
   * enough.
   */
  static afterLineEdit(prev: SourceText, text: string, line: number, delta: number): SourceText | undefined {
    if (prev.map || prev.text !== prev.original || text.charCodeAt(0) === 0xfeff) return undefined;
    const starts = prev.lineStarts;
    if (line < 0 || line >= starts.length || text.length !== prev.original.length + delta) return undefined;
    const lineStart = starts[line];
    const lineEnd = line + 1 < starts.length ? starts[line + 1] - 1 + delta : text.length;
    if (lineEnd < lineStart || (line + 1 < starts.length && text.charCodeAt(lineEnd) !== 10)) return undefined;
    const changed = text.slice(lineStart, lineEnd);
    const own = plainLineStarts(changed);
    if (!own || own.length !== 1 || changed.normalize('NFC') !== changed) return undefined;
    const moved = starts.slice();
    for (let i = line + 1; i < moved.length; i++) moved[i] += delta;
    const out = Object.create(SourceText.prototype) as { -readonly [K in keyof SourceText]: SourceText[K] } & { map: undefined; origLineStarts: number[]; lineStarts: number[] };
    out.original = text;
    out.text = text;
    out.map = undefined;
    out.origLineStarts = moved;
    out.lineStarts = moved;
    return out as unknown as SourceText;
  }

  /** Maps an analysis offset to an original offset. */
  toOriginal(offset: number): number {
    if (!this.map) return offset <= 0 ? 0 : Math.min(offset, this.original.length);
    if (offset <= 0) return this.map[0] ?? 0;
    if (offset >= this.map.length) return this.original.length;
    return this.map[offset];
  }

  /** Maps an original offset to the nearest analysis offset at or after it. */
  fromOriginal(origOffset: number): number {
    if (!this.map) return origOffset <= 0 ? 0 : Math.min(origOffset, this.original.length);
    let lo = 0;
    let hi = this.map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.map[mid] < origOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The position in the ORIGINAL text of an analysis offset. */
  positionAt(offset: number): Position {
    return this.originalPositionAt(this.toOriginal(offset));
  }

  /**
   * `positionAt(offset)` for an offset known to lie on analysis line `line`:
   * no search of the line starts when the analysis text is the original.
   */
  positionOnLine(offset: number, line: number): Position {
    if (this.map || line < 0 || line >= this.lineStarts.length) return this.positionAt(offset);
    return { line, character: offset - this.lineStarts[line] };
  }

  /** The original-text range of analysis offsets [start, end). */
  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }

  /** Position of an original offset. A CRLF's LF maps to its CR's line end. */
  originalPositionAt(origOffset: number): Position {
    const starts = this.origLineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= origOffset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: origOffset - starts[lo] };
  }

  /** Original offset of a position (clamped to the line). */
  originalOffsetAt(pos: Position): number {
    const starts = this.origLineStarts;
    if (pos.line < 0) return 0;
    if (pos.line >= starts.length) return this.original.length;
    const lineStart = starts[pos.line];
    const next = pos.line + 1 < starts.length ? starts[pos.line + 1] : this.original.length;
    return Math.min(lineStart + Math.max(0, pos.character), next);
  }

  /** Analysis offset of an original-text position. */
  offsetAt(pos: Position): number {
    return this.fromOriginal(this.originalOffsetAt(pos));
  }

  /**
   * The 1-based column of an original position as a person counts it: a base
   * letter with its combining marks is one column and a BOM is none. For NFC
   * Vietnamese text this equals the UTF-16 column; for the same text in NFD it
   * gives the same number, so CLI output does not depend on normalisation.
   */
  displayColumn(pos: Position): number {
    const line = Math.min(pos.line, this.origLineStarts.length - 1);
    const lineStart = this.origLineStarts[line] ?? 0;
    const end = Math.min(lineStart + pos.character, this.original.length);
    const cols = this.lineColumns(line, lineStart);
    const known = cols.length - 1;
    if (end - lineStart <= known) return cols[Math.max(0, end - lineStart)];
    let col = cols[known];
    for (let i = lineStart + known; i < end; i++) if (this.takesColumn(i)) col++;
    return col;
  }

  /**
   * `cols[k]` is the display column of original offset `lineStart + k`, for
   * every offset of the line up to the next line's start: counted in one
   * pass, once per line, so many positions on one long line cost one pass.
   */
  private lineColumns(line: number, lineStart: number): Uint32Array {
    const cache = (this.displayColumns ??= new Map());
    let cols = cache.get(line);
    if (!cols) {
      const next = line + 1 < this.origLineStarts.length ? this.origLineStarts[line + 1] : this.original.length;
      cols = new Uint32Array(next - lineStart + 1);
      let col = 1;
      cols[0] = col;
      for (let i = lineStart; i < next; i++) {
        if (this.takesColumn(i)) col++;
        cols[i - lineStart + 1] = col;
      }
      cache.set(line, cols);
    }
    return cols;
  }

  /**
   * Whether a character of the original takes a column: a leading BOM and
   * combining marks do not; an astral character takes two (one per UTF-16
   * unit, as in UTF-16 columns).
   */
  private takesColumn(i: number): boolean {
    const c = this.original.charCodeAt(i);
    if (c === 0xfeff && i === 0) return false;
    return !(c >= 0x300 && COMBINING.test(this.original[i]));
  }

  /** Number of lines in the analysis text. */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Analysis offset where analysis line `line` starts. */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    return this.lineStarts[line];
  }

  /** Analysis offset at the end of analysis line `line` (before its LF). */
  lineEnd(line: number): number {
    if (line + 1 < this.lineStarts.length) return this.lineStarts[line + 1] - 1;
    return this.text.length;
  }

  /** The analysis text of line `line`, without its LF. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** Analysis line of an analysis offset. */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * Line starts of a text with LF line ends only and no surrogate or combining
 * mark, in one pass; undefined as soon as the text is not of that kind.
 * Vietnamese precomposed letters (below U+0300 and in U+1E00–U+1EFF) need no
 * mark test.
 */
function plainLineStarts(text: string): number[] | undefined {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c < 0x300) {
      if (c === 13) return undefined;
    } else if (c >= 0xd800 && c <= 0xdfff) return undefined;
    else if ((c < 0x1e00 || c > 0x1eff) && MARK.test(text[i])) return undefined;
  }
  return starts;
}

/**
 * A character outside the ranges whose text is NFC and plain whatever the
 * order: no CR, no surrogate, no combining mark, and no character that NFC
 * changes or composes with the one before it — ASCII (CR aside), Latin-1,
 * Latin Extended-A/B, IPA and spacing modifiers (below U+0300), Latin
 * Extended Additional (U+1E00–U+1EFF, Vietnamese precomposed letters) and
 * the punctuation U+2010–U+2027 (dashes, quotes, bullet, ellipsis). Checked
 * against every code point's decomposition by a test.
 */
export const NOT_SURELY_PLAIN = /[^\0-\x0c\x0e-\u02ff\u1e00-\u1eff\u2010-\u2027]/;

/** Line starts of a text whose line ends are LF alone. */
function lfLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Facts about single UTF-16 units, memoised by code: 0 not yet known, then bit 1 set, bit 2 the answer. */
const unitIsMark = new Uint8Array(0x10000);
const unitIsNfc = new Uint8Array(0x10000);

/** True when the unit, taken alone, is a combining mark (`\p{M}`); no mark lies below U+0300. */
function isMarkUnit(code: number): boolean {
  if (code < 0x300) return false;
  let v = unitIsMark[code];
  if (v === 0) unitIsMark[code] = v = COMBINING.test(String.fromCharCode(code)) ? 3 : 1;
  return v === 3;
}

/** True when the unit, taken alone, is its own NFC (a lone surrogate counts as unchanged). */
function isNfcUnit(code: number): boolean {
  let v = unitIsNfc[code];
  if (v === 0) {
    const u = String.fromCharCode(code);
    unitIsNfc[code] = v = !isWellFormed(u) || u.normalize('NFC') === u ? 3 : 1;
  }
  return v === 3;
}

function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

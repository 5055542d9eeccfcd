/**
 * Front matter: the YAML header between `---` lines at the top of a document,
 * parsed with the `yaml` package (or, when plain, by hand with the same
 * results) so that every key and value keeps its range.
 * All offsets here are analysis-text offsets (see SourceText).
 */
import { readPlainFrontMatter } from './front-matter-plain';
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';

/** One key of the front matter with the ranges of its key and value. */
export interface FieldNode {
  /** Dotted path: `ngay`, `ky.chuc_vu`, `noi_nhan.3`. */
  path: string;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
  /** The plain JS value (strings, numbers, arrays, objects). */
  value: unknown;
}

/** A YAML syntax or structure error. */
export interface FrontMatterError {
  message: string;
  /** The yaml package's error code (e.g. `MISSING_CHAR`, `DUPLICATE_KEY`), when known. */
  code?: string;
  start: number;
  end: number;
}

/** The parsed front matter block. */
export interface FrontMatter {
  /** Offset of the opening `---`. */
  start: number;
  /** Offset just after the closing line (its LF included), or text end. */
  end: number;
  /** Offsets of the YAML content between the fences. */
  contentStart: number;
  contentEnd: number;
  /** Analysis line of the closing fence, or -1 when it is missing. */
  closeLine: number;
  closed: boolean;
  errors: FrontMatterError[];
  /** Top-level values (empty when the YAML did not parse to a map). */
  data: Record<string, unknown>;
  /** Every key and sequence item by dotted path. */
  fields: Map<string, FieldNode>;
}

/**
 * Longest front matter read, in characters. A real one is a few hundred
 * (the longest of the sample documents 563); the cap keeps a pasted
 * megabyte of YAML from being parsed on every keystroke.
 */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/**
 * Finds and parses the front matter of an analysis text. Returns undefined
 * when the document does not start with a `---` line. A closed header in the
 * plain shape documents write is read by hand (front-matter-plain.ts) with
 * the same results; `fullParser` forces the yaml parser (tests compare them).
 */
export function parseFrontMatter(text: string, opts: { fullParser?: boolean } = {}): FrontMatter | undefined {
  const firstEnd = indexOfLineEnd(text, 0);
  if (!FENCE.test(text.slice(0, firstEnd))) return undefined;
  const contentStart = Math.min(firstEnd + 1, text.length);
  let pos = contentStart;
  let line = 1;
  let closeStart = -1;
  let closeEnd = -1;
  while (pos < text.length) {
    const end = indexOfLineEnd(text, pos);
    if (CLOSE.test(text.slice(pos, end))) {
      closeStart = pos;
      closeEnd = Math.min(end + 1, text.length);
      break;
    }
    pos = end + 1;
    line++;
  }
  const closed = closeStart >= 0;
  const contentEnd = closed ? closeStart : text.length;
  const fm: FrontMatter = {
    start: 0,
    end: closed ? closeEnd : text.length,
    contentStart,
    contentEnd,
    closeLine: closed ? line : -1,
    closed,
    errors: [],
    data: {},
    fields: new Map(),
  };
  if (!closed) {
    fm.errors.push({ message: 'front matter is not closed by a `---` line', start: 0, end: firstEnd });
  }
  if (contentEnd - contentStart > MAX_FRONT_MATTER_CHARS) {
    // Not parsed: a header this long is not a header (and YAML of megabytes is slow to read).
    fm.errors.push({ message: `the front matter has ${contentEnd - contentStart} characters, more than the ${MAX_FRONT_MATTER_CHARS} read`, code: 'TOO_LARGE', start: 0, end: firstEnd });
    return fm;
  }
  if (closed && !opts.fullParser) {
    const plain = readPlainFrontMatter(text, contentStart, contentEnd);
    if (plain) {
      fm.data = plain.data;
      fm.fields = plain.fields;
      return fm;
    }
  }
  const yamlText = text.slice(contentStart, contentEnd);
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    // Duplicate keys are found below with a set: the parser's own test is quadratic in a map's keys.
    doc = parseDocument(yamlText, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true, logLevel: 'error' });
  } catch (e) {
    fm.errors.push({ message: String((e as Error).message ?? e), start: contentStart, end: contentEnd });
    return fm;
  }
  const errors: { pos?: [number, number]; code?: string; message: string }[] = [...doc.errors, ...duplicateKeyErrors(doc)];
  errors.sort((a, b) => (a.pos?.[0] ?? 0) - (b.pos?.[0] ?? 0));
  for (const err of errors) {
    let [s, e] = err.pos ?? [0, 0];
    if (err.code === 'MISSING_CHAR' && /quote/i.test(err.message)) {
      // The parser points past the end; the culprit is the line with the unpaired quote.
      const at = unpairedQuoteLine(yamlText, s);
      if (at >= 0) [s, e] = [at, at + 1];
    }
    fm.errors.push({
      message: firstLine(err.message).replace(/ at line \d+, column \d+:?$/, ''),
      code: err.code,
      start: contentStart + Math.min(s, yamlText.length),
      end: contentStart + Math.min(Math.max(s + 1, e), yamlText.length),
    });
  }
  if (errors.length > 0) return fm;
  const root = doc.contents;
  if (root === null || root === undefined) return fm;
  if (!isMap(root)) {
    const r = (root as Node).range ?? [0, 0, 0];
    fm.errors.push({ message: 'the front matter must be a map of keys (`key: value`)', start: contentStart + r[0], end: contentStart + r[1] });
    return fm;
  }
  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  } catch (e) {
    // An alias with no anchor (`trich_yeu: *Kết quả*` reads `*Kết` as one) or an alias bomb:
    // the yaml library throws here instead of listing an error. Report it at the first alias.
    const r = firstAliasRange(doc) ?? [0, yamlText.length];
    const excessive = /excessive alias/i.test(String((e as Error)?.message));
    fm.errors.push({ message: firstLine(String((e as Error)?.message ?? e)), code: excessive ? 'ALIAS_COUNT' : 'BAD_ALIAS', start: contentStart + r[0], end: contentStart + Math.max(r[0] + 1, r[1]) });
    return fm;
  }
  fm.data = data && typeof data === 'object' ? data : {};
  collectFields(root.items as Pair[], '', contentStart, fm.fields);
  return fm;
}

/**
 * A "Map keys must be unique" error (the parser's wording and code) at every
 * key that repeats a scalar key of its map, in one pass per map.
 */
export function duplicateKeyErrors(doc: Document.Parsed): { pos: [number, number]; code: string; message: string }[] {
  const out: { pos: [number, number]; code: string; message: string }[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key)) continue;
        const v = key.value;
        if (typeof v === 'number' && Number.isNaN(v)) continue; // NaN equals nothing, itself included
        if (seen.has(v)) {
          const at = key.range?.[0] ?? 0;
          out.push({ pos: [at, at + 1], code: 'DUPLICATE_KEY', message: 'Map keys must be unique' });
        } else seen.add(v);
      }
    },
  });
  return out;
}

/**
 * Source range of the first alias (`*name`) with no anchor before it, else of
 * the first alias, in a YAML document. One walk in document order, noting
 * anchors as they come (what `Alias.resolve` finds, without walking the
 * whole document once per alias).
 */
function firstAliasRange(doc: Document.Parsed): [number, number] | undefined {
  let first: [number, number] | undefined;
  let unresolved: [number, number] | undefined;
  const anchors = new Set<string>();
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const r: [number, number] | undefined = node.range ? [node.range[0], node.range[1]] : undefined;
        first ??= r;
        if (!anchors.has(node.source)) {
          unresolved = r;
          return visit.BREAK;
        }
      } else if (node.anchor) {
        anchors.add(node.anchor);
      }
    },
  });
  return unresolved ?? first;
}

function collectFields(items: Pair[], prefix: string, base: number, out: Map<string, FieldNode>): void {
  for (const pair of items) {
    const key = pair.key as Node | null;
    const keyName = isScalar(key) ? String(key.value) : String(key ?? '');
    const path = prefix + keyName;
    const kr = (key && key.range) || [0, 0, 0];
    const value = pair.value as Node | null;
    const vr = (value && value.range) || [kr[1], kr[1], kr[1]];
    out.set(path, {
      path,
      keyStart: base + kr[0],
      keyEnd: base + kr[1],
      valueStart: base + vr[0],
      valueEnd: base + vr[1],
      value: value && 'toJSON' in value ? (value as { toJSON(): unknown }).toJSON() : (value as unknown),
    });
    if (isMap(value)) collectFields(value.items as Pair[], path + '.', base, out);
    else if (isSeq(value)) {
      value.items.forEach((item, i) => {
        const n = item as Node;
        const r = n.range ?? [0, 0, 0];
        out.set(`${path}.${i}`, {
          path: `${path}.${i}`,
          keyStart: base + r[0],
          keyEnd: base + r[0],
          valueStart: base + r[0],
          valueEnd: base + r[1],
          value: isScalar(n) ? n.value : (n as unknown as { toJSON(): unknown }).toJSON?.(),
        });
      });
    }
  }
}

/** Offset of the start of the last line before `before` with an odd number of `"` or `'`. */
function unpairedQuoteLine(text: string, before: number): number {
  const lines = text.slice(0, before).split('\n');
  let offset = before - lines[lines.length - 1].length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if ((l.split('"').length - 1) % 2 === 1 || (l.replace(/\w'\w/g, '').split("'").length - 1) % 2 === 1) return offset + (l.length - l.trimStart().length);
    if (i > 0) offset -= lines[i - 1].length + 1;
  }
  return -1;
}

function indexOfLineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return (i < 0 ? s : s.slice(0, i)).trim();
}

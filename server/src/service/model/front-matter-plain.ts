/**
 * A hand reader for the front matter documents really write: top-level
 * `key: value` lines, one-line plain or quoted values, block lists of such
 * values (`  - "…"`) and one level of nested keys (`ky:` then
 * `  chuc_vu: "…"`), with blank lines and `#` comment lines at the left
 * margin. It gives exactly the data and fields (paths, ranges, values with
 * the YAML 1.2 core schema's types) the `yaml` package gives, at a fraction
 * of its cost; anything else — flow style, anchors, aliases, tags, block or
 * multi-line values, tabs, duplicate keys, odd indentation, comments after a
 * value, characters it is not sure of — returns undefined and the full
 * parser reads the header.
 */
import type { FieldNode } from './front-matter';

/** What the plain reader read: the top-level values and every field. */
export interface PlainFrontMatter {
  data: Record<string, unknown>;
  fields: Map<string, FieldNode>;
}

/**
 * Characters that send the header to the full parser: tabs, CR, control
 * and non-ASCII line or space characters, the BOM, lone or paired surrogates.
 */
const UNSURE_CHAR = /[\x00-\x09\x0b-\x1f\x7f-\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ud800-\udfff\ufeff]/;

/**
 * A key: ASCII lowercase letter first, then letters, digits, `_` (never
 * `null`, `true`, `false`), short (YAML rejects an implicit key over 1,024
 * characters).
 */
const KEY = /^[a-z][A-Za-z0-9_]{0,99}$/;

/** Plain values the core schema types, with its own tests (`.inf`/`.nan` go to the full parser). */
const NULL_PLAIN = /^(?:~|[Nn]ull|NULL)$/;
const BOOL_PLAIN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_DEC = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const INF_NAN = /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/;

/** Escapes of a double-quoted value the reader decodes (others go to the full parser). */
const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

/** First characters a plain value may not start with (YAML indicators, quotes aside; `-` is taken before a non-space). */
const INDICATOR_START = /^(?:[?:,[\]{}#&*!|>%@`]|-(?: |$))/;
/** Characters the reader does not take inside a plain value. */
const UNSURE_IN_PLAIN = /[#:[\]{}]/;

interface Scalar {
  value: unknown;
  start: number;
  end: number;
}

/**
 * Reads `text.slice(contentStart, contentEnd)` (the lines between the
 * fences, each ending with LF) when it has only the plain shapes; undefined
 * otherwise. Offsets in the result are offsets of `text`.
 */
export function readPlainFrontMatter(text: string, contentStart: number, contentEnd: number): PlainFrontMatter | undefined {
  if (contentEnd <= contentStart || text.charCodeAt(contentEnd - 1) !== 10) return undefined;
  const content = text.slice(contentStart, contentEnd);
  if (UNSURE_CHAR.test(content)) return undefined;
  const data: Record<string, unknown> = {};
  const fields = new Map<string, FieldNode>();
  const seen = new Set<string>();
  let pos = contentStart;
  // The open collection of the last top-level key written `key:` alone.
  let parent: { path: string; keyStart: number; keyEnd: number; lineEnd: number; kind: '' | 'seq' | 'map'; indent: number; start: number; end: number; items: unknown[]; map: Record<string, unknown>; keys: Set<string>; children: FieldNode[] } | undefined;
  const closeParent = (): void => {
    if (!parent) return;
    const p = parent;
    parent = undefined;
    if (p.kind === '') {
      // `key:` with nothing under it: null, at the end of its line.
      data[p.path] = null;
      fields.set(p.path, { path: p.path, keyStart: p.keyStart, keyEnd: p.keyEnd, valueStart: p.lineEnd, valueEnd: p.lineEnd, value: null });
      return;
    }
    const value = p.kind === 'seq' ? p.items : p.map;
    data[p.path] = value;
    const copy = p.kind === 'seq' ? [...p.items] : { ...p.map };
    // The parent goes before its children, as the yaml walk sets them.
    fields.set(p.path, { path: p.path, keyStart: p.keyStart, keyEnd: p.keyEnd, valueStart: p.start, valueEnd: p.end, value: copy });
    for (const f of p.children) fields.set(f.path, f);
  };
  while (pos < contentEnd) {
    const lineEnd = text.indexOf('\n', pos);
    const line = text.slice(pos, lineEnd);
    const next = lineEnd + 1;
    let indent = 0;
    while (indent < line.length && line.charCodeAt(indent) === 32) indent++;
    if (indent === line.length) {
      pos = next;
      continue; // blank
    }
    if (line.charCodeAt(indent) === 35) {
      if (indent !== 0) return undefined;
      // A comment between a `key:` and its first item, or after its last one, is not taken.
      if (parent) return undefined;
      pos = next;
      continue;
    }
    if (indent === 0) {
      closeParent();
      const colon = line.indexOf(':');
      if (colon <= 0) return undefined;
      const key = line.slice(0, colon);
      if (!KEY.test(key) || key === 'null' || key === 'true' || key === 'false' || seen.has(key)) return undefined;
      seen.add(key);
      const keyStart = pos;
      const keyEnd = pos + colon;
      let vs = colon + 1;
      if (vs < line.length && line.charCodeAt(vs) !== 32) return undefined;
      while (vs < line.length && line.charCodeAt(vs) === 32) vs++;
      if (vs === line.length) {
        parent = { path: key, keyStart, keyEnd, lineEnd: pos + line.length, kind: '', indent: 0, start: -1, end: -1, items: [], map: {}, keys: new Set(), children: [] };
        pos = next;
        continue;
      }
      const s = scalarAt(line, vs, pos);
      if (!s) return undefined;
      data[key] = s.value;
      fields.set(key, { path: key, keyStart, keyEnd, valueStart: s.start, valueEnd: s.end, value: s.value });
      pos = next;
      continue;
    }
    // An indented line: an item of the open `key:`.
    if (!parent) return undefined;
    if (parent.kind === '') {
      parent.indent = indent;
      parent.start = pos + indent;
      parent.kind = line.charCodeAt(indent) === 45 ? 'seq' : 'map';
    } else if (indent !== parent.indent) return undefined;
    if (parent.kind === 'seq') {
      if (line.charCodeAt(indent) !== 45 || line.charCodeAt(indent + 1) !== 32) return undefined;
      let vs = indent + 1;
      while (vs < line.length && line.charCodeAt(vs) === 32) vs++;
      if (vs === line.length) return undefined;
      const s = scalarAt(line, vs, pos);
      if (!s) return undefined;
      const path = `${parent.path}.${parent.items.length}`;
      parent.items.push(s.value);
      parent.children.push({ path, keyStart: s.start, keyEnd: s.start, valueStart: s.start, valueEnd: s.end, value: s.value });
    } else {
      const colon = line.indexOf(':', indent);
      if (colon <= indent) return undefined;
      const key = line.slice(indent, colon);
      if (!KEY.test(key) || key === 'null' || key === 'true' || key === 'false' || parent.keys.has(key)) return undefined;
      parent.keys.add(key);
      let vs = colon + 1;
      if (vs >= line.length || line.charCodeAt(vs) !== 32) return undefined;
      while (vs < line.length && line.charCodeAt(vs) === 32) vs++;
      if (vs === line.length) return undefined;
      const s = scalarAt(line, vs, pos);
      if (!s) return undefined;
      parent.map[key] = s.value;
      const path = `${parent.path}.${key}`;
      parent.children.push({ path, keyStart: pos + indent, keyEnd: pos + colon, valueStart: s.start, valueEnd: s.end, value: s.value });
    }
    parent.end = next;
    pos = next;
  }
  closeParent();
  if (fields.size === 0) return undefined;
  return { data, fields };
}

/**
 * The one-line value of `line` starting at column `vs` (`base` is the
 * line's offset), which must run to the end of the line (trailing spaces
 * aside); undefined when it is not a value the reader is sure of.
 */
function scalarAt(line: string, vs: number, base: number): Scalar | undefined {
  const c = line.charCodeAt(vs);
  if (c === 34 || c === 39) {
    const q = c === 34 ? doubleQuoted(line, vs) : singleQuoted(line, vs);
    if (!q) return undefined;
    for (let i = q.end; i < line.length; i++) if (line.charCodeAt(i) !== 32) return undefined;
    return { value: q.value, start: base + vs, end: base + q.end };
  }
  let end = line.length;
  while (end > vs && line.charCodeAt(end - 1) === 32) end--;
  const raw = line.slice(vs, end);
  if (INDICATOR_START.test(raw) || UNSURE_IN_PLAIN.test(raw)) return undefined;
  const value = plainValue(raw);
  if (value === undefined) return undefined;
  return { value, start: base + vs, end: base + end };
}

/** A plain value as the core schema types it; undefined for `.inf` and `.nan`. */
function plainValue(raw: string): unknown {
  const c = raw.charCodeAt(0);
  // Only values starting with a digit, a sign, `.`, `~`, n/N, t/T, f/F can be anything but text.
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70)) return raw;
  if (NULL_PLAIN.test(raw)) return null;
  if (BOOL_PLAIN.test(raw)) return raw[0] === 't' || raw[0] === 'T';
  if (INT_OCT.test(raw)) return parseInt(raw.substring(2), 8);
  if (INT_DEC.test(raw)) return parseInt(raw, 10);
  if (INT_HEX.test(raw)) return parseInt(raw.substring(2), 16);
  if (INF_NAN.test(raw)) return undefined;
  if (FLOAT_EXP.test(raw) || FLOAT.test(raw)) return parseFloat(raw);
  return raw;
}

/** A double-quoted value closed on its line: its text and the column after the closing quote. */
function doubleQuoted(line: string, start: number): { value: string; end: number } | undefined {
  let out = '';
  let from = start + 1;
  for (let i = start + 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) return { value: out + line.slice(from, i), end: i + 1 };
    if (c !== 92) continue;
    out += line.slice(from, i);
    const e = line[i + 1];
    if (e === 'x' || e === 'u') {
      const n = e === 'x' ? 2 : 4;
      const hex = line.slice(i + 2, i + 2 + n);
      if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
      out += String.fromCodePoint(parseInt(hex, 16));
      i += 1 + n;
    } else {
      const r = e === undefined ? undefined : ESCAPES[e];
      if (r === undefined) return undefined;
      out += r;
      i += 1;
    }
    from = i + 1;
  }
  return undefined; // not closed on this line
}

/** A single-quoted value closed on its line (`''` is one quote). */
function singleQuoted(line: string, start: number): { value: string; end: number } | undefined {
  let out = '';
  let from = start + 1;
  for (let i = start + 1; i < line.length; i++) {
    if (line.charCodeAt(i) !== 39) continue;
    if (line.charCodeAt(i + 1) === 39) {
      out += line.slice(from, i + 1);
      i++;
      from = i + 1;
      continue;
    }
    return { value: out + line.slice(from, i), end: i + 1 };
  }
  return undefined;
}

/**
 * The templates the editor offers and where each may go — pure (no
 * `vscode` import), so unit tests run it as the editor does: the
 * whole-document skeletons of the core (service/skeletons.ts, as snippets
 * with today's date) and the fragments of `snippets/templates.json`.
 *
 * Every template is asked for by a prefix no sentence contains (`vbhc-bc`,
 * `vbhc-muc2`, …), by Ctrl+Space on an empty line, or through the "insert
 * template" pick list; plain words (`báo cáo`, `kế hoạch`, `căn cứ`) never
 * open one. Where it goes decides what it may do:
 * - a whole-document skeleton only on an empty document, or inside an empty
 *   front matter (then only its front matter when the body has text);
 * - a front-matter block (`noi_nhan`, `ky`) as YAML inside the front matter,
 *   and from the body as a jump to that key (added when absent);
 * - a heading numbered after its previous sibling (no instant duplicate);
 * - body templates only on a line with nothing else on it.
 * Fill-in text is written `«…»` (dialect §2).
 */
import RAW_TEMPLATES from '../../../snippets/templates.json';
import { parseLabel, toLetter, toRoman } from '../../../server/src/service/model/heading-label';
import { BUILT_IN_TYPES, codeSlug, type DocTypeTable } from '../../../server/src/service/data/doc-types';
import { skeletonKinds, skeletonSnippet, skeletonTitle, type SkeletonKind } from '../../../server/src/service/skeletons';

/** Where a template belongs. */
export type TemplatePlace = 'document' | 'body' | 'front-matter';

/** One template as written in snippets/templates.json. */
export interface Template {
  id: string;
  /** What the user types to ask for it (`vbhc-…`). */
  prefix: string;
  where: TemplatePlace;
  title: string;
  description: string;
  /** Snippet body (VS Code snippet syntax), lines. */
  body: string[];
  /** Document type the template is for (`BC`, `KH`), when only one. */
  loai?: string;
  /** Heading level of a heading template. */
  level?: number;
  /** Front-matter key a front-matter block writes. */
  key?: string;
}

/** The fragments, in the order of the file. */
export const FRAGMENTS: readonly Template[] = Object.entries(RAW_TEMPLATES as Record<string, Omit<Template, 'id'>>).map(([id, t]) => ({ id, ...t }));

/** The whole-document skeleton of a document type as a template (`bc`, `kh`, `qd`), dated `date`. */
export function skeletonTemplate(kind: SkeletonKind, date = new Date(), types: DocTypeTable = BUILT_IN_TYPES): Template {
  const title = skeletonTitle(kind, types).vi;
  return {
    id: codeSlug(kind),
    prefix: `vbhc-${codeSlug(kind)}`,
    where: 'document',
    title: `Khung ${title}`,
    description: `Cả văn bản: phần đầu, các phần thường có của ${title} và câu kết ./.; chỗ cần điền ghi «…»`,
    body: skeletonSnippet(kind, { date, types }).split('\n'),
  };
}

/** Every template: the skeletons of the drafted types (dated `date`), then the fragments. */
export function allTemplates(date = new Date(), types: DocTypeTable = BUILT_IN_TYPES): Template[] {
  return [...skeletonKinds(types).map((k) => skeletonTemplate(k, date, types)), ...FRAGMENTS];
}

/** What a template offered at a place does. */
export type OfferAction =
  /** Replace lines [fromLine, toLine) … or the typed token: `range` says which. */
  | { kind: 'insert'; snippet: string; range: TextSpan }
  /** Jump to a front-matter key (the client adds the block when the key is absent). */
  | { kind: 'jump'; key: string; range: TextSpan };

/** A range of the document by line and character (0-based, end exclusive). */
export interface TextSpan {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** A template offered at a position, with what accepting it does. */
export interface TemplateOffer {
  template: Template;
  action: OfferAction;
}

/** A token being typed that asks for templates: `vbhc-…` (or nothing, on an empty line). */
export const TEMPLATE_TOKEN = /(?:^|\s)(vbhc-[a-z0-9-]*)$/;

/** The front matter's fence lines, when the document opens with one. */
export function frontMatterFences(lines: readonly string[]): { open: number; close: number } | undefined {
  if (lines[0]?.trimEnd() !== '---') return undefined;
  for (let i = 1; i < lines.length; i++) if (/^(---|\.\.\.)\s*$/.test(lines[i])) return { open: 0, close: i };
  return undefined;
}

/** Lines of a text (any line break). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The templates that fit at a position, each with its action. `explicit`:
 * asked for by Ctrl+Space or the pick list, which offers templates on an
 * empty line without a typed `vbhc-` token; without a token and not
 * explicit, nothing is offered.
 */
export function templatesAt(text: string, line: number, character: number, explicit: boolean, date = new Date()): TemplateOffer[] {
  const templates = allTemplates(date);
  const lines = splitLines(text);
  const current = lines[line] ?? '';
  const before = current.slice(0, character);
  const tokenMatch = TEMPLATE_TOKEN.exec(before);
  const token = tokenMatch?.[1] ?? '';
  const lead = before.slice(0, before.length - token.length);
  if (!token && !explicit) return [];
  // Templates are blocks: only on a line with nothing else on it.
  if (lead.trim() !== '' || current.slice(character).trim() !== '') return [];
  const tokenSpan: TextSpan = { start: { line, character: character - token.length }, end: { line, character } };
  const withoutToken = [...lines];
  withoutToken[line] = lead + current.slice(character);
  const fences = frontMatterFences(withoutToken);
  const offers: TemplateOffer[] = [];

  if (withoutToken.every((l) => l.trim() === '')) {
    const whole: TextSpan = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
    for (const t of templates) if (t.where === 'document') offers.push({ template: t, action: { kind: 'insert', snippet: t.body.join('\n'), range: whole } });
    return offers;
  }

  if (fences && line > fences.open && line < fences.close) {
    const inside = withoutToken.slice(fences.open + 1, fences.close);
    if (inside.every((l) => l.trim() === '')) {
      const bodyEmpty = withoutToken.slice(fences.close + 1).every((l) => l.trim() === '');
      for (const t of templates) {
        if (t.where !== 'document') continue;
        if (bodyEmpty) {
          const whole: TextSpan = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
          offers.push({ template: t, action: { kind: 'insert', snippet: t.body.join('\n'), range: whole } });
        } else {
          const yaml = frontMatterPart(t.body);
          const span: TextSpan = { start: { line: fences.open + 1, character: 0 }, end: { line: fences.close - 1, character: lines[fences.close - 1].length } };
          offers.push({ template: t, action: { kind: 'insert', snippet: yaml.join('\n'), range: span } });
        }
      }
      return offers;
    }
    if (lead !== '') return []; // an indented line belongs to a key above
    const present = topLevelKeys(inside);
    for (const t of templates) {
      if (t.where !== 'front-matter' || !t.key) continue;
      offers.push(present.has(t.key) ? { template: t, action: { kind: 'jump', key: t.key, range: tokenSpan } } : { template: t, action: { kind: 'insert', snippet: t.body.join('\n'), range: tokenSpan } });
    }
    return offers;
  }

  if (fences && line <= fences.close) return []; // on a fence line
  const loai = fences ? frontMatterValue(withoutToken.slice(fences.open + 1, fences.close), 'loai') : undefined;
  const bodyStart = fences ? fences.close + 1 : 0;
  for (const t of templates) {
    if (t.where === 'front-matter' && t.key) offers.push({ template: t, action: { kind: 'jump', key: t.key, range: tokenSpan } });
    if (t.where !== 'body') continue;
    if (t.loai && loai && t.loai !== loai) continue;
    let body = t.body.join('\n');
    if (t.level) body = body.replace('${VBHC_LABEL}', nextHeadingLabel(withoutToken, bodyStart, line, t.level));
    offers.push({ template: t, action: { kind: 'insert', snippet: body, range: tokenSpan } });
  }
  return offers;
}

/** The lines of a skeleton body between its front-matter fences. */
export function frontMatterPart(body: readonly string[]): string[] {
  const close = body.indexOf('---', 1);
  return body[0] === '---' && close > 0 ? body.slice(1, close) : [];
}

/** Top-level keys written in front-matter lines. */
export function topLevelKeys(lines: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const l of lines) {
    const m = /^([A-Za-z_][\w]*)\s*:/.exec(l);
    if (m) keys.add(m[1]);
  }
  return keys;
}

/** A top-level scalar value of the front matter, unquoted (`loai: BC` → `BC`). */
function frontMatterValue(lines: readonly string[], key: string): string | undefined {
  for (const l of lines) {
    const m = new RegExp(`^${key}\\s*:\\s*["']?([^"'#]*?)["']?\\s*(?:#.*)?$`).exec(l);
    if (m) return m[1].trim() || undefined;
  }
  return undefined;
}

const HEADING = /^(#{1,6})\s+(.*)$/;
const FENCE = /^\s*(```|~~~)/;
const APPENDIX = /^<!--\s*phu-luc\b/;

/**
 * The label a new heading of `level` at `line` gets: the one after its
 * previous sibling (the nearest heading of that level above, before any
 * heading of a higher level), or the first label of the level under its
 * parent. Headings in code fences are not headings; an appendix starts its
 * numbering afresh.
 */
export function nextHeadingLabel(lines: readonly string[], bodyStart: number, line: number, level: number): string {
  const headings: Array<{ level: number; text: string }> = [];
  let fenced = false;
  for (let i = bodyStart; i < line && i < lines.length; i++) {
    const l = lines[i];
    if (FENCE.test(l)) fenced = !fenced;
    if (fenced) continue;
    if (APPENDIX.test(l)) headings.length = 0;
    const m = HEADING.exec(l);
    if (m) headings.push({ level: m[1].length, text: m[2].trim() });
  }
  let parent: { level: number; text: string } | undefined;
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i];
    if (h.level < level) {
      parent = h;
      break;
    }
    if (h.level !== level) continue;
    const label = parseLabel(h.text);
    if (!label) break;
    switch (label.kind) {
      case 'roman':
        return `${toRoman(label.value + 1)}.`;
      case 'arabic':
        return `${label.value + 1}.`;
      case 'decimal':
        return `${[...label.parts.slice(0, -1), label.value + 1].join('.')}.`;
      case 'letter':
        return `${toLetter(label.value + 1)})`;
      default:
        break;
    }
    break;
  }
  return firstLabel(level, parent && parseLabel(parent.text));
}

function firstLabel(level: number, parent: ReturnType<typeof parseLabel>): string {
  if (level === 1) return 'I.';
  if (level === 2) return '1.';
  if (parent && (parent.kind === 'arabic' || parent.kind === 'decimal')) return `${[...parent.parts, 1].join('.')}.`;
  return 'a)';
}

/** Where a jump to a front-matter key lands, and the block to add first when the key is absent. */
export interface FrontMatterTarget {
  /** Line of the key after the insertion (if any) is applied. */
  line: number;
  /** When the key is absent: the text to insert at the start of line `at` (before any edit). */
  insert?: { at: number; text: string };
}

/**
 * Where the key `key` of the front matter is, or where its block goes when
 * it is absent: `noi_nhan` before `ky`, anything else before the closing
 * fence; a document without front matter gets one, at its top. `block` is
 * the key's block as plain text.
 */
export function frontMatterTarget(lines: readonly string[], key: string, block: string): FrontMatterTarget {
  const fences = frontMatterFences(lines);
  if (!fences) return { line: 1, insert: { at: 0, text: `---\n${block}\n---\n\n` } };
  for (let i = fences.open + 1; i < fences.close; i++) if (new RegExp(`^${key}\\s*:`).test(lines[i])) return { line: i };
  let at = fences.close;
  if (key === 'noi_nhan') {
    for (let i = fences.open + 1; i < fences.close; i++) if (/^ky\s*:/.test(lines[i])) at = i;
  }
  return { line: at, insert: { at, text: `${block}\n` } };
}

/**
 * Word's automatic numbering, which mammoth drops: a paragraph numbered by
 * Word carries no `1.` or `a)` in its text, only a reference to a list in
 * word/numbering.xml. This module reads that part and the paragraphs'
 * references in word/document.xml (through JSZip and xmldom, the readers
 * mammoth itself uses) and works out the label Word prints before each
 * numbered paragraph — `I.`, `1.`, `1.1.`, `a)` — or the bullet of a
 * bulleted one. Labels are counted as Word counts them: per list, a level
 * restarting when a level above it advances, from each level's start value.
 */

/** The parts of a DOM element read here (xmldom's elements have them). */
export interface XmlElement {
  nodeType: number;
  localName: string;
  firstChild: XmlElement | null;
  nextSibling: XmlElement | null;
  getAttributeNS(ns: string, name: string): string | null;
  getAttribute(name: string): string | null;
  getElementsByTagNameNS(ns: string, name: string): { length: number; [i: number]: XmlElement };
}

/** How one level of a list prints. */
interface Level {
  /** `decimal`, `upperRoman`, `lowerLetter`, `bullet`, … */
  format: string;
  /** `%1.`, `%1.%2.`, `%1)`, or the bullet character. */
  text: string;
  start: number;
  /** Paragraph style the level is linked to (a heading style with numbering). */
  style?: string;
}

/** What Word prints before a numbered paragraph. */
export type NumberLabel = { kind: 'number'; text: string } | { kind: 'bullet'; text: string };

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function attr(e: XmlElement | undefined | null, name: string): string | undefined {
  if (!e) return undefined;
  return e.getAttributeNS(W, name) || e.getAttribute(`w:${name}`) || undefined;
}

export function child(e: XmlElement | undefined | null, name: string): XmlElement | undefined {
  if (!e) return undefined;
  for (let n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && n.localName === name) return n;
  return undefined;
}

export function children(e: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && n.localName === name) out.push(n);
  return out;
}

/** A number in a list format (Word's own sequences: letters run a…z, then aa…). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
    case 'lowerRoman': {
      let out = '';
      let v = n;
      for (const [val, s] of [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']] as const) {
        while (v >= val) {
          out += s;
          v -= val;
        }
      }
      return format === 'lowerRoman' ? out.toLowerCase() : out;
    }
    case 'upperLetter':
    case 'lowerLetter': {
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * The labels of the numbered paragraphs of a document, in document order
 * (one entry per paragraph that has numbering, directly or through its
 * style). Undefined when the package has no numbering part.
 */
export async function numberingLabels(zip: { file(name: string): { async(type: 'string'): Promise<string> } | null }): Promise<NumberLabel[] | undefined> {
  const numberingFile = zip.file('word/numbering.xml');
  const documentFile = zip.file('word/document.xml');
  if (!numberingFile || !documentFile) return undefined;
  const { DOMParser } = await import('@xmldom/xmldom');
  const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml').documentElement as unknown as XmlElement;
  const numbering = parse(await numberingFile.async('string'));
  const abstracts = new Map<string, Map<number, Level>>();
  for (const a of children(numbering, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const l of children(a, 'lvl')) {
      levels.set(Number(attr(l, 'ilvl') ?? 0), {
        format: attr(child(l, 'numFmt'), 'val') ?? 'decimal',
        text: attr(child(l, 'lvlText'), 'val') ?? '',
        start: Number(attr(child(l, 'start'), 'val') ?? 1),
        style: attr(child(l, 'pStyle'), 'val'),
      });
    }
    abstracts.set(attr(a, 'abstractNumId') ?? '', levels);
  }
  // A list defined by a numbering style: an abstract list with `numStyleLink` has no levels of its own;
  // they are in the abstract list whose `styleLink` names the same style (ECMA-376 §17.9.21).
  const byStyleLink = new Map<string, string>();
  for (const a of children(numbering, 'abstractNum')) {
    const link = attr(child(a, 'styleLink'), 'val');
    if (link) byStyleLink.set(link, attr(a, 'abstractNumId') ?? '');
  }
  for (const a of children(numbering, 'abstractNum')) {
    const link = attr(child(a, 'numStyleLink'), 'val');
    const id = attr(a, 'abstractNumId') ?? '';
    const target = link ? byStyleLink.get(link) : undefined;
    if (target !== undefined && target !== id && (abstracts.get(id)?.size ?? 0) === 0) abstracts.set(id, abstracts.get(target) ?? new Map());
  }
  /** numId → its abstract list and the levels it restarts. */
  const nums = new Map<string, { abstract: string; overrides: Map<number, number> }>();
  for (const n of children(numbering, 'num')) {
    const overrides = new Map<number, number>();
    for (const o of children(n, 'lvlOverride')) {
      const start = attr(child(o, 'startOverride'), 'val');
      if (start !== undefined) overrides.set(Number(attr(o, 'ilvl') ?? 0), Number(start));
    }
    nums.set(attr(n, 'numId') ?? '', { abstract: attr(child(n, 'abstractNumId'), 'val') ?? '', overrides });
  }
  /** Paragraph style → the list level it carries. */
  const byStyle = new Map<string, { num: string; ilvl: number }>();
  for (const [numId, n] of nums) {
    for (const [ilvl, level] of abstracts.get(n.abstract) ?? []) if (level.style && !byStyle.has(level.style)) byStyle.set(level.style, { num: numId, ilvl });
  }
  const document = parse(await documentFile.async('string'));
  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();
  const labels: NumberLabel[] = [];
  const paragraphs = document.getElementsByTagNameNS(W, 'p');
  for (let i = 0; i < paragraphs.length; i++) {
    const pPr = child(paragraphs[i], 'pPr');
    const numPr = child(pPr, 'numPr');
    let ref: { num: string; ilvl: number } | undefined;
    if (numPr) {
      const num = attr(child(numPr, 'numId'), 'val');
      if (num === undefined || num === '0') continue;
      ref = { num, ilvl: Number(attr(child(numPr, 'ilvl'), 'val') ?? 0) };
    } else {
      const style = attr(child(pPr, 'pStyle'), 'val');
      ref = style ? byStyle.get(style) : undefined;
    }
    if (!ref) continue;
    const num = nums.get(ref.num);
    const levels = num ? abstracts.get(num.abstract) : undefined;
    const level = levels?.get(ref.ilvl);
    if (!num || !levels || !level) {
      labels.push({ kind: 'number', text: '' });
      continue;
    }
    // Counters belong to the abstract list; a num that restarts a level does so on its first paragraph.
    const counts = counters.get(num.abstract) ?? [];
    counters.set(num.abstract, counts);
    if (!restarted.has(ref.num)) {
      restarted.add(ref.num);
      for (const [ilvl, start] of num.overrides) counts[ilvl] = start - 1;
    }
    counts[ref.ilvl] = (counts[ref.ilvl] ?? (levels.get(ref.ilvl)?.start ?? 1) - 1) + 1;
    for (let deeper = ref.ilvl + 1; deeper < 9; deeper++) counts[deeper] = undefined as unknown as number;
    if (level.format === 'bullet') {
      labels.push({ kind: 'bullet', text: level.text });
      continue;
    }
    const text = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      const lv = levels.get(l);
      const value = counts[l] ?? lv?.start ?? 1;
      return formatNumber(value, lv?.format ?? 'decimal');
    });
    labels.push({ kind: 'number', text });
  }
  return labels;
}

/**
 * Page orientation of a Word document's sections, read from
 * word/document.xml (mammoth's model has no sections): a paragraph whose
 * properties hold a `w:sectPr` ends a section, the body's own `w:sectPr`
 * describes the last one. Used to tell a landscape appendix (dialect §2:
 * `<!-- phu-luc ngang -->`, for wide tables) from an upright one.
 */
import { W, attr, child, children, type XmlElement } from './docx-numbering';

/** Whether a section's page is landscape: `w:orient="landscape"`, or wider than high. */
function landscape(sectPr: XmlElement | undefined): boolean {
  const size = child(sectPr, 'pgSz');
  if (!size) return false;
  if (attr(size, 'orient') === 'landscape') return true;
  const w = Number(attr(size, 'w'));
  const h = Number(attr(size, 'h'));
  return w > 0 && h > 0 && w > h;
}

/** Text of an element: its paragraphs' `w:t` text, a line each (as the table's text reads in the reader). */
function textOf(e: XmlElement): string {
  const paras = e.localName === 'p' ? [e] : Array.from({ length: e.getElementsByTagNameNS(W, 'p').length }, (_, i) => e.getElementsByTagNameNS(W, 'p')[i]);
  return paras
    .map((p) => {
      const ts = p.getElementsByTagNameNS(W, 't');
      let out = '';
      for (let i = 0; i < ts.length; i++) out += (ts[i] as unknown as { textContent: string | null }).textContent ?? '';
      return out;
    })
    .join('\n');
}

/**
 * Whether what follows the last table `isClosing` accepts (the closing
 * table) starts in a landscape section. False when there is no such table
 * or nothing follows it.
 */
export async function landscapeAfterClosing(zip: { file(name: string): { async(type: 'string'): Promise<string> } | null }, isClosing: (tableText: string) => boolean): Promise<boolean> {
  const file = zip.file('word/document.xml');
  if (!file) return false;
  const { DOMParser } = await import('@xmldom/xmldom');
  const root = new DOMParser().parseFromString(await file.async('string'), 'text/xml').documentElement as unknown as XmlElement;
  const body = child(root, 'body');
  if (!body) return false;
  const items = [...children(body, 'p'), ...children(body, 'tbl')];
  // Document order: the two lists merged by walking the body's children.
  const ordered: XmlElement[] = [];
  for (let n = body.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && items.includes(n)) ordered.push(n);
  // Each element's section, from the end: a paragraph carrying a sectPr is the last of its section.
  const inLandscape: boolean[] = new Array(ordered.length);
  let current = landscape(child(body, 'sectPr'));
  for (let i = ordered.length - 1; i >= 0; i--) {
    const own = ordered[i].localName === 'p' ? child(child(ordered[i], 'pPr'), 'sectPr') : undefined;
    if (own) current = landscape(own);
    inLandscape[i] = current;
  }
  let closing = -1;
  for (let i = ordered.length - 1; i >= 0; i--) {
    if (ordered[i].localName === 'tbl' && isClosing(textOf(ordered[i]))) {
      closing = i;
      break;
    }
  }
  if (closing < 0) return false;
  for (let i = closing + 1; i < ordered.length; i++) if (ordered[i].localName === 'tbl' || textOf(ordered[i]).trim()) return inLandscape[i];
  return false;
}

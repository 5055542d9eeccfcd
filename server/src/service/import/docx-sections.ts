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
 * The orientation of each appendix after the last table `isClosing` accepts
 * (the closing table), in order: true for a landscape one. An appendix
 * opens at a paragraph `isName` accepts (its name, `PHỤ LỤC I`), or, for the
 * first, at the first table or paragraph with text after the closing table
 * when that is no name — as the reader opens them. Empty when there is no
 * closing table or nothing follows it.
 */
export async function appendixOrientations(
  zip: { file(name: string): { async(type: 'string'): Promise<string> } | null },
  isClosing: (tableText: string) => boolean,
  isName: (paragraphText: string) => boolean,
): Promise<boolean[]> {
  const file = zip.file('word/document.xml');
  if (!file) return [];
  const { DOMParser } = await import('@xmldom/xmldom');
  const root = new DOMParser().parseFromString(await file.async('string'), 'text/xml').documentElement as unknown as XmlElement;
  const body = child(root, 'body');
  if (!body) return [];
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
  if (closing < 0) return [];
  const out: boolean[] = [];
  for (let i = closing + 1; i < ordered.length; i++) {
    const isTable = ordered[i].localName === 'tbl';
    const text = isTable ? '' : textOf(ordered[i]).trim();
    if ((!isTable && isName(text)) || (out.length === 0 && (isTable || text))) out.push(inLandscape[i]);
  }
  return out;
}

/**
 * The "insert legal reference" pick list (custom request
 * `vbhc/searchCatalog`): catalog entries of every source matching a free
 * query by number, type, issuer or subject, diacritics and case ignored.
 */
import type { VbhcDocument } from '../model/document';
import type { Lang } from '../types';
import { citationLabel, fullForm, shortForm } from './citation-format';
import { shortDescription, validityText } from './describe';
import { documentCitations } from './recognizer';
import { ownContext, parseQuery, searchSets } from './ranking';
import type { ReferenceState } from './reference-state';
import type { CatalogPickItem } from './results';

/** Items shown by default. */
export const DEFAULT_PICK_ITEMS = 100;

/** Pick-list items for a query; insert texts depend on what `doc` cites before `offset`. */
export function pickItems(query: string, state: ReferenceState, lang: Lang, doc?: VbhcDocument, offset?: number, limit = DEFAULT_PICK_ITEMS): CatalogPickItem[] {
  const items = searchSets([state.catalog, state.learned], parseQuery(query, ownContext(doc)), limit);
  const before = new Set<string>();
  if (doc && offset !== undefined) for (const c of documentCitations(doc)) if (c.end <= offset) before.add(c.key);
  return items.map((it) => {
    const e = it.entry;
    const validity = validityText(it, lang);
    const form = before.has(it.key) ? shortForm(e) : fullForm(e);
    return {
      label: citationLabel(e),
      description: shortDescription(it),
      detail: [e.trich_yeu, validity].filter(Boolean).join(' · '),
      so_ky_hieu: e.so_ky_hieu,
      loai: e.loai,
      ngay: e.ngay,
      co_quan: e.co_quan,
      trich_yeu: e.trich_yeu,
      hieu_luc: e.hieu_luc,
      thay_the_boi: e.thay_the_boi,
      source: it.source,
      insertText: e.loai ? `${e.loai} ${form}` : form.replace(/^số /, ''),
    };
  });
}

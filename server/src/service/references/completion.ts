/**
 * Completion of legal references in the body:
 *
 * - after a type name, with or without `số`, and while typing the number or
 *   symbol (`Chỉ thị số 33`, `chi thi 33`: matching ignores diacritics and
 *   case, the 33/CT-TTg item comes first);
 * - after `số` and a number, or a number with its separator (`33/`);
 * - after `của` / `về` of a known symbol: its issuer, its subject.
 *
 * The first citation of a document in a text inserts the full form, later
 * ones the short form. Candidates come from maps built once per catalog
 * (./catalog.ts): a request folds one line prefix and looks up a few keys.
 */
import type { VbhcDocument } from '../model/document';
import type { Lang } from '../types';
import { CITED_TYPES, type CitedType } from './data/cited-types';
import type { CatalogItem, CatalogSet } from './catalog';
import { citationLabel, fullForm, shortForm, subjectWithLead } from './citation-format';
import { certaintyText, citationMarkdown, lookupLink, md, shortDescription, sourceText, validityText } from './describe';
import { fold } from '../text/fold';
import { ownContext, searchSets, type CatalogQuery, type OwnContext } from './ranking';
import { documentCitations } from './recognizer';
import type { ReferenceState } from './reference-state';
import { COMPLETION_KIND, type CompletionItemLike, type CompletionListLike } from './results';
import { symbolKey } from './symbol';

/** Most items returned per request (the list is incomplete: the client asks again as the user types). */
export const MAX_COMPLETION_ITEMS = 50;
const PREFIX_WINDOW_CHARS = 120;
const TAIL_WINDOW_CHARS = 300;

const FOLDED_TYPES = [...CITED_TYPES].sort((a, b) => b.name.length - a.name.length).map((t) => ({ type: t, folded: fold(t.name) }));
const TYPE_CONTEXT = new RegExp(`(?:^|[^a-z0-9])(${FOLDED_TYPES.map((t) => t.folded.replace(/ /g, '\\s+')).join('|')})(\\s+so)?\\s+(\\d[0-9a-z/&-]*)?$`);
// A type name and words of the subject (`nghi dinh cong tac van thu`, `Nghị định về công tác văn thư`): letters only up to the cursor.
const SUBJECT_CONTEXT = new RegExp(`(?:^|[^a-z0-9])(${FOLDED_TYPES.map((t) => t.folded.replace(/ /g, '\\s+')).join('|')})\\s+((?:[a-z&]+\\s+){1,12}[a-z&]*)$`);
/** Words that start ordinary prose after a type name (`Quyết định của …`): no subject search then. */
const PROSE_WORDS = new Set(['cua', 'da', 'duoc', 'nay', 'va', 'cac', 'trong', 'cho', 'ma', 'do', 'tai', 'voi', 'theo', 'thi', 'la', 'co', 'se', 'den', 'tu', 'nhung', 'mot', 'khi', 'neu', 'so']);
/** Fewest words of a subject typed before it is searched. */
const MIN_SUBJECT_WORDS = 2;
const SO_CONTEXT = /(?:^|[^a-z0-9])so\s*(\d[0-9a-z/&-]*)$/;
const SYMBOL_CONTEXT = /(?:^|[\s(])(\d{1,5}[/-][0-9a-z/&-]*)$/;
/**
 * `của` / `về` right after a citation head: symbol, date, issuer. The issuer
 * holds no clause mark (`,` `;` `:` `.` brackets), so `về` of a later clause
 * (`…, Sở Nội vụ báo cáo về`) is not taken for the citation's own. What
 * follows `của` / `về` is what the items replace; `continuation` offers only
 * the texts it begins (see there).
 */
const TAIL_CONTEXT = /(\d{1,5}[/-][\p{L}\p{N}/&-]{1,40})(?:\s{1,3},?\s{0,3}ngày\s{1,3}[\d/]{6,10}|\s{1,3},?\s{0,3}ngày\s{1,3}\d{1,2}\s{1,3}tháng\s{1,3}\d{1,2}\s{1,3}năm\s{1,3}\d{4})?(?:\s{1,3}của\s{1,3}[^;,:.()\n]{1,120}?)?\s{1,3}(của|về)\s{1,3}([^;:.\n]{0,80})$/iu;

/** What the user is typing. */
interface Context {
  /** Analysis offset where the replaced text starts. */
  start: number;
  /** The typed text being replaced. */
  typed: string;
  /** The type named, if any. */
  type?: CitedType;
  /** The type as written (kept when it is written with diacritics). */
  typeText?: string;
  /** Folded symbol prefix typed (`33`, `33/ct`). */
  symbolPrefix: string;
  /** What the insert starts with: type name, `số`, or the bare symbol. */
  shape: 'type' | 'so' | 'symbol';
  /** Folded words of the subject typed after the type name, when searching by subject. */
  words?: string[];
}

/** Completion items at an analysis offset of the body. */
export function completeReferences(doc: VbhcDocument, offset: number, state: ReferenceState, lang: Lang, invoked = false): CompletionListLike {
  const text = doc.source.text;
  const lineStart = doc.source.lineStart(doc.source.lineOf(offset));
  const tailFrom = Math.max(lineStart, offset - TAIL_WINDOW_CHARS);
  const tail = TAIL_CONTEXT.exec(text.slice(tailFrom, offset));
  if (tail) {
    const items = continuation(doc, offset, tail, state, lang);
    if (items.length) return { isIncomplete: true, items };
  }
  const from = Math.max(lineStart, offset - PREFIX_WINDOW_CHARS);
  const prefix = fold(text.slice(from, offset));
  const ctx = context(text, from, prefix, invoked);
  if (!ctx) return { isIncomplete: false, items: [] };
  return { isIncomplete: true, items: referenceItems(doc, offset, ctx, state, lang) };
}

/**
 * A type name written as one names a document to look up: capitalised, as
 * Decree 30 writes the type of a specific document (`Nghị định về …`), or
 * typed without diacritics as a search (`nghi dinh cong tac …`). A lower-case
 * type word with diacritics is prose (`Sở báo cáo về kết quả …`).
 */
function searchedTypeName(written: string): boolean {
  return /^\p{Lu}/u.test(written) || /^[\x20-\x7e\s]*$/.test(written);
}

/**
 * The citation being typed before the cursor. A search by subject words is
 * made only when the user asked for completion (Ctrl+Space): words after a
 * type name are ordinary prose far more often than a title being recalled
 * ("… báo cáo kết quả …"), and an item offered on a space would replace them.
 */
function context(text: string, from: number, prefix: string, invoked: boolean): Context | undefined {
  let m = TYPE_CONTEXT.exec(prefix);
  if (m) {
    const typeStart = from + m.index + m[0].indexOf(m[1]);
    const type = FOLDED_TYPES.find((t) => t.folded === m![1].replace(/\s+/g, ' '))?.type;
    const typeText = text.slice(typeStart, typeStart + m[1].length);
    return { start: typeStart, typed: text.slice(typeStart, from + prefix.length), type, typeText, symbolPrefix: m[3] ?? '', shape: 'type' };
  }
  m = invoked ? SUBJECT_CONTEXT.exec(prefix) : null;
  if (m) {
    const words = m[2].trim().split(/\s+/).filter(Boolean);
    if (words[0] === 've') words.shift();
    if (words.length >= MIN_SUBJECT_WORDS && !PROSE_WORDS.has(words[0])) {
      const typeStart = from + m.index + m[0].indexOf(m[1]);
      const type = FOLDED_TYPES.find((t) => t.folded === m![1].replace(/\s+/g, ' '))?.type;
      const typeText = text.slice(typeStart, typeStart + m[1].length);
      if (type && !type.generic && searchedTypeName(typeText)) {
        return { start: typeStart, typed: text.slice(typeStart, from + prefix.length), type, typeText, symbolPrefix: '', shape: 'type', words: [...fold(type.name).split(' '), ...words] };
      }
    }
  }
  m = SO_CONTEXT.exec(prefix);
  if (m) {
    const s = from + m.index + m[0].indexOf('so');
    return { start: s, typed: text.slice(s, from + prefix.length), symbolPrefix: m[1], shape: 'so' };
  }
  m = SYMBOL_CONTEXT.exec(prefix);
  if (m) {
    const s = from + prefix.length - m[1].length;
    return { start: s, typed: m[1], symbolPrefix: m[1], shape: 'symbol' };
  }
  return undefined;
}

/** Candidates for a context, best first (./ranking.ts). */
function candidates(ctx: Context, sets: readonly CatalogSet[], own: OwnContext): CatalogItem[] {
  const number = /^\d+/.exec(ctx.symbolPrefix)?.[0] ?? '';
  const typed = ctx.type && !ctx.type.generic;
  if (!number && !typed && !ctx.words) return [];
  const query: CatalogQuery = { type: ctx.type, number: number || undefined, symbolPrefix: ctx.symbolPrefix || undefined, words: ctx.words, lastWhole: false, own };
  return searchSets(sets, query, MAX_COMPLETION_ITEMS);
}

/** Symbol keys the document cites before an offset. */
function citedBefore(doc: VbhcDocument, offset: number): Set<string> {
  const keys = new Set<string>();
  for (const c of documentCitations(doc)) if (c.end <= offset) keys.add(c.key);
  return keys;
}

function referenceItems(doc: VbhcDocument, offset: number, ctx: Context, state: ReferenceState, lang: Lang): CompletionItemLike[] {
  const list = candidates(ctx, [state.catalog, state.learned], ownContext(doc));
  if (list.length === 0) return [];
  const before = citedBefore(doc, ctx.start);
  const range = doc.source.rangeOf(ctx.start, offset);
  return list.map((it, i) => {
    const first = !before.has(it.key);
    const form = first ? fullForm(it.entry) : shortForm(it.entry);
    let newText: string;
    if (ctx.shape === 'type') {
      const written = ctx.typeText && ctx.typeText !== fold(ctx.typeText) ? ctx.typeText.replace(/\s+/g, ' ') : undefined;
      const sameType = !!ctx.type && !ctx.type.generic && it.typeFold === fold(ctx.type.name);
      // Keep the type as the user wrote it when it is this item's type and written with diacritics; else the item's own type name.
      const name = sameType ? (written ?? ctx.type!.name) : it.entry.loai || written || ctx.type?.name || '';
      newText = `${name} ${form}`;
    } else if (ctx.shape === 'so') newText = form;
    else newText = form.replace(/^số /, '');
    return item(it, i, newText, ctx.typed, range, first, lang);
  });
}

function item(it: CatalogItem, rank: number, newText: string, typed: string, range: ReturnType<VbhcDocument['source']['rangeOf']>, first: boolean, lang: Lang): CompletionItemLike {
  const validity = validityText(it, lang);
  const desc = shortDescription(it);
  const note = first ? (lang === 'en' ? 'first citation: full form' : 'lần dẫn đầu: dạng đầy đủ') : lang === 'en' ? 'cited above: short form' : 'đã dẫn ở trên: dạng rút gọn';
  return {
    label: citationLabel(it.entry),
    kind: COMPLETION_KIND.Reference,
    detail: [desc, validity, it.entry.uncertain ? (lang === 'en' ? 'less certain' : 'ít chắc chắn') : ''].filter(Boolean).join(' · '),
    documentation: {
      kind: 'markdown',
      value: [citationMarkdown(it), validity ? `*${md(validity)}*` : '', md(certaintyText(it, lang)), `${md(sourceText(it, lang))}`, lookupLink(it, lang), `_${note}_`].filter(Boolean).join('\n\n'),
    },
    // The typed text leads the filter text so that the editor never hides an item this service ranked.
    filterText: `${typed} ${it.entry.so_ky_hieu} ${it.entry.loai}`,
    sortText: String(rank).padStart(4, '0'),
    textEdit: { range, newText },
    preselect: rank === 0 ? true : undefined,
  };
}

/**
 * Issuer or subject after `của` / `về` of a known symbol. An item replaces
 * the text typed after `của` / `về`, so it is offered only when that text
 * begins it (case, diacritics and spacing aside): the replaced text is then
 * the start of the very issuer or subject being typed. Text that goes on
 * past it (`về công tác văn thư, Sở Nội vụ`) is the user's next clause and
 * gets no item: accepting one would delete it.
 */
function continuation(doc: VbhcDocument, offset: number, m: RegExpExecArray, state: ReferenceState, lang: Lang): CompletionItemLike[] {
  const it = state.lookup(symbolKey(m[1]));
  if (!it) return [];
  const typed = m[3];
  const typedKey = phraseKey(typed);
  const range = doc.source.rangeOf(offset - typed.length, offset);
  const out: CompletionItemLike[] = [];
  const add = (newText: string, detail: string) => {
    if (!newText.trim() || newText === typed || !phraseKey(newText).startsWith(typedKey)) return;
    out.push({
      label: newText.length > 80 ? `${newText.slice(0, 79)}…` : newText,
      kind: COMPLETION_KIND.Value,
      detail,
      documentation: { kind: 'markdown', value: `${citationMarkdown(it)}\n\n${md(sourceText(it, lang))}` },
      filterText: `${typed} ${newText}`,
      sortText: String(out.length).padStart(4, '0'),
      textEdit: { range, newText },
    });
  };
  const issuer = it.entry.co_quan?.trim() ?? '';
  const subject = subjectWithLead(it.entry.trich_yeu) ?? '';
  if (m[2].toLowerCase() === 'của') {
    add(subject ? `${issuer} ${subject}` : issuer, lang === 'en' ? `issuer and subject of ${it.entry.so_ky_hieu}` : `cơ quan ban hành và trích yếu của ${it.entry.so_ky_hieu}`);
    add(issuer, lang === 'en' ? `issuer of ${it.entry.so_ky_hieu}` : `cơ quan ban hành ${it.entry.so_ky_hieu}`);
  } else {
    add(subject.replace(/^về\s+/iu, ''), lang === 'en' ? `subject of ${it.entry.so_ky_hieu}` : `trích yếu của ${it.entry.so_ky_hieu}`);
  }
  return out;
}

/** Folded text with its spaces collapsed, for comparing what was typed with an item's text. */
function phraseKey(s: string): string {
  return fold(s).replace(/\s+/g, ' ').replace(/^ /, '');
}

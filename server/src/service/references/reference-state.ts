/**
 * Everything the reference features know about a workspace: the catalogs
 * (built-in, user files, learned) and the citation index. The language
 * service owns one and puts it in the workspace facts under
 * `REFERENCES_SLOT`, where the cross-document checks find it. Search
 * structures are rebuilt only when a catalog changes (static part) or when
 * a full citation changes (learned part) — never per keystroke.
 */
import type { WorkspaceFacts } from '../checks/rule';
import type { VbhcDocument } from '../model/document';
import type { CatalogEntry } from './catalog-entry';
import { CatalogSet, makeItem, type CatalogItem } from './catalog';
import { fileName } from './describe';
import type { CatalogFile } from './catalog-file';
import { ReferenceIndex, type IndexSource, type Occurrence } from './reference-index';
import { isFullCitation } from './recognizer';
import { parseSymbol } from './symbol';

/** The facts slot holding the ReferenceState. */
export const REFERENCES_SLOT = 'references';

/** What the state reads from its owner. */
export interface ReferenceHost {
  /** Every document of the workspace: parsed, or with a stamp and a way to parse it (see ReferenceIndex.sync). */
  documents(): readonly (VbhcDocument | IndexSource)[];
  /** A number that changes whenever any document changes. */
  epoch(): number;
}

/** Catalogs and index of one workspace. */
/** Search items of a list of built-in entries, made once per list (the list and its items are immutable). */
const builtinItemsOf = new WeakMap<readonly CatalogEntry[], CatalogItem[]>();

function builtinItems(entries: readonly CatalogEntry[]): CatalogItem[] {
  let items = builtinItemsOf.get(entries);
  if (!items) {
    items = entries.filter((e) => e && typeof e.so_ky_hieu === 'string').map((e) => makeItem(e, 'builtin'));
    builtinItemsOf.set(entries, items);
  }
  return items;
}

/** The catalog set of a built-in list alone (no user catalog), shared by every state of the process. */
const builtinSetOf = new WeakMap<readonly CatalogEntry[], CatalogSet>();

export class ReferenceState {
  /** The built-in entries, read when a catalog is first needed. */
  private builtin: () => readonly CatalogEntry[] = () => [];
  private readonly userFiles = new Map<string, CatalogFile>();
  private staticSet?: CatalogSet;
  private learnedSet?: { version: number; set: CatalogSet };
  private readonly index = new ReferenceIndex();
  private syncedEpoch = -1;
  /** Bumped whenever a catalog (built-in or user) changes. */
  catalogVersion = 0;

  constructor(private readonly host: ReferenceHost) {}

  /** Replaces the built-in catalog: its entries, or a function that gives them when first needed. */
  setBuiltin(entries: readonly CatalogEntry[] | (() => readonly CatalogEntry[])): void {
    this.builtin = typeof entries === 'function' ? entries : () => entries;
    this.staticSet = undefined;
    this.catalogVersion++;
  }

  /** Adds or replaces a user catalog file. */
  setUserCatalog(file: CatalogFile): void {
    this.userFiles.set(file.uri, file);
    this.staticSet = undefined;
    this.catalogVersion++;
  }

  /** Forgets a user catalog file; true when it was known. */
  removeUserCatalog(uri: string): boolean {
    if (!this.userFiles.delete(uri)) return false;
    this.staticSet = undefined;
    this.catalogVersion++;
    return true;
  }

  /** A user catalog file, when loaded. */
  userCatalog(uri: string): CatalogFile | undefined {
    return this.userFiles.get(uri);
  }

  /** URIs of the loaded user catalogs. */
  userCatalogUris(): string[] {
    return [...this.userFiles.keys()];
  }

  /** The built-in and user catalogs together (user entries win). */
  get catalog(): CatalogSet {
    if (!this.staticSet) {
      const entries = this.builtin();
      if (this.userFiles.size === 0) {
        let set = builtinSetOf.get(entries);
        if (!set) builtinSetOf.set(entries, (set = new CatalogSet(builtinItems(entries))));
        this.staticSet = set;
      } else {
        const items = [...builtinItems(entries)];
        for (const f of this.userFiles.values()) items.push(...f.items);
        this.staticSet = new CatalogSet(items);
      }
    }
    return this.staticSet;
  }

  /** The citation index, synced with the workspace. */
  get refs(): ReferenceIndex {
    const epoch = this.host.epoch();
    if (epoch !== this.syncedEpoch) {
      this.syncedEpoch = epoch; // first: a rule run while syncing sees the index as it is, not a second sync
      this.index.sync(this.host.documents());
    }
    return this.index;
  }

  /** The learned catalog: the first full citation of each symbol the other catalogs lack. */
  get learned(): CatalogSet {
    const idx = this.refs;
    const version = idx.learnedVersion * 1_000_003 + this.catalogVersion;
    if (this.learnedSet?.version === version) return this.learnedSet.set;
    const items: CatalogItem[] = [];
    const known = this.catalog;
    for (const key of idx.keys()) {
      if (known.get(key)) continue;
      const o = idx.firstFull(key);
      if (o) items.push(learnedItem(o));
    }
    const set = new CatalogSet(items);
    this.learnedSet = { version, set };
    return set;
  }

  /** Issuer codes of the built-in and user catalogs' symbols (real agencies). */
  knownIssuerCodes(): ReadonlySet<string> {
    if (this.issuerCodes?.version !== this.catalogVersion) {
      const codes = new Set<string>();
      for (const it of this.catalog.items) for (const c of parseSymbol(it.entry.so_ky_hieu)?.issuers ?? []) codes.add(c);
      this.issuerCodes = { version: this.catalogVersion, codes };
    }
    return this.issuerCodes.codes;
  }

  private issuerCodes?: { version: number; codes: Set<string> };

  /** The catalog item of a symbol key: user, else built-in, else learned. */
  lookup(key: string): CatalogItem | undefined {
    return this.catalog.get(key) ?? this.learned.get(key);
  }
}

/** A catalog entry learned from a full citation. */
function learnedItem(o: Occurrence): CatalogItem {
  const c = o.citation;
  const d = c.date!;
  const iso = isFullCitation(c) ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : '';
  const entry: CatalogEntry = {
    so_ky_hieu: c.symbol.parsed.problem === 'glued' || c.symbol.parsed.problem === 'spaced' ? c.symbol.parsed.suggestion! : c.symbol.text,
    loai: c.type && !c.type.type.generic ? c.type.type.name : '',
    ngay: iso,
    co_quan: c.issuer?.text.replace(/\s+/g, ' ') ?? '',
    // Only a subject whose end is certain: a guessed one would be shown and inserted as the document's subject.
    trich_yeu: c.subject?.certain ? `${c.subject.lead.toLowerCase()} ${c.subject.text.replace(/\s+/g, ' ')}` : '',
    hieu_luc: 'khong-ro',
    thay_the_boi: null,
    nguon: `học từ văn bản ${fileName(o.doc.uri)}, dòng ${o.doc.source.positionAt(c.start).line + 1}`,
  };
  return makeItem(entry, 'learned', { uri: o.doc.uri, range: o.doc.source.rangeOf(c.start, c.end) });
}

/** The reference state of the workspace facts, when the service provides one. */
export function referenceState(ws: WorkspaceFacts | undefined): ReferenceState | undefined {
  const s = ws?.[REFERENCES_SLOT];
  return s instanceof ReferenceState ? s : undefined;
}

/**
 * Everything the reference features know about a workspace: the catalogs
 * (built-in, user files, learned) and the citation index. The language
 * service owns one and hands it to the cross-document checks in their
 * CheckContext. Search
 * structures are rebuilt only when a catalog changes (static part) or when
 * a full citation changes (learned part) — never per keystroke.
 */
import type { DocumentFacts } from '../model/document';
import type { CatalogEntry } from './catalog-entry';
import { BuiltinCatalog } from './builtin-data';
import { CatalogSet, STEP_ITEMS, makeItem, type CatalogItem } from './catalog';
import { fileName } from './describe';
import type { CatalogFile } from './catalog-file';
import { ReferenceIndex, type IndexSource, type Occurrence } from './reference-index';
import { isFullCitation } from './recognizer';

/** What the state reads from its owner. */
export interface ReferenceHost {
  /** Every document of the workspace: parsed, or with a stamp and a way to parse it (see ReferenceIndex.sync). */
  documents(): readonly (DocumentFacts | IndexSource)[];
  /** A number that changes whenever any document changes. */
  epoch(): number;
}

/**
 * Search items of a built-in catalog, made per row as the row is looked up,
 * and its catalog set (all rows) made when first needed; shared by every
 * state of the process (the catalog and its items are immutable).
 */
class BuiltinItems {
  private readonly items: (CatalogItem | undefined)[];
  private allSet?: CatalogSet;

  constructor(private readonly catalog: BuiltinCatalog) {
    this.items = new Array<CatalogItem | undefined>(catalog.size);
  }

  /** The item of the first document of a symbol key. */
  get(key: string): CatalogItem | undefined {
    const row = this.catalog.rowOf(key);
    return row < 0 ? undefined : this.at(row);
  }

  /** Every item, in file order. */
  all(): CatalogItem[] {
    const entries = this.catalog.entries();
    const out = new Array<CatalogItem>(entries.length);
    for (let i = 0; i < entries.length; i++) out[i] = this.at(i);
    return out;
  }

  /** Makes the items not made yet, pausing every STEP_ITEMS of them. */
  *makeSteps(): Generator<void, void, void> {
    for (let row = 0; row < this.items.length; row++) {
      if (this.items[row]) continue;
      this.at(row);
      if (row % STEP_ITEMS === STEP_ITEMS - 1) yield;
    }
  }

  /** The catalog set of these items alone (no user catalog). */
  get set(): CatalogSet {
    return (this.allSet ??= new CatalogSet(this.all()));
  }

  /** Issuer codes of every symbol. */
  get issuerCodes(): ReadonlySet<string> {
    return this.catalog.issuerCodes;
  }

  private at(row: number): CatalogItem {
    return (this.items[row] ??= makeItem(this.catalog.entry(row), 'builtin', undefined, this.catalog.key(row)));
  }
}

const itemsOfCatalog = new WeakMap<BuiltinCatalog, BuiltinItems>();
const catalogOfList = new WeakMap<readonly CatalogEntry[], BuiltinCatalog>();

function builtinItems(given: readonly CatalogEntry[] | BuiltinCatalog): BuiltinItems {
  let catalog: BuiltinCatalog;
  if (given instanceof BuiltinCatalog) catalog = given;
  else {
    catalog = catalogOfList.get(given) ?? BuiltinCatalog.fromEntries(given);
    catalogOfList.set(given, catalog);
  }
  let items = itemsOfCatalog.get(catalog);
  if (!items) itemsOfCatalog.set(catalog, (items = new BuiltinItems(catalog)));
  return items;
}

/** The entries of a built-in catalog, or the catalog decoded as it is read. */
export type BuiltinSource = readonly CatalogEntry[] | BuiltinCatalog;

/** Catalogs and index of one workspace. */
export class ReferenceState {
  /** The built-in catalog, read when a catalog is first needed. */
  private builtinSource: () => BuiltinSource = () => [];
  private builtinRead?: BuiltinItems;
  private readonly userFiles = new Map<string, CatalogFile>();
  private staticSet?: CatalogSet;
  /** The user catalogs' items alone (a symbol's look-up without the built-in search maps). */
  private userSet?: CatalogSet;
  private learnedSet?: { version: number; set: CatalogSet };
  private readonly index = new ReferenceIndex();
  private syncedEpoch = -1;
  /** Bumped whenever a catalog (built-in or user) changes. */
  catalogVersion = 0;

  constructor(private readonly host: ReferenceHost) {}

  /** Replaces the built-in catalog: its entries, or a function that gives them when first needed. */
  setBuiltin(entries: BuiltinSource | (() => BuiltinSource)): void {
    this.builtinSource = typeof entries === 'function' ? entries : () => entries;
    this.builtinRead = undefined;
    this.staticSet = undefined;
    this.catalogVersion++;
  }

  private get builtin(): BuiltinItems {
    return (this.builtinRead ??= builtinItems(this.builtinSource()));
  }

  /** Adds or replaces a user catalog file. */
  setUserCatalog(file: CatalogFile): void {
    this.userFiles.set(file.uri, file);
    this.staticSet = undefined;
    this.userSet = undefined;
    this.catalogVersion++;
  }

  /** Forgets a user catalog file; true when it was known. */
  removeUserCatalog(uri: string): boolean {
    if (!this.userFiles.delete(uri)) return false;
    this.staticSet = undefined;
    this.userSet = undefined;
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

  /** The built-in and user catalogs together (user entries win), with the search maps of every item. */
  get catalog(): CatalogSet {
    if (!this.staticSet) {
      if (this.userFiles.size === 0) this.staticSet = this.builtin.set;
      else {
        const items = this.builtin.all();
        for (const f of this.userFiles.values()) items.push(...f.items);
        this.staticSet = new CatalogSet(items);
      }
    }
    return this.staticSet;
  }

  /**
   * Builds `catalog` (with `words`, its word index too) in steps: the
   * built-in items a few hundred at a time, the search maps, then the word
   * index a few hundred items at a time. A server reading a workspace
   * answers requests between steps; built at once, the 10,000 built-in
   * items held it for 0.1–0.7 s.
   */
  *prepareSteps(words: boolean): Generator<void, void, void> {
    if (!this.staticSet) {
      yield* this.builtin.makeSteps();
      void this.catalog;
      yield;
    }
    if (words) yield* this.catalog.prepareSteps();
  }

  /**
   * The item of a symbol key in the built-in and user catalogs (user
   * entries win): `catalog.get(key)`, without reading every built-in entry
   * when the search maps are not built yet.
   */
  catalogItem(key: string): CatalogItem | undefined {
    if (this.staticSet) return this.staticSet.get(key);
    if (this.userFiles.size > 0) {
      if (!this.userSet) {
        const items: CatalogItem[] = [];
        for (const f of this.userFiles.values()) items.push(...f.items);
        this.userSet = new CatalogSet(items);
      }
      const own = this.userSet.get(key);
      if (own) return own;
    }
    return this.builtin.get(key);
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
    for (const key of idx.keys()) {
      if (this.catalogItem(key)) continue;
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
      let codes = this.builtin.issuerCodes;
      if (this.userFiles.size > 0) {
        const all = new Set(codes);
        for (const f of this.userFiles.values()) for (const c of f.issuerCodes) all.add(c);
        codes = all;
      }
      this.issuerCodes = { version: this.catalogVersion, codes };
    }
    return this.issuerCodes.codes;
  }

  private issuerCodes?: { version: number; codes: ReadonlySet<string> };

  /** The catalog item of a symbol key: user, else built-in, else learned. */
  lookup(key: string): CatalogItem | undefined {
    return this.catalogItem(key) ?? this.learned.get(key);
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


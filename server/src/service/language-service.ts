/**
 * The vbhc language service: the implementation of the core's front door
 * (vbhc-language-service.ts). It holds the workspace's documents (in a
 * DocumentStore, document-store.ts), runs and caches their checks, and hands
 * every editor feature to its room with plain results. It imports nothing from `vscode` or
 * `vscode-languageserver`; the file system and logger are injected.
 */
import { RuleFailureLog, checkSteps, runChecks, toQuickFix } from './checks/engine';
import { chooseFixAll, fixAllTitle, type FixAll } from './checks/fix-all';
import { legacyRunsOf } from './checks/encoding-legacy';
import { renumberAllEdits } from './checks/renumber';
import { ALL_RULES } from './checks/registry';
import type { CheckContext, CrossCheckContext, CrossRule, LocalRule, Rule } from './checks/rule';
import { consoleLogger, type Logger } from './logger';
import type { DocumentFacts, TooLarge, VbhcDocument } from './model/document';
import { DocumentStore, closedDocumentParse, documentFacts, parsedDocument, settle, type StoredDocument } from './document-store';
import type { IndexSource } from './references/reference-index';
import { documentSymbols, foldingRanges, type DocSymbol, type FoldRange } from './outline';
import { resolveSettings, type VbhcSettings, type VbhcSettingsInput } from './settings';
import { comparePositions, noCancellation, type CancellationToken, type QuickFix, type Range, type TextEdit, type VbhcDiagnostic } from './types';
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_CHARS, VBHC_SUFFIX, type IFileSystem } from './workspace';
import { DOCUMENT_LIMIT } from './checks/document-limit';
import { exportDocx as exportDocxBytes } from './export/docx';
import { renderHtml as renderPreviewHtml } from './export/html';
import { builtinCatalogFile } from './references/builtin-catalog';
import { defaultPathToUri, readBuiltinCatalog, loadUserCatalogs, setUserCatalogText, userCatalogDiagnostics, type CatalogLoad } from './references/catalog-loader';
import { completeReferences } from './references/completion';
import { completeFrontMatter } from './references/front-matter-completion';
import { definitionAt, hoverAt, referencesAt, workspaceSymbols } from './references/navigation';
import { ReferenceState, type BuiltinSource } from './references/reference-state';
import { pickItems } from './references/pick-list';
import { parseQuery, searchSets } from './references/ranking';
import type { CatalogItem } from './references/catalog';
import type { CatalogPickItem, CompletionListLike, HoverLike, Location, WorkspaceSymbolLike } from './references/results';
import { pick as pickMsg } from './i18n';
import type { Position } from './types';
import type { CodeActionResult, VbhcLanguageService } from './vbhc-language-service';

export type { CodeActionResult, VbhcLanguageService } from './vbhc-language-service';

/** What the service is built from. */
export interface LanguageServiceInit {
  /** File access for workspace indexing and catalogs (optional in tests). */
  fs?: IFileSystem;
  logger?: Logger;
  settings?: VbhcSettingsInput;
  /** Replace the rule set (tests). */
  rules?: readonly Rule[];
  /**
   * Keep each parsed body's markdown-it token stream instead of parsing it
   * again when an exporter first asks for it. For one-shot exports (`vbhc
   * export`); a server holding a workspace leaves it off to save memory.
   */
  keepTokens?: boolean;
  /** The built-in catalog (its entries, or the catalog read as looked up), asked for when a catalog is first needed (default: the shipped file). */
  builtinCatalog?: () => BuiltinSource;
}


/** The front door's implementation (see VbhcLanguageService). Create it with `createLanguageService`. */
export class LanguageService implements VbhcLanguageService {
  private readonly documents = new DocumentStore();
  private readonly logger: Logger;
  /** Rules that threw, each logged once. */
  private readonly failures: RuleFailureLog;
  private readonly rules: readonly Rule[];
  private settingsValue: VbhcSettings;
  /**
   * Bumped whenever a document, a catalog or the preparation of the
   * workspace changes: the reference index syncs when it moves.
   * Cross-document results follow the index's per-symbol versions and the
   * catalogs' version instead (see getDiagnostics).
   */
  private epoch = 0;
  private settingsEpoch = 0;

  constructor(readonly init: LanguageServiceInit = {}) {
    this.logger = init.logger ?? consoleLogger;
    this.failures = new RuleFailureLog(this.logger);
    this.rules = init.rules ?? ALL_RULES;
    this.settingsValue = resolveSettings(init.settings);
  }

  /** The settings in force. */
  get settings(): VbhcSettings {
    return this.settingsValue;
  }

  /** Replaces the settings (defaults fill what is not given). */
  configure(settings: VbhcSettingsInput): void {
    this.settingsValue = resolveSettings(settings);
    this.settingsEpoch++;
  }

  /** The rules the service runs. */
  get allRules(): readonly Rule[] {
    return this.rules;
  }

  private get localRules(): readonly LocalRule[] {
    return (this._localRules ??= this.rules.filter((r): r is LocalRule => !r.crossDocument));
  }

  private get crossRules(): readonly CrossRule[] {
    return (this._crossRules ??= this.rules.filter((r): r is CrossRule => r.crossDocument === true));
  }

  private _localRules?: readonly LocalRule[];
  private _crossRules?: readonly CrossRule[];
  private _headerRules?: readonly LocalRule[];
  private _limitRules?: readonly LocalRule[];

  /** The per-document rules for a document: of one too large to check in full, those that read only the front matter, and the one saying so. */
  private localRulesFor(doc: VbhcDocument): readonly LocalRule[] {
    if (!doc.tooLarge) return this.localRules;
    if (!doc.tooLarge.headerRead) return (this._limitRules ??= this.localRules.filter((r) => r.code === DOCUMENT_LIMIT));
    return (this._headerRules ??= this.localRules.filter((r) => r.code.startsWith('meta.') || r.code === DOCUMENT_LIMIT));
  }

  // ---- the documents of the workspace: text, parse, closed-file shells ----

  /** Adds or replaces a document's text. Parsing is lazy. */
  setDocument(uri: string, text: string, version = 0): void {
    if (this.documents.set(uri, text, version)) this.epoch++;
  }

  /** Forgets a document (deleted file). */
  removeDocument(uri: string): void {
    if (this.documents.remove(uri)) this.epoch++;
  }

  /** True when the service holds the document. */
  hasDocument(uri: string): boolean {
    return this.documents.has(uri);
  }

  /** The parsed document, or undefined when unknown. */
  getDocument(uri: string): VbhcDocument | undefined {
    const e = this.documents.get(uri);
    return e && parsedDocument(e, this.init.keepTokens);
  }

  /**
   * Reads a file of the workspace into the service as a closed document
   * (version -1). A file over MAX_DOCUMENT_BYTES is not read: the service
   * holds it with one `document.limit` diagnostic, and the log says so.
   * Rejects when the file cannot be read.
   */
  async readDocumentFile(uri: string, path: string): Promise<void> {
    const fs = this.init.fs;
    if (!fs) throw new Error('no file system');
    const bytes = fs.size ? await fs.size(path) : undefined;
    if (bytes !== undefined && bytes > MAX_DOCUMENT_BYTES) {
      if (!this.documents.setUnread(uri, bytes)) return;
      this.logger.info(`vbhc: ${path} is ${bytes} bytes, over the ${MAX_DOCUMENT_BYTES}-byte limit: not read`);
      this.epoch++;
      return;
    }
    this.setDocument(uri, await fs.readFile(path), -1);
  }

  /** Every known document's URI. */
  uris(): string[] {
    return this.documents.uris();
  }

  /**
   * The documents as the reference index reads them (see
   * `documentForIndex`); while preparation is deferred, closed documents
   * not settled yet are pending.
   */
  private indexSources(): IndexSource[] {
    const out: IndexSource[] = [];
    for (const e of this.documents.values()) {
      const pending = this.deferring && e.version === -1 && e.state.kind !== 'parsed' && !this.isSettled(e);
      out.push({ uri: e.uri, stamp: e.stamp, doc: () => this.documentForIndex(e), pending });
    }
    return out;
  }

  /** True when a closed document has its shell and per-document results for the current settings. */
  private isSettled(e: StoredDocument): boolean {
    return e.state.kind === 'settled' && e.local?.settingsEpoch === this.settingsEpoch;
  }

  private deferring = false;

  /**
   * While on, the reference index leaves out closed documents not yet
   * prepared (`prepareDocument`) instead of parsing them all at once, so a
   * server reading a workspace answers requests meanwhile; cross-document
   * results then see the documents prepared so far and are brought up to
   * date as the rest are (the index versions each symbol). Off again, every
   * document is read.
   */
  deferUnprepared(on: boolean): void {
    this.deferring = on;
    this.epoch++;
  }

  /**
   * The parsed document the reference index reads. A closed document is
   * parsed once for both: its per-document checks run on the same parse,
   * then it is settled (document-store.ts `settle`), so reading a workspace never holds
   * every model at once and parses each file once.
   */
  private documentForIndex(e: StoredDocument): DocumentFacts {
    if (e.state.kind === 'parsed' || e.version !== -1) return this.getDocument(e.uri)!;
    // Settled with current results: the shell carries the citations the index reads. Run straight through,
    // settleSteps settles it.
    if (!this.isSettled(e)) for (const _ of this.settleSteps(e));
    return documentFacts(e, this.init.keepTokens);
  }

  /**
   * The one way a closed document is read: parsed, its per-document checks
   * run (unless their results for the current settings are known), then
   * settled (document-store.ts `settle`). The generator pauses after the parse and after
   * each rule, so a server reading a workspace answers requests between
   * them; run straight through, it does it all at once. Paused, it gives up
   * (returning false; the work is done again when needed) when the document
   * is replaced, opened or settled meanwhile, or the settings change.
   */
  private *settleSteps(e: StoredDocument): Generator<void, boolean, void> {
    const epoch = this.settingsEpoch;
    const current = () => this.documents.get(e.uri) === e && e.version === -1 && this.settingsEpoch === epoch && !this.isSettled(e);
    const doc = closedDocumentParse(e);
    yield;
    if (!current()) return false;
    if (!e.local || e.local.settingsEpoch !== epoch) {
      const steps = checkSteps(this.checkContext(doc), this.localRulesFor(doc), this.failures);
      for (let r = steps.next(); ; r = steps.next()) {
        if (r.done) {
          e.local = { settingsEpoch: epoch, list: r.value };
          break;
        }
        yield;
        if (!current()) return false;
      }
    }
    settle(e, doc);
    return true;
  }


  /**
   * Does a document's own work ahead of the workspace's first check: a
   * closed document is parsed, checked and settled (document-store.ts `settle`), an open
   * one parsed. A server calls it document by document while reading a
   * workspace, yielding between calls, so that requests are served while
   * it reads; otherwise the first check does it all in one turn.
   */
  prepareDocument(uri: string): void {
    const e = this.documents.get(uri);
    if (!e) return;
    this.documentForIndex(e);
    if (this.deferring) this.epoch++; // the index reads it at its next sync
  }

  /** prepareDocument in steps (see `settleSteps`): a server reading a workspace answers requests between them. */
  *prepareDocumentSteps(uri: string): Generator<void, void, void> {
    const e = this.documents.get(uri);
    if (!e) return;
    if (e.state.kind === 'parsed' || e.version !== -1 || this.isSettled(e)) return this.prepareDocument(uri);
    if ((yield* this.settleSteps(e)) && this.deferring) this.epoch++; // the index reads it at its next sync
  }

  /**
   * Reads every `*.vbhc.md` under the roots into the service. Returns the
   * URIs read. Unreadable files are logged and skipped.
   */
  async indexWorkspace(roots: readonly string[], toUri: (path: string) => string, token: CancellationToken = noCancellation): Promise<string[]> {
    const fs = this.init.fs;
    if (!fs) return [];
    const read: string[] = [];
    for (const root of roots) {
      if (token.isCancellationRequested) break;
      let files: string[] = [];
      try {
        files = await fs.findFiles(root, [VBHC_SUFFIX]);
      } catch (e) {
        this.logger.error(`vbhc: cannot list ${root}: ${(e as Error).message}`);
      }
      for (const f of files) {
        if (token.isCancellationRequested) break;
        const uri = toUri(f);
        if (this.documents.has(uri)) continue;
        try {
          await this.readDocumentFile(uri, f);
          read.push(uri);
        } catch (e) {
          this.logger.error(`vbhc: cannot read ${f}: ${(e as Error).message}`);
        }
      }
    }
    return read;
  }

  // ---- diagnostics: per-document and cross-document results, cached -----

  /** What the rules see of a document: the document, the settings and the workspace's catalogs and citation index. */
  checkContext(doc: VbhcDocument): CheckContext;
  /** What the cross-document rules see of a document that may be a closed document's shell. */
  checkContext(doc: DocumentFacts): CrossCheckContext;
  checkContext(doc: DocumentFacts): CrossCheckContext {
    return { doc, settings: this.settingsValue, references: this.references };
  }

  /**
   * Diagnostics of a document. Per-document results are cached until the
   * text or the settings change; cross-document results until the
   * settings, the catalogs or the facts of a symbol the document cites
   * change (the reference index versions each symbol key). A document read
   * from disk and not open (version -1) then lets its parsed model go: the
   * results, the text and its index entry are all a workspace check needs,
   * and 1,000 models held for nothing cost the server most of its memory.
   */
  getDiagnostics(uri: string, token: CancellationToken = noCancellation): VbhcDiagnostic[] {
    const e = this.documents.get(uri);
    if (!e) return [];
    const refs = this.crossRules.length ? this.references.refs : undefined;
    const keys = refs ? refs.citedKeysVersion(uri) : 0;
    const catalogs = this.references.catalogVersion;
    const localValid = e.local !== undefined && e.local.settingsEpoch === this.settingsEpoch;
    const crossValid = e.cross !== undefined && e.cross.settingsEpoch === this.settingsEpoch && e.cross.keys === keys && e.cross.catalogs === catalogs;
    if (!localValid) {
      const doc = this.getDocument(uri)!;
      const list = runChecks(this.checkContext(doc), this.localRulesFor(doc), this.failures, token);
      if (token.isCancellationRequested) return list;
      e.local = { settingsEpoch: this.settingsEpoch, list };
    }
    if (!crossValid) {
      // A settled closed document is checked on its shell: no parse.
      const doc = documentFacts(e, this.init.keepTokens);
      // Of a document too large to check, the body's citations are not read: nothing to compare.
      const list = this.crossRules.length && !doc.tooLarge ? runChecks(this.checkContext(doc), this.crossRules, this.failures, token) : [];
      if (token.isCancellationRequested) return [...e.local!.list, ...list];
      e.cross = { keys, catalogs, settingsEpoch: this.settingsEpoch, list };
    }
    if (e.version === -1 && e.state.kind === 'parsed') settle(e, e.state.doc);
    const local = e.local!;
    const cross = e.cross!;
    const m = e.merged;
    if (m && m.local === local.list && m.cross === cross.list) return m.list;
    const list = cross.list.length === 0 ? local.list : sortDiagnostics([...local.list, ...cross.list]);
    e.merged = { local: local.list, cross: cross.list, list };
    return list;
  }

  /**
   * The error-severity diagnostics of a document (an export says how many):
   * only the rules whose severity, after the settings, is `error` run — for a
   * document checked once, no citation or catalog work the count does not
   * need. The same findings as those of getDiagnostics with that severity.
   */
  getErrors(uri: string): VbhcDiagnostic[] {
    if (!this.documents.has(uri)) return [];
    const isError = (r: Rule) => (this.settingsValue.severity[r.code] ?? r.severity) === 'error';
    const doc = this.getDocument(uri)!;
    const ctx: CheckContext = { ...this.checkContext(doc), errorsOnly: true };
    const local = runChecks(ctx, this.localRulesFor(doc).filter(isError), this.failures);
    const cross = doc.tooLarge ? [] : runChecks(ctx, this.crossRules.filter(isError), this.failures);
    return cross.length ? sortDiagnostics([...local, ...cross]) : local;
  }

  // ---- outline: symbols and folding ------------------------------------

  /** Nested document symbols from the headings. */
  getDocumentSymbols(uri: string): DocSymbol[] {
    const doc = this.getDocument(uri);
    return doc ? documentSymbols(doc) : [];
  }

  /** Folding ranges: front matter and sections. */
  getFoldingRanges(uri: string): FoldRange[] {
    const doc = this.getDocument(uri);
    return doc ? foldingRanges(doc) : [];
  }

  // ---- code actions: quick fixes and fix-all ---------------------------

  /** Quick fixes for the diagnostics touching `range`, then a fix-all when any applies. */
  getCodeActions(uri: string, range: Range, token: CancellationToken = noCancellation): CodeActionResult[] {
    const diags = this.getDiagnostics(uri, token);
    const out: CodeActionResult[] = [];
    for (const d of diags) {
      if (!d.fixes || !intersects(d.range, range)) continue;
      d.fixes.forEach((f: QuickFix, i) => out.push({ title: f.title, kind: 'quickfix', diagnostic: d, edits: f.edits, isPreferred: i === 0, ...(f.command ? { command: f.command } : {}) }));
    }
    const all = chooseFixAll(diags);
    if (all.edits.length > 0) out.push({ title: fixAllTitle(all.counts, this.settings.lang), kind: 'source.fixAll.vbhc', edits: all.edits });
    return out;
  }

  /** The edits of "fix all" (checks/fix-all.ts). */
  getFixAllEdits(uri: string, token: CancellationToken = noCancellation): TextEdit[] {
    return this.fixAll(uri, token).edits;
  }

  /** "Fix all": its edits and how many problems of each code they fix (checks/fix-all.ts). */
  fixAll(uri: string, token: CancellationToken = noCancellation): FixAll {
    return chooseFixAll(this.getDiagnostics(uri, token));
  }

  // ---- renumbering the heading labels ----------------------------------

  /**
   * Edits that renumber every heading label of a document in sequence (per
   * parent, in each level's style; decimal labels follow their parent).
   * Only label text changes; empty when the numbering is already right or
   * the document is unknown.
   */
  getRenumberEdits(uri: string): TextEdit[] {
    const doc = this.getDocument(uri);
    if (!doc) return [];
    const edits = renumberAllEdits(doc);
    return edits.length ? toQuickFix(doc, { title: { vi: '', en: '' }, edits }, this.settingsValue).edits : [];
  }

  // ---- converting text typed in a legacy encoding to Unicode -----------

  /**
   * Edits converting text typed in a legacy Vietnamese encoding (TCVN3/ABC,
   * VNI) to Unicode NFC. With a non-empty `range` (a selection the user marks
   * as legacy), every run with one clear legacy word is converted; without,
   * the runs `encoding.legacy` reports (code blocks skipped). Valid Unicode
   * Vietnamese is never touched. One edit per run; empty when nothing applies.
   */
  convertLegacyEncoding(uri: string, range?: Range): TextEdit[] {
    const doc = this.getDocument(uri);
    if (!doc) return [];
    const src = doc.source;
    const span = range && comparePositions(range.start, range.end) < 0 ? { from: src.offsetAt(range.start), to: src.offsetAt(range.end) } : undefined;
    return legacyRunsOf(doc, span).map((r) => ({ range: src.rangeOf(r.start, r.end), newText: r.run.converted }));
  }

  // ---- references: catalogs, completion, hover, navigation -------------

  /** Catalogs and the citation index; the ref.* checks read them from their CheckContext. */
  private readonly references: ReferenceState = this.createReferenceState();

  private createReferenceState(): ReferenceState {
    const state = new ReferenceState({ documents: () => this.indexSources(), epoch: () => this.epoch });
    state.setBuiltin(() => readBuiltinCatalog(this.init.builtinCatalog ?? builtinCatalogFile, this.logger));
    return state;
  }

  /**
   * Loads the user catalogs: the files of the setting `catalogs` (CLI
   * `--catalog`; absolute or relative to the first root) and every
   * `*.vanban.yaml` under `roots`. Replaces the user catalogs loaded before
   * (catalog documents set with `setCatalogDocument` since stay until
   * reloaded). The built-in catalog is always there. Returns the catalog
   * URIs read and the count of entries and problems.
   */
  async loadCatalogs(
    roots: readonly string[] = [],
    toUri: (path: string) => string = defaultPathToUri,
    token: CancellationToken = noCancellation,
  ): Promise<CatalogLoad> {
    const loaded = await loadUserCatalogs(this.references, this.init.fs, this.settingsValue.catalogs, roots, toUri, this.logger, token);
    this.epoch++;
    return loaded;
  }

  /**
   * Builds the catalogs' search maps and, with `words`, their word index
   * (search by subject) in steps, rather than on the first completion or
   * search: the server runs them after loading the catalogs, and the word
   * index once the first diagnostics are out, answering requests between
   * steps.
   */
  prepareCatalogSteps(words: boolean): Iterable<void> {
    return this.references.prepareSteps(words);
  }

  /** Adds or replaces a user catalog from its text (an open or changed `*.vanban.yaml`). */
  setCatalogDocument(uri: string, text: string): void {
    if (setUserCatalogText(this.references, uri, text)) this.epoch++;
  }

  /** Forgets a user catalog (deleted file). */
  removeCatalogDocument(uri: string): void {
    if (this.references.removeUserCatalog(uri)) this.epoch++;
  }

  /** URIs of the user catalogs loaded. */
  catalogUris(): string[] {
    return this.references.userCatalogUris();
  }

  /** Diagnostics of a user catalog file (malformed YAML, bad entries); empty when unknown or sound. */
  getCatalogDiagnostics(uri: string): VbhcDiagnostic[] {
    return userCatalogDiagnostics(this.references, uri, this.settingsValue.lang);
  }

  /**
   * Completion at a position: legal references in the body, keys and values
   * in the front matter. `invoked`: the user asked for it (Ctrl+Space), which
   * also allows a search by the words of a title.
   */
  getCompletions(uri: string, position: Position, invoked = false): CompletionListLike {
    const doc = this.getDocument(uri);
    if (!doc) return { isIncomplete: false, items: [] };
    const offset = doc.source.offsetAt(position);
    const fm = completeFrontMatter(doc, offset, this.settingsValue.lang);
    if (fm) return { isIncomplete: false, items: fm };
    return completeReferences(doc, offset, this.references, this.settingsValue.lang, invoked);
  }

  /** Hover of the citation at a position: full citation, validity, replacement, source, where it is cited. */
  getHover(uri: string, position: Position): HoverLike | undefined {
    const doc = this.getDocument(uri);
    return doc ? hoverAt(doc, doc.source.offsetAt(position), this.references, this.settingsValue.lang) : undefined;
  }

  /** Definition of the citation at a position: its user-catalog entry, else its first full citation in the workspace. */
  getDefinition(uri: string, position: Position): Location[] {
    const doc = this.getDocument(uri);
    return doc ? definitionAt(doc, doc.source.offsetAt(position), this.references) : [];
  }

  /** Every citation of the symbol at a position across the workspace. */
  getReferences(uri: string, position: Position, includeDeclaration = true): Location[] {
    const doc = this.getDocument(uri);
    return doc ? referencesAt(doc, doc.source.offsetAt(position), this.references, includeDeclaration) : [];
  }

  /** Documents cited in the workspace matching a query (diacritics and case ignored). */
  getWorkspaceSymbols(query: string): WorkspaceSymbolLike[] {
    return workspaceSymbols(String(query ?? '').slice(0, MAX_QUERY_CHARS), this.references);
  }

  /**
   * The "insert legal reference" pick list: catalog entries (built-in, user,
   * learned) matching the query by number, type, issuer or subject. With a
   * document and position, each item's insert text is the full form when
   * the document does not cite it before the position, else the short form.
   */
  searchCatalog(query: string, opts: { uri?: string; position?: Position; limit?: number } = {}): CatalogPickItem[] {
    const doc = opts.uri ? this.getDocument(opts.uri) : undefined;
    const offset = doc && opts.position ? doc.source.offsetAt(opts.position) : undefined;
    // Requests come from outside: a query or a count of any size is cut to what a pick list can use.
    const limit = opts.limit === undefined ? undefined : Math.max(1, Math.min(MAX_PICK_LIMIT, Math.floor(Number(opts.limit)) || 1));
    return pickItems(String(query ?? '').slice(0, MAX_QUERY_CHARS), this.references, this.settingsValue.lang, doc, offset, limit);
  }

  /** Catalog items matching a query, best first — the pick list's search and order, the workspace's own entries first (`vbhc catalog search`). */
  findCatalogItems(query: string, limit: number): CatalogItem[] {
    return searchSets([this.references.catalog, this.references.learned], parseQuery(query, {}), limit);
  }

  /** Every item of the built-in and user catalogs (`vbhc catalog stats`). */
  catalogItems(): readonly CatalogItem[] {
    return this.references.catalog.items;
  }


  // ---- export: .docx and the HTML preview ------------------------------

  /**
   * The official .docx of a document (Decree 30 layout) and notes about
   * content printed differently from the source. Throws when the document
   * is unknown and `ExportCancelledError` when the token is cancelled.
   */
  async exportDocx(uri: string, token: CancellationToken = noCancellation): Promise<{ bytes: Uint8Array; notes: string[] }> {
    const doc = this.getDocument(uri);
    if (!doc) throw new Error(`unknown document ${uri}`);
    // Its body is not read: an export would leave it out.
    if (doc.tooLarge) throw new DocumentTooLargeError(doc.tooLarge);
    const { lang, layout, layoutProblems } = this.settingsValue;
    const out = await exportDocxBytes(doc, { lang, token, layout });
    // A clamped or ignored house-layout value is said with every export, never used silently.
    return layoutProblems.length ? { ...out, notes: [...layoutProblems.map((p) => pickMsg(p.message, lang)), ...out.notes] } : out;
  }

  /** The HTML preview of a document; empty string when the document is unknown. */
  renderHtml(uri: string, opts: { nonce: string; scrollSync?: boolean }): string {
    const doc = this.getDocument(uri);
    if (!doc) return '';
    return renderPreviewHtml(doc, { nonce: opts.nonce, lang: this.settingsValue.lang, scrollSync: opts.scrollSync, layout: this.settingsValue.layout });
  }
}

/** Longest search query read (catalog pick list, workspace symbols); a symbol with its subject is far shorter. */
const MAX_QUERY_CHARS = 500;
/** Most items a pick-list request may ask for. */
const MAX_PICK_LIMIT = 500;

/** Thrown by exports of a document too large to check: its body is not read. */
export class DocumentTooLargeError extends Error {
  constructor(readonly tooLarge: TooLarge) {
    super(
      tooLarge.unit === 'bytes'
        ? `Tệp quá lớn để xuất (${tooLarge.size} byte, giới hạn ${MAX_DOCUMENT_BYTES}) / the file is too large to export (${tooLarge.size} bytes, limit ${MAX_DOCUMENT_BYTES})`
        : `Văn bản quá dài để xuất (${tooLarge.size} ký tự, giới hạn ${MAX_DOCUMENT_CHARS}) / the document is too long to export (${tooLarge.size} characters, limit ${MAX_DOCUMENT_CHARS})`,
    );
    this.name = 'DocumentTooLargeError';
  }
}

/** Creates a language service. */
export function createLanguageService(init: LanguageServiceInit = {}): VbhcLanguageService {
  return new LanguageService(init);
}

function sortDiagnostics(list: VbhcDiagnostic[]): VbhcDiagnostic[] {
  return list.sort((a, b) => cmp(a.range.start, b.range.start));
}

function cmp(a: Position, b: Position): number {
  return comparePositions(a, b);
}

function intersects(a: Range, b: Range): boolean {
  return cmp(a.start, b.end) <= 0 && cmp(b.start, a.end) <= 0;
}

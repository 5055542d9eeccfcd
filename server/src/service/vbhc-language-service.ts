/**
 * The front door of the core: everything the language server, the CLI and
 * the benchmark ask of it. `createLanguageService` (language-service.ts)
 * returns one; its class delegates each job to its room — the checks
 * (`checks/`, fix-all in `checks/fix-all.ts`, legacy text in
 * `checks/encoding-legacy.ts`), the references (`references/`, catalog
 * loading in `references/catalog-loader.ts`), the outline and the
 * exporters (`export/`). Every method that can be cancelled takes the
 * token as its last, optional argument; positions are 0-based, in the
 * document's text.
 */
import type { FixAll } from './checks/fix-all';
import type { VbhcDocument } from './model/document';
import type { DocSymbol, FoldRange } from './outline';
import type { CatalogItem } from './references/catalog';
import type { CatalogLoad } from './references/catalog-loader';
import type { CatalogPickItem, CompletionListLike, HoverLike, Location, WorkspaceSymbolLike } from './references/results';
import type { VbhcSettings, VbhcSettingsInput } from './settings';
import type { CancellationToken, FixCommand, Position, Range, TextEdit, VbhcDiagnostic } from './types';

/** A code action: a quick fix tied to a diagnostic, or a fix-all. */
export interface CodeActionResult {
  title: string;
  kind: 'quickfix' | 'source.fixAll.vbhc';
  diagnostic?: VbhcDiagnostic;
  edits: TextEdit[];
  isPreferred?: boolean;
  /** An editor command run by the action (see QuickFix.command). */
  command?: FixCommand;
}

export interface VbhcLanguageService {
  // ---- settings
  /** The settings in force. */
  readonly settings: VbhcSettings;
  /** Replaces the settings (defaults fill what is not given). */
  configure(settings: VbhcSettingsInput): void;

  // ---- the documents of the workspace
  /** Adds or replaces a document's text (`version` -1: a closed file read from disk). Parsing is lazy. */
  setDocument(uri: string, text: string, version?: number): void;
  /** Forgets a document (deleted file). */
  removeDocument(uri: string): void;
  hasDocument(uri: string): boolean;
  /** The parsed document, or undefined when unknown. */
  getDocument(uri: string): VbhcDocument | undefined;
  /** Reads a file of the workspace as a closed document; rejects when it cannot be read. */
  readDocumentFile(uri: string, path: string): Promise<void>;
  /** Every known document's URI. */
  uris(): string[];
  /** Reads every `*.vbhc.md` under the roots; returns the URIs read. */
  indexWorkspace(roots: readonly string[], toUri: (path: string) => string, token?: CancellationToken): Promise<string[]>;
  /** While on, cross-document results see only the closed documents prepared so far. */
  deferUnprepared(on: boolean): void;
  /** Parses, checks and settles one document ahead of the workspace's first check. */
  prepareDocument(uri: string): void;
  /** prepareDocument in steps, pausing after the parse and after each rule. */
  prepareDocumentSteps(uri: string): Generator<void, void, void>;

  // ---- checks and edits
  getDiagnostics(uri: string, token?: CancellationToken): VbhcDiagnostic[];
  /** The error-severity diagnostics alone, running only the rules that give them (an export counts them). */
  getErrors(uri: string): VbhcDiagnostic[];
  /** Quick fixes for the diagnostics touching `range`, then a fix-all when any applies. */
  getCodeActions(uri: string, range: Range, token?: CancellationToken): CodeActionResult[];
  getFixAllEdits(uri: string, token?: CancellationToken): TextEdit[];
  fixAll(uri: string, token?: CancellationToken): FixAll;
  /** Edits renumbering every heading label in sequence; empty when already right. */
  getRenumberEdits(uri: string): TextEdit[];
  /** Edits converting legacy-encoded text (in `range`, when one is selected) to Unicode. */
  convertLegacyEncoding(uri: string, range?: Range): TextEdit[];

  // ---- outline
  getDocumentSymbols(uri: string): DocSymbol[];
  getFoldingRanges(uri: string): FoldRange[];

  // ---- references: catalogs, completion, hover, navigation
  /** Loads the user catalogs (setting `catalogs` and every `*.vanban.yaml` under `roots`), replacing those loaded before. */
  loadCatalogs(roots?: readonly string[], toUri?: (path: string) => string, token?: CancellationToken): Promise<CatalogLoad>;
  /** Builds the catalogs' search maps (with `words`, their word index too) in steps, for a server to give way between them. */
  prepareCatalogSteps(words: boolean): Iterable<void>;
  setCatalogDocument(uri: string, text: string): void;
  removeCatalogDocument(uri: string): void;
  catalogUris(): string[];
  getCatalogDiagnostics(uri: string): VbhcDiagnostic[];
  /** Completion at a position; `invoked`: the user asked for it (Ctrl+Space). */
  getCompletions(uri: string, position: Position, invoked?: boolean): CompletionListLike;
  getHover(uri: string, position: Position): HoverLike | undefined;
  getDefinition(uri: string, position: Position): Location[];
  getReferences(uri: string, position: Position, includeDeclaration?: boolean): Location[];
  getWorkspaceSymbols(query: string): WorkspaceSymbolLike[];
  /** The "insert legal reference" pick list. */
  searchCatalog(query: string, opts?: { uri?: string; position?: Position; limit?: number }): CatalogPickItem[];
  /** Catalog items matching a query, best first (`vbhc catalog search`). */
  findCatalogItems(query: string, limit: number): CatalogItem[];
  /** Every item of the built-in and user catalogs (`vbhc catalog stats`). */
  catalogItems(): readonly CatalogItem[];

  // ---- export
  /** The official .docx and notes about content printed differently from the source. */
  exportDocx(uri: string, token?: CancellationToken): Promise<{ bytes: Uint8Array; notes: string[] }>;
  /** The HTML preview; empty when the document is unknown. */
  renderHtml(uri: string, opts: { nonce: string; scrollSync?: boolean }): string;
}

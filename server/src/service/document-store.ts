/**
 * The workspace's documents as the language service keeps them: each one's
 * text and version, what has been read of it (a ReadState: the text alone,
 * with the previous parse an edit inside one paragraph re-parses from; the
 * parsed document; or, for a document not open in the editor, the shell it
 * is settled to once its per-document results are known) and the results
 * of its checks the service caches beside it.
 */
import { parseDocument, parseHeaderOnly, shellDocument, type DocumentFacts, type TooLarge, type VbhcDocument } from './model/document';
import { parseEdited } from './model/incremental';
import { documentCitations, rememberCitations, settledCitations } from './references/recognizer';
import type { VbhcDiagnostic } from './types';
import { MAX_DOCUMENT_CHARS } from './workspace';

/**
 * What has been read of a document's text. A document is read as text
 * first; it is parsed on first use; a closed document, once its
 * per-document results are known, is settled to its shell (`settle`). A
 * new text starts again as text. Each state holds only what it has, so
 * whoever reads a stored document says which state it expects.
 */
export type ReadState = TextState | ParsedState | SettledState;

/** Read, not parsed yet: with the parse of the previous text, which an edit inside one paragraph re-parses from (model/incremental.ts). */
export interface TextState {
  readonly kind: 'text';
  readonly prev: VbhcDocument | undefined;
}

/** Parsed: the whole document, or of one too large to check its front matter alone. */
export interface ParsedState {
  readonly kind: 'parsed';
  readonly doc: VbhcDocument;
}

/**
 * A closed document whose model was let go: its shell (no body, no front
 * matter), which with the citations remembered beside it is all the
 * cross-document checks and the reference index read.
 */
export interface SettledState {
  readonly kind: 'settled';
  readonly shell: DocumentFacts;
}

/** One document of the workspace. `version` -1 marks a file read from disk, not open in the editor. */
export interface StoredDocument {
  readonly uri: string;
  readonly text: string;
  version: number;
  /** Replaced whenever the text changes: what the reference index compares. */
  readonly stamp: object;
  /** What has been read of `text` (see ReadState). */
  state: ReadState;
  /** Results of the per-document rules: valid while the text and settings are unchanged. */
  local: { settingsEpoch: number; list: VbhcDiagnostic[] } | undefined;
  /** Results of the cross-document rules: valid until the catalogs, the settings or the facts of a symbol the document cites change. */
  cross: { keys: number; catalogs: number; settingsEpoch: number; list: VbhcDiagnostic[] } | undefined;
  /** The merged list handed out last, with the caches it came from. */
  merged: { local: VbhcDiagnostic[]; cross: VbhcDiagnostic[]; list: VbhcDiagnostic[] } | undefined;
  /** Size in bytes of a file too large to read (`text` is then empty). */
  readonly unreadBytes: number | undefined;
}

/** The documents by URI. Each method that changes what is stored says so, for the service's epoch. */
export class DocumentStore {
  private readonly entries = new Map<string, StoredDocument>();

  /** Adds or replaces a document's text (parsing is lazy); false when the text was already that, only the version then changes. */
  set(uri: string, text: string, version: number): boolean {
    const old = this.entries.get(uri);
    if (old && old.text === text) {
      old.version = version;
      return false;
    }
    // A model of the front matter alone is no base for re-parsing an edit.
    const prev = old?.state.kind === 'parsed' ? old.state.doc : old?.state.kind === 'text' ? old.state.prev : undefined;
    this.entries.set(uri, stored(uri, text, version, { kind: 'text', prev: prev?.tooLarge ? undefined : prev }, undefined));
    return true;
  }

  /** Holds a file too large to read, by its size; false when it was already held at that size. */
  setUnread(uri: string, bytes: number): boolean {
    if (this.entries.get(uri)?.unreadBytes === bytes) return false;
    this.entries.set(uri, stored(uri, '', -1, { kind: 'text', prev: undefined }, bytes));
    return true;
  }

  /** Forgets a document; false when it was not held. */
  remove(uri: string): boolean {
    return this.entries.delete(uri);
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  get(uri: string): StoredDocument | undefined {
    return this.entries.get(uri);
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }

  values(): IterableIterator<StoredDocument> {
    return this.entries.values();
  }
}

/** A new entry, every field set at once (one object shape for all entries). */
function stored(uri: string, text: string, version: number, state: TextState, unreadBytes: number | undefined): StoredDocument {
  return { uri, text, version, stamp: {}, state, local: undefined, cross: undefined, merged: undefined, unreadBytes };
}

/**
 * The parsed document of `e`, parsed on first use: from the previous parse
 * after an edit inside one paragraph, whole otherwise (keeping the token
 * stream with `keepTokens`); of a document too large to check, its front
 * matter alone. A settled document is parsed again, whole, and is then
 * parsed, no longer settled.
 */
export function parsedDocument(e: StoredDocument, keepTokens = false): VbhcDocument {
  const state = e.state;
  if (state.kind === 'parsed') return state.doc;
  const prev = state.kind === 'text' ? state.prev : undefined;
  const over = tooLarge(e);
  let doc: VbhcDocument;
  if (over) doc = parseHeaderOnly(e.uri, e.text, e.version, over);
  else doc = keepTokens ? parseDocument(e.uri, e.text, e.version, { keepTokens: true }) : parseEdited(prev, e.uri, e.text, e.version);
  e.state = { kind: 'parsed', doc };
  return doc;
}

/** What the cross-document checks read of `e`: a settled document's shell, else its parsed document (parsed now if need be). */
export function documentFacts(e: StoredDocument, keepTokens = false): DocumentFacts {
  return e.state.kind === 'settled' ? e.state.shell : parsedDocument(e, keepTokens);
}

/** A closed document's own parse (its model is not kept past `settle`). */
export function closedDocumentParse(e: StoredDocument): VbhcDocument {
  const over = tooLarge(e);
  return over ? parseHeaderOnly(e.uri, e.text, e.version, over) : parseDocument(e.uri, e.text, e.version);
}

/**
 * Lets a closed document's parsed model go once its per-document results
 * are known: it keeps a shell (model/document.ts shellDocument) with its
 * citations, which is all the cross-document checks read. On 1,000
 * documents the models were most of the server's memory.
 */
export function settle(e: StoredDocument, doc: VbhcDocument): void {
  const shell = shellDocument(doc);
  rememberCitations(shell, settledCitations(documentCitations(doc)));
  e.state = { kind: 'settled', shell };
}

/** Size of what a document too large to check holds, from its text or its unread file. */
export function tooLarge(e: StoredDocument): { size: number; unit: TooLarge['unit'] } | undefined {
  if (e.unreadBytes !== undefined) return { size: e.unreadBytes, unit: 'bytes' };
  return e.text.length > MAX_DOCUMENT_CHARS ? { size: e.text.length, unit: 'chars' } : undefined;
}

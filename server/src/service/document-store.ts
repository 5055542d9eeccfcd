/**
 * The workspace's documents as the language service keeps them: each one's
 * text and version and what has been read of it — nothing yet (with the
 * previous parse, which an edit inside one paragraph re-parses from), the
 * parsed document, or, for a document not open in the editor, the shell it
 * is settled to once its per-document results are known — and the results
 * of its checks the service caches beside it.
 */
import { parseDocument, parseHeaderOnly, shellDocument, type DocumentFacts, type TooLarge, type VbhcDocument } from './model/document';
import { parseEdited } from './model/incremental';
import { documentCitations, rememberCitations, settledCitations } from './references/recognizer';
import type { VbhcDiagnostic } from './types';
import { MAX_DOCUMENT_CHARS } from './workspace';

/** One document of the workspace. `version` -1 marks a file read from disk, not open in the editor. */
export interface StoredDocument {
  uri: string;
  text: string;
  version: number;
  /** Replaced whenever the text changes: what the reference index compares. */
  stamp: object;
  doc?: VbhcDocument;
  /** A closed document's shell once its model was let go (see `settle`). */
  shell?: DocumentFacts;
  /** The document parsed from the previous text, kept until this one is parsed: an edit inside one paragraph re-parses from it (model/incremental.ts). */
  prev?: VbhcDocument;
  /** Results of the per-document rules: valid while the text and settings are unchanged. */
  local?: { settingsEpoch: number; list: VbhcDiagnostic[] };
  /** Results of the cross-document rules: valid until the catalogs, the settings or the facts of a symbol the document cites change. */
  cross?: { keys: number; catalogs: number; settingsEpoch: number; list: VbhcDiagnostic[] };
  /** The merged list handed out last, with the caches it came from. */
  merged?: { local: VbhcDiagnostic[]; cross: VbhcDiagnostic[]; list: VbhcDiagnostic[] };
  /** Size in bytes of a file too large to read (`text` is then empty). */
  unreadBytes?: number;
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
    const prev = old?.doc ?? old?.prev;
    this.entries.set(uri, { uri, text, version, stamp: {}, prev: prev?.tooLarge ? undefined : prev });
    return true;
  }

  /** Holds a file too large to read, by its size; false when it was already held at that size. */
  setUnread(uri: string, bytes: number): boolean {
    if (this.entries.get(uri)?.unreadBytes === bytes) return false;
    this.entries.set(uri, { uri, text: '', version: -1, stamp: {}, unreadBytes: bytes });
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

/**
 * The parsed document of `e`, parsed on first use: from the previous parse
 * after an edit inside one paragraph, whole otherwise (keeping the token
 * stream with `keepTokens`); of a document too large to check, its front
 * matter alone.
 */
export function parsedDocument(e: StoredDocument, keepTokens = false): VbhcDocument {
  if (!e.doc) {
    const over = tooLarge(e);
    if (over) e.doc = parseHeaderOnly(e.uri, e.text, e.version, over);
    else e.doc = keepTokens ? parseDocument(e.uri, e.text, e.version, { keepTokens: true }) : parseEdited(e.prev, e.uri, e.text, e.version);
    e.prev = undefined;
  }
  return e.doc;
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
  e.shell = shell;
  e.doc = undefined;
  e.prev = undefined;
}

/** Size of what a document too large to check holds, from its text or its unread file. */
export function tooLarge(e: StoredDocument): { size: number; unit: TooLarge['unit'] } | undefined {
  if (e.unreadBytes !== undefined) return { size: e.unreadBytes, unit: 'bytes' };
  return e.text.length > MAX_DOCUMENT_CHARS ? { size: e.text.length, unit: 'chars' } : undefined;
}

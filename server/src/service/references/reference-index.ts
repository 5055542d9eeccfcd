/**
 * The workspace reference index: every citation of every document, by
 * symbol. Incremental: `sync` re-reads only the documents whose parsed
 * object changed since the last sync (a parsed document is immutable, so
 * identity says whether it changed) and drops the ones that went away.
 * It also derives the learned catalog (the first full citation of each
 * symbol) and counts its changes, so that search structures over it are
 * rebuilt only when a full citation was added, removed or altered.
 */
import type { VbhcDocument } from '../model/document';
import { documentCitations, isFullCitation, type Citation } from './recognizer';

/** A citation with its document. */
export interface Occurrence {
  doc: VbhcDocument;
  citation: Citation;
}

interface DocEntry {
  doc: VbhcDocument;
  citations: Citation[];
  /** Fingerprint of the document's full citations (learned facts). */
  learned: string;
}

/** The index. */
export class ReferenceIndex {
  private readonly perDoc = new Map<string, DocEntry>();
  private readonly bySymbol = new Map<string, Map<string, Citation[]>>();
  /** Bumped whenever the learned facts (full citations) change. */
  learnedVersion = 0;
  /** Bumped whenever any citation changes. */
  version = 0;

  /** Brings the index up to date with the workspace's documents. Returns how many documents were re-read. */
  sync(docs: readonly VbhcDocument[]): number {
    let changed = 0;
    const live = new Set<string>();
    for (const doc of docs) {
      live.add(doc.uri);
      const old = this.perDoc.get(doc.uri);
      if (old && old.doc === doc) continue;
      changed++;
      if (old) this.remove(doc.uri, old);
      const citations = documentCitations(doc);
      const learned = fingerprint(doc, citations);
      if (learned !== (old?.learned ?? '')) this.learnedVersion++;
      this.perDoc.set(doc.uri, { doc, citations, learned });
      for (const c of citations) {
        let byUri = this.bySymbol.get(c.key);
        if (!byUri) this.bySymbol.set(c.key, (byUri = new Map()));
        const list = byUri.get(doc.uri);
        if (list) list.push(c);
        else byUri.set(doc.uri, [c]);
      }
    }
    for (const [uri, entry] of this.perDoc) {
      if (live.has(uri)) continue;
      changed++;
      this.remove(uri, entry);
      this.perDoc.delete(uri);
      if (entry.learned) this.learnedVersion++;
    }
    if (changed) this.version++;
    return changed;
  }

  private remove(uri: string, entry: DocEntry): void {
    for (const c of entry.citations) {
      const byUri = this.bySymbol.get(c.key);
      if (!byUri) continue;
      byUri.delete(uri);
      if (byUri.size === 0) this.bySymbol.delete(c.key);
    }
  }

  /** Every occurrence of a symbol key, documents in URI order, citations in text order. */
  occurrences(key: string): Occurrence[] {
    const byUri = this.bySymbol.get(key);
    if (!byUri) return [];
    const out: Occurrence[] = [];
    for (const uri of [...byUri.keys()].sort()) {
      const doc = this.perDoc.get(uri)!.doc;
      for (const c of byUri.get(uri)!) out.push({ doc, citation: c });
    }
    return out;
  }

  /** The first full citation of a symbol (documents in URI order), or undefined. */
  firstFull(key: string): Occurrence | undefined {
    return this.occurrences(key).find((o) => isFullCitation(o.citation));
  }

  /** Every symbol key cited in the workspace. */
  keys(): IterableIterator<string> {
    return this.bySymbol.keys();
  }

  /** Citations of one indexed document. */
  citationsOf(uri: string): readonly Citation[] {
    return this.perDoc.get(uri)?.citations ?? [];
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.perDoc.size;
  }
}

function fingerprint(_doc: VbhcDocument, cs: readonly Citation[]): string {
  let s = '';
  for (const c of cs) {
    if (!isFullCitation(c)) continue;
    s += `${c.symbol.text}|${c.type?.type.name ?? ''}|${c.date!.text}|${c.issuer?.text ?? ''}|${c.subject?.text ?? ''}\n`;
  }
  return s;
}

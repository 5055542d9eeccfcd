/**
 * What the readers of imported files (.txt, .docx) hand to the mapping: the
 * header and closing as lines of text, the body as blocks with inline runs,
 * and the footnotes. Plain data; the mapping (import-document.ts) turns it
 * into a `*.vbhc.md` text.
 */

/** A piece of inline text as it was formatted in the source. */
export interface ImportRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A footnote reference: the footnote's key in `ImportSource.footnotes`. */
  footnote?: string;
}

/** A block of the body. */
export type ImportBlock =
  | {
      kind: 'paragraph';
      runs: ImportRun[];
      /**
       * The reader's judgement whether a labelled paragraph is a heading
       * (the text reader sees line breaks and page layout); undefined lets
       * the mapping decide from the text and formatting.
       */
      heading?: boolean;
      /** Level of the Word heading style the paragraph has, if any (used for a heading without a label). */
      styleLevel?: number;
      /** Dialect markup written as it is (the appendix marker), not text to escape. */
      raw?: boolean;
    }
  | { kind: 'table'; rows: ImportRun[][][]; merged: boolean }
  | { kind: 'pagebreak' };

/** Everything read from one file. */
export interface ImportSource {
  /**
   * Lines before the body: the header (agency, Số, place and date, type
   * name, subject, Kính gửi), one entry per line or paragraph, in reading
   * order.
   */
  head: string[];
  /** The header table's columns, when the source has one (docx). */
  headTable?: { left: string[]; right: string[] };
  body: ImportBlock[];
  /** Lines of the closing block (Nơi nhận, authority, title, name), in reading order. */
  closing: string[];
  /** Footnote paragraphs by key. */
  footnotes: Map<string, ImportRun[][]>;
  /** Things the reader could not carry over faithfully. */
  notes: ImportNote[];
}

/** A note about the import, in both languages. */
export interface ImportNote {
  vi: string;
  en: string;
}

/** An input the importer refuses (damaged, encrypted, empty, not the format its name says). */
export class ImportError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${vi} / ${en}`);
  }
}

/**
 * encoding.legacy — text typed with a legacy Vietnamese font (TCVN3/ABC or
 * VNI) and pasted as Unicode look-alikes ("Céng hoµ x· héi", "Coäng hoøa").
 * One finding per run of legacy text, with a quick fix that replaces the run
 * by its Unicode NFC reading. Detection and conversion live in
 * `text/legacy-encoding.ts`; this rule only walks the lines (front matter
 * included, code blocks skipped) and words the message.
 */
import { msg } from '../i18n';
import { findLegacyRuns, hasForeignLegacyChar, LEGACY_ENCODING_NAMES, majorityEncoding, mayContainLegacy } from '../text/legacy-encoding';
import type { Rule } from './rule';
import type { VbhcDocument } from '../model/document';
import { onParagraphEdit } from '../model/incremental';

/** Whether a document has any character only legacy fonts produce (a scan of the whole text; carried across paragraph edits). */
const foreignCache = new WeakMap<VbhcDocument, boolean>();

function hasForeign(doc: VbhcDocument): boolean {
  let v = foreignCache.get(doc);
  if (v === undefined) foreignCache.set(doc, (v = hasForeignLegacyChar(doc.source.text)));
  return v;
}

// A document without such characters keeps none unless the edited paragraph brings one.
onParagraphEdit((prev, next, { newBlock }) => {
  if (foreignCache.get(prev) === false) foreignCache.set(next, hasForeignLegacyChar(newBlock.text));
});

/** Longest excerpt of the offending text quoted in a message, in characters. */
const EXCERPT_MAX_CHARS = 40;

export const encodingLegacy: Rule = {
  code: 'encoding.legacy',
  severity: 'warning',
  description: msg(
    'Văn bản gõ bằng bảng mã cũ (TCVN3/ABC, VNI) dán vào thành ký tự giống chữ; cần chuyển sang Unicode',
    'Text typed in a legacy Vietnamese encoding (TCVN3/ABC, VNI) pasted as look-alike characters; convert it to Unicode',
  ),
  check: function encodingLegacy({ doc }, report) {
    const src = doc.source;
    if (!hasForeign(doc)) return; // one native scan instead of one per line
    const codeLines = new Set<number>();
    for (const b of doc.body.blocks) {
      if (b.kind === 'code') for (let l = b.startLine; l < b.endLine; l++) codeLines.add(l);
    }
    const candidates: number[] = [];
    for (let line = 0; line < src.lineCount; line++) {
      if (!codeLines.has(line) && mayContainLegacy(src.lineText(line))) candidates.push(line);
    }
    if (candidates.length === 0) return;
    const prefer = majorityEncoding(candidates.map((l) => src.lineText(l)).join('\n'));
    for (const line of candidates) {
      const lineStart = src.lineStart(line);
      for (const run of findLegacyRuns(src.lineText(line), { prefer })) {
        const name = LEGACY_ENCODING_NAMES[run.encoding];
        const was = excerpt(run.text);
        const reads = excerpt(run.converted);
        report({
          start: lineStart + run.start,
          end: lineStart + run.end,
          message: msg(
            `Đoạn "${was}" được gõ bằng bảng mã ${name} cũ và dán vào dưới dạng ký tự giống chữ; đọc đúng là "${reads}". Chuyển đoạn này sang Unicode.`,
            `"${was}" was typed in the legacy ${name} encoding and pasted as look-alike characters; it reads "${reads}". Convert it to Unicode.`,
          ),
          fixes: [
            {
              title: msg(`Chuyển sang Unicode: "${reads}"`, `Convert to Unicode: "${reads}"`),
              edits: [{ start: lineStart + run.start, end: lineStart + run.end, newText: run.converted }],
              // Words that read well both ways are settled by context; let the user look before applying.
              fixAll: false,
            },
          ],
          data: { encoding: run.encoding, converted: run.converted },
        });
      }
    }
  },
};

function excerpt(text: string): string {
  const chars = [...text];
  return chars.length <= EXCERPT_MAX_CHARS ? text : chars.slice(0, EXCERPT_MAX_CHARS - 1).join('') + '…';
}

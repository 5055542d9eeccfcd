/**
 * encoding.legacy — text typed with a legacy Vietnamese font (TCVN3/ABC or
 * VNI) and pasted as Unicode look-alikes ("Céng hoµ x· héi", "Coäng hoøa").
 * One finding per run of legacy text, with a quick fix that replaces the run
 * by its Unicode NFC reading. Detection and conversion live in
 * `text/legacy-encoding.ts`; `legacyRunsOf` walks the lines (front matter
 * included, code blocks skipped) for this rule and for the "convert legacy
 * text" command, and the rule words the message.
 */
import { msg } from '../i18n';
import { findLegacyRuns, hasForeignLegacyChar, LEGACY_ENCODING_NAMES, majorityEncoding, mayContainLegacy, type LegacyRun } from '../text/legacy-encoding';
import type { Rule } from './rule';
import type { VbhcDocument } from '../model/document';
import { analysed, type Analysis } from '../model/analysis';

/**
 * Whether a document has any character only legacy fonts produce: a scan of
 * the whole text. A document without such characters keeps none after a
 * paragraph edit unless the edited paragraph brings one.
 */
const FOREIGN: Analysis<boolean> = {
  name: 'legacy-font characters',
  compute: (doc) => hasForeignLegacyChar(doc.source.text),
  carry: (old, _prev, _next, { newBlock }) => (old ? undefined : hasForeignLegacyChar(newBlock.text)),
};

const hasForeign = (doc: VbhcDocument): boolean => analysed(doc, FOREIGN);

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
    if (!hasForeign(doc)) return; // one native scan instead of one per line
    for (const { start, end, run } of legacyRunsOf(doc)) {
      const name = LEGACY_ENCODING_NAMES[run.encoding];
      const was = excerpt(run.text);
      const reads = excerpt(run.converted);
      report({
        start,
        end,
        message: msg(
          `Đoạn "${was}" được gõ bằng bảng mã ${name} cũ và dán vào dưới dạng ký tự giống chữ; đọc đúng là "${reads}". Chuyển đoạn này sang Unicode.`,
          `"${was}" was typed in the legacy ${name} encoding and pasted as look-alike characters; it reads "${reads}". Convert it to Unicode.`,
        ),
        fixes: [
          {
            title: msg(`Chuyển sang Unicode: "${reads}"`, `Convert to Unicode: "${reads}"`),
            edits: [{ start, end, newText: run.converted }],
            // Words that read well both ways are settled by context; let the user look before applying.
            fixAll: false,
          },
        ],
        data: { encoding: run.encoding, converted: run.converted },
      });
    }
  },
};

/**
 * The runs of legacy-encoded text in a document, at their offsets in its
 * analysed text — what the rule reports and the "convert legacy text"
 * command converts. Without `span`: every line (front matter included, code
 * blocks skipped), a run counting only with enough clear legacy words. With
 * `span` (text the user selected as legacy): that text only, code included,
 * one clear word enough. The encoding most of the candidate lines read in
 * settles words that read well in both.
 */
export function legacyRunsOf(doc: VbhcDocument, span?: { from: number; to: number }): { start: number; end: number; run: LegacyRun }[] {
  const src = doc.source;
  const from = span ? span.from : 0;
  const to = span ? span.to : src.text.length;
  const codeLines = new Set<number>();
  if (!span) for (const b of doc.body.blocks) if (b.kind === 'code') for (let l = b.startLine; l < b.endLine; l++) codeLines.add(l);
  const lines: { start: number; text: string }[] = [];
  for (let line = src.lineOf(from); line <= src.lineOf(to) && line < src.lineCount; line++) {
    if (codeLines.has(line)) continue;
    const start = Math.max(from, src.lineStart(line));
    const text = src.text.slice(start, Math.min(to, src.lineEnd(line)));
    if (mayContainLegacy(text)) lines.push({ start, text });
  }
  if (lines.length === 0) return [];
  const prefer = majorityEncoding(lines.map((l) => l.text).join('\n'));
  const out: { start: number; end: number; run: LegacyRun }[] = [];
  for (const l of lines) {
    for (const run of findLegacyRuns(l.text, { relaxed: !!span, prefer })) out.push({ start: l.start + run.start, end: l.start + run.end, run });
  }
  return out;
}

function excerpt(text: string): string {
  const chars = [...text];
  return chars.length <= EXCERPT_MAX_CHARS ? text : chars.slice(0, EXCERPT_MAX_CHARS - 1).join('') + '…';
}

/**
 * structure.missing-end-mark — the body must end with `./.` on its last
 * sentence (dialect §2; Decree 30 closes the content with this mark). The
 * last prose block before the footnotes is checked; a trailing footnote
 * reference, emphasis marker or space after the mark is tolerated. The fix
 * appends `./.` (replacing a final `.`, `;` or `,`), or adds a `./.` line
 * when the body ends with a table or a heading.
 */
import { msg } from '../i18n';
import type { Block } from '../model/body';
import type { CoreEdit, Rule } from './rule';

/** Blocks that can carry the closing mark. */
const PROSE = new Set<Block['kind']>(['paragraph', 'dash', 'quote']);
/** Blocks the body may end with; anything else after the last of these is ignored (footnotes, page breaks, rules, code). */
const CONTENT = new Set<Block['kind']>(['paragraph', 'dash', 'quote', 'table', 'heading']);
/** Characters that may trail the mark: spaces, a hard-break backslash, emphasis markers. */
const TRAILING_CHARS = new Set([' ', '\t', '\n', '\\', '*', '_']);
/** A footnote reference at the very end (`[^1]`); anchored and bounded, so linear. */
const FOOTNOTE_REF_AT_END = /\[\^[^\]\s]{1,40}\]$/u;
/** Punctuation the fix replaces by the mark (`tổng hợp.` → `tổng hợp./.`). */
const REPLACED_PUNCT = new Set(['.', ';', ',', ':']);
const END_MARK = './.';

export const structureMissingEndMark: Rule = {
  code: 'structure.missing-end-mark',
  severity: 'warning',
  description: msg('Phần nội dung không kết thúc bằng dấu "./."', 'The body does not end with "./."'),
  check: function structureMissingEndMark({ doc }, report) {
    const blocks = doc.body.blocks;
    let last: Block | undefined;
    for (let i = blocks.length - 1; i >= 0; i--) {
      if (CONTENT.has(blocks[i].kind)) {
        last = blocks[i];
        break;
      }
    }
    if (!last) return;
    const core = withoutTrailer(last.text);
    if (PROSE.has(last.kind) && core.endsWith(END_MARK)) return;
    // A table or heading never ends with the mark itself; `./.` on its own line after it is what we look for.
    let edit: CoreEdit;
    let quoted: string;
    if (PROSE.has(last.kind)) {
      let cut = core.length;
      while (cut > 0 && REPLACED_PUNCT.has(core[cut - 1])) cut--;
      const at = last.start + cut;
      edit = { start: at, end: last.start + core.length, newText: END_MARK };
      const tail = core.length > 40 ? `…${core.slice(-40)}` : core;
      quoted = tail.replace(/\s+/gu, ' ');
    } else {
      edit = { start: last.end, end: last.end, newText: `\n\n${END_MARK}` };
      quoted = last.kind === 'table' ? '|…|' : last.text.slice(0, 40);
    }
    const lineStart = doc.source.lineStart(doc.source.lineOf(last.start + core.length));
    report({
      start: Math.max(last.start, lineStart),
      end: last.start + core.length,
      message:
        PROSE.has(last.kind)
          ? msg(
              `Câu cuối của phần nội dung ("${quoted}") chưa có dấu kết thúc "./.". Thêm "./." vào cuối câu.`,
              `The last sentence of the body ("${quoted}") lacks the closing mark "./.". Append "./." to it.`,
            )
          : msg(
              `Phần nội dung kết thúc bằng ${last.kind === 'table' ? 'một bảng' : `tiêu đề "${quoted}"`} mà không có dấu kết thúc "./.". Thêm một dòng "./." sau đó.`,
              `The body ends with ${last.kind === 'table' ? 'a table' : `the heading "${quoted}"`} and no closing mark "./.". Add a line "./." after it.`,
            ),
      fixes: [{ title: msg('Thêm dấu kết thúc "./."', 'Add the closing mark "./."'), edits: [edit], fixAll: true }],
    });
  },
};

/** The text without what may follow the mark: spaces, `\\`, `*`, `_` and footnote references, scanned from the end. */
function withoutTrailer(text: string): string {
  let end = text.length;
  for (;;) {
    while (end > 0 && TRAILING_CHARS.has(text[end - 1])) end--;
    if (end > 0 && text[end - 1] === ']') {
      const m = FOOTNOTE_REF_AT_END.exec(text.slice(Math.max(0, end - 44), end));
      if (m) {
        end -= m[0].length;
        continue;
      }
    }
    return text.slice(0, end);
  }
}

/** meta.yaml — the front matter is not valid YAML. */
import { groupedInteger, msg } from '../i18n';
import type { Rule } from './rule';
import { MAX_FRONT_MATTER_CHARS } from '../model/front-matter';

/** Plain-language explanations of the yaml parser's common error codes. */
const EXPLANATIONS: Record<string, { vi: string; en: string }> = {
  MISSING_CHAR: { vi: 'thiếu dấu đóng (ngoặc kép hoặc ngoặc vuông); thêm dấu đóng ở cuối giá trị', en: 'a closing quote or bracket is missing; add it at the end of the value' },
  DUPLICATE_KEY: { vi: 'khóa này đã có ở trên; xóa một trong hai dòng', en: 'this key appears twice; delete one of the lines' },
  BAD_INDENT: { vi: 'thụt lề không đúng; các khóa cùng cấp phải thẳng cột', en: 'wrong indentation; keys of one level must line up' },
  TAB_AS_INDENT: { vi: 'dùng phím Tab để thụt lề; thay bằng dấu cách', en: 'a tab is used for indentation; use spaces' },
  MULTILINE_IMPLICIT_KEY: { vi: 'dòng này không có dạng "khóa: giá trị" (thiếu dấu hai chấm hoặc thụt lề thừa)', en: 'this line is not "key: value" (a colon is missing or the indentation is off)' },
  BLOCK_AS_IMPLICIT_KEY: { vi: 'dòng này không có dạng "khóa: giá trị" (thiếu dấu hai chấm hoặc thụt lề thừa)', en: 'this line is not "key: value" (a colon is missing or the indentation is off)' },
  BAD_ALIAS: { vi: 'giá trị bắt đầu bằng dấu * được YAML hiểu là tham chiếu (alias) tới một mốc (&) không có; đặt giá trị trong ngoặc kép, ví dụ "*Kết quả*"', en: 'a value starting with * is read by YAML as an alias of an anchor (&) that does not exist; put the value in double quotes, e.g. "*Kết quả*"' },
  ALIAS_COUNT: { vi: 'quá nhiều tham chiếu (alias) lồng nhau; bỏ các dấu * và & trong phần đầu', en: 'too many nested aliases; remove the * and & marks from the front matter' },
  TOO_LARGE: {
    vi: `phần đầu dài hơn ${groupedInteger(MAX_FRONT_MATTER_CHARS).vi} ký tự nên không được đọc; phần đầu chỉ ghi các khóa của văn bản, chuyển nội dung dài xuống thân văn bản`,
    en: `the front matter is longer than ${groupedInteger(MAX_FRONT_MATTER_CHARS).en} characters and is not read; it holds only the keys of the document, move long text into the body`,
  },
  UNEXPECTED_TOKEN: { vi: 'có ký tự không đúng chỗ; kiểm tra dấu hai chấm, ngoặc kép và thụt lề', en: 'an unexpected character; check colons, quotes and indentation' },
};
const GENERIC = { vi: 'kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này', en: 'check the colon, indentation and quotes on this line' };

function explain(code: string | undefined): { vi: string; en: string } {
  return (code && EXPLANATIONS[code]) || GENERIC;
}

export const metaYaml: Rule = {
  code: 'meta.yaml',
  severity: 'error',
  description: msg('Phần đầu (front matter) không phải YAML hợp lệ', 'The front matter is not valid YAML'),
  reads: 'outline',
  check: function metaYaml({ doc }, report) {
    const fm = doc.frontMatter;
    if (!fm) return;
    // Only the first error: later ones are nearly always its echoes.
    for (const err of fm.errors.slice(0, 1)) {
      const pos = doc.source.positionAt(err.start);
      const where = `${pos.line + 1}:${pos.character + 1}`;
      const start = err.start;
      // Keep the squiggle on one line: the parser's span may run to the block end.
      const end = Math.min(Math.max(err.end, start + 1), doc.source.lineEnd(doc.source.lineOf(start)));
      const unclosed = !fm.closed && err.start === 0;
      report({
        start,
        end: Math.max(start, end),
        message: unclosed
          ? msg(
              'Phần đầu bắt đầu bằng "---" nhưng không có dòng "---" đóng lại. Thêm một dòng "---" sau khóa cuối cùng (ví dụ sau khối "ky:").',
              'The front matter opens with "---" but is never closed. Add a "---" line after the last key (for example after the "ky:" block).',
            )
          : msg(
              `YAML của phần đầu bị lỗi tại dòng ${where}: ${explain(err.code).vi} (trình phân tích báo: ${err.message}).`,
              `The front matter YAML is invalid at ${where}: ${explain(err.code).en} (parser: ${err.message}).`,
            ),
      });
    }
  },
};

/** meta.yaml — the front matter is not valid YAML. */
import { msg } from '../i18n';
import type { Rule } from './rule';

export const metaYaml: Rule = {
  code: 'meta.yaml',
  severity: 'error',
  description: msg('Phần đầu (front matter) không phải YAML hợp lệ', 'The front matter is not valid YAML'),
  check: function metaYaml({ doc }, report) {
    const fm = doc.frontMatter;
    if (!fm) return;
    for (const err of fm.errors) {
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
              `YAML của phần đầu bị lỗi tại dòng ${where}: ${err.message}. Kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này.`,
              `The front matter YAML is invalid at ${where}: ${err.message}. Check the colon, indentation and quotes on this line.`,
            ),
      });
    }
  },
};

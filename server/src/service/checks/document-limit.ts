/**
 * document.limit — part of the document is beyond what vbhc reads as
 * written: a file or text too large (workspace.ts), not checked; lists or
 * quotes nested too deep (markdown.ts), read as plain paragraphs. The
 * finding says what was left out or changed and how to bring the document
 * within the limit, so that nothing is skipped in silence.
 */
import { groupedInteger, msg, type Msg } from '../i18n';
import { MAX_FRONT_MATTER_CHARS } from '../model/front-matter';
import { FLAT_NESTING } from '../model/markdown';
import type { TooLarge } from '../model/document';
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_CHARS } from '../workspace';
import type { Rule } from './rule';

export const DOCUMENT_LIMIT = 'document.limit';

export const documentLimit: Rule = {
  code: DOCUMENT_LIMIT,
  severity: 'warning',
  description: msg('Một phần văn bản vượt giới hạn nên không được kiểm tra', 'Part of the document is beyond a limit and is not checked'),
  check: function documentLimit({ doc }, report) {
    const src = doc.source;
    if (doc.tooLarge) {
      report({ start: 0, end: src.lineCount > 0 ? src.lineEnd(0) : 0, message: tooLargeMessage(doc.tooLarge) });
    }
    const flat = doc.body.flattened;
    if (flat.length > 0) {
      const line = flat[0];
      const more = flat.length - 1;
      report({
        start: src.lineStart(line),
        end: src.lineEnd(line),
        data: { kind: 'nesting', places: flat.length },
        message: msg(
          `Từ dòng ${line + 1}, nội dung lồng quá ${FLAT_NESTING / 2} cấp danh sách hoặc ${FLAT_NESTING} cấp trích dẫn${more ? ` (và ${more} chỗ khác)` : ''}: phần lồng sâu hơn được kiểm tra và in như đoạn văn thường, không giữ dấu đầu dòng hay thụt lề. Giảm số cấp lồng nhau.`,
          `From line ${line + 1}, content is nested deeper than ${FLAT_NESTING / 2} lists or ${FLAT_NESTING} quotes${more ? ` (and in ${more} more place${more === 1 ? '' : 's'})` : ''}: the deeper part is checked and printed as plain paragraphs, without its bullets or indentation. Nest fewer levels.`,
        ),
      });
    }
  },
};

/** `12,5 MB` / `12.5 MB`; sizes under 0.1 MB in KB. */
function size(n: number, unit: TooLarge['unit']): Msg {
  if (unit === 'chars') return msg(`${groupedInteger(n).vi} ký tự`, `${groupedInteger(n).en} characters`);
  const mb = n / (1024 * 1024);
  const text = mb >= 0.1 ? `${mb.toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
  return msg(text.replace('.', ','), text);
}

function tooLargeMessage(t: TooLarge): Msg {
  const header = t.headerRead
    ? msg('chỉ phần đầu (front matter) được kiểm tra', 'only the front matter is checked')
    : msg(
        `phần đầu cũng không được kiểm tra (không có hoặc không đóng trong ${groupedInteger(MAX_FRONT_MATTER_CHARS).vi} ký tự đầu)`,
        `the front matter is not checked either (none, or not closed within the first ${groupedInteger(MAX_FRONT_MATTER_CHARS).en} characters)`,
      );
  const have = size(t.size, t.unit);
  if (t.unit === 'bytes') {
    const max = size(MAX_DOCUMENT_BYTES, 'bytes');
    return msg(
      `Tệp nặng ${have.vi}, quá giới hạn ${max.vi} nên vbhc không đọc: thân văn bản không được kiểm tra, không có dàn ý và không xuất được. Tách văn bản thành các tệp nhỏ hơn.`,
      `The file is ${have.en}, over the ${max.en} limit, so vbhc does not read it: the body is not checked, has no outline and cannot be exported. Split the document into smaller files.`,
    );
  }
  const max = size(MAX_DOCUMENT_CHARS, 'chars');
  return msg(
    `Văn bản dài ${have.vi}, quá giới hạn ${max.vi} mà vbhc kiểm tra: ${header.vi}; thân văn bản không được kiểm tra, không có dàn ý và không xuất được. Tách văn bản thành các tệp nhỏ hơn.`,
    `The document has ${have.en}, over the ${max.en} vbhc checks: ${header.en}; the body is not checked, has no outline and cannot be exported. Split the document into smaller files.`,
  );
}

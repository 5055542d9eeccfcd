/**
 * structure.heading-level-skip — a heading more than one level below its
 * parent (`###` directly under `#`). The quick fix raises the heading to the
 * missing level; it is not applied by "fix all", because a heading's level
 * decides where its section sits and the author may rather add the missing
 * heading above it.
 */
import { msg } from '../i18n';
import type { Rule } from './rule';

export const structureHeadingLevelSkip: Rule = {
  code: 'structure.heading-level-skip',
  severity: 'warning',
  description: msg('Tiêu đề nhảy cấp (### ngay dưới #)', 'A heading skips a level (### directly under #)'),
  check: function structureHeadingLevelSkip({ doc }, report) {
    const hs = doc.body.headings;
    for (const h of hs) {
      if (h.parent < 0) continue;
      const parent = hs[h.parent];
      if (h.level <= parent.level + 1) continue;
      const have = '#'.repeat(h.level);
      const want = '#'.repeat(parent.level + 1);
      const lineText = doc.source.lineText(h.startLine);
      const hashAt = h.start + lineText.indexOf('#');
      const shown = h.content.length > 50 ? `${h.content.slice(0, 50)}…` : h.content;
      const parentShown = parent.content.length > 50 ? `${parent.content.slice(0, 50)}…` : parent.content;
      report({
        start: hashAt,
        end: h.contentEnd,
        message: msg(
          `Tiêu đề "${have} ${shown}" (cấp ${h.level}) nằm ngay dưới tiêu đề cấp ${parent.level} "${parentShown}" (dòng ${parent.startLine + 1}), thiếu cấp ${parent.level + 1}. Đổi "${have}" thành "${want}" hoặc thêm một tiêu đề cấp ${parent.level + 1} ở giữa.`,
          `Heading "${have} ${shown}" (level ${h.level}) sits directly under the level-${parent.level} heading "${parentShown}" (line ${parent.startLine + 1}); level ${parent.level + 1} is missing. Change "${have}" to "${want}" or add a level-${parent.level + 1} heading in between.`,
        ),
        fixes: [
          {
            title: msg(`Đổi "${have}" thành "${want}"`, `Change "${have}" to "${want}"`),
            edits: [{ start: hashAt, end: hashAt + h.level, newText: want }],
            fixAll: false,
          },
        ],
        data: { level: h.level, parentLevel: parent.level },
      });
    }
  },
};

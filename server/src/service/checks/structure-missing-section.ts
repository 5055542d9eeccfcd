/**
 * structure.missing-section — a part the document type's profile expects
 * (profiles.ts) has no heading. Reported on line 1, the opening `---`, as
 * the dialect says for missing parts. Information only: the profiles are
 * habits, not law. Documents of a type without a profile are not checked,
 * nor, for a type whose parts are expected only of a document divided into
 * sections, one without headings. The rule reads a table of document types
 * (`missingSectionRule(table)`); the registered one reads the built-in table.
 */
import { BUILT_IN_TYPES, type DocTypeTable } from '../data/doc-types';
import { msg } from '../i18n';
import type { Rule } from './rule';
import { openingLine } from './meta-util';
import { foldText, profileFor, titleHasPart } from './profiles';

/** The rule over a table of document types. */
export function missingSectionRule(table: DocTypeTable = BUILT_IN_TYPES): Rule {
  return {
    code: 'structure.missing-section',
    severity: 'information',
    description: msg('Thiếu một phần thường có của loại văn bản', 'A part the document type usually has is missing'),
    reads: 'outline',
    check: function structureMissingSection({ doc, settings }, report) {
      const found = profileFor(doc.loai, settings, table);
      if (!found || found.parts.length === 0) return;
      if (found.sectionedOnly && doc.body.headings.length === 0) return;
      const profile = found.parts;
      // Fold titles one by one and stop once every part is found.
      const missing = new Set(profile);
      for (const h of doc.body.headings) {
        if (missing.size === 0) break;
        const title = foldText(h.title);
        for (const part of missing) if (titleHasPart(title, part)) missing.delete(part);
      }
      const at = openingLine(doc);
      for (const part of profile) {
        if (!missing.has(part)) continue;
        const words = part.keywords.map((k) => `"${k}"`).join(', ');
        report({
          start: at.start,
          end: at.end,
          data: { loai: doc.loai, part: part.name.vi },
          message: msg(
            `Văn bản loại ${doc.loai} thường có phần "${part.name.vi}" nhưng không có tiêu đề mục nào chứa ${words}. Thêm một mục, ví dụ "# ${part.suggestion}", hoặc đặt lại hồ sơ loại văn bản trong cài đặt "vbhc.profiles".`,
            `Documents of type ${doc.loai} usually have a "${part.name.en}" part, but no heading contains ${words}. Add a section such as "# ${part.suggestion}", or change the type profile in the "vbhc.profiles" setting.`,
          ),
        });
      }
    },
  };
}

export const structureMissingSection: Rule = missingSectionRule();

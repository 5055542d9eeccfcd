/** The structure checks, in the order they run. */
import type { Rule } from './rule';
import { structureNumberingGap } from './structure-numbering-gap';
import { structureNumberingDuplicate } from './structure-numbering-duplicate';
import { structureNumberingStyle } from './structure-numbering-style';
import { structureHeadingLevelSkip } from './structure-heading-level-skip';
import { structureMissingSection } from './structure-missing-section';
import { structureMissingEndMark } from './structure-missing-end-mark';

/** Heading labels first, then levels, parts and the closing mark. */
export const structureRules: readonly Rule[] = [
  structureNumberingGap,
  structureNumberingDuplicate,
  structureNumberingStyle,
  structureHeadingLevelSkip,
  structureMissingSection,
  structureMissingEndMark,
];

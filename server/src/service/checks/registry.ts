/**
 * The one list of checks. Each group lives in its own module so that areas
 * (metadata, structure and dates, references) can grow independently.
 */
import type { Rule } from './rule';
import { metaYaml } from './meta-yaml';
import { metaMissingField } from './meta-missing-field';
import { metaInvalidValue } from './meta-invalid-value';
import { metaNoiNhanLuu } from './meta-noi-nhan-luu';
import { draftPlaceholder } from './draft-placeholder';
import { encodingLegacy } from './encoding-legacy';
import { structureRules } from './structure-rules';
import { dateRules } from './date-rules';
import { referenceRules } from './reference-rules';
import { documentLimit } from './document-limit';
import { styleSpelling } from './style-spelling';
import { styleTonePlacement } from './style-tone-placement';
import { styleSpacing } from './style-spacing';
import { styleAbbreviation } from './style-abbreviation';
import { styleCapitalization } from './style-capitalization';

/** Every rule, metadata first; last, what was left unchecked. */
export const ALL_RULES: readonly Rule[] = [
  metaYaml,
  metaMissingField,
  metaInvalidValue,
  metaNoiNhanLuu,
  draftPlaceholder,
  encodingLegacy,
  ...structureRules,
  ...dateRules,
  ...referenceRules,
  styleSpelling,
  styleTonePlacement,
  styleCapitalization,
  styleAbbreviation,
  styleSpacing,
  documentLimit,
];

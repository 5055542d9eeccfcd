/** The reference checks (dialect §6 `ref.*`), in the order they run. */
import type { Rule } from './rule';
import { refSymbolMalformed } from './ref-symbol-malformed';
import { refTypeMismatch } from './ref-type-mismatch';
import { refDateConflict } from './ref-date-conflict';
import { refYearMismatch } from './ref-year-mismatch';
import { refDateAfterDocument } from './ref-date-after-document';
import { refIssuerMismatch } from './ref-issuer-mismatch';
import { refIssuerVariant } from './ref-issuer-variant';
import { refSuperseded } from './ref-superseded';
import { refMissingSo } from './ref-missing-so';

export const referenceRules: readonly Rule[] = [
  refSymbolMalformed,
  refTypeMismatch,
  refDateConflict,
  refYearMismatch,
  refDateAfterDocument,
  refIssuerMismatch,
  refIssuerVariant,
  refSuperseded,
  refMissingSo,
];

/** The reference checks, in the order they run. */
import type { Rule } from './rule';

export const referenceRules: readonly Rule[] = [];

/** The date checks, in the order they run. */
import type { Rule } from './rule';

export const dateRules: readonly Rule[] = [];

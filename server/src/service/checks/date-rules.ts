/** The date checks, in the order they run. */
import type { Rule } from './rule';
import { dateInvalid } from './date-invalid';
import { datePeriodYear } from './date-period-year';

/** Dates that do not exist, then periods far from the document's year. */
export const dateRules: readonly Rule[] = [dateInvalid, datePeriodYear];

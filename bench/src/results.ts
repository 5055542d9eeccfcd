/**
 * The shape of bench results: one row per measurement, whatever its source
 * (in-process timing, child process, LSP server, file size), with a status
 * that says plainly when a feature or tool is not there.
 */
import type { Stats } from './stats';

/** Why a row has (or has no) numbers. */
export type RowStatus = 'ok' | 'not-available' | 'not-installed' | 'not-built' | 'failed';

/** One measurement. */
export interface Row {
  /** Stable key (used by targets and in results.json). */
  id: string;
  /** Section of the table. */
  group: string;
  label: string;
  status: RowStatus;
  /** Unit of `stats` / `value`. */
  unit: 'ms' | 'MB' | 'KiB' | 'x';
  /** Repeated timings. */
  stats?: Stats;
  /** A single value (sizes, memory). */
  value?: number;
  /** What the reader needs to know: what was measured, why it is missing, how to install. */
  note?: string;
}

/** Creates a row for a missing feature or tool. */
export function missing(id: string, group: string, label: string, status: Exclude<RowStatus, 'ok'>, note: string, unit: Row['unit'] = 'ms'): Row {
  return { id, group, label, status, unit, note };
}

/** The number a row is judged by: the median of timings, else its value. */
export function headline(row: Row | undefined, which: 'median' | 'p95' = 'median'): number | undefined {
  if (!row || row.status !== 'ok') return undefined;
  if (row.stats) return row.stats[which];
  return row.value;
}

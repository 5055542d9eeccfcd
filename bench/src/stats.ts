/**
 * Timing primitives of the bench: repeated runs after a warm-up, measured
 * with process.hrtime.bigint, summarised as median and p95 (nearest rank).
 */

/** Summary of repeated timings, in milliseconds. */
export interface Stats {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

/** How many times to run. */
export interface RepeatOptions {
  warmup: number;
  runs: number;
}

/** Milliseconds elapsed since `start` (a hrtime.bigint value). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Median, p95, min and max of samples (ms). */
export function summarize(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const rank = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median: mid, p95: rank(0.95), min: s[0], max: s[s.length - 1], runs: s.length };
}

/**
 * Runs `setup` then times `fn` (setup excluded), `warmup` times unrecorded
 * and `runs` times recorded.
 */
export async function repeat<T>(opts: RepeatOptions, fn: (arg: T) => unknown, setup: () => T = () => undefined as T): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i < opts.warmup + opts.runs; i++) {
    const arg = setup();
    const t0 = process.hrtime.bigint();
    const r = fn(arg);
    if (r instanceof Promise) await r;
    const ms = msSince(t0);
    if (i >= opts.warmup) samples.push(ms);
  }
  return summarize(samples);
}

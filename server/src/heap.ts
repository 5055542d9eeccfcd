/**
 * V8 heap settings of the language server process.
 *
 * The server is long-lived and mostly idle: it reads a workspace in one
 * burst, then answers keystrokes. V8's defaults suit a throughput job: after
 * reading 1,000 documents the process held 241 MB for a live heap of 68 MB —
 * a young generation grown to 2 × 16 MB and an old generation let grow to
 * about three times what survived its last collection — and gave the rest
 * back only when its memory reducer ran 8–20 s later. Two settings, both
 * read by V8 at each collection (so they work when set after start-up;
 * heap.test.ts checks that they still do):
 *
 * - Always, `--heap-growing-percent=20`: after a full collection the old
 *   generation may grow by a fifth of what survived before the next one,
 *   instead of V8's factor of up to four for fast-allocating programs. On
 *   its own it costs a 100-page check nothing measurable.
 * - While the workspace is read and first checked (`whileReadingWorkspace`),
 *   `--semi-space-growth-factor=1`: the young generation keeps the size it
 *   has when the server has loaded (2 × 1–2 MB) instead of doubling up to
 *   2 × 16 MB. What that burst allocates is garbage a moment later, so a
 *   bigger young generation buys nothing there but resident memory; typing
 *   afterwards gets V8's usual growth (factor 2, V8's default): kept small,
 *   it made every full check of 100 pages ≈ 3.5 ms slower.
 * - The server process turns that setting on at its first line
 *   (`tuneHeapForServerStart`), not when the read begins: the read waits
 *   for the settings round trips after `initialized`, and a request answered
 *   meanwhile — the first completion reads and searches the built-in
 *   catalog — grew the young generation to 2 × 16 MB before the setting
 *   came, which then kept it there through the whole read (≈ 35 MB of RSS
 *   when the last diagnostics of 1,000 documents arrive).
 *
 * Measured on the 1,000-document workspace of bench/ (production build,
 * see bench/README.md): RSS when the last diagnostics arrive 243–252 →
 * 130–134 MB, initialized → all diagnostics published 1.9 → 2.0 s. A server
 * started by another editor (`node dist/server.js --stdio`) gets the same.
 * The CLI, a one-shot job, keeps V8's defaults.
 */
import { setFlagsFromString } from 'node:v8';

/** The V8 flags the server sets on itself at start. */
export const SERVER_HEAP_FLAGS: readonly string[] = ['--heap-growing-percent=20'];

/** Set while the workspace is read, and what undoes it (V8's default; heap.test.ts checks it is). */
export const READING_HEAP_FLAGS = { on: '--semi-space-growth-factor=1', off: '--semi-space-growth-factor=2' } as const;

/** Applies `SERVER_HEAP_FLAGS` to this process; once, at start. */
export function tuneHeapForServer(): void {
  for (const flag of SERVER_HEAP_FLAGS) setFlagsFromString(flag);
}

/**
 * Applies `SERVER_HEAP_FLAGS` and turns `READING_HEAP_FLAGS` on until the
 * first `whileReadingWorkspace` ends; the server's entry calls it once, first.
 */
export function tuneHeapForServerStart(): void {
  tuneHeapForServer();
  setFlagsFromString(READING_HEAP_FLAGS.on);
}

/** Runs `work` (reading and first checking a workspace) with `READING_HEAP_FLAGS` on. */
export async function whileReadingWorkspace<T>(work: () => Promise<T>): Promise<T> {
  setFlagsFromString(READING_HEAP_FLAGS.on);
  try {
    return await work();
  } finally {
    setFlagsFromString(READING_HEAP_FLAGS.off);
  }
}

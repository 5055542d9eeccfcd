/**
 * markdown-it's inline `text` rule — the run of characters up to the next
 * one another inline rule may start at — with that character found by one
 * native search instead of a test of every character in a loop: the same
 * runs, in a fraction of the time on long prose.
 */
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/** The characters that end a text run: markdown-it's `isTerminatorChar`. */
const TERMINATOR = /[\n!#$%&*+\-:<=>@[\\\]^_`{}~]/g;

/** The `text` inline rule. */
export function inlineText(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  TERMINATOR.lastIndex = start;
  // test() leaves lastIndex just after the terminator it found: no match object is made.
  const found = TERMINATOR.test(state.src) ? TERMINATOR.lastIndex - 1 : state.src.length;
  const pos = Math.min(found, state.posMax);
  if (pos === start) return false;
  if (!silent) state.pending += state.src.slice(start, pos);
  state.pos = pos;
  return true;
}

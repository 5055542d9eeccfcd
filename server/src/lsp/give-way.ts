/**
 * Giving way to the editor's messages during long work (reading and
 * checking a workspace). vscode-jsonrpc handles one incoming message per
 * turn of the event loop; work that also takes one slice per turn answers
 * a backlog of k requests only after k slices, and on a busy machine, where
 * a slice takes longer than the editor waits between two requests, the
 * backlog never drains. So the work waits, between its slices, until the
 * connection has handled every message that was waiting.
 */
import type { Message, MessageStrategy } from 'vscode-languageserver';

/** Counts the messages a connection has handled (pass it as the connection's `messageStrategy`). */
export class MessageCounter implements MessageStrategy {
  handled = 0;

  handleMessage(message: Message, next: (message: Message) => void): void {
    this.handled++;
    next(message);
  }
}

/**
 * Time spent on steps of work before giving way: many small files (≈ 1 ms
 * each) go a few per turn of the event loop; a step of a costly one (the
 * parse of a hostile file, one rule over it) may take longer.
 */
export const SLICE_MS = 10;

/** Runs `steps` to their end, giving way (`yieldToMessages`, see `giveWay`) once SLICE_MS have passed since it last did. */
export async function inSlices(steps: Iterable<void>, yieldToMessages: () => Promise<void>): Promise<void> {
  let slice = performance.now();
  for (const _ of steps) {
    if (performance.now() - slice < SLICE_MS) continue;
    await yieldToMessages();
    slice = performance.now();
  }
}

/**
 * Most turns a slice waits for: when the editor keeps sending faster than
 * the server answers, the work still goes on.
 */
const MAX_TURNS = 64;

function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Resolves once the event loop has turned and, when `handled` (the count of
 * messages the connection has handled) is known, once two turns have gone
 * by with no message handled: a waiting message is handled in every turn
 * (the connection keeps one pending while its queue holds any), so the
 * queue is then empty.
 */
export async function giveWay(handled?: () => number): Promise<void> {
  await turn();
  if (!handled) return;
  for (let i = 0; i < MAX_TURNS; i++) {
    const before = handled();
    await turn();
    await turn();
    if (handled() === before) return;
  }
}

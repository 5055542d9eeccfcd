import { test } from 'node:test';
import assert from 'node:assert/strict';
import { giveWay, MessageCounter } from './give-way';

/** A connection's queue as vscode-jsonrpc runs it: one message handled per turn of the event loop while any waits. */
function queue(counter: MessageCounter) {
  let waiting = 0;
  let pending = false;
  const trigger = () => {
    if (pending || waiting === 0) return;
    pending = true;
    setImmediate(() => {
      pending = false;
      waiting--;
      counter.handleMessage({ jsonrpc: '2.0' }, () => undefined);
      trigger();
    });
  };
  return {
    add(n: number) {
      waiting += n;
      trigger();
    },
    get waiting() {
      return waiting;
    },
  };
}

test('the counter counts each message it passes on, and passes each on', () => {
  const counter = new MessageCounter();
  const seen: unknown[] = [];
  counter.handleMessage({ jsonrpc: '2.0' }, (m) => seen.push(m));
  counter.handleMessage({ jsonrpc: '2.0' }, (m) => seen.push(m));
  assert.equal(counter.handled, 2);
  assert.equal(seen.length, 2);
});

test('giving way waits until every waiting message has been handled', async () => {
  const counter = new MessageCounter();
  const q = queue(counter);
  q.add(12);
  await giveWay(() => counter.handled);
  assert.equal(q.waiting, 0);
  assert.equal(counter.handled, 12);
});

test('without a count of messages, giving way is one turn of the event loop: a backlog is then left waiting', async () => {
  const counter = new MessageCounter();
  const q = queue(counter);
  q.add(12);
  await giveWay();
  assert.ok(q.waiting >= 10, `${q.waiting} still waiting`);
});

test('with nothing waiting, giving way returns within a few turns', async () => {
  const t = performance.now();
  await giveWay(() => 0);
  assert.ok(performance.now() - t < 100);
});

test('messages that never stop coming do not stop the work for good', async () => {
  // A message handled in every turn, for ever.
  let handled = 0;
  let next = setImmediate(function again() {
    handled++;
    next = setImmediate(again);
  });
  await giveWay(() => handled);
  clearImmediate(next);
  assert.ok(handled > 0);
});

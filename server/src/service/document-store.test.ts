/**
 * The document store's states: a text is read, parsed on first use (from the
 * previous parse after an edit), and a closed document settled to its shell;
 * each state holds only what it has.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentStore, documentFacts, parsedDocument, settle, type ReadState, type StoredDocument } from './document-store';
import { isParsed } from './model/document';
import { MAX_DOCUMENT_CHARS } from './workspace';

const URI = 'file:///ws/thu.vbhc.md';
const text = (word: string) => `---\nloai: Công văn\nso: 12/UBND-VP\n---\n\nĐoạn đầu của văn bản.\n\nĐoạn giữa có chữ ${word}.\n\nĐoạn cuối./.\n`;

function entry(store: DocumentStore): StoredDocument {
  const e = store.get(URI);
  assert.ok(e);
  return e;
}

test('a document set is held as text, with no previous parse, until it is first used', () => {
  const store = new DocumentStore();
  assert.equal(store.set(URI, text('một'), 1), true);
  const e = entry(store);
  assert.deepEqual(e.state, { kind: 'text', prev: undefined });
  const doc = parsedDocument(e);
  assert.deepEqual(e.state, { kind: 'parsed', doc });
  assert.equal(parsedDocument(e), doc, 'parsed once');
});

test('a new text keeps the previous parse to re-parse from; the same text only changes the version', () => {
  const store = new DocumentStore();
  store.set(URI, text('một'), 1);
  const first = parsedDocument(entry(store));
  assert.equal(store.set(URI, text('một'), 2), false);
  assert.equal(entry(store).version, 2);
  assert.equal(entry(store).state.kind, 'parsed');
  store.set(URI, text('hai'), 3);
  const e = entry(store);
  assert.deepEqual(e.state, { kind: 'text', prev: first });
  const second = parsedDocument(e);
  assert.match(second.source.text, /chữ hai/);
  assert.equal(second.version, 3);
  // Edited twice before a parse: the last parse is still the base.
  store.set(URI, text('ba'), 4);
  store.set(URI, text('bốn'), 5);
  assert.deepEqual(entry(store).state, { kind: 'text', prev: second });
});

test('a model of the front matter alone is not kept as the base of the next parse', () => {
  const store = new DocumentStore();
  const long = text('dài') + 'x'.repeat(MAX_DOCUMENT_CHARS);
  store.set(URI, long, 1);
  assert.ok(parsedDocument(entry(store)).tooLarge);
  store.set(URI, text('ngắn'), 2);
  assert.deepEqual(entry(store).state, { kind: 'text', prev: undefined });
});

test('a settled document holds its shell alone: no body, and nothing to re-parse an edit from', () => {
  const store = new DocumentStore();
  store.set(URI, text('một'), -1);
  const e = entry(store);
  settle(e, parsedDocument(e));
  const state = e.state;
  assert.equal(state.kind, 'settled');
  if (state.kind !== 'settled') return;
  assert.equal(isParsed(state.shell), false);
  assert.equal(documentFacts(e), state.shell, 'the cross-document checks read the shell, no parse');
  store.set(URI, text('hai'), -1);
  assert.deepEqual(entry(store).state, { kind: 'text', prev: undefined });
});

test('a settled document asked for its parse is parsed again, whole, and is parsed from then on', () => {
  const store = new DocumentStore();
  store.set(URI, text('một'), -1);
  const e = entry(store);
  const before = parsedDocument(e);
  settle(e, before);
  const again = parsedDocument(e);
  assert.notEqual(again, before);
  assert.equal(again.source.text, before.source.text);
  assert.deepEqual(e.state, { kind: 'parsed', doc: again });
  assert.equal(documentFacts(e), again);
});

test('a file too large to read is held by its size and parsed to an empty header-only model', () => {
  const store = new DocumentStore();
  assert.equal(store.setUnread(URI, 99_000_000), true);
  assert.equal(store.setUnread(URI, 99_000_000), false);
  const e = entry(store);
  assert.equal(e.text, '');
  assert.equal(e.unreadBytes, 99_000_000);
  assert.deepEqual(parsedDocument(e).tooLarge, { size: 99_000_000, unit: 'bytes', headerRead: false });
});

/** Never called: what a state does not hold is a type error to read. */
export function typeChecksOnly(e: StoredDocument): unknown[] {
  // @ts-expect-error the parse is there only in the parsed state
  const doc = e.state.doc;
  // @ts-expect-error a settled document's shell is not there before it is settled
  const shell = e.state.shell;
  const s = e.state;
  const ok = s.kind === 'parsed' ? s.doc.body : s.kind === 'settled' ? s.shell.source : s.prev;
  // @ts-expect-error a settled state cannot also hold a parse
  const both: ReadState = { kind: 'settled', shell: s.kind === 'settled' ? s.shell : undefined!, doc: undefined! };
  return [doc, shell, ok, both];
}

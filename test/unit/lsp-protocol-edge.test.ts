// The BUILT server (dist/server.js --stdio) at the protocol's edge, with raw
// bytes on its stdin: requests before `initialize`, a second `initialize`,
// requests after `shutdown`, the exit codes, unreadable headers and bodies,
// and document notifications without the fields they need. Every case ends
// with an ordinary request that must still be answered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FramingRepair, contentLength, documentNotificationProblem } from '../../server/src/lsp-guard';

const SERVER = join(process.cwd(), 'dist/server.js');
const WAIT_MS = 30000;
const URI = 'file:///khong-co/bao-cao.vbhc.md';
const DOC = '---\nloai: BC\n---\n\n# I. KẾT QUẢ\n\nNội dung./.\n';

interface Reply {
  id: number | string | null;
  result?: unknown;
  error?: { code: number; message: string };
}

/** A server on raw stdio: what it writes, parsed; how it exits. */
class RawServer {
  readonly proc: ChildProcess;
  readonly replies: Reply[] = [];
  readonly logs: string[] = [];
  stderr = '';
  exit: Promise<number | null>;
  private out = Buffer.alloc(0);

  constructor() {
    assert.ok(existsSync(SERVER), 'dist/server.js must be built (npm test builds it)');
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d: Buffer) => this.read(d));
    this.proc.stderr!.on('data', (d: Buffer) => (this.stderr += String(d)));
    this.exit = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)));
  }

  private read(d: Buffer): void {
    this.out = Buffer.concat([this.out, d]);
    for (;;) {
      const end = this.out.indexOf('\r\n\r\n');
      if (end < 0) return;
      const n = Number(/Content-Length: (\d+)/i.exec(this.out.subarray(0, end).toString())?.[1]);
      if (this.out.length < end + 4 + n) return;
      const msg = JSON.parse(this.out.subarray(end + 4, end + 4 + n).toString('utf8')) as Reply & { method?: string; params?: { message?: string } };
      this.out = this.out.subarray(end + 4 + n);
      if (msg.method === 'window/logMessage') this.logs.push(msg.params?.message ?? '');
      else if (msg.method === undefined) this.replies.push(msg);
    }
  }

  raw(bytes: string): void {
    this.proc.stdin!.write(bytes);
  }

  send(message: object): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.raw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  async reply(id: number): Promise<Reply> {
    const t0 = Date.now();
    for (;;) {
      const r = this.replies.find((x) => x.id === id);
      if (r) return r;
      if (this.proc.exitCode !== null) throw new Error(`the server exited (${this.proc.exitCode}) before answering ${id}: ${this.stderr.slice(0, 500)}`);
      if (Date.now() - t0 > WAIT_MS) throw new Error(`no answer to ${id}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async initialize(id = 1): Promise<void> {
    this.send({ id, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    assert.ok((await this.reply(id)).result);
    this.send({ method: 'initialized', params: {} });
  }

  /** Asks for the outline of URI: the server is alive and serving. */
  async symbols(id: number): Promise<Reply> {
    this.send({ id, method: 'textDocument/documentSymbol', params: { textDocument: { uri: URI } } });
    return this.reply(id);
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

async function withServer(f: (s: RawServer) => Promise<void>): Promise<void> {
  const s = new RawServer();
  try {
    await f(s);
  } finally {
    s.kill();
  }
}

const NOT_INITIALIZED = -32002;
const INVALID_REQUEST = -32600;

test('a request before initialize is answered with ServerNotInitialized; a notification before it is dropped', () =>
  withServer(async (s) => {
    s.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'vbhc', version: 1, text: DOC } } });
    s.send({ id: 7, method: 'textDocument/documentSymbol', params: { textDocument: { uri: URI } } });
    const r = await s.reply(7);
    assert.equal(r.error?.code, NOT_INITIALIZED);
    assert.match(r.error!.message, /before initialize/);
    await s.initialize(8);
    // The didOpen sent before initialize was not taken: the document is unknown.
    assert.deepEqual((await s.symbols(9)).result, []);
    assert.match(s.stderr, /textDocument\/didOpen before initialize: ignored/);
  }));

test('a second initialize is refused with InvalidRequest and the server goes on', () =>
  withServer(async (s) => {
    await s.initialize(1);
    s.send({ id: 2, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    assert.equal((await s.reply(2)).error?.code, INVALID_REQUEST);
    s.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'vbhc', version: 1, text: DOC } } });
    const r = await s.symbols(3);
    assert.deepEqual((r.result as { name: string }[]).map((x) => x.name), ['I. KẾT QUẢ']);
  }));

test('after shutdown a request is refused with InvalidRequest, and exit ends the process with 0', () =>
  withServer(async (s) => {
    await s.initialize();
    s.send({ id: 2, method: 'shutdown' });
    assert.equal((await s.reply(2)).result, null);
    assert.equal((await s.symbols(3)).error?.code, INVALID_REQUEST);
    s.send({ id: 4, method: 'shutdown' });
    assert.equal((await s.reply(4)).error?.code, INVALID_REQUEST);
    s.send({ method: 'exit' });
    assert.equal(await s.exit, 0);
  }));

test('exit without shutdown ends the process with 1', () =>
  withServer(async (s) => {
    await s.initialize();
    s.send({ method: 'exit' });
    assert.equal(await s.exit, 1);
  }));

test('closed stdin ends the process: 0 after shutdown, 1 without', async () => {
  await withServer(async (s) => {
    await s.initialize();
    s.proc.stdin!.end();
    assert.equal(await s.exit, 1);
  });
  await withServer(async (s) => {
    await s.initialize();
    s.send({ id: 2, method: 'shutdown' });
    await s.reply(2);
    s.proc.stdin!.end();
    assert.equal(await s.exit, 0);
  });
});

test('didOpen without text, didChange without changes: logged and ignored, the server stays up', () =>
  withServer(async (s) => {
    await s.initialize();
    s.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'vbhc', version: 1 } } });
    s.send({ method: 'textDocument/didOpen', params: { textDocument: { languageId: 'vbhc', version: 1, text: DOC } } });
    s.send({ method: 'textDocument/didOpen', params: null });
    s.send({ method: 'textDocument/didChange', params: { textDocument: { uri: URI, version: 2 } } });
    s.send({ method: 'textDocument/didChange', params: { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: null }] } });
    s.send({ method: 'textDocument/didClose', params: {} });
    assert.deepEqual((await s.symbols(2)).result, []);
    s.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'vbhc', version: 1, text: DOC } } });
    assert.deepEqual(((await s.symbols(3)).result as { name: string }[]).map((x) => x.name), ['I. KẾT QUẢ']);
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(s.logs.some((l) => l.includes(`textDocument/didOpen has no textDocument.text for ${URI}: ignored`)), s.logs.join('\n'));
    assert.ok(s.logs.some((l) => l.includes(`textDocument/didChange has changes without text for ${URI}: ignored`)), s.logs.join('\n'));
    assert.equal(s.proc.exitCode, null);
  }));

test('unreadable headers and bodies are skipped; the next message is answered', () =>
  withServer(async (s) => {
    await s.initialize();
    s.raw('Content-Length: abc\r\n\r\n{}');
    assert.equal((await s.symbols(2)).id, 2);
    s.raw('Content-Type: application/vscode-jsonrpc\r\n\r\n{"jsonrpc":"2.0","id":99,"method":"shutdown"}');
    assert.equal((await s.symbols(3)).id, 3);
    s.raw('x'.repeat(20_000));
    assert.equal((await s.symbols(4)).id, 4);
    s.raw('Content-Length: 9\r\n\r\n{{{{{{{{{');
    assert.equal((await s.symbols(5)).id, 5);
    // The shutdown without a length was not executed.
    assert.equal(s.replies.find((r) => r.id === 99), undefined);
    assert.equal(s.proc.exitCode, null);
  }));

test('a request with missing parameters gets an error answer, not a crash', () =>
  withServer(async (s) => {
    await s.initialize();
    for (const [id, method] of [[2, 'textDocument/documentSymbol'], [3, 'textDocument/hover'], [4, 'textDocument/completion'], [5, 'textDocument/codeAction'], [6, 'textDocument/foldingRange']] as const) {
      s.send({ id, method, params: {} });
      await s.reply(id);
    }
    assert.equal((await s.symbols(7)).id, 7);
  }));

// ---- the pieces, without a process ---------------------------------------------------

/** Feeds chunks through a FramingRepair; returns what came out and what was skipped. */
async function repair(chunks: string[]): Promise<{ out: string; skipped: string[] }> {
  const skipped: string[] = [];
  const t = new FramingRepair((why) => skipped.push(why));
  let out = '';
  t.on('data', (d: Buffer) => (out += d.toString('latin1')));
  for (const c of chunks) t.write(Buffer.from(c, 'latin1'));
  t.end();
  await new Promise((r) => t.on('end', r));
  return { out, skipped };
}

const frame = (body: string) => `Content-Length: ${body.length}\r\n\r\n${body}`;

test('framing repair: good messages pass unchanged, byte by byte too', async () => {
  const good = frame('{"a":1}') + frame('{"b":"\\r\\n\\r\\nContent-Length: 3"}');
  assert.deepEqual(await repair([good]), { out: good, skipped: [] });
  assert.deepEqual(await repair([...good]), { out: good, skipped: [] });
});

test('framing repair: a header without a length, with a bad length or without an end is skipped to the next message', async () => {
  const next = frame('{"ok":true}');
  for (const bad of ['Content-Length: abc\r\n\r\n{}', 'Content-Type: x\r\n\r\n{"jsonrpc":"2.0"}', 'rác\r\n\r\n', 'y'.repeat(9000), 'Content-Length: -1\r\n\r\n', 'Content-Length 5\r\n\r\nabcde']) {
    const r = await repair([bad, next]);
    assert.equal(r.out, next, JSON.stringify(bad.slice(0, 40)));
    assert.ok(r.skipped.length >= 1);
  }
});

test('contentLength reads the header block as the protocol writes it', () => {
  assert.equal(contentLength('Content-Length: 12'), 12);
  assert.equal(contentLength('content-length: 3\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8'), 3);
  assert.equal(contentLength('Content-Type: x'), undefined);
  assert.equal(contentLength('Content-Length: 1e3'), undefined);
  assert.equal(contentLength('Content-Length: 12\r\nrác'), undefined);
});

test('document notifications: what each needs', () => {
  assert.equal(documentNotificationProblem('textDocument/didOpen', { textDocument: { uri: URI, version: 1, text: '' } }), undefined);
  assert.match(documentNotificationProblem('textDocument/didOpen', { textDocument: { uri: URI, version: 1 } })!, /no textDocument.text/);
  assert.match(documentNotificationProblem('textDocument/didOpen', undefined)!, /no textDocument.uri/);
  assert.equal(documentNotificationProblem('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: 'x' }] }), undefined);
  assert.match(documentNotificationProblem('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: 'x' })!, /without text/);
  assert.equal(documentNotificationProblem('workspace/didChangeConfiguration', {}), undefined);
});

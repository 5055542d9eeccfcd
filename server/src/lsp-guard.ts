/**
 * The protocol's edge over stdio, where any client (or a broken pipe) may
 * talk to the server:
 * - `FramingRepair` passes well-framed messages through and skips a header
 *   it cannot read (no `Content-Length`, not a number, no end of header) up
 *   to the next `Content-Length:`, so one bad message does not leave the
 *   server deaf;
 * - `LifecycleGuard` keeps the start-up and shutdown rules of the Language
 *   Server Protocol: a request before `initialize` is answered with
 *   ServerNotInitialized (-32002), a second `initialize` and any request
 *   after `shutdown` with InvalidRequest, notifications in those states are
 *   dropped (`exit` always passes); a document notification without the
 *   fields it needs (`didOpen` without `text`) is dropped with a log line
 *   instead of reaching the documents.
 * The exit codes stay the library's: 0 after `shutdown`, 1 otherwise.
 */
import { Transform, type TransformCallback } from 'node:stream';
import type { DataCallback, Disposable, Event, Message, MessageReader, MessageWriter, PartialMessageInfo } from 'vscode-languageserver/node';

/** A header block longer than this is not a header. */
const MAX_HEADER_BYTES = 8 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const CONTENT_LENGTH = /content-length:/i;

/** JSON-RPC and LSP error codes the guard answers with. */
const INVALID_REQUEST = -32600;
const SERVER_NOT_INITIALIZED = -32002;

/** Stdin with unreadable headers skipped; `onSkip` hears what was skipped. */
export class FramingRepair extends Transform {
  private buf: Buffer = Buffer.alloc(0);
  /** Body bytes still to pass through after a good header. */
  private body = 0;

  constructor(private readonly onSkip: (why: string) => void) {
    super();
  }

  override _transform(chunk: Buffer | string, _enc: BufferEncoding, done: TransformCallback): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, Buffer.from(chunk)]) : Buffer.from(chunk);
    this.drain();
    done();
  }

  private drain(): void {
    for (;;) {
      if (this.body > 0) {
        const n = Math.min(this.body, this.buf.length);
        if (n === 0) return;
        this.push(this.buf.subarray(0, n));
        this.buf = this.buf.subarray(n);
        this.body -= n;
        continue;
      }
      if (this.buf.length === 0) return;
      const end = this.buf.indexOf(HEADER_END);
      if (end < 0) {
        if (this.buf.length <= MAX_HEADER_BYTES) return; // wait for the rest of the header
        this.skip('a header without an end (no blank line within 8 KB)');
        continue;
      }
      const header = this.buf.subarray(0, end).toString('latin1');
      const length = contentLength(header);
      if (length === undefined) {
        this.skip(`an unreadable message header ${JSON.stringify(header.slice(0, 80))}`);
        continue;
      }
      this.push(this.buf.subarray(0, end + HEADER_END.length));
      this.buf = this.buf.subarray(end + HEADER_END.length);
      this.body = length;
    }
  }

  /** Drops bytes up to the next `Content-Length:` after the start (or all but a possible split start of one). */
  private skip(why: string): void {
    const rest = this.buf.subarray(1).toString('latin1');
    const m = CONTENT_LENGTH.exec(rest);
    const at = m ? m.index + 1 : Math.max(1, this.buf.length - 'content-length:'.length);
    this.buf = this.buf.subarray(at);
    this.onSkip(why);
  }
}

/** The Content-Length of a header block, or undefined when the block is not a valid header. */
export function contentLength(header: string): number | undefined {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-length') {
      if (!/^\d{1,10}$/.test(value)) return undefined;
      length = Number(value);
    }
  }
  return length;
}

type Phase = 'new' | 'running' | 'shutdown';

interface RawMessage {
  id?: number | string | null;
  method?: string;
  params?: unknown;
}

/** What makes a document notification usable; undefined when it is. */
export function documentNotificationProblem(method: string, params: unknown): string | undefined {
  const p = (params ?? {}) as { textDocument?: { uri?: unknown; text?: unknown; version?: unknown }; contentChanges?: unknown };
  const doc = p.textDocument;
  if (method === 'textDocument/didOpen') {
    if (!doc || typeof doc.uri !== 'string') return 'has no textDocument.uri';
    if (typeof doc.text !== 'string') return `has no textDocument.text for ${doc.uri}`;
    if (typeof doc.version !== 'number') return `has no textDocument.version for ${doc.uri}`;
  } else if (method === 'textDocument/didChange') {
    if (!doc || typeof doc.uri !== 'string') return 'has no textDocument.uri';
    if (typeof doc.version !== 'number') return `has no textDocument.version for ${doc.uri}`;
    if (!Array.isArray(p.contentChanges) || !p.contentChanges.every((c) => !!c && typeof (c as { text?: unknown }).text === 'string')) return `has changes without text for ${doc.uri}`;
  } else if (method === 'textDocument/didClose' || method === 'textDocument/didSave') {
    if (!doc || typeof doc.uri !== 'string') return 'has no textDocument.uri';
  }
  return undefined;
}

/** A message reader that answers or drops what the protocol's life cycle forbids. */
export class LifecycleGuard implements MessageReader {
  private phase: Phase = 'new';

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
    private readonly log: (line: string) => void,
  ) {}

  /** True once `initialize` was received. */
  get initialized(): boolean {
    return this.phase !== 'new';
  }

  /** True once `shutdown` was received. */
  get shutdownReceived(): boolean {
    return this.phase === 'shutdown';
  }

  get onError(): Event<Error> {
    return this.inner.onError;
  }
  get onClose(): Event<void> {
    return this.inner.onClose;
  }
  get onPartialMessage(): Event<PartialMessageInfo> {
    return this.inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      if (this.admit(message as RawMessage)) callback(message);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }

  /** Whether a message goes on to the connection; answers the requests it stops. */
  private admit(m: RawMessage): boolean {
    if (typeof m.method !== 'string') return true; // a response to one of our requests
    const isRequest = m.id !== undefined && m.id !== null;
    if (!isRequest) {
      if (m.method === 'exit') return true;
      if (this.phase !== 'running') {
        this.log(`vbhc: ${m.method} ${this.phase === 'new' ? 'before initialize' : 'after shutdown'}: ignored`);
        return false;
      }
      const problem = documentNotificationProblem(m.method, m.params);
      if (problem) this.log(`vbhc: ${m.method} ${problem}: ignored`);
      return !problem;
    }
    if (m.method === 'initialize') {
      if (this.phase === 'new') {
        this.phase = 'running';
        return true;
      }
      return this.refuse(m, INVALID_REQUEST, 'initialize was already received');
    }
    if (this.phase === 'new') return this.refuse(m, SERVER_NOT_INITIALIZED, `${m.method} before initialize`);
    if (this.phase === 'shutdown') return this.refuse(m, INVALID_REQUEST, `${m.method} after shutdown`);
    if (m.method === 'shutdown') this.phase = 'shutdown';
    return true;
  }

  private refuse(m: RawMessage, code: number, message: string): false {
    void this.writer.write({ jsonrpc: '2.0', id: m.id ?? null, error: { code, message } } as Message).catch(() => undefined);
    return false;
  }
}

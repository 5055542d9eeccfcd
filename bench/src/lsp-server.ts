/**
 * The language server as a user runs it: `node dist/server.js --stdio` is
 * started on the 1,000-document workspace and spoken to over LSP (JSON-RPC
 * with Content-Length framing). Measured: time from `initialized` until
 * every document's diagnostics are published, and the server's resident
 * memory (VmRSS, and the peak VmHWM) at that moment, read from /proc — the
 * figure the target judges — and again after the server has idled
 * `SETTLE_MS`, when V8's memory reducer has given back the heap the parsing
 * grew (shown, not judged); then once more after `EDITS` one-line edits of
 * the 100-page document, each followed by a request that parses it — the
 * memory of a typing session (shown, not judged).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToUri } from '../../server/src/uri';
import type { DocFixture } from './fixtures';
import { missing, type Row } from './results';
import { msSince } from './stats';

/** How long the server idles before the settled RSS is read (V8's memory reducer starts about 8 s after the last busy period). */
const SETTLE_MS = 25_000;

/** One-line edits of the 100-page document after indexing (memory while typing). */
const EDITS = 400;

/** Longest wait for the server to publish every document. */
const TIMEOUT_MS = 180_000;

/** Starts the server on `workspaceDir`, waits for `expected` publishDiagnostics, returns the rows. */
export async function serverOnWorkspace(serverJs: string, workspaceDir: string, expected: number, build = 'dist/server.js', edited?: DocFixture): Promise<Row[]> {
  const group = 'Language server (whole process)';
  const spawnedAt = process.hrtime.bigint();
  const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let buf = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map<number, (v: unknown) => void>();
  const published = new Set<string>();
  let indexedAt: number | undefined;
  let onPublished: (() => void) | undefined;
  let t0 = 0n;

  const send = (msg: object) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const request = (method: string, params: unknown) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      send({ id, method, params });
    });

  const handle = (m: { id?: number; method?: string; params?: { uri?: string; message?: string }; result?: unknown }) => {
    if (m.method === 'textDocument/publishDiagnostics' && m.params?.uri) {
      published.add(m.params.uri);
      if (published.size >= expected + 1) onPublished?.();
    } else if (m.method === 'window/logMessage' && /indexed \d+/.test(m.params?.message ?? '')) {
      indexedAt = msSince(t0);
    } else if (m.method && m.id !== undefined) {
      // A request from the server (registerCapability, configuration …): answer with nothing.
      send({ id: m.id, result: m.method === 'workspace/configuration' ? [] : null });
    } else if (m.id !== undefined && pending.has(m.id)) {
      pending.get(m.id)!(m.result);
      pending.delete(m.id);
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const headerEnd = buf.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, headerEnd).toString('ascii'))?.[1] ?? 0);
      if (buf.length < headerEnd + 4 + len) return;
      const body = buf.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
      buf = buf.subarray(headerEnd + 4 + len);
      handle(JSON.parse(body));
    }
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));

  try {
    const rootUri = pathToUri(workspaceDir);
    await withTimeout(
      request('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], capabilities: { textDocument: { publishDiagnostics: {} } }, initializationOptions: { locale: 'vi' } }),
      30_000,
      'initialize',
    );
    const done = new Promise<void>((resolve) => (onPublished = resolve));
    t0 = process.hrtime.bigint();
    send({ method: 'initialized', params: {} });
    // The first completion a user asks for, while the server reads the workspace: the built-in catalog is read on first use.
    const probeUri = pathToUri(`${workspaceDir}/first-completion-probe.vbhc.md`);
    const probe = '---\nloai: BC\nngay: 2025-06-02\n---\n\nCăn cứ Nghị định số 30';
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri: probeUri, languageId: 'vbhc', version: 1, text: probe } } });
    const firstCompletion = withTimeout(request('textDocument/completion', { textDocument: { uri: probeUri }, position: { line: 5, character: 22 } }), 60_000, 'the first completion').then((r) => ({
      ms: msSince(spawnedAt),
      afterInit: msSince(t0),
      first: ((r as { items?: { label: string }[] } | null)?.items ?? [])[0]?.label ?? '(none)',
    }));
    await withTimeout(done, TIMEOUT_MS, `publishDiagnostics for ${expected} documents (got ${published.size})`);
    const allMs = msSince(t0);
    const { rss, peak } = memory(child.pid!);
    const fc = await firstCompletion;
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const settled = memory(child.pid!).rss;
    // Then typing: the 100-page document opened and edited EDITS times, each
    // edit followed by a request that parses it (as the outline does).
    let editRow: Row | undefined;
    if (edited) {
      const uri = pathToUri(edited.file);
      send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'vbhc', version: 1, text: edited.doc.text } } });
      const line = edited.doc.middleParagraphLine;
      const te = process.hrtime.bigint();
      for (let i = 0; i < EDITS; i++) {
        send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: i + 2 }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }] } });
        await withTimeout(request('textDocument/documentSymbol', { textDocument: { uri } }), 30_000, 'documentSymbol');
      }
      const editMs = msSince(te);
      const after = memory(child.pid!);
      editRow = { id: 'server.rss.edits', group, label: `server RSS after ${EDITS} edits of a 100-page document`, status: 'ok', unit: 'MB', value: after.rss, note: `not judged; peak (VmHWM) ${after.peak.toFixed(0)} MB; ${(editMs / EDITS).toFixed(1)} ms an edit (didChange + documentSymbol)` };
    }
    await withTimeout(request('shutdown', null), 10_000, 'shutdown').catch(() => undefined);
    send({ method: 'exit' });
    return [
      { id: 'server.index.1000', group, label: 'server: initialized → diagnostics of 1,000 documents published', status: 'ok', unit: 'ms', value: allMs, note: `files read after ${indexedAt?.toFixed(0) ?? '?'} ms; the server yields between documents; ${build}` },
      { id: 'server.rss.1000', group, label: 'server RSS after indexing 1,000 documents', status: 'ok', unit: 'MB', value: rss, note: `VmRSS from /proc when the last diagnostics arrive; peak (VmHWM) ${peak.toFixed(0)} MB` },
      { id: 'server.rss.settled.1000', group, label: `server RSS after indexing 1,000 documents, then ${SETTLE_MS / 1000} s idle`, status: 'ok', unit: 'MB', value: settled, note: 'VmRSS from /proc; not judged: V8 gives back the heap the parsing grew once the server idles' },
      ...(editRow ? [editRow] : []),
      { id: 'server.first-completion', group, label: 'server: start → first completion answered (while indexing 1,000 documents)', status: 'ok', unit: 'ms', value: fc.ms, note: `not judged; ${fc.afterInit.toFixed(0)} ms after initialized; first item ${fc.first}` },
    ];
  } catch (e) {
    const why = `${(e as Error).message}${stderr ? `; stderr: ${stderr.trim().slice(0, 200)}` : ''}`;
    return [missing('server.index.1000', group, 'server: initialized → diagnostics of 1,000 documents published', 'failed', `failed: ${why}`), missing('server.rss.1000', group, 'server RSS after indexing 1,000 documents', 'failed', `failed: ${why}`, 'MB')];
  } finally {
    setTimeout(() => child.kill(), 2000).unref();
  }
}

/** Resident memory of a process now (VmRSS) and at its peak (VmHWM), in MB, from /proc. */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (key: string) => (Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) * 1024) / 1e6;
  return { rss: mb('VmRSS'), peak: mb('VmHWM') };
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    p.then((v) => { clearTimeout(t); resolve(v); }, (e) => { clearTimeout(t); reject(e); });
  });
}

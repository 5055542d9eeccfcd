// One LSP session against the BUILT server (dist/server.js) over stdio with
// real JSON-RPC, for the protocol tests: a temporary workspace with the given
// files, initialize/initialized, published diagnostics collected by URI.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

/** A published diagnostic, as much of it as the tests read. */
export interface PublishedDiagnostic {
  code: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** A running server and its workspace. */
export interface LspSession {
  conn: MessageConnection;
  proc: ChildProcess;
  /** The workspace folder. */
  dir: string;
  /** The initialize result. */
  init: { capabilities: Record<string, unknown> };
  /** Last diagnostics published for each URI. */
  published: Map<string, PublishedDiagnostic[]>;
  /** The file: URI of a workspace file. */
  uriOf(name: string): string;
  /** Polls until `fn` returns something other than undefined (a loaded machine may take a while). */
  waitFor<T>(fn: () => T | undefined, ms?: number): Promise<T>;
  /** Shuts the server down and deletes the workspace. */
  close(): Promise<void>;
}

/** What the client side declares. */
export interface SessionOptions {
  files?: Record<string, string>;
  capabilities?: Record<string, unknown>;
  initializationOptions?: unknown;
  /** Answers `workspace/configuration` (one value per requested item). */
  configuration?: () => unknown;
  /** Delays that answer, as a busy editor may. */
  configurationDelayMs?: number;
}

const SERVER = join(process.cwd(), 'dist/server.js');
const WAIT_MS = 30000;
const POLL_MS = 50;

/** Starts the built server on a fresh temporary workspace. */
export async function startLspSession(options: SessionOptions = {}): Promise<LspSession> {
  assert.ok(existsSync(SERVER), 'dist/server.js must be built (npm test builds it)');
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-lsp-'));
  for (const [name, text] of Object.entries(options.files ?? {})) writeFileSync(join(dir, name), text);
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published = new Map<string, PublishedDiagnostic[]>();
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: PublishedDiagnostic[] }) => published.set(p.uri, p.diagnostics));
  conn.onNotification('window/logMessage', () => undefined);
  conn.onRequest('workspace/configuration', async (p: { items: unknown[] }) => {
    if (options.configurationDelayMs) await new Promise((r) => setTimeout(r, options.configurationDelayMs));
    return p.items.map(() => options.configuration?.() ?? null);
  });
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  const folder = pathToFileURL(dir).href;
  const init = (await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folder,
    workspaceFolders: [{ uri: folder, name: 'ws' }],
    capabilities: options.capabilities ?? {},
    initializationOptions: options.initializationOptions,
  })) as LspSession['init'];
  await conn.sendNotification('initialized', {});
  return {
    conn,
    proc,
    dir,
    init,
    published,
    uriOf: (name) => pathToFileURL(join(dir, name)).href,
    async waitFor<T>(fn: () => T | undefined, ms = WAIT_MS): Promise<T> {
      const t0 = Date.now();
      for (;;) {
        const v = fn();
        if (v !== undefined) return v;
        if (Date.now() - t0 > ms) throw new Error('timed out');
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    },
    async close() {
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await conn.sendNotification('exit');
      } catch {
        /* already gone */
      }
      conn.dispose();
      proc.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

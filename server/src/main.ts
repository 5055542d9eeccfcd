/**
 * Process entry of the vbhc language server. Runs over IPC when started by
 * the VS Code client and over stdio with `node dist/server.js --stdio`.
 */
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { FramingRepair, LifecycleGuard } from './lsp-guard';
import { MessageCounter } from './lsp/give-way';
import { createNodeFileSystem, replacedBytesMessage } from './node-fs';
import { startServer } from './server';
import { tuneHeapForServerStart } from './heap';

tuneHeapForServerStart();

/** Counts the messages handled, so that reading the workspace gives way to them (lsp/give-way.ts). */
const messages = new MessageCounter();

/** Over stdio any client talks to the server: unreadable headers are skipped and the protocol's life cycle kept (lsp-guard.ts). */
function stdioConnection(): Connection {
  let connection: Connection | undefined;
  const log = (line: string) => (guard.initialized && connection ? connection.console.error(line) : process.stderr.write(line + '\n'));
  const input = new FramingRepair((why) => log(`vbhc: skipped ${why}`));
  process.stdin.pipe(input);
  const writer = new StreamMessageWriter(process.stdout);
  const guard = new LifecycleGuard(new StreamMessageReader(input), writer, log);
  connection = createConnection(ProposedFeatures.all, guard, writer, { messageStrategy: messages });
  const end = () => process.exit(guard.shutdownReceived ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  return connection;
}

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all, { messageStrategy: messages });
console.log = connection.console.log.bind(connection.console);
console.error = connection.console.error.bind(connection.console);
process.on('unhandledRejection', (e) => connection.console.error(`vbhc: unhandled rejection: ${(e as Error)?.stack ?? e}`));
startServer(connection, {
  fs: createNodeFileSystem((file, read) => connection.console.warn(`vbhc: ${replacedBytesMessage(file, read).en}`)),
  messagesHandled: () => messages.handled,
});

/**
 * Process entry of the vbhc language server. Runs over IPC when started by
 * the VS Code client and over stdio with `node dist/server.js --stdio`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createNodeFileSystem, replacedBytesMessage } from './node-fs';
import { startServer } from './server';
import { tuneHeapForServer } from './heap';

tuneHeapForServer();

const connection = createConnection(ProposedFeatures.all);
console.log = connection.console.log.bind(connection.console);
console.error = connection.console.error.bind(connection.console);
process.on('unhandledRejection', (e) => connection.console.error(`vbhc: unhandled rejection: ${(e as Error)?.stack ?? e}`));
startServer(connection, { fs: createNodeFileSystem((file, read) => connection.console.warn(`vbhc: ${replacedBytesMessage(file, read).en}`)) });

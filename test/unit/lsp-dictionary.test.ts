// "Thêm vào từ điển" over the real protocol: the spelling finding's code
// action runs the client command `vbhc.addToDictionary` with the word (no
// edit to the document); once the settings list the word (which that command
// does in VS Code), the server re-checks and the finding is gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLspSession, type LspSession } from './lsp-session';
import { docWith } from '../support/style-testkit';

let lsp: LspSession;
let dictionary: string[] = [];

before(async () => {
  lsp = await startLspSession({
    files: { 'a.vbhc.md': docWith('Xã trồng cây mắcca trên đất đồi.') },
    capabilities: { workspace: { configuration: true } },
    configuration: () => ({ dictionary }),
  });
});

after(async () => {
  await lsp?.close();
});

const spelling = () => (lsp.published.get(lsp.uriOf('a.vbhc.md')) ?? []).filter((d) => d.code === 'style.spelling');

test('the finding offers "Thêm “mắcca” vào từ điển", a command with the word and no edit', async () => {
  const [d] = await lsp.waitFor(() => (spelling().length ? spelling() : undefined));
  const actions = (await lsp.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri: lsp.uriOf('a.vbhc.md') },
    range: d.range,
    context: { diagnostics: [d] },
  })) as { title: string; edit?: unknown; command?: { command: string; arguments: unknown[] } }[];
  const add = actions.find((a) => a.title === 'Thêm “mắcca” vào từ điển');
  assert.ok(add, actions.map((a) => a.title).join(' | '));
  assert.deepEqual(add.command, { title: 'Thêm “mắcca” vào từ điển', command: 'vbhc.addToDictionary', arguments: ['mắcca'] });
  assert.equal(add.edit, undefined);
});

test('with the word in vbhc.dictionary the server re-checks and the finding is gone', async () => {
  dictionary = ['mắcca'];
  await lsp.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await lsp.waitFor(() => (spelling().length === 0 ? true : undefined));
});

// The server takes the `dictionary` and `abbreviations` of the workspace's
// .vbhc.yaml as `vbhc check` does, added to the editor's vbhc.dictionary and
// vbhc.abbreviations, and follows a change of the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLspSession } from './lsp-session';
import { abbreviationsWithProject, dictionaryWithProject } from '../../server/src/project-config';
import { docWith } from '../support/style-testkit';

const BODY = 'Xã trồng cây mắcca và cây sachi; đoàn KTNB làm việc với xã';

test('.vbhc.yaml dictionary and abbreviations count in the editor, with the settings, and a change of the file is followed', async (t) => {
  const s = await startLspSession({
    files: { 'a.vbhc.md': docWith(BODY), '.vbhc.yaml': 'dictionary:\n  - mắcca\nabbreviations:\n  - KTNB\n' },
    capabilities: { workspace: { configuration: true } },
    // The editor's own list holds another word: both lists count.
    configuration: () => ({ dictionary: ['sachi'] }),
  });
  t.after(() => s.close());
  const uri = s.uriOf('a.vbhc.md');
  const styleFindings = () => {
    const d = s.published.get(uri);
    return d ? d.filter((x) => x.code === 'style.spelling' || x.code === 'style.abbreviation').map((x) => `${x.code} ${/[“"]([^”"]+)[”"]/.exec(x.message)?.[1] ?? ''}`) : undefined;
  };
  await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vbhc', version: 1, text: docWith(BODY) } });
  assert.deepEqual(await s.waitFor(styleFindings), []);

  // The file no longer lists them: the findings come back once the change is reported.
  writeFileSync(join(s.dir, '.vbhc.yaml'), 'language: vi\n');
  await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: s.uriOf('.vbhc.yaml'), type: 2 }] });
  const back = await s.waitFor(() => {
    const f = styleFindings();
    return f && f.length === 2 ? f : undefined;
  });
  assert.deepEqual(back.sort(), ['style.abbreviation KTNB', 'style.spelling mắcca']);
});

test('dictionaryWithProject: both lists, once each; a value that is no list leaves the other', () => {
  assert.deepEqual(dictionaryWithProject(['a', 'b'], ['b', 'c']), ['a', 'b', 'c']);
  assert.deepEqual(dictionaryWithProject(undefined, ['c']), ['c']);
  assert.deepEqual(dictionaryWithProject(['a'], 'rác'), ['a']);
});

test('abbreviationsWithProject: map or list; the file spells out where it does, the editor where only it does', () => {
  assert.deepEqual(abbreviationsWithProject({ TTHC: 'thủ tục hành chính', CCHC: 'cải cách hành chính' }, ['TTHC', 'KTNB']), {
    TTHC: 'thủ tục hành chính',
    CCHC: 'cải cách hành chính',
    KTNB: '',
  });
  assert.deepEqual(abbreviationsWithProject({ TTHC: 'cũ' }, { TTHC: 'thủ tục hành chính' }), { TTHC: 'thủ tục hành chính' });
  assert.deepEqual(abbreviationsWithProject({ TTHC: 'x' }, undefined), { TTHC: 'x' });
  assert.deepEqual(abbreviationsWithProject(undefined, ['KTNB']), { KTNB: '' });
});

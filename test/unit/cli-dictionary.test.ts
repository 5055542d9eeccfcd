/** `.vbhc.yaml` `dictionary:` — the CLI's spelling check accepts the listed words and still reports the others. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMain, tempFolder } from './cli-run';
import { docWith } from '../support/style-testkit';

test('.vbhc.yaml dictionary: its words are accepted by style.spelling, other typos still reported', async (t) => {
  const dir = tempFolder(t, 'vbhc-dict-');
  writeFileSync(join(dir, 'a.vbhc.md'), docWith('Cây mắcca được trồng ở xã; cán bộ làm ngiệp vụ.'));
  const spelling = async () => {
    const r = await runMain(['check', '--format', 'json', 'a.vbhc.md'], dir);
    return (JSON.parse(r.stdout) as { diagnostics: { code: string; message: string }[] }[])[0].diagnostics.filter((d) => d.code === 'style.spelling').map((d) => d.message.split('”')[0].slice(1));
  };
  assert.deepEqual(await spelling(), ['mắcca', 'ngiệp']);
  writeFileSync(join(dir, '.vbhc.yaml'), 'dictionary:\n  - Mắcca\n');
  assert.deepEqual(await spelling(), ['ngiệp']);
});

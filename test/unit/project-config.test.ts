// `.vbhc.yaml` is read like every other input: a regular file within a size
// cap, in an encoding vbhc reads; a file too large or unreadable is a one-line
// input error (exit 2), never read whole or hung on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_CONFIG_BYTES, readProjectConfig, ProjectConfigError } from '../../server/src/project-config';
import { runMain, tempFolder } from './cli-run';

const DOC = '---\nloai: BC\n---\n\nNgày 31/02/2025 Sở triển khai kế hoạch./.\n';

test(`a .vbhc.yaml over ${MAX_CONFIG_BYTES} bytes is refused with one line and exit 2`, async (t) => {
  const dir = tempFolder(t, 'vbhc-cfg-');
  // A valid YAML comment padded past the cap: only the size makes it wrong.
  writeFileSync(join(dir, '.vbhc.yaml'), 'language: en\n' + '# ghi chú\n'.repeat(MAX_CONFIG_BYTES / 8));
  writeFileSync(join(dir, 'a.vbhc.md'), DOC);
  const r = await runMain(['check', 'a.vbhc.md'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /\.vbhc\.yaml" lớn hơn 1 MB, không đọc/);
  await assert.rejects(readProjectConfig(dir), ProjectConfigError);
});

test('a .vbhc.yaml just under the cap is read, and one in UTF-16 is decoded', async (t) => {
  const dir = tempFolder(t, 'vbhc-cfg-');
  writeFileSync(join(dir, '.vbhc.yaml'), 'language: en\n' + '#\n'.repeat((MAX_CONFIG_BYTES - 100) / 2));
  assert.equal((await readProjectConfig(dir)).settings.language, 'en');
  writeFileSync(join(dir, 'a.vbhc.md'), DOC);
  assert.match((await runMain(['check', 'a.vbhc.md'], dir)).stdout, /does not exist/);
  writeFileSync(join(dir, '.vbhc.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('language: en\n', 'utf16le')]));
  assert.equal((await readProjectConfig(dir)).settings.language, 'en');
});

test('invalid YAML in .vbhc.yaml stays a one-line input error naming the file', async (t) => {
  const dir = tempFolder(t, 'vbhc-cfg-');
  writeFileSync(join(dir, '.vbhc.yaml'), 'layout: [\n');
  writeFileSync(join(dir, 'a.vbhc.md'), DOC);
  const r = await runMain(['check', 'a.vbhc.md'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /\.vbhc\.yaml: YAML không hợp lệ \/ invalid YAML/);
});

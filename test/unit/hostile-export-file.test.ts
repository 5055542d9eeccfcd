// Export writes never leave a half-written or clobbered file: simulated
// failures in the middle of the write, at the rename, a file locked by Word
// (EBUSY/EPERM), a read-only target and a missing folder each give a clear
// error in both languages, keep the old file byte for byte and leave no
// temporary file behind. (The plain cases have tests beside export-file.ts;
// these add the failures that need the file system to misbehave.)
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, promises as fsp, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExportFileError, writeFileAtomic } from '../../server/src/export-file';

const OLD = Buffer.from('PK old .docx bytes the user must not lose');
const NEW = Buffer.alloc(256 * 1024, 7);

function folderWithOldFile(): { dir: string; target: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-hostile-export-'));
  const target = join(dir, 'bao-cao.docx');
  writeFileSync(target, OLD);
  return { dir, target };
}

/** Replaces a method of `fs.promises` for one test (export-file.ts uses the same object). */
function patch<K extends 'writeFile' | 'rename'>(t: TestContext, name: K, impl: (typeof fsp)[K]): void {
  const original = fsp[name];
  (fsp as unknown as Record<string, unknown>)[name] = impl;
  t.after(() => {
    (fsp as unknown as Record<string, unknown>)[name] = original;
  });
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

function assertIntact(dir: string, target: string): void {
  assert.deepEqual(readFileSync(target), OLD, 'the old file is byte for byte the same');
  assert.deepEqual(readdirSync(dir), ['bao-cao.docx'], 'no temporary file is left behind');
}

async function rejectsWith(p: Promise<unknown>, code: ExportFileError['code'], target: string): Promise<ExportFileError> {
  const e = await p.then(
    () => assert.fail('the write should fail'),
    (x: unknown) => x,
  );
  assert.ok(e instanceof ExportFileError, `an ExportFileError, got ${String(e)}`);
  assert.equal(e.code, code);
  assert.ok(e.vi.includes(target) && e.en.includes(target), 'both messages name the file');
  assert.ok(!/\bat\s.+:\d+:\d+/.test(e.message), 'no stack trace in the message');
  return e;
}

test('a failure halfway through writing (disk error after half the bytes) keeps the old file and removes the partial temporary file', async (t) => {
  const { dir, target } = folderWithOldFile();
  const realWrite = fsp.writeFile;
  patch(t, 'writeFile', (async (file: Parameters<typeof fsp.writeFile>[0], data: Parameters<typeof fsp.writeFile>[1], opts?: Parameters<typeof fsp.writeFile>[2]) => {
    const bytes = data as Uint8Array;
    await realWrite(file, bytes.subarray(0, bytes.length >> 1), opts);
    throw errno('EIO');
  }) as typeof fsp.writeFile);
  await rejectsWith(writeFileAtomic(target, NEW), 'write-failed', target);
  assertIntact(dir, target);
});

test('a full disk (ENOSPC) says so in both languages and keeps the old file', async (t) => {
  const { dir, target } = folderWithOldFile();
  patch(t, 'writeFile', (async () => {
    throw errno('ENOSPC');
  }) as typeof fsp.writeFile);
  const e = await rejectsWith(writeFileAtomic(target, NEW), 'write-failed', target);
  assert.match(e.vi, /đầy/);
  assert.match(e.en, /full/);
  assertIntact(dir, target);
});

for (const [code, expected] of [
  ['EBUSY', 'locked'],
  ['EPERM', 'locked'],
  ['EACCES', 'read-only'],
] as const) {
  test(`a target Word keeps open (${code} at the rename) gives a "${expected}" error, the old file and no temporary file`, async (t) => {
    const { dir, target } = folderWithOldFile();
    patch(t, 'rename', (async () => {
      throw errno(code);
    }) as typeof fsp.rename);
    const e = await rejectsWith(writeFileAtomic(target, NEW), expected, target);
    if (expected === 'locked') assert.match(e.vi, /Word|khóa|đang/);
    assertIntact(dir, target);
  });
}

test('the new bytes are complete in the temporary file before the rename, and the target still holds the old bytes until then', async (t) => {
  const { dir, target } = folderWithOldFile();
  const realRename = fsp.rename;
  let checked = false;
  patch(t, 'rename', (async (from: string, to: string) => {
    assert.equal(to, target);
    assert.notEqual(from, target);
    assert.equal(join(from, '..'), dir, 'the temporary file is in the same folder (same file system, so the rename is atomic)');
    assert.deepEqual(readFileSync(from), NEW, 'the temporary file is complete');
    assert.deepEqual(readFileSync(target), OLD, 'the target is untouched until the rename');
    checked = true;
    await realRename(from, to);
  }) as typeof fsp.rename);
  await writeFileAtomic(target, NEW);
  assert.ok(checked);
  assert.deepEqual(readFileSync(target), NEW);
  assert.deepEqual(readdirSync(dir), ['bao-cao.docx']);
});

test('a read-only target (no write bit) is refused before anything is written', async (t) => {
  const { dir, target } = folderWithOldFile();
  chmodSync(target, 0o444);
  t.after(() => chmodSync(target, 0o644));
  let wrote = false;
  const realWrite = fsp.writeFile;
  patch(t, 'writeFile', (async (...args: Parameters<typeof fsp.writeFile>) => {
    wrote = true;
    return realWrite(...args);
  }) as typeof fsp.writeFile);
  await rejectsWith(writeFileAtomic(target, NEW), 'read-only', target);
  assert.equal(wrote, false);
  assertIntact(dir, target);
});

test('a target whose folder is missing gives a "no-folder" error and creates nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-hostile-export-'));
  const target = join(dir, 'khong-co', 'bao-cao.docx');
  const e = await rejectsWith(writeFileAtomic(target, NEW), 'no-folder', target);
  assert.match(e.vi, /thư mục không tồn tại/);
  assert.deepEqual(readdirSync(dir), []);
});

test('two exports racing to the same target both finish with one complete file and no temporary files', async () => {
  const { dir, target } = folderWithOldFile();
  const a = Buffer.alloc(128 * 1024, 1);
  const b = Buffer.alloc(128 * 1024, 2);
  await Promise.all([writeFileAtomic(target, a), writeFileAtomic(target, b)]);
  const final = readFileSync(target);
  assert.ok(final.equals(a) || final.equals(b), 'the file is one of the two, never a mix');
  assert.deepEqual(readdirSync(dir), ['bao-cao.docx']);
});

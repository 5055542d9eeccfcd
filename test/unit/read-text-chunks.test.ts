/**
 * readTextFile on a file whose size says less than it holds (a /proc file
 * says 0; a file may grow after it is opened): every byte is read, in a few
 * reads of many bytes rather than one read a byte.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, type Stats } from 'node:fs';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTextFile } from '../../server/src/read-text';

type FileHandle = Awaited<ReturnType<typeof fsp.open>>;

/** Runs `body` with every file handle's stat saying size 0 and its reads counted. */
async function withSizeZeroAndCountedReads<T>(body: (reads: () => number) => Promise<T>): Promise<T> {
  const probe = await fsp.open(__filename, 'r');
  const proto = Object.getPrototypeOf(probe) as FileHandle;
  await probe.close();
  const { stat, read } = proto;
  let count = 0;
  proto.stat = async function (this: FileHandle, ...args: Parameters<FileHandle['stat']>) {
    const st = (await stat.apply(this, args)) as Stats;
    return Object.assign(Object.create(Object.getPrototypeOf(st)) as Stats, st, { size: 0 });
  } as FileHandle['stat'];
  proto.read = function (this: FileHandle, ...args: unknown[]) {
    count++;
    return (read as (...a: unknown[]) => ReturnType<FileHandle['read']>).apply(this, args);
  } as FileHandle['read'];
  try {
    return await body(() => count);
  } finally {
    proto.stat = stat;
    proto.read = read;
  }
}

test('a file whose size says 0 is read whole, a few tens of kilobytes a read', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-read-chunks-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // About 200 KB of Vietnamese text: letters of two and three bytes and a four-byte emoji cross every chunk boundary.
  const line = 'Sở Tư pháp đề nghị các phòng, ban rà soát văn bản trước ngày 15/3 🙂 và báo cáo kết quả.\n';
  const text = line.repeat(Math.ceil(200_000 / Buffer.byteLength(line)));
  const file = join(dir, 'dai.vbhc.md');
  writeFileSync(file, text);
  const { read, reads } = await withSizeZeroAndCountedReads(async (reads) => ({ read: await readTextFile(file), reads: reads() }));
  assert.equal(read.replaced, 0);
  assert.ok(read.text === text, 'the text read is the text written');
  // One byte to find that the size was wrong, then 64 KB reads, then the read that finds the end.
  assert.ok(reads <= 2 + Math.ceil(Buffer.byteLength(text) / 65536), `${reads} reads`);
});

test('a file whose size says 0 still stops at the cap', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-read-chunks-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'lon.vbhc.md');
  writeFileSync(file, 'a'.repeat(100_000));
  await withSizeZeroAndCountedReads(async () => {
    await assert.rejects(readTextFile(file, 99_999), /100000|larger than|lớn hơn/);
    assert.equal((await readTextFile(file, 100_000)).text.length, 100_000);
  });
});

test('a /proc file of a few kilobytes is read whole', { skip: existsSync('/proc/self/mountinfo') ? false : 'no /proc here' }, async () => {
  const expected = readFileSync('/proc/self/mountinfo', 'utf8');
  assert.equal((await readTextFile('/proc/self/mountinfo')).text, expected);
});

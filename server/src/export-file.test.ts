/** Atomic writes, read-only and locked targets, and the missing-LibreOffice message. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertDocxToPdf, ExportFileError, findSoffice, noLibreOfficeError, writeFileAtomic } from './export-file';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'vbhc-export-file-'));
}

test('writeFileAtomic writes a new file and replaces an old one, leaving no temporary file behind', async () => {
  const dir = tempDir();
  try {
    const target = join(dir, 'bao-cao.docx');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    assert.deepEqual([...readFileSync(target)], [1, 2, 3]);
    await writeFileAtomic(target, 'mới');
    assert.equal(readFileSync(target, 'utf8'), 'mới');
    assert.deepEqual(readdirSync(dir), ['bao-cao.docx']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a read-only target gives a clear Vietnamese/English error and keeps the old file intact', async () => {
  const dir = tempDir();
  const target = join(dir, 'bao-cao.docx');
  try {
    writeFileSync(target, 'bản cũ');
    chmodSync(target, 0o444);
    await assert.rejects(writeFileAtomic(target, 'bản mới'), (e: unknown) => {
      assert.ok(e instanceof ExportFileError);
      assert.equal(e.code, 'read-only');
      assert.match(e.vi, /chỉ đọc/);
      assert.match(e.en, /read-only/);
      assert.ok(e.vi.includes(target));
      return true;
    });
    assert.equal(readFileSync(target, 'utf8'), 'bản cũ');
    assert.deepEqual(readdirSync(dir), ['bao-cao.docx']);
  } finally {
    chmodSync(target, 0o644);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a target that cannot be replaced (a folder of that name) is reported and left as it was', async () => {
  const dir = tempDir();
  const target = join(dir, 'bao-cao.docx');
  try {
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'x');
    await assert.rejects(writeFileAtomic(target, 'y'), (e: unknown) => e instanceof ExportFileError && /thư mục/.test(e.vi) && /folder/.test(e.en));
    assert.equal(readFileSync(join(target, 'inside.txt'), 'utf8'), 'x');
    assert.deepEqual(readdirSync(dir), ['bao-cao.docx']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing folder is reported in both languages', async () => {
  const dir = tempDir();
  try {
    await assert.rejects(writeFileAtomic(join(dir, 'khong-co', 'a.docx'), 'y'), (e: unknown) => e instanceof ExportFileError && e.code === 'no-folder');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a LibreOffice path that does not exist is not found, and the PDF export says how to install it', async () => {
  assert.equal(await findSoffice('/khong/co/soffice'), undefined);
  const dir = tempDir();
  try {
    await assert.rejects(convertDocxToPdf(new Uint8Array([1]), join(dir, 'a.pdf'), { sofficePath: '/khong/co/soffice' }), (e: unknown) => {
      assert.ok(e instanceof ExportFileError);
      assert.equal(e.code, 'no-libreoffice');
      assert.match(e.vi, /Cài LibreOffice/);
      assert.match(e.vi, /vbhc\.libreOfficePath/);
      assert.match(e.en, /Install LibreOffice/);
      return true;
    });
    assert.deepEqual(readdirSync(dir), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('soffice is found on PATH when it is there', async () => {
  const dir = tempDir();
  try {
    const fake = join(dir, 'soffice');
    writeFileSync(fake, '#!/bin/sh\nexit 0\n');
    chmodSync(fake, 0o755);
    assert.equal(await findSoffice(undefined, dir), fake);
    assert.equal(await findSoffice(fake), fake);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a LibreOffice that produces no PDF is reported, and no output file appears', async () => {
  const dir = tempDir();
  try {
    const fake = join(dir, 'soffice');
    writeFileSync(fake, '#!/bin/sh\necho "convert failed" >&2\nexit 1\n');
    chmodSync(fake, 0o755);
    await assert.rejects(convertDocxToPdf(new Uint8Array([1]), join(dir, 'a.pdf'), { sofficePath: fake }), (e: unknown) => e instanceof ExportFileError && e.code === 'pdf-failed' && /convert failed/.test(e.vi));
    assert.deepEqual(readdirSync(dir), ['soffice']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the install message names the path that was given', () => {
  assert.match(noLibreOfficeError('C:\\LO\\soffice.exe').vi, /C:\\LO\\soffice\.exe/);
});

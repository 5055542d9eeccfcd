/**
 * The one place the server and the CLI read a file's text (documents,
 * catalogs): only regular files — a pipe would hang the reader and a device
 * such as /dev/zero never ends — and at most MAX_READ_BYTES. Text in UTF-8
 * (with or without BOM) is read as it is; UTF-16 and UTF-32 with a BOM are
 * decoded; UTF-16 without a BOM is refused with a plain message. Bytes that
 * are not valid UTF-8 become U+FFFD, and the result says how many and on
 * which line the first one is, so the caller can report them.
 */
import { isUtf8 } from 'node:buffer';
import { constants as fsConstants, promises as fsp } from 'node:fs';

/** Largest file read at all (bytes). Documents and catalogs are far smaller. */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/** How much is asked of each read once a file has proved longer than its size said (a /proc file says 0). */
const READ_PAST_SIZE_BYTES = 64 * 1024;

/** A file that is not read, with a message in both languages. */
export class ReadTextError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
    readonly code: 'not-a-file' | 'too-large' | 'unsupported-encoding',
  ) {
    super(`${vi} / ${en}`);
  }
}

/** Encodings a file is read in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** A file's text and how it was read. */
export interface ReadText {
  text: string;
  encoding: TextEncodingName;
  /** Characters replaced by U+FFFD because their bytes were not valid in the encoding. */
  replaced: number;
  /** 1-based line of the first replaced character (when `replaced` > 0). */
  firstReplacedLine?: number;
}

/** Reads a regular file of at most `maxBytes` and decodes it (see the module comment). */
export async function readTextFile(file: string, maxBytes = MAX_READ_BYTES): Promise<ReadText> {
  // O_NONBLOCK: opening a pipe for reading would otherwise wait for a writer.
  const handle = await fsp.open(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  let bytes: Buffer;
  try {
    const st = await handle.stat();
    if (!st.isFile()) {
      throw new ReadTextError(`"${file}" không phải là tệp thường (thiết bị, ống dẫn…), không đọc`, `"${file}" is not a regular file (a device, a pipe…); not read`, 'not-a-file');
    }
    if (st.size > maxBytes) throw tooLarge(file, maxBytes);
    // Read to the end, whatever the size said (a file may grow, /proc files say 0), never past the cap. The first
    // read asks for the whole size and one byte more: a document comes in one read, with no chunks to copy together
    // (a 2.7 MB file in 1 MB chunks took ≈ 15 ms more, most of it touching the memory of the copy). Past the size
    // said, one byte tells the end; if more comes, the rest is read READ_PAST_SIZE_BYTES at a time (a byte a read
    // made a /proc file of a few kilobytes thousands of calls), each chunk copied out of one scratch buffer so that
    // a short read keeps no large buffer alive.
    const chunks: Buffer[] = [];
    let total = 0;
    let scratch: Buffer | undefined;
    for (;;) {
      const room = maxBytes + 1 - total;
      const past = total > st.size;
      const chunk = past ? (scratch ??= Buffer.allocUnsafe(READ_PAST_SIZE_BYTES)) : Buffer.allocUnsafe(Math.min(st.size - total + 1, room));
      const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, room), null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(file, maxBytes);
      chunks.push(past ? Buffer.from(chunk.subarray(0, bytesRead)) : chunk.subarray(0, bytesRead));
    }
    bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
  return decodeText(bytes, file);
}

function tooLarge(file: string, maxBytes: number): ReadTextError {
  const mb = Math.round(maxBytes / (1024 * 1024));
  return new ReadTextError(`"${file}" lớn hơn ${mb} MB, không đọc`, `"${file}" is larger than ${mb} MB; not read`, 'too-large');
}

/** Decodes a file's bytes: BOM first, then UTF-8 (see the module comment). */
export function decodeText(bytes: Uint8Array, file = ''): ReadText {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return decodeUtf32(b.subarray(4), true);
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return decodeUtf32(b.subarray(4), false);
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return decodeUtf16(b, 'utf-16le');
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return decodeUtf16(b, 'utf-16be');
  if (looksUtf16(b)) {
    throw new ReadTextError(
      `"${file}" có vẻ ở mã UTF-16 không có BOM, vbhc không đọc được: hãy lưu lại tệp ở mã UTF-8`,
      `"${file}" looks like UTF-16 without a byte order mark, which vbhc cannot read: save the file as UTF-8`,
      'unsupported-encoding',
    );
  }
  // The BOM is kept: the document model drops it and counts no column for it.
  const text = b.toString('utf8');
  if (isUtf8(b)) return { text, encoding: 'utf-8', replaced: 0 };
  const bad = firstInvalidUtf8(b);
  let line = 1;
  for (let i = b.indexOf(0x0a); i >= 0 && i < bad; i = b.indexOf(0x0a, i + 1)) line++;
  return { text, encoding: 'utf-8', replaced: count(text, '\ufffd') - countBytes(b, REPLACEMENT_UTF8), firstReplacedLine: line };
}

const REPLACEMENT_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (Unicode table 3-7), or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** UTF-16 with its BOM (kept, as in UTF-8); a lone surrogate or a dangling byte becomes U+FFFD. */
function decodeUtf16(b: Buffer, encoding: 'utf-16le' | 'utf-16be'): ReadText {
  const even = b.subarray(0, b.length & ~1);
  const units = encoding === 'utf-16le' ? even : Buffer.from(even).swap16();
  let text = units.toString('utf16le');
  let replaced = 0;
  let first = -1;
  text = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (_m, offset: number) => {
    replaced++;
    if (first < 0) first = offset;
    return '\ufffd';
  });
  if (b.length % 2 === 1) {
    replaced++;
    if (first < 0) first = text.length;
    text += '\ufffd';
  }
  if (replaced === 0) return { text, encoding, replaced };
  return { text, encoding, replaced, firstReplacedLine: count(text.slice(0, first), '\n') + 1 };
}

function count(text: string, c: string): number {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
}

function countBytes(b: Buffer, needle: Buffer): number {
  let n = 0;
  for (let i = b.indexOf(needle); i >= 0; i = b.indexOf(needle, i + 1)) n++;
  return n;
}

/** UTF-16 without BOM: in the first 4 KB, NUL bytes at most even or most odd positions, hardly any at the others. */
function looksUtf16(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return false;
  // Text in UTF-8 has no zero byte: one native search settles almost every file.
  if (b.subarray(0, n).indexOf(0) < 0) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const half = n / 2;
  return (even > 0.3 * half && odd < 0.05 * half) || (odd > 0.3 * half && even < 0.05 * half);
}

function decodeUtf32(b: Uint8Array, little: boolean): ReadText {
  const parts: string[] = [];
  let replaced = 0;
  let firstReplacedLine: number | undefined;
  let line = 1;
  const view = new DataView(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < b.length; i += 4) {
    const cp = i + 4 <= b.length ? view.getUint32(i, little) : -1;
    const valid = cp >= 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
    if (!valid) {
      replaced++;
      firstReplacedLine ??= line;
    }
    if (cp === 0x0a) line++;
    parts.push(valid ? String.fromCodePoint(cp) : '\ufffd');
  }
  return { text: parts.join(''), encoding: little ? 'utf-32le' : 'utf-32be', replaced, firstReplacedLine };
}

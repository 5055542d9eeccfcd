/**
 * The one writer of exported files, used by the CLI (`vbhc export`) and,
 * through the language server's `vbhc/exportFile` request, by the VS Code
 * client: writing files atomically and converting .docx to PDF with
 * LibreOffice, with the same guards and the same messages for both. No
 * layout logic here (that is service/export/).
 *
 * Atomic write: the bytes go to a temporary file in the target's folder,
 * then a rename replaces the target in one step, so a failure never leaves a
 * half-written or clobbered file. A read-only or locked target is reported
 * with a clear Vietnamese/English message and left untouched.
 *
 * What may be replaced: only a regular file or a new path. A device, a pipe
 * or a socket at the target is refused (as root, `-o /dev/null` would
 * otherwise replace /dev/null); a symbolic link is written through — the
 * file it points to is replaced and the link kept — and a link to nothing is
 * refused. The document being exported is never replaced, whatever path
 * names it (a symlinked folder, another letter case, a hard link): the
 * target is compared by device and inode. A replaced file keeps its mode.
 */
import { promises as fsp, constants as fsConstants, type BigIntStats } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CancellationToken, VbhcLanguageService } from './service/index';

/** Why an export could not be written. */
export type ExportFileErrorCode = 'read-only' | 'locked' | 'no-folder' | 'write-failed' | 'no-libreoffice' | 'pdf-failed' | 'same-as-source' | 'not-a-file' | 'untrusted';

/** An expected export failure, with a message in both languages. */
export class ExportFileError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
    readonly code: ExportFileErrorCode,
  ) {
    super(`${vi} / ${en}`);
  }
}

/** Why a write failed, from the system error code. */
const WRITE_ERRORS: Record<string, (target: string) => ExportFileError> = {
  EACCES: (t) => new ExportFileError(`Không có quyền ghi "${t}" (tệp hoặc thư mục chỉ đọc). Chọn thư mục khác hoặc bỏ thuộc tính chỉ đọc.`, `No permission to write "${t}" (read-only file or folder). Choose another folder or clear the read-only flag.`, 'read-only'),
  EPERM: (t) => new ExportFileError(`Không ghi được "${t}": tệp đang mở trong chương trình khác (Word?) hoặc bị khóa. Đóng tệp rồi xuất lại.`, `Cannot write "${t}": the file is open in another program (Word?) or locked. Close it and export again.`, 'locked'),
  EBUSY: (t) => new ExportFileError(`Không ghi được "${t}": tệp đang được dùng (mở trong Word?). Đóng tệp rồi xuất lại.`, `Cannot write "${t}": the file is in use (open in Word?). Close it and export again.`, 'locked'),
  EROFS: (t) => new ExportFileError(`Không ghi được "${t}": ổ đĩa chỉ đọc.`, `Cannot write "${t}": the drive is read-only.`, 'read-only'),
  EISDIR: (t) => new ExportFileError(`Không ghi được "${t}": đã có một thư mục trùng tên.`, `Cannot write "${t}": a folder of that name exists.`, 'locked'),
  ENOENT: (t) => new ExportFileError(`Không ghi được "${t}": thư mục không tồn tại.`, `Cannot write "${t}": the folder does not exist.`, 'no-folder'),
  ENOTDIR: (t) => new ExportFileError(`Không ghi được "${t}": đường dẫn thư mục không hợp lệ.`, `Cannot write "${t}": the folder path is not a folder.`, 'no-folder'),
  ENOSPC: (t) => new ExportFileError(`Không ghi được "${t}": ổ đĩa đã đầy.`, `Cannot write "${t}": the disk is full.`, 'write-failed'),
  ENAMETOOLONG: (t) => new ExportFileError(`Không ghi được "${t}": tên tệp quá dài.`, `Cannot write "${t}": the file name is too long.`, 'write-failed'),
};

function writeError(target: string, e: unknown): ExportFileError {
  if (e instanceof ExportFileError) return e;
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  const make = WRITE_ERRORS[code];
  if (make) return make(target);
  const reason = (e as Error)?.message ?? String(e);
  return new ExportFileError(`Không ghi được "${target}": ${reason}`, `Cannot write "${target}": ${reason}`, 'write-failed');
}

function sameAsSourceError(target: string, source: string): ExportFileError {
  return new ExportFileError(
    `Không ghi được "${target}": đó chính là tệp nguồn "${source}". Chọn tên tệp xuất khác.`,
    `Cannot write "${target}": it is the source document "${source}" itself. Choose another output name.`,
    'same-as-source',
  );
}

function notAFileError(target: string, what: { vi: string; en: string }): ExportFileError {
  return new ExportFileError(
    `Không ghi được "${target}": ${what.vi}; chỉ ghi vào tệp thường hoặc tên tệp mới.`,
    `Cannot write "${target}": ${what.en}; only a regular file or a new name is written.`,
    'not-a-file',
  );
}

/** What the target is, in words, when it is not a regular file. */
function kindOf(st: BigIntStats): { vi: string; en: string } {
  if (st.isCharacterDevice() || st.isBlockDevice()) return { vi: 'đó là một thiết bị', en: 'it is a device' };
  if (st.isFIFO()) return { vi: 'đó là một ống dẫn (FIFO)', en: 'it is a pipe (FIFO)' };
  if (st.isSocket()) return { vi: 'đó là một socket', en: 'it is a socket' };
  return { vi: 'đó không phải là tệp thường', en: 'it is not a regular file' };
}

/** Options of a write. */
export interface WriteOptions {
  /** Files the write must never replace: the document being exported. */
  sources?: readonly string[];
  /** Create the target's folder when it is missing (an output folder of the settings); else a missing folder is an error. */
  makeFolder?: boolean;
}

/** Where a write lands: the path renamed onto, and the mode of the file it replaces. */
interface Destination {
  path: string;
  mode?: number;
}

const statOrUndefined = (p: string): Promise<BigIntStats | undefined> => fsp.stat(p, { bigint: true }).catch(() => undefined);

/**
 * Checks `target` before anything is written: where the bytes go (through a
 * symbolic link), that it is a regular file or a new path, writable, and not
 * one of `sources`. Throws an ExportFileError otherwise.
 */
export async function checkExportTarget(target: string, options: WriteOptions = {}): Promise<Destination> {
  let link;
  try {
    link = await fsp.lstat(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { path: target };
    throw writeError(target, e);
  }
  let dest = target;
  if (link.isSymbolicLink()) {
    try {
      dest = await fsp.realpath(target);
    } catch {
      throw notAFileError(target, { vi: 'đó là một liên kết tới tệp không tồn tại', en: 'it is a link to a file that does not exist' });
    }
  }
  let st: BigIntStats;
  try {
    st = await fsp.stat(dest, { bigint: true });
  } catch (e) {
    throw writeError(target, e);
  }
  if (st.isDirectory()) throw WRITE_ERRORS.EISDIR(target);
  if (!st.isFile()) throw notAFileError(target, kindOf(st));
  for (const source of options.sources ?? []) {
    const s = await statOrUndefined(source);
    // Inode 0 means the file system gives none: compare the resolved paths instead.
    const same = s && (st.ino !== 0n ? s.dev === st.dev && s.ino === st.ino : (await fsp.realpath(source).catch(() => source)) === dest);
    if (same) throw sameAsSourceError(target, source);
  }
  // Checked explicitly: a rename would replace a read-only file, and root ignores permissions.
  if ((st.mode & 0o222n) === 0n) throw WRITE_ERRORS.EACCES(target);
  try {
    await fsp.access(dest, fsConstants.W_OK);
  } catch (e) {
    throw writeError(target, e);
  }
  return { path: dest, mode: Number(st.mode & 0o7777n) };
}

/**
 * Writes `bytes` to `target` atomically (temporary file in the same folder,
 * then rename), after the checks of checkExportTarget. The temporary name is
 * short, so a target whose name has the longest length a file system allows
 * can be written.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array | string, options: WriteOptions = {}): Promise<void> {
  if (options.makeFolder) await fsp.mkdir(path.dirname(target), { recursive: true }).catch((e: unknown) => Promise.reject(writeError(target, e)));
  const dest = await checkExportTarget(target, options);
  // pid, time and a random part; 'wx' below refuses a name that exists. (No
  // crypto here: loading it costs every CLI export ≈ 2 ms.)
  const tmp = path.join(path.dirname(dest.path), `.vbhc-${process.pid.toString(36)}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    await fsp.writeFile(tmp, bytes, { flag: 'wx', mode: dest.mode ?? 0o666 });
    // The mode given to writeFile is narrowed by the umask; a replaced file keeps exactly its own.
    if (dest.mode !== undefined) await fsp.chmod(tmp, dest.mode);
    await fsp.rename(tmp, dest.path);
  } catch (e) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw writeError(target, e);
  }
}

/** Output formats and their file extensions. */
export const EXPORT_FORMATS = { docx: '.docx', html: '.html', pdf: '.pdf' } as const;

/** An output format. */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The document being exported, made on demand in the format asked for. */
export interface ExportSource {
  /** The standalone HTML page. */
  html(): string;
  /** The .docx bytes and notes about content that could not be rendered faithfully. */
  docx(): Promise<{ bytes: Uint8Array; notes: string[] }>;
}

/** A document of the language service as an export source. */
export function exportSource(service: Pick<VbhcLanguageService, 'renderHtml' | 'exportDocx'>, uri: string, token?: CancellationToken): ExportSource {
  return {
    // A standalone page: a fixed nonce is enough, nothing else may run in it.
    html: () => service.renderHtml(uri, { nonce: 'vbhc-export', scrollSync: false }),
    docx: () => service.exportDocx(uri, token),
  };
}

/**
 * Exports a document to `target` in `format`: the target is checked first
 * (nothing is made for a target that cannot be written), then the file is
 * written atomically; PDF goes through LibreOffice. Returns the notes.
 */
export async function writeExport(source: ExportSource, format: ExportFormat, target: string, options: PdfOptions = {}): Promise<{ notes: string[] }> {
  if (options.makeFolder) await fsp.mkdir(path.dirname(target), { recursive: true }).catch((e: unknown) => Promise.reject(writeError(target, e)));
  await checkExportTarget(target, options);
  if (format === 'html') {
    await writeFileAtomic(target, source.html(), options);
    return { notes: [] };
  }
  const docx = await source.docx();
  if (format === 'docx') await writeFileAtomic(target, docx.bytes, options);
  else await convertDocxToPdf(docx.bytes, target, options);
  return { notes: docx.notes };
}

/** The refusal of PDF export in an untrusted workspace (it runs LibreOffice). */
export function untrustedPdfError(): ExportFileError {
  return new ExportFileError(
    'Xuất PDF chạy LibreOffice nên bị tắt trong không gian làm việc chưa được tin cậy. Hãy tin cậy không gian làm việc để dùng.',
    'PDF export runs LibreOffice, so it is turned off in an untrusted workspace. Trust the workspace to use it.',
    'untrusted',
  );
}

/** Where LibreOffice usually lives when it is not on PATH. */
const KNOWN_SOFFICE_PATHS: readonly string[] = [
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/snap/bin/libreoffice',
];

async function isExecutable(p: string): Promise<boolean> {
  try {
    const st = await fsp.stat(p);
    if (!st.isFile()) return false;
    if (process.platform === 'win32') return true;
    await fsp.access(p, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds LibreOffice: the given path (setting `vbhc.libreOfficePath`) when it
 * is set, else `soffice` / `libreoffice` on PATH, else the usual install
 * folders. Undefined when none is found.
 */
export async function findSoffice(given?: string, envPath = process.env.PATH ?? ''): Promise<string | undefined> {
  if (given && given.trim()) return (await isExecutable(given.trim())) ? given.trim() : undefined;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of envPath.split(path.delimiter).filter(Boolean)) {
    for (const n of names) if (await isExecutable(path.join(dir, n))) return path.join(dir, n);
  }
  for (const p of KNOWN_SOFFICE_PATHS) if (await isExecutable(p)) return p;
  return undefined;
}

/** The message when LibreOffice is missing: how to install it or point to it. */
export function noLibreOfficeError(given?: string): ExportFileError {
  const where = given ? ` "${given}"` : '';
  return new ExportFileError(
    `Không tìm thấy LibreOffice${where} để tạo PDF. Cài LibreOffice (https://www.libreoffice.org/download/ ; Ubuntu/Debian: sudo apt install libreoffice-writer) rồi thử lại, hoặc đặt đường dẫn tới soffice trong cài đặt vbhc.libreOfficePath. Tệp .docx vẫn xuất được bình thường.`,
    `LibreOffice${where} was not found, so no PDF can be made. Install LibreOffice (https://www.libreoffice.org/download/ ; Ubuntu/Debian: sudo apt install libreoffice-writer) and try again, or set the path to soffice in the setting vbhc.libreOfficePath. Exporting .docx still works.`,
    'no-libreoffice',
  );
}

/** Options of the PDF conversion. */
export interface PdfOptions extends WriteOptions {
  /** Path to soffice (setting `vbhc.libreOfficePath`); PATH is searched when absent. */
  sofficePath?: string;
  /** Give up after this long (default 120 s). */
  timeoutMs?: number;
  /** Aborts the conversion (kills LibreOffice). */
  signal?: AbortSignal;
}

/**
 * Converts .docx bytes to PDF with `soffice --headless --convert-to pdf` and
 * writes the PDF to `target` atomically. LibreOffice runs with a private,
 * temporary profile so it works while the user has LibreOffice open.
 */
export async function convertDocxToPdf(docx: Uint8Array, target: string, options: PdfOptions = {}): Promise<void> {
  // A target that cannot be written is refused before LibreOffice runs (it is checked again when written).
  await checkExportTarget(target, options);
  const soffice = await findSoffice(options.sofficePath);
  if (!soffice) throw noLibreOfficeError(options.sofficePath);
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'vbhc-pdf-'));
  try {
    const input = path.join(work, 'document.docx');
    await fsp.writeFile(input, docx);
    const profile = 'file://' + (process.platform === 'win32' ? '/' : '') + path.join(work, 'profile').replace(/\\/g, '/');
    const args = ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', work, input];
    const { code, stderr } = await run(soffice, args, options.timeoutMs ?? 120_000, options.signal);
    const pdf = path.join(work, 'document.pdf');
    let bytes: Buffer;
    try {
      bytes = await fsp.readFile(pdf);
    } catch {
      const reason = stderr.trim().split('\n').pop() || `exit ${code}`;
      throw new ExportFileError(`LibreOffice không tạo được PDF (${reason}).`, `LibreOffice could not make the PDF (${reason}).`, 'pdf-failed');
    }
    await writeFileAtomic(target, bytes, options);
  } finally {
    await fsp.rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function run(cmd: string, args: string[], timeoutMs: number, signal?: AbortSignal): Promise<{ code: number | null; stderr: string }> {
  // Loaded when LibreOffice is run, not with the CLI: child_process costs every process ≈ 2 ms.
  const { spawn } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += String(d)));
    const kill = () => child.kill('SIGKILL');
    const timer = setTimeout(() => {
      kill();
      reject(new ExportFileError(`LibreOffice không trả lời sau ${Math.round(timeoutMs / 1000)} giây.`, `LibreOffice did not answer within ${Math.round(timeoutMs / 1000)} s.`, 'pdf-failed'));
    }, timeoutMs);
    const onAbort = () => {
      kill();
      reject(new ExportFileError('Đã hủy tạo PDF.', 'PDF export cancelled.', 'pdf-failed'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new ExportFileError(`Không chạy được LibreOffice (${e.message}).`, `Cannot run LibreOffice (${e.message}).`, 'pdf-failed'));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve({ code, stderr });
    });
  });
}

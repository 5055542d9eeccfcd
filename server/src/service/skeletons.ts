/**
 * The whole-document skeletons of the drafted types (the table of document
 * types, data/document-types.ts, holds their text): the front matter of
 * dialect §1 and the conventional parts of the body, every fill-in written
 * `«…»` (text/placeholders.ts) so that `draft.placeholder` lists what is
 * left to write. One source for the server's "Chèn khung văn bản" quick fix
 * and the client (new-document command, "Chèn mẫu"), which imports this
 * module: `documentSkeleton` gives plain text, `skeletonSnippet` the same
 * text as a VS Code snippet whose tab stops are the fill-ins.
 *
 * Pure text; nothing here reads the clock unless no date is given.
 */
import { msg, type Msg } from './i18n';
import { BUILT_IN_TYPES, type DocTypeTable, type DraftedType } from './data/doc-types';
import { fillIn } from './text/placeholders';

/** A drafted type's code (`BC`, `KH`, `CV`, …): a type that has a skeleton. */
export type SkeletonKind = string;

/** Every skeleton kind of a table, in the order they are offered. */
export function skeletonKinds(table: DocTypeTable = BUILT_IN_TYPES): readonly SkeletonKind[] {
  return table.drafted.map((t) => t.code);
}

/** Every skeleton kind of the built-in table, in the order they are offered. */
export const SKELETON_KINDS: readonly SkeletonKind[] = skeletonKinds();

/** What a skeleton is called where it is offered: `báo cáo (BC)`. */
export function skeletonTitle(kind: SkeletonKind, table: DocTypeTable = BUILT_IN_TYPES): Msg {
  const t = drafted(kind, table);
  return msg(`${t.name.toLocaleLowerCase('vi')} (${t.code})`, `${t.nameEn.toLowerCase()} (${t.code})`);
}

function drafted(kind: SkeletonKind, table: DocTypeTable): DraftedType {
  const t = table.byCode(kind);
  if (!t?.drafting) throw new Error(`no skeleton for document type ${kind}`);
  return t as DraftedType;
}

/**
 * Front-matter values known in advance (the new-document command's
 * answers). `null` drops an optional line: no parent agency, or the head
 * signs without an authority line. A value not given stays a fill-in.
 */
export interface SkeletonFill {
  co_quan_chu_quan?: string | null;
  co_quan?: string;
  ky_hieu?: string;
  dia_danh?: string;
  /** One line (`KT. GIÁM ĐỐC`) or several (`["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]`). */
  quyen_han?: string | readonly string[] | null;
  chuc_vu?: string;
  ho_ten?: string;
}

export interface SkeletonOptions {
  /** The signing date written in `ngay` (its year also in the periods); today when not given. */
  date?: Date;
  fill?: SkeletonFill;
  /** The table of document types (default: the built-in one). */
  types?: DocTypeTable;
}

/** A YAML double-quoted scalar. */
const quoted = (s: string): string => JSON.stringify(s);

function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A skeleton text with `{year}` replaced by the year. */
function withYear(text: string, year: number): string {
  return text.replace(/\{year\}/g, String(year));
}

/**
 * The front matter (with its fences and the blank line after them). Without
 * a kind, `loai` is a fill-in too (a file that has a body and no header).
 */
export function frontMatterSkeleton(kind: SkeletonKind | undefined, opts: SkeletonOptions = {}): string {
  const date = opts.date ?? new Date();
  const year = date.getFullYear();
  const f = opts.fill ?? {};
  const sk = kind === undefined ? undefined : drafted(kind, opts.types ?? BUILT_IN_TYPES).drafting.skeleton;
  const value = (given: string | undefined, fill: string) => quoted(given ?? fillIn(fill));
  const lines = ['---', `loai: ${kind ?? quoted(fillIn('BC hoặc KH'))}`];
  if (f.co_quan_chu_quan !== null) lines.push(`co_quan_chu_quan: ${value(f.co_quan_chu_quan, 'TÊN CƠ QUAN CHỦ QUẢN')}`);
  lines.push(
    `co_quan: ${value(f.co_quan, 'TÊN CƠ QUAN BAN HÀNH')}`,
    `ky_hieu: ${value(f.ky_hieu, 'KÝ HIỆU')}`,
    'so: ""',
    `dia_danh: ${value(f.dia_danh, 'Địa danh')}`,
    `ngay: ${isoDate(date)}`,
    `trich_yeu: ${quoted(sk ? withYear(sk.trichYeu, year) : fillIn('Trích yếu nội dung'))}`,
  );
  const kinhGui = sk?.kinhGui ?? [];
  if (kinhGui.length === 1) lines.push(`kinh_gui: ${quoted(kinhGui[0])}`);
  else if (kinhGui.length > 1) lines.push('kinh_gui:', ...kinhGui.map((k) => `  - ${quoted(k)}`));
  const recipients = sk ? sk.noiNhan : [fillIn('Cơ quan cấp trên (để báo cáo)'), fillIn('Lãnh đạo cơ quan')];
  lines.push('noi_nhan:', ...recipients.map((r) => `  - ${quoted(r)}`), `  - ${quoted(`Lưu: VT, ${fillIn('đơn vị soạn thảo')}`)}`, 'ky:');
  const q = f.quyen_han;
  if (typeof q === 'string') lines.push(`  quyen_han: ${quoted(q)}`);
  else if (q && q.length) lines.push('  quyen_han:', ...q.map((l) => `    - ${quoted(l)}`));
  else if (q === undefined) lines.push(`  quyen_han: ${quoted(fillIn('KT. GIÁM ĐỐC'))}`);
  lines.push(`  chuc_vu: ${value(f.chuc_vu, 'PHÓ GIÁM ĐỐC')}`, `  ho_ten: ${value(f.ho_ten, 'Họ và tên')}`, '---', '', '');
  return lines.join('\n');
}

/** The whole document of a kind: front matter and body, fill-ins in `«…»`. */
export function documentSkeleton(kind: SkeletonKind, opts: SkeletonOptions = {}): string {
  const date = opts.date ?? new Date();
  const body = drafted(kind, opts.types ?? BUILT_IN_TYPES).drafting.skeleton.body.map((l) => withYear(l, date.getFullYear()));
  return frontMatterSkeleton(kind, { ...opts, date }) + body.join('\n');
}

/**
 * The skeleton as a VS Code snippet: each fill-in a tab stop that keeps its
 * guillemets (so one left unfilled is still reported), the same fill-in text
 * met again a mirror of the first (`«Văn phòng»` in the last parts of a
 * KH), `$0` at the end. `$`, `}` and `\` of the text are escaped.
 */
export function skeletonSnippet(kind: SkeletonKind, opts: SkeletonOptions = {}): string {
  const text = documentSkeleton(kind, opts);
  const stops = new Map<string, number>();
  let out = '';
  let at = 0;
  for (const m of text.matchAll(/«[^«»\n]*»/g)) {
    out += escapeSnippet(text.slice(at, m.index));
    const known = stops.get(m[0]);
    if (known !== undefined) out += `$${known}`;
    else {
      stops.set(m[0], stops.size + 1);
      out += `\${${stops.size}:${escapeSnippet(m[0])}}`;
    }
    at = m.index! + m[0].length;
  }
  return `${out}${escapeSnippet(text.slice(at))}$0`;
}

function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

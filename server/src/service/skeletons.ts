/**
 * The whole-document skeletons of a báo cáo (BC) and a kế hoạch (KH): the
 * front matter of dialect §1 and the conventional parts of the body, every
 * fill-in written `«…»` (text/placeholders.ts) so that `draft.placeholder`
 * lists what is left to write. One source for the server's "Chèn khung văn
 * bản" quick fix and the client (new-document command, "Chèn mẫu"), which
 * imports this module: `documentSkeleton` gives plain text,
 * `skeletonSnippet` the same text as a VS Code snippet whose tab stops are
 * the fill-ins.
 *
 * Pure text; nothing here reads the clock unless no date is given.
 */
import { msg, type Msg } from './i18n';
import { fillIn } from './text/placeholders';

/** The document types that have a skeleton. */
export type SkeletonKind = 'BC' | 'KH';

/** Every skeleton kind, in the order they are offered. */
export const SKELETON_KINDS: readonly SkeletonKind[] = ['BC', 'KH'];

/** What each skeleton is called where it is offered. */
export const SKELETON_TITLES: Readonly<Record<SkeletonKind, Msg>> = {
  BC: msg('báo cáo (BC)', 'report (BC)'),
  KH: msg('kế hoạch (KH)', 'plan (KH)'),
};

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
}

/** A YAML double-quoted scalar. */
const quoted = (s: string): string => JSON.stringify(s);

function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The front matter (with its fences and the blank line after them). Without
 * a kind, `loai` is a fill-in too (a file that has a body and no header).
 */
export function frontMatterSkeleton(kind: SkeletonKind | undefined, opts: SkeletonOptions = {}): string {
  const date = opts.date ?? new Date();
  const year = date.getFullYear();
  const f = opts.fill ?? {};
  const value = (given: string | undefined, fill: string) => quoted(given ?? fillIn(fill));
  const lines = ['---', `loai: ${kind ?? quoted(fillIn('BC hoặc KH'))}`];
  if (f.co_quan_chu_quan !== null) lines.push(`co_quan_chu_quan: ${value(f.co_quan_chu_quan, 'TÊN CƠ QUAN CHỦ QUẢN')}`);
  lines.push(
    `co_quan: ${value(f.co_quan, 'TÊN CƠ QUAN BAN HÀNH')}`,
    `ky_hieu: ${value(f.ky_hieu, 'KÝ HIỆU')}`,
    'so: ""',
    `dia_danh: ${value(f.dia_danh, 'Địa danh')}`,
    `ngay: ${isoDate(date)}`,
    `trich_yeu: ${quoted(fillIn(kind === 'KH' ? `Thực hiện nhiệm vụ năm ${year}` : kind === 'BC' ? `Kết quả thực hiện nhiệm vụ 6 tháng đầu năm ${year}` : 'Trích yếu nội dung'))}`,
    'noi_nhan:',
    `  - ${quoted(fillIn('Cơ quan cấp trên (để báo cáo)'))}`,
    `  - ${quoted(fillIn(kind === 'KH' ? 'Các đơn vị thuộc cơ quan (để thực hiện)' : 'Lãnh đạo cơ quan'))}`,
    `  - ${quoted(`Lưu: VT, ${fillIn('đơn vị soạn thảo')}`)}`,
    'ky:',
  );
  const q = f.quyen_han;
  if (typeof q === 'string') lines.push(`  quyen_han: ${quoted(q)}`);
  else if (q && q.length) lines.push('  quyen_han:', ...q.map((l) => `    - ${quoted(l)}`));
  else if (q === undefined) lines.push(`  quyen_han: ${quoted(fillIn('KT. GIÁM ĐỐC'))}`);
  lines.push(`  chuc_vu: ${value(f.chuc_vu, 'PHÓ GIÁM ĐỐC')}`, `  ho_ten: ${value(f.ho_ten, 'Họ và tên')}`, '---', '', '');
  return lines.join('\n');
}

/** The opening sentence's reference to the document being carried out. */
const DIRECTING_DOCUMENT = fillIn('tên loại, số, ký hiệu, ngày, cơ quan ban hành và trích yếu của văn bản chỉ đạo');
const AGENCY = fillIn('Tên cơ quan');

function bcBody(year: number): string[] {
  const subject = fillIn(`kết quả thực hiện nhiệm vụ 6 tháng đầu năm ${year}`);
  return [
    `Thực hiện ${DIRECTING_DOCUMENT}, ${AGENCY} báo cáo ${subject} như sau:`,
    '',
    '# I. KẾT QUẢ THỰC HIỆN',
    '',
    '## 1. Công tác lãnh đạo, chỉ đạo',
    '',
    fillIn('Những việc đã làm để lãnh đạo, chỉ đạo thực hiện nhiệm vụ.'),
    '',
    `## 2. ${fillIn('Kết quả thực hiện các nhiệm vụ chuyên môn')}`,
    '',
    `- ${fillIn('Kết quả thứ nhất, có số liệu')};`,
    `- ${fillIn('Kết quả thứ hai, có số liệu')}.`,
    '',
    '# II. ĐÁNH GIÁ CHUNG',
    '',
    '## 1. Ưu điểm',
    '',
    fillIn('Những ưu điểm nổi bật.'),
    '',
    '## 2. Hạn chế và nguyên nhân',
    '',
    fillIn('Những hạn chế, tồn tại và nguyên nhân.'),
    '',
    `# III. PHƯƠNG HƯỚNG, NHIỆM VỤ ${fillIn(`6 THÁNG CUỐI NĂM ${year}`)}`,
    '',
    `1. ${fillIn('Nhiệm vụ trọng tâm thứ nhất.')}`,
    '',
    `2. ${fillIn('Nhiệm vụ trọng tâm thứ hai.')}`,
    '',
    '# IV. ĐỀ XUẤT, KIẾN NGHỊ',
    '',
    fillIn('Đề xuất, kiến nghị với cấp trên (nếu có).'),
    '',
    `Trên đây là báo cáo ${subject} của ${AGENCY}./.`,
    '',
  ];
}

function khBody(year: number): string[] {
  const unit = fillIn('Văn phòng');
  const leaders = fillIn('lãnh đạo cơ quan');
  return [
    `Thực hiện ${DIRECTING_DOCUMENT}, ${AGENCY} ban hành Kế hoạch ${fillIn(`thực hiện nhiệm vụ năm ${year}`)} như sau:`,
    '',
    '# I. MỤC ĐÍCH, YÊU CẦU',
    '',
    '## 1. Mục đích',
    '',
    fillIn('Mục đích của kế hoạch.'),
    '',
    '## 2. Yêu cầu',
    '',
    fillIn('Yêu cầu đối với các đơn vị, cá nhân thực hiện.'),
    '',
    '# II. NHIỆM VỤ, GIẢI PHÁP',
    '',
    `## 1. ${fillIn('Nhiệm vụ thứ nhất')}`,
    '',
    `- ${fillIn('Nội dung công việc')};`,
    `- Đơn vị chủ trì: ${fillIn('đơn vị chủ trì')};`,
    `- Thời gian thực hiện: ${fillIn(`trong năm ${year}`)}.`,
    '',
    `## 2. ${fillIn('Nhiệm vụ thứ hai')}`,
    '',
    fillIn('Nội dung công việc, đơn vị chủ trì, thời gian thực hiện.'),
    '',
    '# III. TỔ CHỨC THỰC HIỆN',
    '',
    `1. ${unit} chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch này; tổng hợp kết quả, báo cáo ${leaders}.`,
    '',
    `2. ${fillIn('Các đơn vị')} căn cứ nhiệm vụ được giao, triển khai thực hiện Kế hoạch này.`,
    '',
    `Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về ${unit} để tổng hợp, báo cáo ${leaders} xem xét, quyết định./.`,
    '',
  ];
}

/** The whole document of a kind: front matter and body, fill-ins in `«…»`. */
export function documentSkeleton(kind: SkeletonKind, opts: SkeletonOptions = {}): string {
  const date = opts.date ?? new Date();
  const body = kind === 'KH' ? khBody(date.getFullYear()) : bcBody(date.getFullYear());
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

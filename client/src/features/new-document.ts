/**
 * "New document": asks for the type (BC/KH), the agency and the signer,
 * offering what was used before (remembered in the user settings
 * `vbhc.newDocument.agencies` / `vbhc.newDocument.signers`), then opens a new
 * `*.vbhc.md` in the workspace with the skeleton of the type (templates.ts),
 * the known values filled in and tab stops for the rest. Tests pass the
 * answers as an argument (`NewDocumentOptions`) instead of answering prompts.
 */
import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { QUYEN_HAN_NEXT, type QuyenHanPrefix } from '../../../server/src/service/data/doc-types';
import { COMMANDS, LANGUAGE_ID, VBHC_SUFFIX } from '../command-ids';
import { t } from '../i18n';
import { reportFailure, type Feature, type FeatureContext } from './feature';
import { skeletonOf } from './templates';

/** An agency as remembered. */
export interface AgencyMemo {
  co_quan_chu_quan?: string;
  co_quan: string;
  ky_hieu: string;
  dia_danh: string;
}

/** A signer as remembered. */
export interface SignerMemo {
  /** One authority line, or several (`["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]`). */
  quyen_han?: string | string[];
  chuc_vu: string;
  ho_ten: string;
}

/** Answers of the command (all prompts skipped when given). */
export interface NewDocumentOptions {
  loai: DocKind;
  agency?: AgencyMemo;
  signer?: SignerMemo;
  /** Where the new file will be saved (default: the first workspace folder). */
  path?: string;
}

/** Document types the command creates. */
export type DocKind = 'BC' | 'KH';

/** File stem and label of each type (the skeleton comes from templates.ts). */
export const DOC_KINDS: Readonly<Record<DocKind, { stem: string; label: string }>> = {
  BC: { stem: 'bao-cao', label: 'Report (BÁO CÁO)' },
  KH: { stem: 'ke-hoach', label: 'Plan (KẾ HOẠCH)' },
};

/** Settings (under `vbhc.`) holding the remembered answers. */
export const AGENCIES_SETTING = 'newDocument.agencies';
export const SIGNERS_SETTING = 'newDocument.signers';
/** How many agencies / signers are remembered. */
const MEMO_LIMIT = 10;
/** Authority prefixes offered for the signer (dialect §1). */
const AUTHORITY_PREFIXES = ['', 'KT.', 'TM.', 'TL.', 'TUQ.', 'Q.'] as const;

/** The new-document feature. */
export const newDocumentFeature: Feature = (ctx) =>
  vscode.commands.registerCommand(COMMANDS.newDocument, (options?: unknown) =>
    reportFailure(ctx.output, t('New document failed'), async () => {
      const answers = isOptions(options) ? options : await ask();
      if (!answers) return undefined;
      await remember(answers);
      return create(ctx, answers);
    }),
  );

function isOptions(v: unknown): v is NewDocumentOptions {
  return !!v && typeof v === 'object' && ((v as NewDocumentOptions).loai === 'BC' || (v as NewDocumentOptions).loai === 'KH');
}

/** Asks type, agency and signer; undefined when the user cancels. */
async function ask(): Promise<NewDocumentOptions | undefined> {
  const kinds = (Object.keys(DOC_KINDS) as DocKind[]).map((k) => ({ label: k, description: t(DOC_KINDS[k].label), docKind: k }));
  const kind = await vscode.window.showQuickPick(kinds, { title: t('New VBHC document (1/3): type'), placeHolder: t('Which document?') });
  if (!kind) return undefined;
  const agency = await askAgency();
  if (agency === null) return undefined;
  const signer = await askSigner();
  if (signer === null) return undefined;
  return { loai: kind.docKind, agency, signer };
}

/** Remembered agency, a new one, or `undefined` (fill in later); `null` when cancelled. */
async function askAgency(): Promise<AgencyMemo | undefined | null> {
  const known = readMemo<AgencyMemo>(AGENCIES_SETTING).filter((a) => a.co_quan);
  const items: Array<vscode.QuickPickItem & { value?: AgencyMemo; action?: 'new' | 'later' }> = [
    ...known.map((a) => ({ label: a.co_quan, description: [a.ky_hieu, a.dia_danh].filter(Boolean).join(' · '), detail: a.co_quan_chu_quan, value: a })),
    { label: '$(add) ' + t('Another agency…'), action: 'new' as const },
    { label: '$(dash) ' + t('Fill in later'), action: 'later' as const },
  ];
  const choice = await vscode.window.showQuickPick(items, { title: t('New VBHC document (2/3): issuing agency'), placeHolder: t('Agencies you used before are listed first') });
  if (!choice) return null;
  if (choice.value) return choice.value;
  if (choice.action === 'later') return undefined;
  const co_quan = await input(t('Issuing agency, in capitals (co_quan)'), 'SỞ KHOA HỌC VÀ CÔNG NGHỆ');
  if (co_quan === undefined) return null;
  const co_quan_chu_quan = await input(t('Parent agency, in capitals (co_quan_chu_quan) — leave empty if none'), 'UBND TỈNH QUẢNG NGÃI', true);
  if (co_quan_chu_quan === undefined) return null;
  const ky_hieu = await input(t('Agency part of the symbol (ky_hieu)'), 'SKHCN');
  if (ky_hieu === undefined) return null;
  const dia_danh = await input(t('Place name of the date line (dia_danh)'), 'Quảng Ngãi');
  if (dia_danh === undefined) return null;
  return { co_quan, co_quan_chu_quan: co_quan_chu_quan || undefined, ky_hieu, dia_danh };
}

/** Remembered signer, a new one, or `undefined`; `null` when cancelled. */
async function askSigner(): Promise<SignerMemo | undefined | null> {
  const known = readMemo<SignerMemo>(SIGNERS_SETTING).filter((s) => s.ho_ten);
  const items: Array<vscode.QuickPickItem & { value?: SignerMemo; action?: 'new' | 'later' }> = [
    ...known.map((s) => ({ label: s.ho_ten, description: [s.quyen_han, s.chuc_vu].flat().filter(Boolean).join(' / '), value: s })),
    { label: '$(add) ' + t('Another signer…'), action: 'new' as const },
    { label: '$(dash) ' + t('Fill in later'), action: 'later' as const },
  ];
  const choice = await vscode.window.showQuickPick(items, { title: t('New VBHC document (3/3): signer'), placeHolder: t('Signers you used before are listed first') });
  if (!choice) return null;
  if (choice.value) return choice.value;
  if (choice.action === 'later') return undefined;
  const prefix = await vscode.window.showQuickPick(
    AUTHORITY_PREFIXES.map((p) => ({ label: p || t('(none: the head signs)'), prefix: p })),
    { title: t('Authority of the signature (ky.quyen_han)') },
  );
  if (!prefix) return null;
  let quyen_han: string | string[] | undefined;
  if (prefix.prefix) {
    // A collective's authority takes more lines (TM. then KT., TL., TUQ. or Q.; TL. then KT.).
    const lines: string[] = [];
    let current: QuyenHanPrefix | undefined = prefix.prefix;
    while (current) {
      const title = await input(t('Title after {0} (e.g. GIÁM ĐỐC)', current), current === 'TM.' ? 'ỦY BAN NHÂN DÂN' : 'GIÁM ĐỐC');
      if (title === undefined) return null;
      lines.push(`${current} ${title}`);
      const next: readonly QuyenHanPrefix[] = QUYEN_HAN_NEXT[current];
      if (next.length === 0) break;
      const more = await vscode.window.showQuickPick([{ label: t('(no further line)'), prefix: undefined }, ...next.map((p) => ({ label: p, prefix: p }))], {
        title: t('Next line of the authority under "{0}"', lines[lines.length - 1]),
      });
      if (!more) return null;
      current = more.prefix;
    }
    quyen_han = lines.length === 1 ? lines[0] : lines;
  }
  const chuc_vu = await input(t('Title of the signer, in capitals (ky.chuc_vu)'), 'PHÓ GIÁM ĐỐC');
  if (chuc_vu === undefined) return null;
  const ho_ten = await input(t('Full name of the signer (ky.ho_ten)'), 'Trần Công Hòa');
  if (ho_ten === undefined) return null;
  return { quyen_han, chuc_vu, ho_ten };
}

async function input(prompt: string, example: string, optional = false): Promise<string | undefined> {
  const v = await vscode.window.showInputBox({
    prompt,
    placeHolder: t('e.g. {0}', example),
    validateInput: (s) => (optional || s.trim() ? undefined : t('Required.')),
  });
  return v === undefined ? undefined : v.trim();
}

function readMemo<T>(key: string): T[] {
  const v = vscode.workspace.getConfiguration('vbhc').get<unknown>(key);
  return Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as T[]) : [];
}

/** Puts the answers first in the remembered lists (user settings). */
async function remember(a: NewDocumentOptions): Promise<void> {
  const cfg = vscode.workspace.getConfiguration('vbhc');
  const push = async <T>(key: string, value: T | undefined, same: (x: T, y: T) => boolean): Promise<void> => {
    if (!value) return;
    const list = [value, ...readMemo<T>(key).filter((x) => !same(x, value))].slice(0, MEMO_LIMIT);
    await cfg.update(key, list, vscode.ConfigurationTarget.Global);
  };
  await push<AgencyMemo>(AGENCIES_SETTING, a.agency, (x, y) => x.co_quan === y.co_quan && x.ky_hieu === y.ky_hieu);
  await push<SignerMemo>(SIGNERS_SETTING, a.signer, (x, y) => x.ho_ten === y.ho_ten && x.chuc_vu === y.chuc_vu);
}

/** Opens the new document with the filled skeleton; returns its URI. */
async function create(ctx: FeatureContext, a: NewDocumentOptions): Promise<vscode.Uri> {
  const spec = DOC_KINDS[a.loai];
  const skeleton = skeletonOf(a.loai)?.body.join('\n');
  if (!skeleton) throw new Error(`the ${a.loai} skeleton is missing`);
  const path = a.path ?? freePath(spec.stem);
  const uri = vscode.Uri.file(path).with({ scheme: 'untitled' });
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(fillSkeleton(skeleton, a)), new vscode.Position(0, 0));
  return uri;
}

/** A path in the first workspace folder (or home) not used yet, like `bao-cao-2025-06-05.vbhc.md`. */
function freePath(stem: string): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? homedir();
  const d = new Date();
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const open = new Set(vscode.workspace.textDocuments.map((x) => x.uri.fsPath));
  for (let i = 1; ; i++) {
    const p = join(folder, `${stem}-${day}${i > 1 ? `-${i}` : ''}${VBHC_SUFFIX}`);
    if (!existsSync(p) && !open.has(p)) return p;
  }
}

/**
 * The skeleton snippet with the front-matter values that are known written
 * in (their tab stops dropped); everything else keeps its tab stop.
 */
export function fillSkeleton(skeleton: string, a: NewDocumentOptions): string {
  const values: Array<[RegExp, string | string[] | undefined]> = [
    [/^co_quan_chu_quan: .*$/m, a.agency?.co_quan_chu_quan],
    [/^co_quan: .*$/m, a.agency?.co_quan],
    [/^ky_hieu: .*$/m, a.agency?.ky_hieu],
    [/^dia_danh: .*$/m, a.agency?.dia_danh],
    [/^ {2}quyen_han: .*$/m, a.signer?.quyen_han],
    [/^ {2}chuc_vu: .*$/m, a.signer?.chuc_vu],
    [/^ {2}ho_ten: .*$/m, a.signer?.ho_ten],
  ];
  let out = skeleton;
  for (const [re, value] of values) {
    if (value === undefined && re.source.includes('quyen_han') && a.signer) {
      out = out.replace(/^ {2}quyen_han: .*\n/m, ''); // the head signs: no authority line
      continue;
    }
    if (value === undefined) continue;
    // Several authority lines: a YAML flow list, one item per printed line.
    const yaml = Array.isArray(value) ? `[${value.map(yamlSnippetString).join(', ')}]` : yamlSnippetString(value);
    out = out.replace(re, (line) => `${line.slice(0, line.indexOf(':') + 1)} ${yaml}`);
  }
  if (a.agency && !a.agency.co_quan_chu_quan) out = out.replace(/^co_quan_chu_quan: .*\n/m, '');
  return out;
}

/** A YAML double-quoted string, escaped for a snippet (`$`, `}` and `\`). */
function yamlSnippetString(value: string): string {
  const yaml = JSON.stringify(value);
  return yaml.replace(/[\\$}]/g, (c) => '\\' + c);
}

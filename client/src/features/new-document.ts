/**
 * "New document": asks for the type (every drafted type of the table of
 * document types: BC, KH, CV, TTr, …), the agency and the signer,
 * offering what was used before (remembered in the user settings
 * `vbhc.newDocument.agencies` / `vbhc.newDocument.signers`), then opens a new
 * `*.vbhc.md` in the workspace with the core's skeleton of the type,
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
import { skeletonSnippet, type SkeletonFill } from '../../../server/src/service/skeletons';
import { isNewDocumentKind, newDocumentKinds } from './doc-kinds';

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

/** A document type the command creates: the code of a drafted type (`BC`, `CV`, `QĐ`, …). */
export type DocKind = string;

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
  return !!v && typeof v === 'object' && isNewDocumentKind((v as NewDocumentOptions).loai);
}

/**
 * The wizard's place: which step it is at and how many there are. The
 * total is counted on the way the answers so far lead (a remembered agency
 * or signer: one step; a new one: one per field), so the count is true for
 * the choices made — taking "another…" adds that entry's fields.
 */
class Steps {
  step = 0;
  constructor(public total: number) {}
  next(): { step: number; totalSteps: number; title: string } {
    this.step++;
    return { step: this.step, totalSteps: this.total, title: t('New document') };
  }
}

/** Fields typed for a new agency and a new signer (the signer's authority title only when there is one). */
const NEW_AGENCY_STEPS = 4;
const NEW_SIGNER_STEPS = 3;

/** Asks type, agency and signer; undefined when the user cancels. */
async function ask(): Promise<NewDocumentOptions | undefined> {
  const agencies = readMemo<AgencyMemo>(AGENCIES_SETTING).filter((a) => a.co_quan);
  const signers = readMemo<SignerMemo>(SIGNERS_SETTING).filter((x) => x.ho_ten);
  const steps = new Steps(3 + (agencies.length ? 0 : NEW_AGENCY_STEPS) + (signers.length ? 0 : NEW_SIGNER_STEPS));
  const kind = await pick(steps, newDocumentKinds(), t('Document type: type its code (BC, KH, CV, QĐ, …) or its name'));
  if (!kind) return undefined;
  const agency = await askAgency(steps, agencies);
  if (agency === null) return undefined;
  const signer = await askSigner(steps, signers);
  if (signer === null) return undefined;
  return { loai: kind.code, agency, signer };
}

/** Remembered agency, a new one, or `undefined` (fill in later); `null` when cancelled. */
async function askAgency(steps: Steps, known: AgencyMemo[]): Promise<AgencyMemo | undefined | null> {
  const items: Array<vscode.QuickPickItem & { value?: AgencyMemo; action?: 'new' | 'later' }> = [
    ...known.map((a) => ({ label: a.co_quan, description: [a.ky_hieu, a.dia_danh].filter(Boolean).join(' · '), detail: a.co_quan_chu_quan, value: a })),
    { label: '$(add) ' + t('Another agency…'), action: 'new' as const },
    { label: '$(dash) ' + t('Fill in later'), action: 'later' as const },
  ];
  const choice = await pick(steps, items, known.length ? t('Issuing agency: the ones you used before come first') : t('Issuing agency'));
  if (!choice) return null;
  if (choice.value) return choice.value;
  steps.total += (choice.action === 'new' ? NEW_AGENCY_STEPS : 0) - (known.length ? 0 : NEW_AGENCY_STEPS); // the count assumed a new one when none was remembered
  if (choice.action === 'later') return undefined;
  const co_quan = await input(steps, t('Name of the issuing agency (written in capitals)'), 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', { upper: true });
  if (co_quan === undefined) return null;
  const co_quan_chu_quan = await input(steps, t('Name of the agency above it, if any (written in capitals)'), 'UBND TỈNH QUẢNG NGÃI', { upper: true, optional: true });
  if (co_quan_chu_quan === undefined) return null;
  const ky_hieu = await input(steps, t('Abbreviation of the agency in document symbols'), 'SKHCN');
  if (ky_hieu === undefined) return null;
  const dia_danh = await input(steps, t('Place name on the date line'), 'Quảng Ngãi');
  if (dia_danh === undefined) return null;
  return { co_quan, co_quan_chu_quan: co_quan_chu_quan || undefined, ky_hieu, dia_danh };
}

/** Remembered signer, a new one, or `undefined`; `null` when cancelled. */
async function askSigner(steps: Steps, known: SignerMemo[]): Promise<SignerMemo | undefined | null> {
  const items: Array<vscode.QuickPickItem & { value?: SignerMemo; action?: 'new' | 'later' }> = [
    ...known.map((x) => ({ label: x.ho_ten, description: [x.quyen_han, x.chuc_vu].flat().filter(Boolean).join(' / '), value: x })),
    { label: '$(add) ' + t('Another signer…'), action: 'new' as const },
    { label: '$(dash) ' + t('Fill in later'), action: 'later' as const },
  ];
  const choice = await pick(steps, items, known.length ? t('Signer: the ones you used before come first') : t('Signer'));
  if (!choice) return null;
  if (choice.value) return choice.value;
  steps.total += (choice.action === 'new' ? NEW_SIGNER_STEPS : 0) - (known.length ? 0 : NEW_SIGNER_STEPS); // the count assumed a new one when none was remembered
  if (choice.action === 'later') return undefined;
  const prefix = await pick(
    steps,
    AUTHORITY_PREFIXES.map((p) => ({ label: p || t('(none: the head signs)'), description: p ? AUTHORITY_NAMES[p]() : undefined, prefix: p })),
    t('Authority of the signature'),
  );
  if (!prefix) return null;
  let quyen_han: string | string[] | undefined;
  if (prefix.prefix) {
    // A collective's authority takes more lines (TM. then KT., TL., TUQ. or Q.; TL. then KT.).
    const lines: string[] = [];
    let current: QuyenHanPrefix | undefined = prefix.prefix;
    while (current) {
      steps.total++;
      const title = await input(steps, t('Title of the head, after {0} (written in capitals)', current), current === 'TM.' ? 'ỦY BAN NHÂN DÂN' : 'GIÁM ĐỐC', { upper: true });
      if (title === undefined) return null;
      lines.push(`${current} ${title}`);
      const next: readonly QuyenHanPrefix[] = QUYEN_HAN_NEXT[current];
      if (next.length === 0) break;
      steps.total++;
      const more = await pick(steps, [{ label: t('(no further line)'), prefix: undefined }, ...next.map((p) => ({ label: p, prefix: p }))], t('Next line of the authority under "{0}"', lines[lines.length - 1]));
      if (!more) return null;
      current = more.prefix;
    }
    quyen_han = lines.length === 1 ? lines[0] : lines;
  }
  const chuc_vu = await input(steps, t('Title of the signer (written in capitals)'), 'PHÓ GIÁM ĐỐC', { upper: true });
  if (chuc_vu === undefined) return null;
  const ho_ten = await input(steps, t('Full name of the signer'), 'Trần Công Hòa');
  if (ho_ten === undefined) return null;
  return { quyen_han, chuc_vu, ho_ten };
}

/** What each authority prefix means (shown beside it). */
const AUTHORITY_NAMES: Readonly<Record<string, () => string>> = {
  'KT.': () => t('signs for the head (a deputy)'),
  'TM.': () => t('signs on behalf of a collective body'),
  'TL.': () => t('signs by order of the head'),
  'TUQ.': () => t('signs by authorisation of the head'),
  'Q.': () => t('acting head'),
};

/** One pick of the wizard, with its step and title; undefined when cancelled. */
function pick<T extends vscode.QuickPickItem>(steps: Steps, items: T[], placeholder: string): Promise<T | undefined> {
  const qp = vscode.window.createQuickPick<T>();
  Object.assign(qp, steps.next(), { items, placeholder, matchOnDescription: true, ignoreFocusOut: true });
  return new Promise((resolve) => {
    let chosen: T | undefined;
    qp.onDidAccept(() => {
      chosen = qp.selectedItems[0] ?? qp.activeItems[0];
      if (chosen) qp.hide();
    });
    qp.onDidHide(() => {
      qp.dispose();
      resolve(chosen);
    });
    qp.show();
  });
}

/**
 * One typed answer of the wizard, trimmed; agency names and titles are
 * upper-cased, as Decree 30 prints them. undefined when cancelled.
 */
function input(steps: Steps, prompt: string, example: string, opts: { upper?: boolean; optional?: boolean } = {}): Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  Object.assign(box, steps.next(), { prompt, placeholder: t('e.g. {0}', example), ignoreFocusOut: true });
  const finish = (s: string) => (opts.upper ? s.trim().toLocaleUpperCase('vi') : s.trim());
  return new Promise((resolve) => {
    let answer: string | undefined;
    box.onDidChangeValue((v) => {
      box.validationMessage = undefined;
      // Typed in lower case: say how it will be written.
      box.prompt = opts.upper && v.trim() && v !== finish(v) ? `${prompt} — ${t('will be written {0}', finish(v))}` : prompt;
    });
    box.onDidAccept(() => {
      if (!opts.optional && !box.value.trim()) {
        box.validationMessage = t('Required.');
        return;
      }
      answer = finish(box.value);
      box.hide();
    });
    box.onDidHide(() => {
      box.dispose();
      resolve(answer);
    });
    box.show();
  });
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
  const stem = newDocumentKinds().find((k) => k.code === a.loai)!.stem;
  const path = a.path ?? freePath(stem);
  const uri = vscode.Uri.file(path).with({ scheme: 'untitled' });
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(skeletonSnippet(a.loai, { fill: skeletonFill(a) })), new vscode.Position(0, 0));
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
 * The answers as front-matter values of the skeleton: what was not asked
 * stays a «…» fill-in; no parent agency, or a head who signs without an
 * authority line, drops that line.
 */
export function skeletonFill(a: NewDocumentOptions): SkeletonFill {
  const { agency, signer } = a;
  return {
    ...(agency && { co_quan: agency.co_quan, ky_hieu: agency.ky_hieu, dia_danh: agency.dia_danh, co_quan_chu_quan: agency.co_quan_chu_quan || null }),
    ...(signer && { chuc_vu: signer.chuc_vu, ho_ten: signer.ho_ten, quyen_han: signer.quyen_han || null }),
  };
}

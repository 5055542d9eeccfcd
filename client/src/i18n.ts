/**
 * Runtime strings of the client. Messages are written in English in the code
 * (the keys of `l10n/bundle.l10n.vi.json`). What the extension writes about
 * the document is in the language of the `vbhc.language` setting —
 * Vietnamese by default, whatever VS Code's display language; `en` for
 * English, `auto` to follow the display language. When that language is the
 * display language the text goes through `vscode.l10n.t`; otherwise the
 * Vietnamese bundle is read directly, or the English key is used as is.
 */
import * as vscode from 'vscode';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The two user-interface languages. */
export type UiLang = 'vi' | 'en';

/** Setting key of the override (`auto`, `vi` or `en`). */
const LANGUAGE_SETTING = 'language';
/** Vietnamese bundle, relative to the extension root. */
const VI_BUNDLE_PATH = join('l10n', 'bundle.l10n.vi.json');

let extensionRoot: string | undefined;
let viBundle: Record<string, string> | undefined;

/** Tells the module where the extension's files are (call once on activation). */
export function initI18n(root: string): void {
  extensionRoot = root;
  viBundle = undefined;
}

/** Whether VS Code's display language is Vietnamese. */
export function displayIsVietnamese(): boolean {
  return vscode.env.language.toLowerCase().startsWith('vi');
}

/** The language of the user interface: the setting (Vietnamese by default); `auto` follows VS Code's display language. */
export function uiLang(): UiLang {
  const chosen = vscode.workspace.getConfiguration('vbhc').get<string>(LANGUAGE_SETTING, 'vi');
  if (chosen === 'vi' || chosen === 'en') return chosen;
  return displayIsVietnamese() ? 'vi' : 'en';
}

/**
 * Translates an English message with `{0}`-style arguments into the user
 * interface language.
 */
export function t(message: string, ...args: Array<string | number | boolean>): string {
  const lang = uiLang();
  if ((lang === 'vi') === displayIsVietnamese()) return vscode.l10n.t(message, ...args);
  const template = lang === 'vi' ? (loadViBundle()[message] ?? message) : message;
  return formatMessage(template, args);
}

/** Replaces `{0}`, `{1}`… with the arguments (unknown indices stay as written). */
export function formatMessage(template: string, args: ReadonlyArray<string | number | boolean>): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));
}

function loadViBundle(): Record<string, string> {
  if (viBundle) return viBundle;
  try {
    viBundle = extensionRoot ? (JSON.parse(readFileSync(join(extensionRoot, VI_BUNDLE_PATH), 'utf8')) as Record<string, string>) : {};
  } catch {
    viBundle = {};
  }
  return viBundle;
}

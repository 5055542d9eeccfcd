/**
 * `.vbhc.yaml`, the project's settings (same keys as the VS Code `vbhc.*`
 * settings), found in a folder or its nearest parent that has one. Read like
 * every other input: a regular file of at most MAX_CONFIG_BYTES, in an
 * encoding vbhc reads. The CLI and the language server both take their
 * settings from here.
 */
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { nodeFileSystem } from './node-fs';
import { readTextFile, ReadTextError } from './read-text';
import type { Lang, VbhcSettings } from './service/index';
import type { VbhcSettingsInput } from './service/settings';
import { PROJECT_CONFIG_NAME } from './service/workspace';

export { PROJECT_CONFIG_NAME };

/** Largest `.vbhc.yaml` read (bytes): a settings file is a few hundred bytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Settings as `.vbhc.yaml` gives them (raw values; the service resolves them). */
export type ProjectSettings = Partial<Record<keyof VbhcSettings, unknown>> & { language?: string };

/** The settings file found, its text and its settings. */
export interface ProjectConfig {
  file?: string;
  text?: string;
  settings: ProjectSettings;
}

/** A settings file that cannot be read or parsed; the message names it, in both languages. */
export class ProjectConfigError extends Error {}

/** The nearest `.vbhc.yaml` from `startDir` up, read and parsed; no file gives empty settings. */
export async function readProjectConfig(startDir: string): Promise<ProjectConfig> {
  let dir = path.resolve(startDir);
  for (;;) {
    const file = path.join(dir, PROJECT_CONFIG_NAME);
    if (await nodeFileSystem.isFile(file)) {
      let text: string;
      try {
        text = (await readTextFile(file, MAX_CONFIG_BYTES)).text;
      } catch (e) {
        if (e instanceof ReadTextError) throw new ProjectConfigError(e.message);
        throw new ProjectConfigError(`không đọc được "${file}" / cannot read "${file}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      return { file, text, settings: projectSettings(text, dir, file) };
    }
    const parent = path.dirname(dir);
    if (parent === dir) return { settings: {} };
    dir = parent;
  }
}

/** The settings of a `.vbhc.yaml` text; catalog paths are resolved from its folder. */
export function projectSettings(text: string, dir: string, file = path.join(dir, PROJECT_CONFIG_NAME)): ProjectSettings {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new ProjectConfigError(`${file}: YAML không hợp lệ / invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const o = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const diag = (o.diagnostics ?? {}) as Record<string, unknown>;
  const catalogs = Array.isArray(o.catalogs) ? o.catalogs.map((c) => (typeof c === 'string' ? path.resolve(dir, c) : c)) : [];
  return { language: o.language as string, severity: (diag.severity ?? o.severity) as unknown, catalogs, profiles: o.profiles, layout: o.layout, dictionary: o.dictionary, abbreviations: o.abbreviations };
}

/**
 * The house layout the server uses: `.vbhc.yaml`'s `layout` over the
 * editor's `vbhc.layout.*` settings, key by key (each margin on its own) —
 * the project's file decides what it states, as it does for `vbhc export`,
 * so the editor and the CLI print a project's documents alike; the editor's
 * settings fill in the rest.
 */
export function layoutWithProject(editor: unknown, project: unknown): unknown {
  const obj = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
  const p = obj(project);
  if (!p) return editor;
  const e = obj(editor) ?? {};
  const margins = obj(e.margins_mm) || obj(p.margins_mm) ? { ...obj(e.margins_mm), ...obj(p.margins_mm) } : undefined;
  return { ...e, ...p, ...(margins ? { margins_mm: margins } : {}) };
}

/**
 * The user's words the server accepts: the editor's `vbhc.dictionary` and
 * `.vbhc.yaml`'s `dictionary`, both (the CLI reads only the file). Values
 * that are not lists are left out; the service checks the words.
 */
export function dictionaryWithProject(editor: unknown, project: unknown): unknown {
  if (!Array.isArray(project)) return editor;
  if (!Array.isArray(editor)) return project;
  return [...new Set([...editor, ...project])];
}

/**
 * The abbreviations the server accepts: the editor's `vbhc.abbreviations`
 * and `.vbhc.yaml`'s `abbreviations` (a map or a list), both; where both
 * spell one out, the file's expansion wins, as its layout does, but an
 * abbreviation the file only lists keeps the editor's expansion.
 */
export function abbreviationsWithProject(editor: unknown, project: unknown): unknown {
  const asMap = (v: unknown): Record<string, unknown> | undefined =>
    Array.isArray(v) ? Object.fromEntries(v.filter((k) => typeof k === 'string').map((k) => [k, ''])) : v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  const p = asMap(project);
  if (!p) return editor;
  const out: Record<string, unknown> = { ...asMap(editor) };
  for (const [k, e] of Object.entries(p)) if (!(k in out) || (typeof e === 'string' && e.trim() !== '')) out[k] = e;
  return out;
}

/**
 * The core's settings from the raw values of `.vbhc.yaml` (CLI) or of the
 * client's `vbhc.*` settings (server), with the language and the catalogs
 * each door settles itself. The service checks the values (settings.ts).
 */
export function settingsInput(raw: ProjectSettings, lang: Lang, catalogs: string[]): VbhcSettingsInput {
  return {
    lang,
    severity: raw.severity as VbhcSettings['severity'],
    catalogs,
    profiles: raw.profiles as VbhcSettings['profiles'],
    layout: raw.layout,
    dictionary: raw.dictionary as VbhcSettings['dictionary'],
    abbreviations: raw.abbreviations as VbhcSettings['abbreviations'],
  };
}

/**
 * Settings of the language service. Defaults live here and merge in one place
 * (`resolveSettings`); the server reads them from VS Code (`vbhc.*`) and the
 * CLI from `.vbhc.yaml` at the workspace root (same keys).
 */
import type { Lang, SeverityOverride } from './types';
import { resolveHouseLayout, type LayoutProblem } from './export/house-layout';
import type { HouseLayout } from './export/layout-constants';

/** Everything the core can be configured with. */
export interface VbhcSettings {
  /** Message language. */
  lang: Lang;
  /** Per-code severity overrides (`off` silences a code). */
  severity: Record<string, SeverityOverride>;
  /** Extra catalog files (absolute paths or relative to the workspace root). */
  catalogs: string[];
  /**
   * Section profiles for `structure.missing-section`, by `loai`: each inner
   * list holds alternative title keywords of one expected part (matched
   * without accents or case). Overrides the built-in profile of that type.
   */
  profiles: Record<string, string[][]>;
  /** The house layout for export and preview, every value within Decree 30's ranges (see `layoutProblems`). */
  layout: HouseLayout;
  /** What was wrong with the `layout` section given (values clamped or ignored). */
  layoutProblems: LayoutProblem[];
  /** The user's words that the spelling check accepts (`dictionary` of `.vbhc.yaml`, `vbhc.dictionary`). */
  dictionary: string[];
  /**
   * Abbreviations the workspace uses without spelling them out
   * (`style.abbreviation`), with what they stand for (may be empty): added
   * to the built-in table of usual ones. Given as a map or a list.
   */
  abbreviations: Record<string, string>;
}

/**
 * Settings as given: the resolved ones, except `layout`, which is the raw
 * settings section (`margins_mm`, `body_pt`, `line_spacing`,
 * `paragraph_spacing_pt`, as in `.vbhc.yaml` and `vbhc.layout.*`).
 */
export type VbhcSettingsInput = Partial<Omit<VbhcSettings, 'layout' | 'layoutProblems'>> & { layout?: unknown };

/** The defaults. */
export const DEFAULT_SETTINGS: Readonly<VbhcSettings> = Object.freeze({
  lang: 'vi',
  severity: {},
  catalogs: [],
  profiles: {},
  layout: resolveHouseLayout(undefined).layout,
  layoutProblems: [],
  dictionary: [],
  abbreviations: {},
});

/** Merges partial settings over the defaults, ignoring values of the wrong type. */
export function resolveSettings(partial: Partial<Record<keyof VbhcSettings, unknown>> | undefined): VbhcSettings {
  const p = partial ?? {};
  const layout = resolveHouseLayout(p.layout);
  const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  return {
    lang: p.lang === 'en' ? 'en' : 'vi',
    severity: isObj(p.severity) ? (sanitizeSeverity(p.severity) as Record<string, SeverityOverride>) : {},
    catalogs: Array.isArray(p.catalogs) ? p.catalogs.filter((c): c is string => typeof c === 'string') : [],
    profiles: isObj(p.profiles) ? (p.profiles as Record<string, string[][]>) : {},
    layout: layout.layout,
    layoutProblems: layout.problems,
    dictionary: Array.isArray(p.dictionary) ? p.dictionary.filter((w): w is string => typeof w === 'string' && w.trim() !== '').map((w) => w.trim().normalize('NFC')) : [],
    abbreviations: sanitizeAbbreviations(p.abbreviations),
  };
}

/** `{ TTHC: "thủ tục hành chính" }` or `[TTHC, CCHC]`: abbreviation → expansion (empty when not given); other values ignored. */
function sanitizeAbbreviations(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const ok = (k: unknown): k is string => typeof k === 'string' && k.trim().length > 0 && k.trim().length <= 20;
  if (Array.isArray(v)) {
    for (const k of v) if (ok(k)) out[k.trim()] = '';
  } else if (v && typeof v === 'object') {
    for (const [k, e] of Object.entries(v)) if (ok(k)) out[k.trim()] = typeof e === 'string' ? e.trim() : '';
  }
  return out;
}

const SEVERITIES = new Set(['off', 'hint', 'information', 'warning', 'error']);

function sanitizeSeverity(obj: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) if (typeof v === 'string' && SEVERITIES.has(v)) out[k] = v;
  return out;
}

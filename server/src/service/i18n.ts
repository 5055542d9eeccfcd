/**
 * Bilingual messages. Every user-facing string of the core is written in
 * Vietnamese and English side by side; the engine picks one by `Lang`.
 */
import type { Lang } from './types';

/** A message in both UI languages. */
export interface Msg {
  vi: string;
  en: string;
}

/** Builds a bilingual message. */
export function msg(vi: string, en: string): Msg {
  return { vi, en };
}

/**
 * A whole number with its thousands grouped as each language writes it:
 * `65.536` (vi), `65,536` (en) — what toLocaleString('de-DE' / 'en-US')
 * gives, written out because Intl's number formatting costs ≈ 20 ms to set
 * up in a fresh process, and a message built when a module loads paid it
 * on every CLI run.
 */
export function groupedInteger(n: number): Msg {
  const digits = String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+$)/g, ',');
  const sign = n < 0 ? '-' : '';
  return { vi: sign + digits.replace(/,/g, '.'), en: sign + digits };
}

/** Picks the message text for a language. */
export function pick(m: Msg, lang: Lang): string {
  return lang === 'en' ? m.en : m.vi;
}

/** Resolves `auto` (or a VS Code locale such as `vi`, `en-us`) to a Lang. */
export function resolveLang(value: string | undefined, locale?: string): Lang {
  if (value === 'vi' || value === 'en') return value;
  if (locale && locale.toLowerCase().startsWith('en')) return 'en';
  if (locale && !locale.toLowerCase().startsWith('vi')) return 'en';
  return 'vi';
}

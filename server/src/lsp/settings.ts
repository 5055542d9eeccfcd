/**
 * The client's `vbhc.*` settings, the layout, dictionary and abbreviations
 * of the workspace's `.vbhc.yaml` and the workspace's trust, applied to the core. In an untrusted workspace only catalogs inside the workspace folders
 * are read; when the user grants trust, the settings are applied again and
 * the catalogs reloaded.
 */
import * as path from 'node:path';
import { resolveLang } from '../service/index';
import { DidGrantWorkspaceTrustNotification } from '../protocol';
import { abbreviationsWithProject, dictionaryWithProject, layoutWithProject, readProjectConfig, settingsInput } from '../project-config';
import { reloadCatalogs } from './references';
import type { Feature, ServerContext } from './context';

/** Reads the settings now and again whenever they change. */
export async function followSettings(ctx: ServerContext): Promise<void> {
  await loadSettings(ctx);
  ctx.connection.onDidChangeConfiguration(async () => {
    await loadSettings(ctx);
    await reloadCatalogs(ctx);
    void ctx.diagnostics.scheduleWorkspaceCheck(0);
  });
}

async function loadSettings(ctx: ServerContext): Promise<void> {
  try {
    const cfg = (await ctx.connection.workspace.getConfiguration('vbhc')) as Record<string, unknown> | null;
    ctx.clientSettings = cfg ?? {};
  } catch (e) {
    ctx.logger.error(`vbhc: cannot read settings: ${(e as Error).message}`);
    ctx.clientSettings = {};
  }
  applySettings(ctx);
}

/** Applies the client's settings and the project's layout to the core. */
export function applySettings(ctx: ServerContext): void {
  const s = ctx.clientSettings;
  const diag = (s.diagnostics ?? {}) as Record<string, unknown>;
  const p = ctx.project ?? {};
  const raw = {
    severity: diag.severity ?? {},
    profiles: s.profiles ?? {},
    layout: layoutWithProject(s.layout, p.layout),
    dictionary: dictionaryWithProject(s.dictionary, p.dictionary),
    abbreviations: abbreviationsWithProject(s.abbreviations, p.abbreviations),
  };
  const lang = resolveLang(typeof s.language === 'string' ? s.language : 'auto', ctx.locale);
  ctx.service.configure(settingsInput(raw, lang, allowedCatalogs(ctx, Array.isArray(s.catalogs) ? (s.catalogs as string[]) : [])));
}

/**
 * Reads `.vbhc.yaml` in the first workspace folder (or a parent): its layout,
 * dictionary and abbreviations; a file that cannot be read is logged and left out.
 */
export async function loadProjectLayout(ctx: ServerContext): Promise<void> {
  ctx.project = undefined;
  if (!ctx.roots[0]) return;
  try {
    const { layout, dictionary, abbreviations } = (await readProjectConfig(ctx.roots[0])).settings;
    ctx.project = { layout, dictionary, abbreviations };
  } catch (e) {
    ctx.logger.error(`vbhc: ${(e as Error).message}`);
  }
}

/** In an untrusted workspace only catalogs inside the workspace folders are read. */
function allowedCatalogs(ctx: ServerContext, catalogs: string[]): string[] {
  if (ctx.trusted) return catalogs;
  const inside = (p: string) => ctx.roots.some((r) => { const rel = path.relative(r, p); return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel); });
  const kept = catalogs.filter((c) => typeof c === 'string' && (path.isAbsolute(c) ? inside(path.normalize(c)) : !c.split(/[\\/]/).includes('..')));
  if (kept.length < catalogs.length) ctx.logger.info(`vbhc: untrusted workspace — ${catalogs.length - kept.length} catalog(s) outside the workspace are not read`);
  return kept;
}

/** Trust granted: the settings are applied again, the catalogs reloaded and the workspace re-checked. */
export const registerTrust: Feature = (ctx) => {
  ctx.connection.onNotification(DidGrantWorkspaceTrustNotification, async () => {
    if (ctx.trusted) return;
    ctx.trusted = true;
    applySettings(ctx);
    await reloadCatalogs(ctx);
    void ctx.diagnostics.scheduleWorkspaceCheck(0);
  });
};

/**
 * "Import a document list into a catalog": a list a department or province
 * distributes (§4 YAML, JSON lines or CSV with a header) becomes — or is
 * merged into — a user catalog `*.vanban.yaml` of the workspace, which the
 * server then reads like any other. The server does the reading and merging
 * (`vbhc/importCatalog`); this side picks the files, writes the result and
 * reports what was added, changed and rejected. Returns the report (tests);
 * with a list URI and a target URI as arguments no dialog is shown.
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../command-ids';
import { t } from '../i18n';
import type { ImportCatalogResult } from '../../../server/src/protocol';
import { CATALOG_SUFFIX } from '../../../server/src/service/workspace';
import { reportFailure, type Feature } from './feature';

/** Rejected records named in the message (the rest go to the output channel). */
const REJECTED_SHOWN = 3;

export const importCatalogFeature: Feature = (ctx) =>
  vscode.commands.registerCommand(COMMANDS.importCatalog, (listArg?: unknown, targetArg?: unknown) =>
    reportFailure(ctx.output, t('Catalog import failed'), async (): Promise<ImportCatalogResult | undefined> => {
      const list =
        listArg instanceof vscode.Uri
          ? listArg
          : (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: t('Import'), filters: { [t('Document lists')]: ['yaml', 'yml', 'jsonl', 'json', 'csv'] } }))?.[0];
      if (!list) return undefined;
      const folder = vscode.workspace.getWorkspaceFolder(list)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
      const base = list.path.slice(list.path.lastIndexOf('/') + 1).replace(/\.(vanban\.yaml|ya?ml|jsonl|ndjson|json|csv)$/i, '');
      const suggested = folder ? vscode.Uri.joinPath(folder, `${base}${CATALOG_SUFFIX}`) : undefined;
      const target = targetArg instanceof vscode.Uri ? targetArg : await vscode.window.showSaveDialog({ defaultUri: suggested, saveLabel: t('Save catalog'), filters: { [t('Catalogs')]: ['vanban.yaml'] } });
      if (!target) return undefined;
      if (!target.path.endsWith(CATALOG_SUFFIX)) {
        void vscode.window.showWarningMessage(t('A catalog file name must end with .vanban.yaml.'));
        return undefined;
      }
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(list));
      let existing = '';
      try {
        existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      } catch {
        existing = '';
      }
      const name = list.path.slice(list.path.lastIndexOf('/') + 1);
      const report = await ctx.requests.importCatalog({ name, text, existing });
      if (report.added.length || report.changed.length || !existing) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(report.text));
      for (const r of report.rejected) ctx.output.appendLine(`${name}:${r.line}: ${r.so_ky_hieu ? `${r.so_ky_hieu}: ` : ''}${r.reason}`);
      const rejected = report.rejected.slice(0, REJECTED_SHOWN).map((r) => `${t('line')} ${r.line}: ${r.reason}`).join('; ');
      const summary = t('{0}: {1} added, {2} changed, {3} rejected ({4} documents).', target.path.slice(target.path.lastIndexOf('/') + 1), report.added.length, report.changed.length, report.rejected.length, report.total);
      const message = rejected ? `${summary} ${rejected}${report.rejected.length > REJECTED_SHOWN ? ' …' : ''}` : summary;
      if (report.rejected.length) void vscode.window.showWarningMessage(message);
      else void vscode.window.showInformationMessage(message);
      return report;
    }),
  );

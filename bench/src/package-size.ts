/**
 * What the extension costs to install and start: the .vsix size (packaged
 * from a copy of the tree, so the shared working tree's dist/ is not
 * touched) and the require time of the bundled client with a stub `vscode`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { missing, type Row } from './results';
import { summarize } from './stats';

const GROUP = 'Extension package';

/**
 * Copies the project's files (tracked and untracked, not ignored) to
 * `workDir`, links node_modules and runs `npm run package` there. Returns
 * the .vsix row and the production dist/ folder when all three bundles were built.
 */
export function packageVsix(root: string, workDir: string): { row: Row; distDir?: string } {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const ls = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' });
  if (ls.status !== 0) return { row: missing('vsix.size', GROUP, '.vsix size', 'not-built', `not built: git ls-files failed (${ls.stderr.trim()})`, 'MB') };
  for (const f of ls.stdout.split('\0').filter(Boolean)) {
    if (f.startsWith('bench/')) continue;
    const from = path.join(root, f);
    if (!existsSync(from)) continue; // deleted in the working tree
    const to = path.join(workDir, f);
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(from, to);
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(workDir, 'node_modules'), 'dir');
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: workDir, encoding: 'utf8' });
  const vsix = path.join(workDir, 'vbhc.vsix');
  if (r.status !== 0 || !existsSync(vsix)) {
    const why = (r.stderr || r.stdout || r.error?.message || '').trim().split('\n').filter(Boolean).slice(-2).join(' ');
    return { row: missing('vsix.size', GROUP, '.vsix size', 'not-built', `not built: \`npm run package\` failed: ${why.slice(0, 300)}`, 'MB') };
  }
  const files = /(\d+) files?/.exec(r.stdout)?.[1];
  const distDir = path.join(workDir, 'dist');
  return {
    row: { id: 'vsix.size', group: GROUP, label: '.vsix size', status: 'ok', unit: 'MB', value: statSync(vsix).size / 1e6, note: `npm run package (production build)${files ? `, ${files} files` : ''}` },
    distDir: ['client.js', 'server.js', 'cli.js', 'cli-core.js'].every((f) => existsSync(path.join(distDir, f))) ? distDir : undefined,
  };
}

/** Require time of a client bundle in fresh processes (median and p95 of `runs`). */
export function clientActivation(childJs: string, clientJs: string, production: boolean, runs = 10): Row {
  const label = 'client activation: require dist/client.js (stub vscode)';
  if (!existsSync(clientJs)) return missing('client.activation', GROUP, label, 'not-built', 'not built: dist/client.js missing (npm run build)');
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const r = spawnSync(process.execPath, [childJs, clientJs], { encoding: 'utf8' });
    if (r.status !== 0) return missing('client.activation', GROUP, label, 'failed', `failed: ${r.stderr.trim().split('\n').slice(-1)[0]}`);
    if (i > 0) samples.push((JSON.parse(r.stdout.trim()) as { ms: number }).ms);
  }
  const kib = statSync(clientJs).size / 1024;
  return { id: 'client.activation', group: GROUP, label, status: 'ok', unit: 'ms', stats: summarize(samples), note: `${production ? 'production' : 'development'} bundle, ${kib.toFixed(0)} KiB; fresh process per run` };
}

/**
 * Summarises `.cpuprofile` files written by `node --cpu-prof`: the functions
 * with the most self time (name, file:line) and the time per source file,
 * so a profile can be read without a browser.
 * Usage: node bench/out/profile-summary.cjs DIR_OR_FILE [top=25]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const arg = process.argv[2];
const top = Number(process.argv[3] ?? 25);
const file = statSync(arg).isDirectory()
  ? readdirSync(arg).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(arg, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  : arg;
const prof = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000));
const total = [...self.values()].reduce((a, b) => a + b, 0);
// Bundles made by esbuild mark each module with a `// path/to/file.ts` line: map bundle lines back to source files.
const bundles = new Map<string, { line: number; file: string }[]>();
function sourceOf(url: string, line: number): string {
  const p = url.replace(/^file:\/\//, '');
  if (!/\.c?js$/.test(p)) return p.split('/').slice(-1)[0] || '(native)';
  if (!bundles.has(p)) {
    const marks: { line: number; file: string }[] = [];
    try {
      readFileSync(p, 'utf8').split('\n').forEach((l, i) => {
        const m = /^\/\/ ((?:server|client|bench|node_modules)\/\S+)$/.exec(l);
        if (m) marks.push({ line: i, file: m[1] });
      });
    } catch {
      /* not readable: keep the bundle name */
    }
    bundles.set(p, marks);
  }
  const marks = bundles.get(p)!;
  let best = p.split('/').slice(-1)[0];
  for (const m of marks) if (m.line <= line) best = m.file;
  return best;
}
const fn = new Map<string, number>();
const perFile = new Map<string, number>();
for (const [id, ms] of self) {
  const n = byId.get(id)!;
  const f = n.callFrame.url ? sourceOf(n.callFrame.url, n.callFrame.lineNumber) : '(native)';
  const key = `${n.callFrame.functionName || '(anonymous)'}  ${f}`;
  fn.set(key, (fn.get(key) ?? 0) + ms);
  perFile.set(f, (perFile.get(f) ?? 0) + ms);
}
const pct = (ms: number) => `${((100 * ms) / total).toFixed(1).padStart(5)}%`;
process.stdout.write(`${file}: ${total.toFixed(0)} ms sampled\n\nself time by function:\n`);
for (const [k, ms] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${pct(ms)} ${ms.toFixed(0).padStart(7)} ms  ${k}\n`);
process.stdout.write('\nself time by file:\n');
for (const [k, ms] of [...perFile].sort((a, b) => b[1] - a[1]).slice(0, 12)) process.stdout.write(`${pct(ms)} ${ms.toFixed(0).padStart(7)} ms  ${k}\n`);

// Total time (self and callees) by function: where a phase's cost starts. A function counted once per sample even when recursive.
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const keyOf = (id: number) => {
  const n = byId.get(id)!;
  return `${n.callFrame.functionName || '(anonymous)'}  ${n.callFrame.url ? sourceOf(n.callFrame.url, n.callFrame.lineNumber) : '(native)'}`;
};
const inclusive = new Map<string, number>();
for (const [id, ms] of self) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const k = keyOf(at);
    if (seen.has(k)) continue;
    seen.add(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
  }
}
process.stdout.write('\ntotal time (with callees) by function:\n');
for (const [k, ms] of [...inclusive].filter(([k]) => !k.startsWith('(root)')).sort((a, b) => b[1] - a[1]).slice(0, top * 2)) process.stdout.write(`${pct(ms)} ${ms.toFixed(0).padStart(7)} ms  ${k}\n`);

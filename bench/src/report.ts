/**
 * Turns bench rows into what people read: the performance targets judged
 * pass/fail, a Markdown table (printed on stdout and written into
 * bench/README.md between markers) and the results.json document.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { MachineInfo } from './machine';
import { headline, type Row } from './results';

/** One performance target. */
export interface Target {
  id: string;
  label: string;
  /** Row judged, and which of its numbers. */
  row: string;
  which: 'median' | 'p95';
  /** `max`: the number must be at most `limit`; `min`: at least. */
  kind: 'max' | 'min';
  limit: number;
  unit: Row['unit'];
}

/** The performance targets (bench/README.md). */
export const TARGETS: readonly Target[] = [
  { id: 'checks-100-warm', label: 'all checks on 100 pages, warm', row: 'checks.warm.100', which: 'median', kind: 'max', limit: 20, unit: 'ms' },
  { id: 'checks-100-edit', label: 're-check after a one-line edit, 100 pages', row: 'checks.edit.100', which: 'median', kind: 'max', limit: 5, unit: 'ms' },
  { id: 'completion-p95', label: 'completion p95 with 10,000 catalog entries', row: 'completion.10k', which: 'p95', kind: 'max', limit: 5, unit: 'ms' },
  { id: 'index-1000', label: 'indexing 1,000 documents (read + parse + checks)', row: 'workspace.index.1000', which: 'median', kind: 'max', limit: 3000, unit: 'ms' },
  { id: 'server-rss', label: 'server RSS after indexing 1,000 documents', row: 'server.rss.1000', which: 'median', kind: 'max', limit: 150, unit: 'MB' },
  { id: 'docx-vs-pandoc', label: '.docx export of 100 pages vs pandoc (whole processes)', row: 'ratio.docx.100', which: 'median', kind: 'min', limit: 3, unit: 'x' },
  { id: 'docx-vs-pandoc-10', label: '.docx export of 10 pages vs pandoc (whole processes)', row: 'ratio.docx.10', which: 'median', kind: 'min', limit: 1, unit: 'x' },
  { id: 'docx-vs-pandoc-1000', label: '.docx export of 1,000 pages vs pandoc (whole processes)', row: 'ratio.docx.1000', which: 'median', kind: 'min', limit: 5, unit: 'x' },
  { id: 'docx-100-in-process', label: '.docx export of 100 pages in the server process (parsed document)', row: 'docx.100', which: 'median', kind: 'max', limit: 60, unit: 'ms' },
  { id: 'client-activation', label: 'client activation (require time)', row: 'client.activation', which: 'median', kind: 'max', limit: 100, unit: 'ms' },
  { id: 'vsix-size', label: '.vsix size', row: 'vsix.size', which: 'median', kind: 'max', limit: 3, unit: 'MB' },
  { id: 'import-100', label: 'import of a 100-page .docx (whole process)', row: 'proc.vbhc-import.100', which: 'median', kind: 'max', limit: 1000, unit: 'ms' },
];

/** A judged target. */
export interface Verdict {
  id: string;
  label: string;
  limit: string;
  measured?: number;
  unit: Row['unit'];
  /** true pass, false fail, undefined when not measurable (row missing). */
  pass?: boolean;
  why?: string;
}

/** Judges every target against the rows. */
export function judge(rows: readonly Row[]): Verdict[] {
  return TARGETS.map((t) => {
    const row = rows.find((r) => r.id === t.row);
    const value = headline(row, t.which);
    const limit = `${t.kind === 'max' ? '≤' : '≥'} ${t.limit} ${unitText(t.unit)}${t.which === 'p95' ? ' (p95)' : ''}`.trim();
    if (value === undefined) return { id: t.id, label: t.label, limit, unit: t.unit, why: row ? `${row.status}: ${row.note ?? ''}` : 'not measured' };
    return { id: t.id, label: t.label, limit, measured: value, unit: t.unit, pass: t.kind === 'max' ? value <= t.limit : value >= t.limit };
  });
}

function unitText(u: Row['unit']): string {
  return u === 'x' ? '×' : u;
}

/** A number for the table. */
function num(v: number | undefined, unit: Row['unit']): string {
  if (v === undefined || Number.isNaN(v)) return '—';
  if (unit === 'x') return `${v.toFixed(2)}×`;
  const digits = v >= 100 ? 0 : v >= 10 ? 1 : v >= 0.1 ? 2 : 3;
  return `${v.toFixed(digits)} ${unit}`;
}

const STATUS_TEXT: Record<Row['status'], string> = {
  ok: '',
  'not-available': 'not available yet',
  'not-installed': 'not installed',
  'not-built': 'not built',
  failed: 'FAILED',
};

/** The results table and the targets table, in Markdown. */
export function markdownTables(rows: readonly Row[], verdicts: readonly Verdict[]): string {
  const out: string[] = [];
  let group = '';
  out.push('| measurement | median | p95 | runs | notes |', '|---|---:|---:|---:|---|');
  for (const r of rows) {
    if (r.group !== group) {
      group = r.group;
      out.push(`| **${group}** | | | | |`);
    }
    const cell = (s: string) => s.replace(/\|/g, '\\|');
    if (r.status !== 'ok') out.push(`| ${cell(r.label)} | ${STATUS_TEXT[r.status]} | | | ${cell(r.note ?? '')} |`);
    else if (r.stats) out.push(`| ${cell(r.label)} | ${num(r.stats.median, r.unit)} | ${num(r.stats.p95, r.unit)} | ${r.stats.runs} | ${cell(r.note ?? '')} |`);
    else out.push(`| ${cell(r.label)} | ${num(r.value, r.unit)} | | 1 | ${cell(r.note ?? '')} |`);
  }
  out.push('', '| target | limit | measured | result |', '|---|---|---:|---|');
  for (const v of verdicts) {
    const result = v.pass === undefined ? `n/a — ${v.why}` : v.pass ? 'PASS' : '**FAIL**';
    out.push(`| ${v.label} | ${v.limit} | ${num(v.measured, v.unit)} | ${result.replace(/\|/g, '\\|')} |`);
  }
  return out.join('\n');
}

/** The machine line printed above the tables. */
export function machineLine(m: MachineInfo, commit: string, date: string, loadAtEnd: number): string {
  const env = m.extraCaCertsLeftOut ? ' NODE_EXTRA_CA_CERTS is set on this machine and left out of the timed processes (see bench/README.md).' : '';
  return `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, Node ${m.node}, ${m.os}; load average ${m.loadAverage} at the start, ${loadAtEnd} at the end.${env} Commit ${commit}, ${date}.`;
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Replaces the results section of the README (between the markers) with `body`. */
export function updateReadme(readme: string, body: string): void {
  if (!existsSync(readme)) return;
  const text = readFileSync(readme, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) return;
  writeFileSync(readme, `${text.slice(0, a + START.length)}\n${body}\n${text.slice(b)}`);
}

/** results.json: machine, commit, every row and every verdict. */
export function resultsJson(m: MachineInfo, commit: string, date: string, rows: readonly Row[], verdicts: readonly Verdict[], durationMs: number): string {
  return JSON.stringify({ generatedAt: date, commit, machine: m, durationSeconds: Math.round(durationMs / 1000), rows, targets: verdicts }, null, 2) + '\n';
}

// Helpers of the import tests: a document's model in a comparable form (its
// front matter values and the printable body the exporters see), and the
// differences between two documents' models, whitespace aside.
import { parseDocument } from '../../server/src/service/model/document';
import { buildRenderModel, type Run } from '../../server/src/service/export/render-model';

const ws = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Front matter values: strings with whitespace collapsed, an empty `so` the same as none, one-item lists as the item. */
export function frontMatterValues(text: string): Record<string, string> {
  const doc = parseDocument('file:///x.vbhc.md', text);
  const out: Record<string, string> = {};
  const put = (key: string, v: unknown) => {
    if (v === undefined || v === null) return;
    if (v instanceof Date) v = v.toISOString().slice(0, 10);
    if (Array.isArray(v)) {
      const items = v.map((x) => ws(String(x)));
      if (items.length) out[key] = items.length === 1 ? items[0] : JSON.stringify(items);
      return;
    }
    if (typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) put(`${key}.${k}`, x);
      return;
    }
    const s = ws(String(v));
    if (key === 'so' && s === '') return;
    out[key] = /^\d+$/.test(s) ? String(Number(s)) : s;
  };
  for (const [k, v] of Object.entries(doc.frontMatter?.data ?? {})) put(k, v);
  return out;
}

function runsKey(runs: readonly Run[]): string {
  // Neighbours of one look are one piece, and emphasis never holds the spaces around it.
  const merged: Run[] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (last && r.footnote === undefined && last.footnote === undefined && !!last.bold === !!r.bold && !!last.italic === !!r.italic) last.text += r.text;
    else merged.push({ ...r });
  }
  return ws(
    merged
      .map((r) => {
        if (r.footnote !== undefined) return `[^${r.footnote}]`;
        const m = /^(\s*)([\s\S]*?)(\s*)$/u.exec(r.text)!;
        const mark = r.bold && r.italic ? '***' : r.bold ? '**' : r.italic ? '*' : '';
        return m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : r.text;
      })
      .join(''),
  );
}

/** The printable body, one string per node (kind, level or marker, text with emphasis), then the footnotes. */
export function bodyModel(text: string): string[] {
  const doc = parseDocument('file:///x.vbhc.md', text, 0, { keepTokens: true });
  const model = buildRenderModel(doc);
  const out: string[] = [];
  for (const n of model.nodes) {
    if (n.kind === 'heading') out.push(`h${n.level} ${runsKey(n.runs)}`);
    else if (n.kind === 'paragraph') out.push(`p ${runsKey(n.runs)}`);
    else if (n.kind === 'dash') out.push(`${n.marker} ${runsKey(n.runs)}`);
    else if (n.kind === 'table') out.push(`table ${n.rows.map((r) => r.map(runsKey).join(' | ')).join(' / ')}`);
    else out.push(n.kind);
  }
  for (const [id, f] of model.footnotes) out.push(`[^${id}]: ${f.paragraphs.map(runsKey).join(' / ')}`);
  return out;
}

/** Differences between two documents' models (empty when they are the same document). */
export function modelDifferences(a: string, b: string): string[] {
  const diffs: string[] = [];
  const fa = frontMatterValues(a);
  const fb = frontMatterValues(b);
  for (const k of new Set([...Object.keys(fa), ...Object.keys(fb)])) if (fa[k] !== fb[k]) diffs.push(`${k}: ${JSON.stringify(fa[k])} ≠ ${JSON.stringify(fb[k])}`);
  const ba = bodyModel(a);
  const bb = bodyModel(b);
  for (let i = 0; i < Math.max(ba.length, bb.length); i++) if (ba[i] !== bb[i]) diffs.push(`body ${i}: ${JSON.stringify(ba[i])} ≠ ${JSON.stringify(bb[i])}`);
  return diffs;
}

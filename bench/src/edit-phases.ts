/**
 * Where the time of a re-check after a one-line edit goes (the bench's edit
 * row, split): the parse from the previous document, the reference index's
 * sync and getDiagnostics (which keeps the diagnostics a rule made outside
 * the edited paragraph and runs it on that paragraph, or runs it whole).
 * Below them, for reference, each rule run on the whole document — what it
 * costs where it cannot keep its findings. Medians of 40 edits after 40 that
 * let V8 compile the edit path (as the bench's edit row).
 * Usage: node bench/build.mjs && node bench/out/edit-phases.cjs
 */
import * as path from 'node:path';
import { ALL_RULES } from '../../server/src/service/checks/registry';
import { LanguageService, silentLogger } from '../../server/src/service/index';
import { readFixtures } from './fixtures';
import { editVariants } from './in-process';

const fx = readFixtures(path.resolve(__dirname, 'data'));
const d = fx.docs.find((x) => x.pages === 100)!;
const URI = 'file:///bench/bao-cao.vbhc.md';
const { variants } = editVariants(d.doc);
const svc = new LanguageService({ logger: silentLogger });
svc.setDocument(URI, d.doc.text, 0);
svc.getDiagnostics(URI);
const times = new Map<string, number[]>();
const GET = 'getDiagnostics (kept diagnostics, rules on the edited paragraph or whole, results)';
const add = (k: string, t0: bigint) => {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  (times.get(k) ?? times.set(k, []).get(k)!).push(ms);
};
for (let version = 1; version <= 80; version++) {
  svc.setDocument(URI, variants[version % 2], version);
  let t = process.hrtime.bigint();
  const doc = svc.getDocument(URI)!;
  add('parse (from the previous document)', t);
  t = process.hrtime.bigint();
  void (svc as unknown as { references: { refs: unknown } }).references.refs;
  add('reference index sync', t);
  t = process.hrtime.bigint();
  svc.getDiagnostics(URI);
  add(GET, t);
  const ctx = svc.checkContext(doc);
  for (const rule of ALL_RULES) {
    t = process.hrtime.bigint();
    rule.check(ctx, () => undefined);
    add(`  whole document: ${rule.code}`, t);
  }
}
let sum = 0;
for (const [k, v] of times) {
  const s = v.slice(40).sort((a, b) => a - b);
  const med = s[s.length >> 1];
  if (k === GET) console.log(`${med.toFixed(2).padStart(7)} ms  ${k}\n${(sum + med).toFixed(2).padStart(7)} ms  the re-check (sum of the three medians above)`);
  else if (!k.startsWith(' ')) sum += med;
  if (k !== GET && med >= 0.05) console.log(`${med.toFixed(2).padStart(7)} ms  ${k}`);
}

/**
 * Runs one bench scenario in a loop for `node --cpu-prof`, so that a missed
 * target can be traced to the functions that cost the time:
 *
 *   node bench/build.mjs && node --cpu-prof --cpu-prof-dir=bench/out/prof \
 *     bench/out/profile.cjs checks-100 && node bench/out/profile-summary.cjs bench/out/prof
 *
 * Scenarios: checks-100 (fresh service, parse + all checks, 100 pages),
 * edit-100 (one-line edit then re-check), index-1000 (read + check the
 * workspace), docx-100 (export a parsed document).
 */
import * as path from 'node:path';
import { nodeFileSystem } from '../../server/src/node-fs';
import { createLanguageService, silentLogger } from '../../server/src/service/index';
import { pathToUri } from '../../server/src/uri';
import { existsSync } from 'node:fs';
import { readFixtures, writeFixtures, type Fixtures } from './fixtures';

const SCENARIOS: Record<string, (fx: Fixtures) => Promise<void>> = {
  'checks-100': async (fx) => {
    const d = fx.docs.find((x) => x.pages === 100)!;
    for (let i = 0; i < 30; i++) {
      const svc = createLanguageService({ logger: silentLogger });
      svc.setDocument('file:///p.vbhc.md', d.doc.text);
      svc.getDiagnostics('file:///p.vbhc.md');
    }
  },
  'edit-100': async (fx) => {
    const d = fx.docs.find((x) => x.pages === 100)!;
    const svc = createLanguageService({ logger: silentLogger });
    const lines = d.doc.text.split('\n');
    const line = lines[d.doc.middleParagraphLine];
    for (let i = 0; i < 400; i++) {
      lines[d.doc.middleParagraphLine] = i % 2 ? `${line} ` : line;
      svc.setDocument('file:///p.vbhc.md', lines.join('\n'), i);
      svc.getDiagnostics('file:///p.vbhc.md');
    }
  },
  'index-1000': async (fx) => {
    for (let i = 0; i < 2; i++) {
      const svc = createLanguageService({ logger: silentLogger, fs: nodeFileSystem });
      for (const u of await svc.indexWorkspace([fx.workspaceDir], pathToUri)) svc.getDiagnostics(u);
    }
  },
  'docx-100': async (fx) => {
    const d = fx.docs.find((x) => x.pages === 100)!;
    const svc = createLanguageService({ logger: silentLogger });
    svc.setDocument('file:///p.vbhc.md', d.doc.text);
    for (let i = 0; i < 10; i++) await svc.exportDocx('file:///p.vbhc.md');
  },
};

const name = process.argv[2] ?? '';
const scenario = SCENARIOS[name];
if (!scenario) {
  process.stderr.write(`usage: profile.cjs ${Object.keys(SCENARIOS).join('|')}\n`);
  process.exit(2);
}
// Reuse the inputs of the last bench run when they are there (generation would pollute the profile).
const dataDir = path.resolve(__dirname, 'data');
const fx = existsSync(path.join(dataDir, 'workspace-1000')) ? readFixtures(dataDir) : writeFixtures(dataDir);
const t0 = Date.now();
void scenario(fx).then(() => process.stderr.write(`${name}: ${Date.now() - t0} ms\n`));

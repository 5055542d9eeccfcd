/**
 * Writes the bench inputs to bench/out/data (gitignored): the 10-, 100- and
 * 1,000-page documents (also as plain `.md` copies for pandoc and
 * markdownlint), the 10,000-entry catalog and the 1,000-document workspace.
 * Everything is seeded, so every run writes the same bytes.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { catalogYaml, generateCatalog, type GenEntry } from './gen-catalog';
import { generateDocument, type GeneratedDocument } from './gen-document';
import { Prng } from './prng';

/** Seed of every generator (change it and results are no longer comparable). */
export const BENCH_SEED = 20250530;
/** Document sizes measured, in A4 pages. */
export const PAGE_SIZES = [10, 100, 1000] as const;
/** Entries of the big catalog. */
export const CATALOG_ENTRIES = 10_000;
/** Documents of the workspace. */
export const WORKSPACE_DOCS = 1000;
/** How many catalog entries the prose cites (the "commonly cited" documents). */
const CITED_POOL = 400;

/** One generated single document on disk. */
export interface DocFixture {
  pages: number;
  /** The `.vbhc.md` file. */
  file: string;
  /** The same bytes as a plain `.md` file (for pandoc / markdownlint). */
  mdFile: string;
  doc: GeneratedDocument;
}

/** Every input of a bench run. */
export interface Fixtures {
  dir: string;
  docs: DocFixture[];
  catalog: GenEntry[];
  /** Folder holding only the catalog file (a workspace root for completion). */
  catalogDir: string;
  catalogFile: string;
  workspaceDir: string;
  workspaceFiles: string[];
  workspaceBytes: number;
}

/** Generates and writes every input under `dir` (emptied first). */
export function writeFixtures(dir: string): Fixtures {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const catalog = generateCatalog({ entries: CATALOG_ENTRIES, seed: BENCH_SEED });
  const cited = catalog.slice(0, CITED_POOL);

  const docs: DocFixture[] = PAGE_SIZES.map((pages) => {
    const doc = generateDocument({ pages, seed: BENCH_SEED + pages, cited });
    const file = path.join(dir, 'docs', `bao-cao-${pages}-trang.vbhc.md`);
    const mdFile = path.join(dir, 'md', `bao-cao-${pages}-trang.md`);
    write(file, doc.text);
    write(mdFile, doc.text);
    return { pages, file, mdFile, doc };
  });

  const catalogDir = path.join(dir, 'catalog-ws');
  const catalogFile = path.join(catalogDir, 'bench.vanban.yaml');
  write(catalogFile, catalogYaml(catalog));

  const workspaceDir = path.join(dir, 'workspace-1000');
  const rng = new Prng(BENCH_SEED ^ 0x5a5a);
  const workspaceFiles: string[] = [];
  let workspaceBytes = 0;
  for (let i = 0; i < WORKSPACE_DOCS; i++) {
    const loai = rng.chance(0.5) ? 'BC' : 'KH';
    const pages = rng.int(1, 6);
    const doc = generateDocument({ pages, seed: BENCH_SEED + 10_000 + i, cited, loai, year: rng.pick([2024, 2025]) });
    const file = path.join(workspaceDir, `don-vi-${String(Math.floor(i / 100)).padStart(2, '0')}`, `${loai === 'BC' ? 'bao-cao' : 'ke-hoach'}-${String(i).padStart(4, '0')}.vbhc.md`);
    write(file, doc.text);
    workspaceFiles.push(file);
    workspaceBytes += Buffer.byteLength(doc.text);
  }
  return { dir, docs, catalog, catalogDir, catalogFile, workspaceDir, workspaceFiles, workspaceBytes };
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * The inputs written by an earlier `writeFixtures(dir)`, read back from disk
 * (for profiling runs that must not spend their time generating).
 */
export function readFixtures(dir: string): Fixtures {
  const catalog = generateCatalog({ entries: CATALOG_ENTRIES, seed: BENCH_SEED });
  const docs: DocFixture[] = PAGE_SIZES.map((pages) => {
    const file = path.join(dir, 'docs', `bao-cao-${pages}-trang.vbhc.md`);
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    // The middle paragraph: the first long line past the middle of the file.
    let middle = Math.floor(lines.length / 2);
    while (middle < lines.length - 1 && lines[middle].length < 200) middle++;
    return { pages, file, mdFile: path.join(dir, 'md', `bao-cao-${pages}-trang.md`), doc: { text, words: text.split(/\s+/).filter(Boolean).length, middleParagraphLine: middle } };
  });
  const workspaceDir = path.join(dir, 'workspace-1000');
  const workspaceFiles = readdirSync(workspaceDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.vbhc.md')).map((f) => path.join(workspaceDir, f));
  const catalogDir = path.join(dir, 'catalog-ws');
  return { dir, docs, catalog, catalogDir, catalogFile: path.join(catalogDir, 'bench.vanban.yaml'), workspaceDir, workspaceFiles, workspaceBytes: 0 };
}

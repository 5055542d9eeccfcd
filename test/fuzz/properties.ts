/**
 * The fuzz properties, each with its share of the case budget. The quick run
 * (`test/unit/fuzz.test.ts`) and the long run (`test/fuzz/run.ts`) both take
 * a total count and a seed and split the count by these shares.
 */
import fc from 'fast-check';
import {
  checkAllFeatures,
  checkDocx,
  checkHostileBudget,
  hostileDocArb,
  checkHtml,
  checkIncrementalEdits,
  checkNormalisationInvariance,
  generatedDocArb,
  lightlyMutatedDocArb,
  mutatedDocArb,
  normalisationStable,
  seedDocuments,
  reusedService,
} from './harness';

/** A fuzz property with its share of the cases. */
export interface FuzzProperty {
  name: string;
  /** Fraction of the total case count this property runs in the quick run. */
  share: number;
  /**
   * Fraction in the long run, which leans on the cheap many-case properties
   * so that a million cases fit in well under an hour on two cores.
   */
  longShare: number;
  /** The inputs (seeds are the corpus and example documents). */
  inputs(seeds: readonly string[]): fc.Arbitrary<string>;
  /** The invariant: throws when it does not hold. */
  check(text: string): void | Promise<void>;
}

/** Every property of the fuzz run. Shares add up to 1. */
export const FUZZ_PROPERTIES: readonly FuzzProperty[] = [
  {
    name: 'generated documents: no feature throws and every range lies inside the original text',
    share: 0.408,
    longShare: 0.7695,
    inputs: () => generatedDocArb,
    check: (text) => void checkAllFeatures(text, reusedService(text)),
  },
  {
    name: 'lightly mutated corpus and generated documents: no feature throws, ranges inside',
    share: 0.25,
    longShare: 0.12,
    inputs: (seeds) => lightlyMutatedDocArb(seeds),
    check: (text) => void checkAllFeatures(text, reusedService(text)),
  },
  {
    name: 'heavily mutated documents (huge lines, deep nesting, hostile Unicode): no feature throws, ranges inside',
    share: 0.03,
    longShare: 0.01,
    inputs: (seeds) => mutatedDocArb(seeds),
    check: (text) => void checkAllFeatures(text, reusedService(text)),
  },
  {
    name: 'NFC, NFD and CRLF+BOM forms of a document give the same diagnostics',
    share: 0.15,
    longShare: 0.04,
    inputs: (seeds) => lightlyMutatedDocArb(seeds).filter(normalisationStable),
    check: (text) => checkNormalisationInvariance(text),
  },
  {
    name: 'one-line edits re-parsed from the previous parse give what a fresh parse gives',
    share: 0.04,
    longShare: 0.03,
    inputs: (seeds) => fc.oneof(generatedDocArb, lightlyMutatedDocArb(seeds)),
    check: (text) => checkIncrementalEdits(text),
  },
  {
    name: 'the HTML preview never carries document markup, handlers or un-nonced scripts',
    share: 0.08,
    longShare: 0.02,
    inputs: (seeds) => fc.oneof(generatedDocArb, lightlyMutatedDocArb(seeds)),
    check: (text) => void checkHtml(text, reusedService(text)),
  },
  {
    name: 'hostile shapes (repeated headings, aliases, keys, footnotes, one symbol with many dates, impossible dates, deep nesting, long lines, oversized files): every request within 1 s, diagnostics JSON within 10× the text',
    share: 0.002,
    longShare: 0.0005,
    inputs: () => hostileDocArb.map((h) => JSON.stringify(h)),
    check: (json) => {
      const { shape, text } = JSON.parse(json) as { shape: string; text: string };
      checkHostileBudget(shape, text);
    },
  },
  {
    name: 'the .docx export unzips and its word/document.xml is well-formed',
    share: 0.04,
    longShare: 0.01,
    inputs: (seeds) => fc.oneof(generatedDocArb, lightlyMutatedDocArb(seeds)),
    check: (text) => checkDocx(text, reusedService(text)),
  },
];

/** A property as fast-check runs it. */
export function buildProperty(p: FuzzProperty, seeds: readonly string[]): fc.IAsyncProperty<[string]> {
  return fc.asyncProperty(p.inputs(seeds), async (text) => {
    await p.check(text);
  });
}

/** The result of running the properties. */
export interface FuzzReport {
  cases: number;
  durationMs: number;
  failures: { name: string; seed: number; counterexample: string; error: string }[];
}

/** Runs every property with its share of `total` cases; `onProgress` hears each finished property. */
export async function runFuzz(total: number, seed: number, onProgress?: (name: string, cases: number, ms: number) => void, long = false): Promise<FuzzReport> {
  const seeds = seedDocuments();
  const report: FuzzReport = { cases: 0, durationMs: 0, failures: [] };
  const t0 = performance.now();
  for (const [i, p] of FUZZ_PROPERTIES.entries()) {
    const numRuns = Math.max(1, Math.round(total * (long ? p.longShare : p.share)));
    const t = performance.now();
    const out = await fc.check(buildProperty(p, seeds), { seed: seed + i, numRuns, endOnFailure: false, maxSkipsPerRun: 100 });
    report.cases += out.numRuns;
    if (out.failed) {
      report.failures.push({
        name: p.name,
        seed: seed + i,
        counterexample: JSON.stringify(out.counterexample?.[0])?.slice(0, 2000) ?? '',
        error: String((out.errorInstance as Error | undefined)?.message ?? out.errorInstance).slice(0, 2000),
      });
    }
    onProgress?.(p.name, out.numRuns, performance.now() - t);
  }
  report.durationMs = performance.now() - t0;
  return report;
}

// Bundles the bench (bench/src/*.ts with the vbhc core it measures) into
// bench/out/*.cjs, the way esbuild.mjs bundles the product, so the bench runs
// the same JavaScript users run. Rebuilt on every `npm run bench`, so features
// that land in the core are picked up.
import * as esbuild from 'esbuild';

const entries = { bench: 'bench/src/run.ts', 'cold-child': 'bench/src/cold-child.ts', 'activation-child': 'bench/src/activation-child.ts', profile: 'bench/src/profile.ts', targets: 'bench/src/targets.ts', 'edit-phases': 'bench/src/edit-phases.ts', phases: 'bench/src/phases.ts', 'profile-summary': 'bench/src/profile-summary.ts' };
await Promise.all(
  Object.entries(entries).map(([name, entry]) =>
    esbuild.build({ entryPoints: [entry], outfile: `bench/out/${name}.cjs`, bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' }),
  ),
);

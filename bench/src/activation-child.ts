/**
 * Child process of the activation measurement: installs a stub `vscode`
 * module (every property a callable, constructible stub), then times
 * `require` of the bundled client and prints `{ "ms": … }`. The require is
 * what VS Code pays before `activate` runs; starting the server is not
 * counted. Usage: node bench/out/activation-child.cjs dist/client.js
 */
import Module from 'node:module';

/** A stub that answers every property access, call and `new` with another stub. */
function stub(): unknown {
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : stub()),
    apply: () => stub(),
    construct: () => stub() as object,
  });
}

const vscode = stub();
const M = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
const load = M._load;
M._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  return load.call(this, request, parent, isMain);
};

const file = process.argv[2];
const t0 = process.hrtime.bigint();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mod = require(file) as { activate?: unknown };
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
process.stdout.write(JSON.stringify({ ms, hasActivate: typeof mod.activate === 'function' }) + '\n');

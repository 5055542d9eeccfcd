/**
 * Stands in for linkify-it in the bundles (esbuild.mjs aliases it here).
 * vbhc's markdown-it runs with `linkify: false` (service/model/markdown.ts),
 * so markdown-it never asks it anything, yet markdown-it's constructor
 * builds a LinkifyIt, whose regular expressions cost ≈ 5 ms per instance in
 * every fresh process (the parser keeps two instances). Should linkify ever
 * be turned on, every call throws instead of finding no link in silence.
 */
function off(): never {
  throw new Error('linkify-it is left out of the vbhc bundles (markdown-it runs with linkify: false)');
}

/** LinkifyIt's methods, each of them `off` here. */
const METHODS = ['pretest', 'test', 'testSchemaAt', 'match', 'matchAtStart', 'tlds', 'add', 'set', 'normalize'] as const;

export default class LinkifyOff {}
for (const name of METHODS) (LinkifyOff.prototype as unknown as Record<string, unknown>)[name] = off;

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

export default class LinkifyOff {
  pretest(): boolean {
    return off();
  }
  test(): boolean {
    return off();
  }
  testSchemaAt(): number {
    return off();
  }
  match(): null {
    return off();
  }
  matchAtStart(): null {
    return off();
  }
  tlds(): this {
    return off();
  }
  add(): this {
    return off();
  }
  set(): this {
    return off();
  }
  normalize(): void {
    off();
  }
}

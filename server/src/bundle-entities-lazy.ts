/**
 * Stands in for the `entities` package in the bundles (esbuild.mjs resolves
 * markdown-it's `import { decodeHTML } from 'entities'` here). markdown-it
 * calls decodeHTML only on a character reference (`&amp;`, `&#7871;`), which
 * few documents contain, yet loading the package builds its HTML decoding
 * tables — a 47 KB trie split into a Uint16Array and two decoders — in every
 * process that loads the parser (≈ 5 ms of a CLI start). Here the package is
 * loaded on the first decodeHTML call, and decodes as it always did.
 */
type Decode = (str: string, mode?: number) => string;

let decode: Decode | undefined;

/** `entities`' decodeHTML, the package loaded on first use. */
export function decodeHTML(str: string, mode?: number): string {
  decode ??= (require('entities/lib/decode.js') as { decodeHTML: Decode }).decodeHTML;
  return decode(str, mode);
}

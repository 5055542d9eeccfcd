/**
 * A map from texts to values for the per-text caches of the checks (a
 * paragraph's citations, a group's dates, a block's prose lines). A `Map`
 * keyed by the text hashes every character of each text looked up — the
 * whole body on every check, as each check looks up fresh slices of the
 * document. This one files a text under a short fingerprint (its length
 * and its first and last characters) and tells texts of one fingerprint
 * apart by comparing them, which is several times faster than hashing.
 * Same behaviour as a `Map<string, V>`: `set` of a text already there
 * keeps the text first stored and replaces its value.
 */
export class TextMap<V> {
  private readonly byPrint = new Map<string, Entry<V>>();

  get(text: string): V | undefined {
    for (let e = this.byPrint.get(fingerprint(text)); e; e = e.next) if (e.text === text) return e.value;
    return undefined;
  }

  set(text: string, value: V): void {
    const print = fingerprint(text);
    const first = this.byPrint.get(print);
    for (let e = first; e; e = e.next) {
      if (e.text === text) {
        e.value = value;
        return;
      }
    }
    this.byPrint.set(print, { text, value, next: first });
  }

  clear(): void {
    this.byPrint.clear();
  }
}

interface Entry<V> {
  readonly text: string;
  value: V;
  readonly next: Entry<V> | undefined;
}

/** Characters kept from each end of a long text. */
const END_CHARS = 24;

/** The text itself when short; else its length and its first and last END_CHARS characters. */
function fingerprint(text: string): string {
  return text.length <= 2 * END_CHARS + 8 ? text : `${text.length}\u0000${text.slice(0, END_CHARS)}${text.slice(-END_CHARS)}`;
}

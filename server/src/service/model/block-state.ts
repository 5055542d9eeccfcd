/**
 * markdown-it's block parser state with its line tables made by native
 * searches: the same `bMarks`, `eMarks`, `tShift`, `sCount` and `bsCount`
 * as markdown-it's own constructor, which reads the whole text one
 * character at a time — on a 100-page document several milliseconds of a
 * one-shot export, in code not yet compiled. Here each line is found by
 * indexOf and only its leading spaces and tabs are read.
 */
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

type StateFields = { -readonly [K in keyof StateBlock]: StateBlock[K] };

/** A block state class with the methods of `Base` (markdown-it's StateBlock) and the fast constructor. */
export function withLineTables(Base: typeof StateBlock): typeof StateBlock {
  function LineTablesState(this: StateFields, src: string, md: StateBlock['md'], env: StateBlock['env'], tokens: StateBlock['tokens']): void {
    // The fields in markdown-it's order (one object shape for every state).
    this.src = src;
    this.md = md;
    this.env = env;
    this.tokens = tokens;
    this.bMarks = [];
    this.eMarks = [];
    this.tShift = [];
    this.sCount = [];
    this.bsCount = [];
    this.blkIndent = 0;
    this.line = 0;
    this.lineMax = 0;
    this.tight = false;
    this.ddIndent = -1;
    this.listIndent = -1;
    this.parentType = 'root';
    this.level = 0;
    const len = src.length;
    for (let start = 0; start < len; ) {
      const nl = src.indexOf('\n', start);
      const end = nl < 0 ? len : nl;
      // Leading spaces and tabs: their count, and their width with tabs expanded to the next multiple of 4.
      let indent = 0;
      let offset = 0;
      for (let pos = start; pos < end; pos++) {
        const ch = src.charCodeAt(pos);
        if (ch === 0x20) offset++;
        else if (ch === 0x09) offset += 4 - (offset % 4);
        else break;
        indent++;
      }
      // markdown-it drops a last line of spaces and tabs that no line feed ends.
      if (nl < 0 && start + indent === len) break;
      this.bMarks.push(start);
      this.eMarks.push(end);
      this.tShift.push(indent);
      this.sCount.push(offset);
      this.bsCount.push(0);
      start = end + 1;
    }
    // markdown-it's closing entry, which spares its rules a bounds check.
    this.bMarks.push(len);
    this.eMarks.push(len);
    this.tShift.push(0);
    this.sCount.push(0);
    this.bsCount.push(0);
    this.lineMax = this.bMarks.length - 1;
  }
  LineTablesState.prototype = Base.prototype;
  return LineTablesState as unknown as typeof StateBlock;
}

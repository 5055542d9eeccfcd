/**
 * Scroll sync between the preview and the editor — pure, so unit tests run
 * it without VS Code.
 */

/**
 * The line the editor shows at its top when the preview reports its top
 * line: that line, but never so near the end that the editor would scroll
 * past its last line (then the last line ends the view).
 */
export function editorTopLine(reported: number, lineCount: number, visible: { start: { line: number }; end: { line: number } } | undefined): number {
  const line = Math.max(0, Math.min(lineCount - 1, Math.floor(reported)));
  const height = visible ? visible.end.line - visible.start.line : 0;
  return Math.min(line, Math.max(0, lineCount - 1 - height));
}

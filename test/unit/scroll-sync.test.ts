/**
 * Scroll sync from the preview never pushes the editor past its last line:
 * a top line near the end is pulled back so the last line ends the view.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editorTopLine } from '../../client/src/features/scroll-sync';

const view = (start: number, end: number) => ({ start: { line: start }, end: { line: end } });

test('a top line with the rest of the document below the view is kept', () => {
  assert.equal(editorTopLine(40, 200, view(0, 30)), 40);
  assert.equal(editorTopLine(0, 200, view(10, 40)), 0);
});

test('a top line near the end is pulled back so the last line ends the view', () => {
  assert.equal(editorTopLine(190, 200, view(0, 30)), 169);
  assert.equal(editorTopLine(199, 200, view(100, 130)), 169);
});

test('lines past the end, negative or fractional lines, and a short document stay in range', () => {
  assert.equal(editorTopLine(5000, 200, view(0, 30)), 169);
  assert.equal(editorTopLine(-3, 200, view(0, 30)), 0);
  assert.equal(editorTopLine(12.7, 200, view(0, 30)), 12);
  assert.equal(editorTopLine(8, 10, view(0, 30)), 0, 'the whole document fits: no scrolling');
  assert.equal(editorTopLine(8, 10, undefined), 8, 'no view known: the line itself');
});

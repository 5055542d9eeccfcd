/**
 * The Marketplace page is the user's README (README.marketplace.md, packaged
 * by `npm run package` through vsce's --readme-path), not the repository's
 * developer README: it says what the extension does, how to install it and
 * how to write a first document, and every image it shows is packaged in the
 * .vsix (relative links are kept, so they resolve inside it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const script: string = pkg.scripts.package;
const readmePath = /--readme-path (\S+)/.exec(script)?.[1];

test('npm run package uses the user README for the Marketplace page and keeps relative links', () => {
  assert.equal(readmePath, 'README.marketplace.md');
  assert.match(script, /--no-rewrite-relative-links/);
});

test('the user README says what VBHC does, how to install it and how to write a first document', () => {
  const text = readFileSync(join(root, readmePath!), 'utf8');
  for (const heading of ['## VBHC làm được gì', '## Cài đặt', '## Văn bản đầu tiên', '## English']) assert.ok(text.includes(heading), heading);
  assert.doesNotMatch(text, /npm (install|test|run)|corpus|\.\.\/shared|git /i, 'nothing for developers');
});

test('every image of the user README is packaged in the .vsix, and the developer README is not', { timeout: 120_000 }, () => {
  const text = readFileSync(join(root, readmePath!), 'utf8');
  const images = [...text.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
  assert.ok(images.length >= 3, `${images.length} images`);
  const vsce = join(root, 'node_modules/@vscode/vsce/vsce');
  const files = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies', '--readme-path', readmePath!], { cwd: root, encoding: 'utf8' }).split('\n').map((l) => l.trim());
  for (const img of images) {
    assert.doesNotMatch(img, /^[a-z]+:/, `${img} is relative`);
    assert.ok(files.includes(img), `${img} is packaged`);
  }
  assert.ok(files.includes(readmePath!), 'the user README is packaged');
  assert.ok(!files.includes('README.md'), 'the developer README is not');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import LinkifyOff from './bundle-linkify-off';

test('the bundles\' linkify-it stand-in throws on every use instead of finding no link', () => {
  const stub = new LinkifyOff() as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const name of ['pretest', 'test', 'match', 'matchAtStart', 'set']) assert.throws(() => stub[name]('www.example.vn'), /linkify-it is left out/, name);
});

test('markdown-it with linkify off never asks linkify-it anything', () => {
  const md = new MarkdownIt('commonmark', { linkify: false });
  (md as unknown as { linkify: unknown }).linkify = new LinkifyOff();
  md.enable('table');
  assert.match(md.render('Xem www.example.vn và https://example.vn/a.\n\n| a |\n|---|\n| b |\n'), /www\.example\.vn và https:\/\/example\.vn\/a\./);
});

/**
 * One argument reader for every subcommand: the same spellings and the same
 * usage errors whichever subcommand reads them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allValues, choiceOption, lastValue, ONE_FILE, OUTPUT_OPTION, readArgs } from './cli-args';
import { parseCheckArgs } from './cli-check';
import { CliError } from './cli-common';
import { parseExportArgs } from './cli-export';
import { parseImportArgs } from './cli-import';

test('values with a space or an equals sign, repeated values kept in order, the last one winning', () => {
  const a = readArgs('check', ['--catalog', 'a.vanban.yaml', 'x.vbhc.md', '--catalog=b.vanban.yaml', '--format', 'text', '--format=json'], { values: { '--catalog': 'catalog', '--format': 'format' } });
  assert.deepEqual(allValues(a, 'catalog'), ['a.vanban.yaml', 'b.vanban.yaml']);
  assert.deepEqual(lastValue(a, 'format'), { spelling: '--format', value: 'json' });
  assert.deepEqual(a.positional, ['x.vbhc.md']);
});

test('check reads --catalog=FILE as export reads -o=…, and its paths in order', () => {
  assert.deepEqual(parseCheckArgs(['--catalog=c.vanban.yaml', 'a', '--lang', 'en', 'b']), { format: 'text', catalogs: ['c.vanban.yaml'], lang: 'en', paths: ['a', 'b'] });
  assert.deepEqual(parseExportArgs(['--output=o.docx', 'a.vbhc.md']), { input: 'a.vbhc.md', output: 'o.docx' });
  assert.deepEqual(parseImportArgs(['a.docx', '--force', '-o', 'b.vbhc.md']), { input: 'a.docx', output: 'b.vbhc.md', force: true, lang: undefined });
});

test('usage errors: a missing value, an unknown option, a second file, a value outside its choices', () => {
  const usage = (f: () => unknown, re: RegExp) => assert.throws(f, (e: unknown) => e instanceof CliError && re.test(e.message));
  usage(() => parseCheckArgs(['--catalog']), /--catalog needs a value/);
  usage(() => parseCheckArgs(['--catalog', '--lang', 'vi', 'a']), /--catalog needs a value/);
  usage(() => parseCheckArgs(['--fromat', 'json', 'a']), /unknown option "--fromat"/);
  usage(() => parseCheckArgs(['--format', 'xml', 'a']), /--format nhận text hoặc json, không nhận "xml" \/ --format takes text or json, not "xml"/);
  usage(() => parseCheckArgs([]), /no file or folder given/);
  usage(() => parseExportArgs(['a.vbhc.md', 'b.vbhc.md']), /export takes one file, got "a\.vbhc\.md" and "b\.vbhc\.md"/);
  usage(() => parseExportArgs(['-f', 'odt', 'a.vbhc.md']), /-f takes docx, html or pdf, not "odt"/);
  usage(() => parseImportArgs(['a.docx', '--force=yes']), /unknown option "--force"/);
  usage(() => readArgs('catalog', ['-x'], { usage: 'vbhc catalog stats' }), /unknown option "-x" \(vbhc catalog stats\)/);
  // A value that starts with a dash is given with "=".
  assert.equal(lastValue(readArgs('export', ['--output=-x.docx', 'a'], { values: OUTPUT_OPTION, maxPositional: ONE_FILE }), 'output')?.value, '-x.docx');
  assert.equal(choiceOption(undefined, ['a', 'b']), undefined);
});

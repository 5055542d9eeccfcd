import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../model/document';
import { blockPlace, blockPlaces, documentDateMentions } from './date-mentions';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frontMatter } from '../../../../test/support/structure-testkit';

const BODY = [
  'Ngày 05/03/2025 Sở đã họp; đến năm 2030 hoàn thành.',
  '   ',
  '- Quý II/2025 triển khai',
  '- 6 tháng cuối năm 2025 tổng kết, giai đoạn 2021-2025',
  '',
  '```',
  'ngày 01/01/2020 trong mã',
  '```',
  '',
  '| Kỳ | Ghi chú |',
  '|---|---|',
  '| tháng 4/2025 | xem https://x.vn/2021-2030-12.aspx |',
  '',
  'Trước cuối năm 2027, tầm nhìn đến năm 2045.',
].join('\n');

/** The mentions as the checks see them: text, place and offsets. */
const mentions = (text: string, version: number) => documentDateMentions(parseDocument('file:///ngay.vbhc.md', text, version)).map((d) => `${d.text}@${d.start}:${d.place}${d.horizon ? ':H' : ''}`);

test('an open document reads its dates group by group, kept by text: the same mentions as one scan of a closed file', () => {
  const text = `${frontMatter()}\n${BODY}\n`;
  const once = mentions(text, -1);
  assert.deepEqual(
    once.map((m) => m.split('@')[0]),
    // The first from the subject line (trich_yeu); none from the code block or the address.
    ['6 tháng đầu năm 2025', '05/03/2025', 'năm 2030', 'Quý II/2025', '6 tháng cuối năm 2025', 'giai đoạn 2021-2025', 'tháng 4/2025', 'năm 2027', 'năm 2045'],
  );
  assert.deepEqual(mentions(text, 1), once);
  assert.deepEqual(mentions(text, 2), once, 'read again from the kept groups');
  // An edit in a dash item parses the document again: the groups left alone are found again, at their new offsets.
  const edited = text.replace('- Quý II/2025 triển khai', '- Quý III/2025 triển khai xong');
  const closed = mentions(edited, -1);
  assert.deepEqual(mentions(edited, 3), closed);
  assert.ok(closed.some((m) => m.startsWith('Quý III/2025')));
});

test('the place of one block (what a carry across a paragraph edit reads) is the place the whole walk gives it', () => {
  const layouts = [
    BODY,
    '# I. MỞ ĐẦU\n\nĐoạn một.\n\nĐoạn cuối./.',
    'Đoạn mở đầu[^1].\n\n[^1]: Chú thích.\n\n# I. NỘI DUNG\n\nĐoạn[^2].\n\n<!-- pagebreak -->\n\n---\n\n```\nmã\n```\n\n[^2]: Chú thích cuối.',
    'Đoạn một.\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    '- Ý một\n- Ý hai',
    '> Trích dẫn',
    'Chỉ một đoạn.',
  ].map((body) => `${frontMatter()}\n${body}\n`);
  for (const f of readdirSync('examples')) if (f.endsWith('.vbhc.md')) layouts.push(readFileSync(join('examples', f), 'utf8'));
  const seen = new Set<string>();
  for (const text of layouts) {
    const blocks = parseDocument('file:///noi.vbhc.md', text).body.blocks;
    const all = blockPlaces(blocks);
    blocks.forEach((_, i) => {
      assert.equal(blockPlace(blocks, i), all[i], `block ${i} of ${text.slice(0, 80)}`);
      seen.add(all[i]);
    });
  }
  assert.deepEqual([...seen].sort(), ['body', 'closing', 'heading', 'intro']);
});

test('every mention has one shape, holding every field the date scanner gives it, found in a full scan or carried across an edit', async () => {
  const { findDateMentions } = await import('../text/dates');
  const { reparseAfterEdit } = await import('../model/incremental');
  const prose = `${BODY}\n\nNgày 5 tháng 3 năm 2025, quý IV năm 2024, 6 tháng đầu năm 2025, giai đoạn 2021 - 2030, tầm nhìn đến năm 2045, ngày 31/02/2025, tháng 4/2025.\n\nĐoạn cuối ngày 01/6/2026./.\n`;
  const text = `${frontMatter()}\n${prose}`;
  const doc = parseDocument('file:///hinh.vbhc.md', text, 1);
  const placed = documentDateMentions(doc);
  const raw = findDateMentions(text);
  const keys = new Set<string>();
  let compared = 0;
  for (const r of raw) {
    const p = placed.find((m) => m.start === r.start && m.end === r.end);
    if (!p) continue;
    compared++;
    for (const [k, v] of Object.entries(r)) assert.deepEqual((p as unknown as Record<string, unknown>)[k], v, `${r.text}: ${k}`);
    for (const k of Object.keys(r)) keys.add(k);
  }
  assert.ok(compared >= 12 && keys.has('horizon') && keys.has('quarter') && keys.has('half') && keys.has('endYear'), `${compared} mentions, fields ${[...keys]}`);
  const shapes = (list: readonly object[]) => new Set(list.map((m) => Object.keys(m).join(',')));
  assert.equal(shapes(placed).size, 1);
  const edited = reparseAfterEdit(doc, text.replace('Ngày 5 tháng 3', 'Ngày 6 tháng 3'), 2);
  assert.ok(edited);
  const carried = documentDateMentions(edited);
  assert.deepEqual(shapes(carried), shapes(placed));
  assert.deepEqual(carried, documentDateMentions(parseDocument('file:///hinh.vbhc.md', edited.source.original, 2)));
});

/**
 * Fix-all over the writing rules (capitals, abbreviations, spacing): on
 * documents built at random from sentences holding every kind of finding
 * that has a fix, one pass leaves none of them and a second pass changes
 * nothing. Spacing is a hint by default, which fix-all leaves alone: here it
 * is raised to information, as a workspace that wants it fixed does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, frontMatter, service, TEST_URI } from '../../../../test/support/structure-testkit';
import { styleCapitalization } from './style-capitalization';
import { styleAbbreviation } from './style-abbreviation';
import { styleSpacing } from './style-spacing';

const RULES = [styleCapitalization, styleAbbreviation, styleSpacing];
const SETTINGS = { severity: { 'style.spacing': 'information' as const } };

/** Sentences written for this test, each with findings of one kind or more (and clean ones). */
const FAULTY = [
  'Căn cứ nghị định số 45/2021/NĐ-CP ngày 12/4/2021 của Chính phủ.',
  'Báo cáo gửi sở nội vụ và Sở Tài Nguyên và Môi Trường.',
  'Theo chỉ đạo của chủ tịch Ủy ban nhân dân tỉnh quảng ngãi.',
  'Đoàn đến thành phố Hồ Chí Minh và UBND Tỉnh Bình Định.',
  'năm nay đạt kết quả tốt. tuy nhiên còn hạn chế.',
  'Các đơn vị đã Triển Khai Thực Hiện và Nâng Cao chất lượng.',
  'Ban Chỉ Đạo giao Tổ Chức hội nghị.',
  'Sở đã  rà soát ,bổ sung ( 05 hồ sơ ) ;hoàn thiện " mẫu biểu ".',
  'Kết quả :đạt  95% kế hoạch .',
  'Rà soát 30 TTHC trong quý. Đơn giản hóa thủ tục hành chính (TTHC) là nhiệm vụ thường xuyên.',
  'Ứng dụng công nghệ thông tin (CNTT) trong quản lý.',
  '- rà soát hồ sơ ;',
  'Các nội dung khác được bảo đảm./.',
];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function fixAll(text: string): string {
  return applyEdits(text, service(text, RULES, SETTINGS).getFixAllEdits(TEST_URI));
}

test('every kind of finding is present in the sentences (the generator holds what it claims)', () => {
  const text = `${frontMatter()}\n${FAULTY.join('\n\n')}\n`;
  const codes = new Set(service(text, RULES, SETTINGS).getDiagnostics(TEST_URI).map((d) => `${d.code}:${(d.data as { rule?: string })?.rule ?? ''}`));
  for (const k of ['style.capitalization:doc-type', 'style.capitalization:agency', 'style.capitalization:title', 'style.capitalization:place', 'style.capitalization:sentence', 'style.capitalization:common-word', 'style.abbreviation:', 'style.spacing:']) {
    assert.ok(codes.has(k), `${k} in ${[...codes].join()}`);
  }
});

test('fix-all leaves no finding of the writing rules, and a second pass changes nothing (random documents)', () => {
  for (let seed = 1; seed <= 40; seed++) {
    const next = random(seed);
    const picked: string[] = [];
    const n = 3 + Math.floor(next() * 10);
    for (let i = 0; i < n; i++) picked.push(FAULTY[Math.floor(next() * FAULTY.length)]);
    // Sentences as paragraphs or run together in one paragraph.
    const body = picked.map((s, i) => (i > 0 && !s.startsWith('-') && !picked[i - 1].startsWith('-') && next() < 0.4 ? ` ${s}` : `\n\n${s}`)).join('').trim();
    const text = `${frontMatter()}\n${body}\n`;
    const once = fixAll(text);
    const left = service(once, RULES, SETTINGS).getDiagnostics(TEST_URI);
    assert.deepEqual(left.map((d) => d.message), [], `seed ${seed}:\n${once}`);
    assert.equal(fixAll(once), once, `seed ${seed}`);
  }
});

/**
 * The one table of document types: adding a type is one entry. A fixture
 * table with one type more (an outline, `ĐC`, laid out as a công văn,
 * requiring `kinh_gui`, expecting one part) shows it everywhere the table is
 * read — the new-document command's list, the templates, the skeleton, the
 * profile check, the required keys and the layout lookup — while the
 * built-in table knows nothing of it. Also: the built-in table's drafted
 * types, their layouts and periods, and the cited-type table's codes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILT_IN_TYPES, docTypeTable, layoutVariantOf, type DocType } from '../../server/src/service/data/doc-types';
import { DOCUMENT_TYPES, OFFERED_FIRST } from '../../server/src/service/data/document-types';
import { CITED_TYPES, STATE_TYPE_CODES } from '../../server/src/service/references/data/cited-types';
import { missingSectionRule } from '../../server/src/service/checks/structure-missing-section';
import { missingFieldRule } from '../../server/src/service/checks/meta-missing-field';
import { check, frontMatter } from '../support/structure-testkit';
import { documentSkeleton, skeletonKinds, skeletonTitle } from '../../server/src/service/skeletons';
import { allTemplates } from '../../client/src/features/templates';
import { isNewDocumentKind, newDocumentKinds } from '../../client/src/features/doc-kinds';

const OUTLINE: DocType = {
  code: 'ĐC',
  name: 'Đề cương',
  nameEn: 'Outline',
  appendixIII: false,
  drafting: {
    layout: 'cong-van',
    requiredKeys: ['kinh_gui'],
    parts: [{ name: { vi: 'Nội dung chính', en: 'Main content' }, keywords: ['nội dung chính'], suggestion: 'NỘI DUNG CHÍNH' }],
    skeleton: {
      trichYeu: '«Đề cương bài viết năm {year}»',
      kinhGui: ['«Nơi nhận đề cương»'],
      noiNhan: ['«Lãnh đạo cơ quan»'],
      body: ['# I. NỘI DUNG CHÍNH', '', '«Các ý chính của đề cương.»./.', ''],
    },
  },
};
const FIXTURE = docTypeTable([...DOCUMENT_TYPES, OUTLINE], OFFERED_FIRST);
const DATE = new Date(2025, 5, 5);

test('a type added in a fixture table is in the new-document list, the templates and the skeletons; the built-in table does not have it', () => {
  const item = newDocumentKinds(FIXTURE).find((k) => k.code === 'ĐC');
  assert.deepEqual(item, { label: 'ĐC · Đề cương', description: 'de cuong · Outline', code: 'ĐC', stem: 'de-cuong' });
  assert.equal(newDocumentKinds(FIXTURE).at(-1)?.code, 'ĐC', 'a type not named in the offered order comes last');
  assert.ok(isNewDocumentKind('ĐC', FIXTURE));
  assert.ok(!isNewDocumentKind('ĐC'));
  assert.ok(!newDocumentKinds().some((k) => k.code === 'ĐC'));

  const template = allTemplates(DATE, FIXTURE).find((t) => t.prefix === 'vbhc-dc');
  assert.ok(template, 'the skeleton is a template with an ASCII prefix');
  assert.equal(template.where, 'document');
  assert.equal(template.title, 'Khung đề cương (ĐC)');
  assert.ok(!allTemplates(DATE).some((t) => t.prefix === 'vbhc-dc'));

  assert.deepEqual(skeletonKinds(FIXTURE).slice(-1), ['ĐC']);
  assert.deepEqual(skeletonTitle('ĐC', FIXTURE), { vi: 'đề cương (ĐC)', en: 'outline (ĐC)' });
  const text = documentSkeleton('ĐC', { date: DATE, types: FIXTURE });
  assert.match(text, /^---\nloai: ĐC\n/);
  assert.match(text, /^trich_yeu: "«Đề cương bài viết năm 2025»"\nkinh_gui: "«Nơi nhận đề cương»"\nnoi_nhan:\n {2}- "«Lãnh đạo cơ quan»"\n {2}- "Lưu: VT, «đơn vị soạn thảo»"$/m);
  assert.match(text, /\n---\n\n# I\. NỘI DUNG CHÍNH\n/);
  assert.throws(() => documentSkeleton('ĐC', { date: DATE }), /no skeleton for document type ĐC/);
});

test('a type added in a fixture table has its profile checked and its keys required; its layout variant is looked up', () => {
  const missing = check(`${frontMatter('ĐC')}\n# I. MỞ ĐẦU\n\nNội dung./.\n`, [missingSectionRule(FIXTURE)]);
  assert.deepEqual(missing.map((d) => [d.code, d.range.start.line]), [['structure.missing-section', 0]]);
  assert.match(missing[0].message, /Văn bản loại ĐC thường có phần "Nội dung chính".*"# NỘI DUNG CHÍNH"/);
  assert.deepEqual(check(`${frontMatter('ĐC')}\n# I. NỘI DUNG CHÍNH\n\nNội dung./.\n`, [missingSectionRule(FIXTURE)]), []);
  assert.deepEqual(check(`${frontMatter('ĐC')}\n# I. MỞ ĐẦU\n\nNội dung./.\n`, [missingSectionRule()]), [], 'the built-in table has no profile for it');

  const keys = check(`${frontMatter('ĐC')}\nNội dung./.\n`, [missingFieldRule(FIXTURE)]);
  assert.deepEqual(keys.map((d) => (d.data as { key: string }).key), ['kinh_gui']);
  assert.deepEqual(check(`${frontMatter('ĐC')}\nNội dung./.\n`, [missingFieldRule()]), []);

  assert.equal(layoutVariantOf('ĐC', FIXTURE), 'cong-van');
  assert.equal(layoutVariantOf('ĐC'), 'bao-cao');
});

test('the built-in table: every drafted type offered in order, with its layout, periods and keys', () => {
  assert.deepEqual(BUILT_IN_TYPES.drafted.map((t) => t.code), ['BC', 'KH', 'CV', 'TTr', 'TB', 'CTr', 'HD', 'QĐ']);
  assert.deepEqual(newDocumentKinds().map((k) => k.label), ['BC · Báo cáo', 'KH · Kế hoạch', 'CV · Công văn', 'TTr · Tờ trình', 'TB · Thông báo', 'CTr · Chương trình', 'HD · Hướng dẫn', 'QĐ · Quyết định']);
  assert.deepEqual(newDocumentKinds().map((k) => k.stem), ['bao-cao', 'ke-hoach', 'cong-van', 'to-trinh', 'thong-bao', 'chuong-trinh', 'huong-dan', 'quyet-dinh']);
  const layouts = Object.fromEntries(BUILT_IN_TYPES.drafted.map((t) => [t.code, layoutVariantOf(t.code)]));
  assert.deepEqual(layouts, { BC: 'bao-cao', KH: 'bao-cao', CV: 'cong-van', TTr: 'bao-cao', TB: 'bao-cao', CTr: 'bao-cao', HD: 'bao-cao', QĐ: 'quyet-dinh' });
  assert.equal(layoutVariantOf('NQ'), 'bao-cao', 'a type the product does not draft is laid out as a typed document');
  assert.equal(layoutVariantOf(undefined), 'bao-cao');
  const periods = Object.fromEntries(BUILT_IN_TYPES.drafted.map((t) => [t.code, t.drafting.periods ?? null]));
  assert.deepEqual(periods, { BC: 'report', KH: null, CV: null, TTr: null, TB: 'stated', CTr: null, HD: null, QĐ: null });
  const keys = BUILT_IN_TYPES.drafted.filter((t) => t.drafting.requiredKeys?.includes('kinh_gui')).map((t) => t.code);
  assert.deepEqual(keys, ['CV', 'TTr']);
  for (const t of BUILT_IN_TYPES.drafted) {
    for (const l of [t.drafting.skeleton.trichYeu, ...t.drafting.skeleton.body]) assert.doesNotMatch(l, /\{(?!year\})/, `${t.code}: only {year} is substituted`);
    assert.match(t.drafting.skeleton.body.join('\n'), /\.\/\.\n$/, `${t.code}: the body ends with ./.`);
  }
});

test('the cited-type table takes its Appendix III names and codes from the one table', () => {
  const appendix = DOCUMENT_TYPES.filter((t) => t.appendixIII !== false);
  assert.equal(appendix.length, 30);
  for (const t of appendix) assert.ok(STATE_TYPE_CODES.has(t.code), t.code);
  for (const c of CITED_TYPES) {
    const same = appendix.find((t) => t.name === c.name);
    if (same) assert.deepEqual([c.nameEn, c.stateCodes], [same.nameEn, [same.code]], c.name);
  }
  assert.deepEqual(new Set(DOCUMENT_TYPES.map((t) => t.code)).size, DOCUMENT_TYPES.length, 'codes are unique');
});

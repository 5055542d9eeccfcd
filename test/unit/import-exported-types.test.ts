/**
 * What the exporter prints from the front matter is not read back as body
 * text: an exported plan with two appendices (the first landscape) imports
 * with one marker and name heading per appendix (each landscape one as `ngang`) and without the "(Kèm theo …)" lines; an
 * exported quyết định without its issuing-authority line. The model of the
 * imported document is the model of the source.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { parseDocument } from '../../server/src/service/model/document';
import { exportDocx } from '../../server/src/service/export/docx';
import { importFile } from '../../server/src/service/import/index';
import { bodyModel } from './import-model';
import { CONG_VAN_FIXTURE, CONG_VAN_ONE_FIXTURE, QUYET_DINH_FIXTURE, TO_TRINH_FIXTURE, keHoachWithAppendices } from '../../server/src/service/export/layout-types.fixture';

async function roundTrip(text: string): Promise<string> {
  const { bytes } = await exportDocx(parseDocument('file:///x.vbhc.md', text, 0, { keepTokens: true }));
  return (await importFile('x.docx', bytes)).text;
}

const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n') + 5).trim();

test('an exported plan with two appendices: a marker and a name heading per appendix, no "(Kèm theo …)" line', async () => {
  const source = keHoachWithAppendices(2);
  const back = await roundTrip(source);
  const body = bodyOf(back);
  // The first appendix is a landscape one: its section's orientation comes back as `ngang`.
  assert.deepEqual([...body.matchAll(/<!-- phu-luc(?: ngang)? -->/g)].map((m) => m[0]), ['<!-- phu-luc ngang -->', '<!-- phu-luc -->']);
  assert.match(body, /<!-- phu-luc ngang -->\n\n# Phụ lục I\n\nDANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025\n\n\| STT \|/);
  assert.match(body, /<!-- phu-luc -->\n\n# Phụ lục II\n\nPHÂN CÔNG THEO DÕI\n\nVăn phòng Sở tổng hợp kết quả thực hiện hằng quý\.$/);
  assert.doesNotMatch(body, /Kèm theo/);
  assert.deepEqual(bodyModel(back), bodyModel(source));
});

test('every landscape appendix comes back landscape, not only the first', async () => {
  const source = `${keHoachWithAppendices(2)}
<!-- phu-luc ngang -->

# PHỤ LỤC III

Tiến độ theo quý

| Quý | Việc chính | Đơn vị |
|---|---|---|
| I | Rà soát quy trình | Văn phòng Sở |
| II | Công bố kết quả | Các phòng chuyên môn |
`;
  const back = await roundTrip(source);
  assert.deepEqual(
    [...bodyOf(back).matchAll(/<!-- phu-luc(?: ngang)? -->\n\n# (Phụ lục \w+)/g)].map((m) => `${m[0].split('\n')[0]} ${m[1]}`),
    ['<!-- phu-luc ngang --> Phụ lục I', '<!-- phu-luc --> Phụ lục II', '<!-- phu-luc ngang --> Phụ lục III'],
  );
  assert.deepEqual(bodyModel(back), bodyModel(source));
  // Exported again, the imported text gives the same sections: landscape, upright, landscape after the body's upright one.
  const { bytes } = await exportDocx(parseDocument('file:///y.vbhc.md', back, 0, { keepTokens: true }));
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  assert.deepEqual([...xml.matchAll(/<w:pgSz [^>]*?(w:orient="landscape")?\/>/g)].map((m) => !!m[1]), [false, true, false, true]);
});

test('an exported quyết định: the issuing authority printed from the signature is not read as body text', async () => {
  const back = await roundTrip(QUYET_DINH_FIXTURE);
  assert.ok(bodyOf(back).startsWith('Căn cứ Luật Tổ chức chính quyền địa phương'), bodyOf(back));
  assert.deepEqual(bodyModel(back), bodyModel(QUYET_DINH_FIXTURE));
  // Other types keep a line in capitals after the subject.
  const capitals = TO_TRINH_FIXTURE.replace('# I. SỰ CẦN THIẾT', 'KÍNH TRÌNH ỦY BAN NHÂN DÂN TỈNH\n\n# I. SỰ CẦN THIẾT');
  assert.ok(bodyOf(await roundTrip(capitals)).startsWith('KÍNH TRÌNH ỦY BAN NHÂN DÂN TỈNH'));
});

test('an exported công văn comes back as a công văn (loai: CV), with its V/v subject and Kính gửi, and no fill-in', async () => {
  for (const source of [CONG_VAN_FIXTURE, CONG_VAN_ONE_FIXTURE]) {
    const back = await roundTrip(source);
    assert.match(back, /^---\nloai: CV\n/);
    assert.doesNotMatch(back, /«/);
    const fm = (t: string) => parseDocument('file:///z.vbhc.md', t, 0).frontMatter?.data ?? {};
    for (const key of ['loai', 'ky_hieu', 'trich_yeu', 'kinh_gui']) assert.deepEqual(fm(back)[key], fm(source)[key], key);
    assert.deepEqual(bodyModel(back), bodyModel(source));
  }
});

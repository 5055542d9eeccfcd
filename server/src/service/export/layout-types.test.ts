/**
 * The parts each model form of Decree 30/2020 Appendix III prints
 * differently, read back from word/document.xml: the công văn's "V/v …"
 * under Số and its Kính gửi, the type name and Kính gửi of a tờ trình, the
 * quyết định's issuing authority, căn cứ, "QUYẾT ĐỊNH:" and articles,
 * multi-line authority in the signature, and appendices in sections of
 * their own (landscape where asked, pages numbered per appendix).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { parseDocument } from '../model/document';
import { exportDocx } from './docx';
import { renderHtml } from './html';
import { STYLE } from './docx-styles';
import { agencyInText, documentParts, issuingAuthority } from './header-format';
import { CONG_VAN_VV_SPACE_BEFORE_TWIP, FIXED_TEXT, FONT_SIZE_HALF_PT, PAGE_TWIP, mmToTwip, pageGeometry } from './layout-constants';
import { buildRenderModel, type BodyNode } from './render-model';
import { docTypeTable, type DocType, type DocTypeTable } from '../data/doc-types';
import { DOCUMENT_TYPES } from '../data/document-types';
import {
  CHUONG_TRINH_FIXTURE,
  CONG_VAN_FIXTURE,
  CONG_VAN_ONE_FIXTURE,
  HUONG_DAN_FIXTURE,
  QUYET_DINH_FIXTURE,
  QUYET_DINH_HEAD_FIXTURE,
  THONG_BAO_FIXTURE,
  TO_TRINH_FIXTURE,
  keHoachWithAppendices,
} from './layout-types.fixture';

const parse = (text: string, name = 'x') => parseDocument(`file:///${name}.vbhc.md`, text);

async function documentXml(text: string, types?: DocTypeTable): Promise<{ xml: string; styles: string; notes: string[] }> {
  const { bytes, notes } = await exportDocx(parse(text), { types });
  const zip = await JSZip.loadAsync(bytes);
  return { xml: await zip.file('word/document.xml')!.async('string'), styles: await zip.file('word/styles.xml')!.async('string'), notes };
}

/** Paragraphs of a style, as their plain text, in document order. */
function paragraphsOf(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].filter((m) => m[1].includes(`<w:pStyle w:val="${style}"/>`)).map((m) => textOf(m[1]));
}

const textOf = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');

/** Plain text of every paragraph, in order (tables included). */
const allParagraphs = (xml: string) => [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => textOf(m[1])).filter((t) => t !== '');

/** A style's definition in styles.xml. */
const styleDef = (styles: string, id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}">.*?</w:style>`).exec(styles)?.[0] ?? '';

test('công văn: no type name; "V/v …" in the left header cell under Số, 12 pt, centred, 6 pt below; Kính gửi with a dash list', async () => {
  const { xml, styles, notes } = await documentXml(CONG_VAN_FIXTURE);
  assert.deepEqual(notes, []);
  assert.deepEqual(paragraphsOf(xml, STYLE.TEN_LOAI), []);
  assert.deepEqual(paragraphsOf(xml, STYLE.TRICH_YEU), []);
  // The header table's second row: Số then V/v in its first cell.
  const header = /<w:tbl>.*?<\/w:tbl>/.exec(xml)![0];
  const rows = [...header.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]);
  const leftCell = /<w:tc>.*?<\/w:tc>/.exec(rows[1])![0];
  assert.deepEqual(paragraphsOf(leftCell, STYLE.SO_KY_HIEU), ['Số: 04/SKHCN-VP']);
  assert.deepEqual(paragraphsOf(leftCell, STYLE.VV), ['V/v góp ý dự thảo quy chế quản lý đề tài cấp cơ sở']);
  assert.ok(leftCell.indexOf(STYLE.SO_KY_HIEU) < leftCell.indexOf(STYLE.VV));
  const vv = styleDef(styles, STYLE.VV);
  assert.equal(FONT_SIZE_HALF_PT.TRICH_YEU_CONG_VAN, 24, '12 pt (the decree allows 12–13)');
  assert.match(vv, new RegExp(`<w:sz w:val="${FONT_SIZE_HALF_PT.TRICH_YEU_CONG_VAN}"/>`));
  assert.match(vv, /<w:jc w:val="center"\/>/);
  assert.match(vv, new RegExp(`<w:spacing w:before="${CONG_VAN_VV_SPACE_BEFORE_TWIP}"`));
  assert.doesNotMatch(vv, /<w:b\/>/, 'upright, not bold');
  assert.deepEqual(paragraphsOf(xml, STYLE.KINH_GUI), ['Kính gửi:', '- Phòng Quản lý khoa học;', '- Trung tâm Ứng dụng tiến bộ khoa học và công nghệ.']);
  // The body ends with ./. before the closing block; Nơi nhận starts with "Như trên".
  const texts = allParagraphs(xml);
  assert.ok(texts.indexOf('Văn bản góp ý gửi về Văn phòng Sở trước ngày 20 tháng 02 năm 2025./.') < texts.indexOf('Nơi nhận:'));
  assert.deepEqual(paragraphsOf(xml, STYLE.NOI_NHAN_ITEM), ['- Như trên;', '- Lưu: VT, VP.']);
});

test('công văn to one addressee: "Kính gửi:" and the addressee on one line', async () => {
  const { xml } = await documentXml(CONG_VAN_ONE_FIXTURE);
  assert.deepEqual(paragraphsOf(xml, STYLE.KINH_GUI), ['Kính gửi: Sở Tài chính']);
});

test('tờ trình: type name and subject as a report, then "Kính gửi:" under them', async () => {
  const { xml } = await documentXml(TO_TRINH_FIXTURE);
  assert.deepEqual(paragraphsOf(xml, STYLE.TEN_LOAI), ['TỜ TRÌNH']);
  assert.deepEqual(paragraphsOf(xml, STYLE.TRICH_YEU), ['đề nghị phê duyệt danh mục nhiệm vụ khoa học năm 2026']);
  assert.deepEqual(paragraphsOf(xml, STYLE.KINH_GUI), ['Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi']);
  assert.ok(xml.indexOf(STYLE.TRICH_YEU) < xml.indexOf(STYLE.KINH_GUI));
  assert.deepEqual(paragraphsOf(xml, STYLE.THAM_QUYEN), [], 'no issuing authority outside a quyết định');
});

test('thông báo, chương trình, hướng dẫn: their type names; a two-line authority is printed line by line above the title', async () => {
  for (const [text, name] of [
    [THONG_BAO_FIXTURE, 'THÔNG BÁO'],
    [CHUONG_TRINH_FIXTURE, 'CHƯƠNG TRÌNH'],
    [HUONG_DAN_FIXTURE, 'HƯỚNG DẪN'],
  ] as const) {
    const { xml, notes } = await documentXml(text);
    assert.deepEqual(notes, []);
    assert.deepEqual(paragraphsOf(xml, STYLE.TEN_LOAI), [name]);
    assert.deepEqual(paragraphsOf(xml, STYLE.QUYET_DINH), []);
  }
  const { xml } = await documentXml(THONG_BAO_FIXTURE);
  assert.deepEqual(paragraphsOf(xml, STYLE.SIGNER), ['TL. GIÁM ĐỐC', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG']);
});

test('quyết định: the issuing authority and "QUYẾT ĐỊNH:" centred bold, căn cứ in italics, article labels in bold, Nơi nhận from "Như Điều 3"', async () => {
  const { xml, styles, notes } = await documentXml(QUYET_DINH_FIXTURE);
  assert.deepEqual(notes, []);
  assert.deepEqual(paragraphsOf(xml, STYLE.TEN_LOAI), ['QUYẾT ĐỊNH']);
  assert.deepEqual(paragraphsOf(xml, STYLE.THAM_QUYEN), ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI']);
  assert.deepEqual(paragraphsOf(xml, STYLE.CAN_CU), ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;', 'Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.']);
  assert.deepEqual(paragraphsOf(xml, STYLE.QUYET_DINH), [FIXED_TEXT.QUYET_DINH]);
  for (const id of [STYLE.THAM_QUYEN, STYLE.QUYET_DINH]) {
    assert.match(styleDef(styles, id), /<w:b\/>.*<w:jc w:val="center"\/>|<w:jc w:val="center"\/>.*<w:b\/>/, id);
    assert.match(styleDef(styles, id), /<w:sz w:val="28"\/>/, `${id}: 14 pt`);
  }
  assert.match(styleDef(styles, STYLE.CAN_CU), /<w:i\/>/);
  // Order: type name, subject, authority, căn cứ, QUYẾT ĐỊNH:, Điều 1.
  const texts = allParagraphs(xml);
  const at = (t: string) => texts.findIndex((x) => x.startsWith(t));
  const order = ['QUYẾT ĐỊNH', 'Về việc thành lập', 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'Căn cứ Luật', 'Theo đề nghị', 'QUYẾT ĐỊNH:', 'Điều 1.', 'Điều 2.', 'Điều 3.', 'Nơi nhận:'].map(at);
  assert.deepEqual([...order].sort((a, b) => a - b), order, JSON.stringify(order));
  assert.ok(!order.includes(-1), JSON.stringify(order));
  // An article: the label in a bold run, one space, the text as written.
  const paragraph = (start: string) => [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]).find((p) => textOf(p).startsWith(start))!;
  assert.match(paragraph('Điều 2.'), /^<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Điều 2\.<\/w:t><\/w:r><w:r><w:t xml:space="preserve"> <\/w:t><\/w:r><w:r><w:t xml:space="preserve">Tổ công tác/);
  for (const n of [1, 3]) assert.match(paragraph(`Điều ${n}.`), new RegExp(`^(?:<w:pPr><w:keepNext/></w:pPr>)?<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Điều ${n}\\.</w:t>`));
  assert.deepEqual(paragraphsOf(xml, STYLE.NOI_NHAN_ITEM), ['- Như Điều 3;', '- Lưu: VT, NC.']);
  assert.deepEqual(paragraphsOf(xml, STYLE.SIGNER), ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
});

test('quyết định signed by the head: the authority is the head’s title and the body', async () => {
  const { xml } = await documentXml(QUYET_DINH_HEAD_FIXTURE);
  assert.deepEqual(paragraphsOf(xml, STYLE.THAM_QUYEN), ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI']);
});

test('the issuing authority of a quyết định from the signature (Mẫu 1.2 note 6)', () => {
  const ubnd = 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI';
  assert.equal(issuingAuthority(['KT. CHỦ TỊCH'], 'PHÓ CHỦ TỊCH', ubnd), 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI');
  assert.equal(issuingAuthority(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], 'PHÓ CHỦ TỊCH', ubnd), ubnd);
  assert.equal(issuingAuthority([], 'GIÁM ĐỐC', 'SỞ NỘI VỤ'), 'GIÁM ĐỐC SỞ NỘI VỤ');
  assert.equal(issuingAuthority(['Q. GIÁM ĐỐC'], 'PHÓ GIÁM ĐỐC', 'SỞ NỘI VỤ'), 'GIÁM ĐỐC SỞ NỘI VỤ');
  assert.equal(issuingAuthority(['KT. GIÁM ĐỐC SỞ NỘI VỤ'], 'PHÓ GIÁM ĐỐC', 'SỞ NỘI VỤ'), 'GIÁM ĐỐC SỞ NỘI VỤ', 'the body named once');
  assert.equal(issuingAuthority([], undefined, undefined), undefined);
});

test('a typed "QUYẾT ĐỊNH:" is printed once; "Điều 1." outside a quyết định stays a paragraph', () => {
  const typed = QUYET_DINH_FIXTURE.replace('Điều 1.', 'QUYẾT ĐỊNH:\n\nĐiều 1.');
  const kinds = (text: string) => buildRenderModel(parse(text)).nodes.map((n) => n.kind);
  assert.deepEqual(kinds(typed), ['basis', 'basis', 'decides', 'article', 'article', 'article']);
  assert.deepEqual(kinds(QUYET_DINH_FIXTURE), ['basis', 'basis', 'decides', 'article', 'article', 'article']);
  const report = QUYET_DINH_FIXTURE.replace('loai: QĐ', 'loai: BC');
  assert.deepEqual(kinds(report), ['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  // Articles after the first are articles; a căn cứ-like line after Điều 1 is body text.
  const late = QUYET_DINH_FIXTURE.replace('Điều 2.', 'Căn cứ vào kết quả rà soát, Tổ công tác đề xuất.\n\nĐiều 2.');
  assert.deepEqual(kinds(late), ['basis', 'basis', 'decides', 'article', 'paragraph', 'article', 'article']);
});

/** The appendix nodes of a document. */
const appendices = (text: string) => buildRenderModel(parse(text)).nodes.filter((n): n is Extract<BodyNode, { kind: 'appendix' }> => n.kind === 'appendix');

test('appendices: name and title read from the first heading and line; Roman numbers when several; landscape marker', () => {
  const kh = appendices(keHoachWithAppendices(2));
  assert.deepEqual(
    kh.map(({ label, title, landscape }) => ({ label, title, landscape })),
    [
      { label: 'Phụ lục I', title: 'Danh mục nhiệm vụ cải cách hành chính năm 2025', landscape: true },
      { label: 'Phụ lục II', title: 'Phân công theo dõi', landscape: false },
    ],
  );
  const head = '---\nloai: KH\n---\n\nVăn bản./.\n\n';
  // Several appendices named `PHỤ LỤC` alone: numbered in order.
  assert.deepEqual(appendices(`${head}<!-- phu-luc -->\n\n# PHỤ LỤC\n\nA\n\n<!-- phu-luc -->\n\n# PHỤ LỤC\n\nB\n`).map((a) => [a.label, a.title]), [['Phụ lục I', 'A'], ['Phụ lục II', 'B']]);
  // One appendix without a number stays "Phụ lục"; a sentence after the name is content, not a title.
  const one = buildRenderModel(parse(`${head}<!-- phu-luc -->\n\n# PHỤ LỤC\n\nCác đơn vị gửi báo cáo trước ngày 15.\n`));
  assert.deepEqual(one.nodes.slice(1).map((n) => n.kind), ['appendix', 'paragraph']);
  assert.equal((one.nodes[1] as Extract<BodyNode, { kind: 'appendix' }>).label, 'Phụ lục');
  assert.equal((one.nodes[1] as Extract<BodyNode, { kind: 'appendix' }>).title, undefined);
  // The title on the heading line after a colon; no name heading at all.
  assert.deepEqual(appendices(`${head}<!-- phu-luc -->\n\n# PHỤ LỤC 2: BIỂU MẪU\n\nx\n`).map((a) => [a.label, a.title]), [['Phụ lục 2', 'BIỂU MẪU']]);
  assert.deepEqual(appendices(`${head}<!-- phu-luc ngang -->\n\n| A | B |\n|---|---|\n| 1 | 2 |\n`).map((a) => [a.label, a.title, a.landscape]), [['Phụ lục', undefined, true]]);
  // A marker inside a list or a quote is text.
  assert.deepEqual(appendices(`${head}> <!-- phu-luc -->\n`), []);
});

test('the "(Kèm theo …)" line from the front matter: type name, number and symbol, date, agency as running text writes it', () => {
  assert.equal(documentParts(parse(keHoachWithAppendices(1))).kemTheo, '(Kèm theo Kế hoạch số 07/KH-SKHCN ngày 15 tháng 01 năm 2025 của Sở Khoa học và Công nghệ)');
  // A draft: number and day blank for the clerk.
  const draft = documentParts(parse(keHoachWithAppendices(1).replace('so: 7\n', '').replace('ngay: 2025-01-15', 'ngay: "2025-03"'))).kemTheo;
  assert.equal(draft, '(Kèm theo Kế hoạch số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/KH-SKHCN ngày \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 tháng 3 năm 2025 của Sở Khoa học và Công nghệ)');
  assert.match(documentParts(parse(CONG_VAN_FIXTURE)).kemTheo, /^\(Kèm theo Công văn số 04\/SKHCN-VP ngày 03 tháng 02 năm 2025 của Sở Khoa học và Công nghệ\)$/);
});

test('agency names in running text (Appendix II §6); names of other shapes are printed as written', () => {
  assert.equal(agencyInText('SỞ KHOA HỌC VÀ CÔNG NGHỆ'), 'Sở Khoa học và Công nghệ');
  assert.equal(agencyInText('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'), 'Sở Lao động - Thương binh và Xã hội');
  assert.equal(agencyInText('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'), 'Sở Văn hóa, Thể thao và Du lịch');
  assert.equal(agencyInText('BỘ NỘI VỤ'), 'Bộ Nội vụ');
  assert.equal(agencyInText('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI'), 'Ủy ban nhân dân tỉnh Quảng Ngãi');
  assert.equal(agencyInText('VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI'), 'Văn phòng Ủy ban nhân dân thành phố Hà Nội');
  assert.equal(agencyInText('SỞ TƯ PHÁP TỈNH BÌNH ĐỊNH'), 'Sở Tư pháp tỉnh Bình Định');
  assert.equal(agencyInText('Sở Khoa học và Công nghệ'), 'Sở Khoa học và Công nghệ', 'mixed case: as written');
  assert.equal(agencyInText('TRƯỜNG ĐẠI HỌC PHẠM VĂN ĐỒNG'), 'TRƯỜNG ĐẠI HỌC PHẠM VĂN ĐỒNG', 'unknown shape: as written');
  assert.equal(agencyInText('ỦY BAN NHÂN DÂN KHU KINH TẾ'), 'ỦY BAN NHÂN DÂN KHU KINH TẾ', 'no administrative unit: as written');
});

test('a plan with a landscape appendix: its own landscape section with the margins rotated, the table the width of the page with a repeating header row, pages numbered per appendix', async () => {
  const { xml, notes } = await documentXml(keHoachWithAppendices());
  assert.deepEqual(notes, []);
  const sections = [...xml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((m) => m[0]);
  assert.equal(sections.length, 3, 'the plan, appendix I, appendix II');
  const [plan, landscape, portrait] = sections;
  assert.match(plan, new RegExp(`<w:pgSz w:w="${PAGE_TWIP.WIDTH}" w:h="${PAGE_TWIP.HEIGHT}" w:orient="portrait"/>`));
  assert.match(plan, /<w:pgNumType\/><w:titlePg\/>/);
  assert.match(landscape, new RegExp(`<w:pgSz w:w="${PAGE_TWIP.HEIGHT}" w:h="${PAGE_TWIP.WIDTH}" w:orient="landscape"/>`));
  // The sheet turned a quarter clockwise: left 30 → top, top 20 → right, right 15 → bottom, bottom 20 → left.
  assert.match(landscape, new RegExp(`<w:pgMar w:top="${mmToTwip(30)}" w:right="${mmToTwip(20)}" w:bottom="${mmToTwip(15)}" w:left="${mmToTwip(20)}"`));
  assert.match(portrait, /w:orient="portrait"/);
  // Appendices number their pages on their own, with no number on their first page (PL I §III.1.đ).
  for (const s of [landscape, portrait]) assert.match(s, /<w:pgNumType w:start="1"\/><w:titlePg\/>/);
  for (const s of sections) assert.match(s, /<w:headerReference w:type="default" r:id="rId6"\/><w:headerReference w:type="first" r:id="rId7"\/>/);
  // The plan's section ends after the closing block; appendix I's after its table.
  const planEnd = xml.indexOf(plan);
  assert.ok(xml.lastIndexOf('Nơi nhận:', planEnd) > 0 && xml.indexOf('Phụ lục I<', planEnd) > planEnd);
  const body = xml.slice(xml.indexOf(plan) + plan.length, xml.indexOf(landscape));
  assert.deepEqual(paragraphsOf(body, STYLE.PHU_LUC), ['Phụ lục I']);
  assert.deepEqual(paragraphsOf(body, STYLE.PHU_LUC_TITLE), ['DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025']);
  assert.deepEqual(paragraphsOf(body, STYLE.KEM_THEO), ['(Kèm theo Kế hoạch số 07/KH-SKHCN ngày 15 tháng 01 năm 2025 của Sở Khoa học và Công nghệ)']);
  // The rule under "(Kèm theo …)" keeps a paragraph's space from the table that follows (a table has no space before).
  const afterKemTheo = body.slice(body.indexOf('(Kèm theo'));
  assert.match(afterKemTheo, new RegExp(`^[^]*?</w:p><w:p><w:pPr><w:pStyle w:val="${STYLE.RULE}"/><w:pBdr>.*?</w:pBdr><w:spacing w:after="${pageGeometry(undefined, 'landscape').spaceBeforeTwip}"/>.*?</w:p><w:tbl>`));
  const table = /<w:tbl>.*?<\/w:tbl>/.exec(body)![0];
  assert.match(table, new RegExp(`<w:tblW w:w="${pageGeometry(undefined, 'landscape').textWidthTwip}" w:type="dxa"/>`));
  assert.equal(pageGeometry(undefined, 'landscape').textWidthTwip, PAGE_TWIP.HEIGHT - 2 * mmToTwip(20));
  const rows = [...table.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]);
  assert.equal(rows.length, 31);
  assert.match(rows[0], /<w:tblHeader\/>/);
  assert.ok(rows.slice(1).every((r) => !r.includes('<w:tblHeader/>')));
  const last = xml.slice(xml.indexOf(landscape));
  assert.deepEqual(paragraphsOf(last, STYLE.PHU_LUC), ['Phụ lục II']);
  // The heading and title lines of the appendices are not printed again as body text.
  assert.doesNotMatch(xml, /PHỤ LỤC I</);
});

test('a document without appendices keeps a single section', async () => {
  const { xml } = await documentXml(TO_TRINH_FIXTURE);
  assert.equal([...xml.matchAll(/<w:sectPr>/g)].length, 1);
});

test('the preview: the quyết định parts, and appendices on sheets of their own orientation numbered per appendix', () => {
  const qd = renderHtml(parse(QUYET_DINH_FIXTURE), { nonce: 'n' });
  assert.match(qd, /<p class="tq" data-line="0">ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI<\/p>/);
  assert.match(qd, /<p class="qd" data-line="\d+">QUYẾT ĐỊNH:<\/p>/);
  assert.equal([...qd.matchAll(/<p class="body can-cu"/g)].length, 2);
  assert.equal([...qd.matchAll(/<p class="body" data-line="\d+"><b>Điều \d\.<\/b> /g)].length, 3);
  const kh = renderHtml(parse(keHoachWithAppendices()), { nonce: 'n' });
  assert.doesNotMatch(kh, / style=/, 'no inline style under the strict CSP');
  const sheets = [...kh.matchAll(/<div class="page( landscape)?" data-page="(\d+)"[^>]*>(<div class="page-number">(\d+)<\/div>)?/g)].map((m) => ({ landscape: !!m[1], number: m[4] }));
  const landscape = sheets.filter((s) => s.landscape);
  assert.ok(landscape.length >= 2, `${landscape.length} landscape sheets`);
  assert.equal(sheets[0].landscape, false);
  assert.equal(sheets[0].number, undefined, 'no number on page 1');
  // Appendix I: landscape sheets numbered from 1 (the first unnumbered); appendix II: a portrait sheet of its own.
  assert.deepEqual(landscape.map((s) => s.number), [undefined, ...landscape.slice(1).map((_, i) => String(i + 2))]);
  assert.deepEqual(sheets[sheets.length - 1], { landscape: false, number: undefined });
  assert.match(kh, /<p class="pl">Phụ lục I<\/p><p class="pl-title">DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025<\/p><p class="kem-theo">\(Kèm theo Kế hoạch số 07\/KH-SKHCN/);
  assert.match(kh, /\.page\.landscape\{width:297mm;min-height:210mm;padding:30mm 20mm 15mm 20mm\}/);
  // The signature comes before the first appendix.
  assert.ok(kh.indexOf('class="closing"') < kh.indexOf('class="pl"'));
});

test('the layout comes from the table of document types: a type added in a fixture table as a công văn is laid out as one', async () => {
  const outline: DocType = {
    code: 'ĐC',
    name: 'Đề cương',
    nameEn: 'Outline',
    appendixIII: false,
    drafting: { layout: 'cong-van', parts: [], skeleton: { trichYeu: '«Trích yếu»', noiNhan: [], body: [] } },
  };
  const table = docTypeTable([...DOCUMENT_TYPES, outline]);
  const text = CONG_VAN_FIXTURE.replace('loai: CV', 'loai: ĐC');
  const fixture = await documentXml(text, table);
  assert.deepEqual(paragraphsOf(fixture.xml, STYLE.TEN_LOAI), []);
  assert.deepEqual(paragraphsOf(fixture.xml, STYLE.VV), ['V/v góp ý dự thảo quy chế quản lý đề tài cấp cơ sở']);
  assert.deepEqual(paragraphsOf(fixture.xml, STYLE.SO_KY_HIEU), ['Số: 04/SKHCN-VP']);
  assert.match(renderHtml(parse(text), { nonce: 'n', types: table }), /<p class="vv">V\/v góp ý/);
  // The built-in table does not know the code: a typed layout with the code as its name, and a note.
  const builtIn = await documentXml(text);
  assert.deepEqual(paragraphsOf(builtIn.xml, STYLE.TEN_LOAI), ['ĐC']);
  assert.equal(builtIn.notes.length, 1);
});

/**
 * The one table of document types: every code `loai` accepts (Decree
 * 30/2020/NĐ-CP Appendix III, read cell by cell, in the decree's order, then
 * `CV` which the dialect uses for công văn), and, for the types the product
 * drafts, what the product knows of each: its layout, the parts its profile
 * expects, the front-matter keys it requires beyond the dialect's, whether
 * date.period-year reads its periods, and the skeleton offered for it. The
 * checks, the new-document command, the templates, completion, the cited-type
 * table and the exporter read this table (through doc-types.ts); adding a
 * type is one entry here.
 *
 * Sources: Appendix III for codes and names; the form of each drafted type
 * from Decree 30 Appendix I (models of §III: a văn bản có tên loại, a công
 * văn, a quyết định cá biệt) and, for the parts, the usual practice of
 * provincial departments (a profile is a habit, reported as information).
 *
 * Data only. Skeleton text writes every fill-in in guillemets (`«…»`, dialect
 * §2) and `{year}` for the year of the signing date.
 */
import type { DocType, ProfilePartData } from './doc-types';

/** The implementation part of plans, programmes and guidance; often named after who does what. */
const IMPLEMENTATION: ProfilePartData = {
  name: { vi: 'Tổ chức thực hiện', en: 'Implementation' },
  keywords: ['tổ chức thực hiện', 'phân công nhiệm vụ', 'phân công trách nhiệm', 'trách nhiệm thực hiện'],
  suggestion: 'TỔ CHỨC THỰC HIỆN',
};

/** The tasks of a plan's or programme's skeleton: one written out (what, who leads, when), one to write. */
const TASKS: readonly string[] = [
  '## 1. «Nhiệm vụ thứ nhất»',
  '',
  '- «Nội dung công việc»;',
  '- Đơn vị chủ trì: «đơn vị chủ trì»;',
  '- Thời gian thực hiện: «trong năm {year}».',
  '',
  '## 2. «Nhiệm vụ thứ hai»',
  '',
  '«Nội dung công việc, đơn vị chủ trì, thời gian thực hiện.»',
  '',
];

/** Every document type, Appendix III first (in the decree's order), then công văn. */
export const DOCUMENT_TYPES: readonly DocType[] = [
  { code: 'NQ', name: 'Nghị quyết', nameEn: 'Resolution' },
  {
    code: 'QĐ',
    name: 'Quyết định',
    nameEn: 'Decision',
    drafting: {
      // Articles (`Điều 1.`, …) take the place of a profile's parts.
      layout: 'quyet-dinh',
      parts: [],
      skeleton: {
        trichYeu: '«Về việc nội dung quyết định»',
        noiNhan: ['Như Điều 3', '«Lãnh đạo cơ quan»'],
        body: [
          'Căn cứ «văn bản quy định chức năng, nhiệm vụ, quyền hạn của cơ quan ban hành»;',
          '',
          'Căn cứ «văn bản làm căn cứ trực tiếp để ban hành quyết định»;',
          '',
          'Theo đề nghị của «người đứng đầu đơn vị trình».',
          '',
          'Điều 1. «Nội dung quyết định.»',
          '',
          'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
          '',
          'Điều 3. «Chánh Văn phòng, thủ trưởng các đơn vị và cá nhân có liên quan» chịu trách nhiệm thi hành Quyết định này./.',
          '',
        ],
      },
    },
  },
  { code: 'CT', name: 'Chỉ thị', nameEn: 'Directive' },
  { code: 'QC', name: 'Quy chế', nameEn: 'Rules' },
  { code: 'QyĐ', name: 'Quy định', nameEn: 'Regulation' },
  { code: 'TC', name: 'Thông cáo', nameEn: 'Communiqué' },
  {
    code: 'TB',
    name: 'Thông báo',
    nameEn: 'Notice',
    drafting: {
      layout: 'bao-cao',
      // A notice reports results and periods, but has no fixed parts: a notice of conclusions is numbered paragraphs.
      parts: [],
      periods: 'stated',
      skeleton: {
        trichYeu: '«Nội dung thông báo»',
        noiNhan: ['«Các cơ quan, đơn vị có liên quan»', '«Lãnh đạo cơ quan»'],
        body: [
          'Thực hiện «tên loại, số, ký hiệu, ngày, cơ quan ban hành và trích yếu của văn bản chỉ đạo», «Tên cơ quan» thông báo «nội dung thông báo» như sau:',
          '',
          '1. «Nội dung thông báo thứ nhất.»',
          '',
          '2. «Nội dung thông báo thứ hai.»',
          '',
          '«Tên cơ quan» thông báo để «các cơ quan, đơn vị, cá nhân có liên quan» biết, thực hiện./.',
          '',
        ],
      },
    },
  },
  {
    code: 'HD',
    name: 'Hướng dẫn',
    nameEn: 'Guidance',
    drafting: {
      layout: 'bao-cao',
      sectionedOnly: true,
      parts: [
        // Guidance ends by saying who does what; its other parts vary (scope, content, forms).
        IMPLEMENTATION,
      ],
      skeleton: {
        trichYeu: '«Thực hiện nội dung cần hướng dẫn»',
        noiNhan: ['«Cơ quan cấp trên (để báo cáo)»', '«Các đơn vị thuộc cơ quan (để thực hiện)»'],
        body: [
          'Thực hiện «tên loại, số, ký hiệu, ngày, cơ quan ban hành và trích yếu của văn bản chỉ đạo», «Tên cơ quan» hướng dẫn «nội dung hướng dẫn» như sau:',
          '',
          '# I. PHẠM VI, ĐỐI TƯỢNG ÁP DỤNG',
          '',
          '«Phạm vi và đối tượng áp dụng của hướng dẫn.»',
          '',
          '# II. NỘI DUNG HƯỚNG DẪN',
          '',
          '## 1. «Nội dung thứ nhất»',
          '',
          '«Cách thực hiện, hồ sơ, thời hạn.»',
          '',
          '## 2. «Nội dung thứ hai»',
          '',
          '«Cách thực hiện, hồ sơ, thời hạn.»',
          '',
          '# III. TỔ CHỨC THỰC HIỆN',
          '',
          '«Trách nhiệm của các cơ quan, đơn vị.»',
          '',
          'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về «Văn phòng» để được hướng dẫn./.',
          '',
        ],
      },
    },
  },
  {
    code: 'CTr',
    name: 'Chương trình',
    nameEn: 'Programme',
    drafting: {
      layout: 'bao-cao',
      sectionedOnly: true,
      // A programme of action: its tasks and who carries them out (the aims part is sometimes folded into the tasks).
      parts: [
        { name: { vi: 'Nhiệm vụ, giải pháp', en: 'Tasks and measures' }, keywords: ['nhiệm vụ', 'giải pháp', 'nội dung'], suggestion: 'NHIỆM VỤ, GIẢI PHÁP' },
        IMPLEMENTATION,
      ],
      skeleton: {
        trichYeu: '«Thực hiện nhiệm vụ trọng tâm năm {year}»',
        noiNhan: ['«Cơ quan cấp trên (để báo cáo)»', '«Các đơn vị thuộc cơ quan (để thực hiện)»'],
        body: [
          'Thực hiện «tên loại, số, ký hiệu, ngày, cơ quan ban hành và trích yếu của văn bản chỉ đạo», «Tên cơ quan» ban hành Chương trình «thực hiện nhiệm vụ trọng tâm năm {year}» như sau:',
          '',
          '# I. MỤC ĐÍCH, YÊU CẦU',
          '',
          '«Mục đích, yêu cầu của chương trình.»',
          '',
          '# II. NHIỆM VỤ, GIẢI PHÁP',
          '',
          ...TASKS,
          '# III. TỔ CHỨC THỰC HIỆN',
          '',
          '1. «Văn phòng» chủ trì, theo dõi, đôn đốc việc thực hiện Chương trình này; tổng hợp kết quả, báo cáo «lãnh đạo cơ quan».',
          '',
          '2. «Các đơn vị» căn cứ nhiệm vụ được giao, xây dựng kế hoạch cụ thể để triển khai thực hiện Chương trình này./.',
          '',
        ],
      },
    },
  },
  {
    code: 'KH',
    name: 'Kế hoạch',
    nameEn: 'Plan',
    drafting: {
      layout: 'bao-cao',
      parts: [
        { name: { vi: 'Mục đích, yêu cầu', en: 'Purpose and requirements' }, keywords: ['mục đích', 'yêu cầu', 'mục tiêu'], suggestion: 'MỤC ĐÍCH, YÊU CẦU' },
        { name: { vi: 'Nội dung, nhiệm vụ', en: 'Content and tasks' }, keywords: ['nội dung', 'nhiệm vụ', 'giải pháp'], suggestion: 'NỘI DUNG, NHIỆM VỤ' },
        IMPLEMENTATION,
      ],
      skeleton: {
        trichYeu: '«Thực hiện nhiệm vụ năm {year}»',
        noiNhan: ['«Cơ quan cấp trên (để báo cáo)»', '«Các đơn vị thuộc cơ quan (để thực hiện)»'],
        body: [
          'Thực hiện «tên loại, số, ký hiệu, ngày, cơ quan ban hành và trích yếu của văn bản chỉ đạo», «Tên cơ quan» ban hành Kế hoạch «thực hiện nhiệm vụ năm {year}» như sau:',
          '',
          '# I. MỤC ĐÍCH, YÊU CẦU',
          '',
          '## 1. Mục đích',
          '',
          '«Mục đích của kế hoạch.»',
          '',
          '## 2. Yêu cầu',
          '',
          '«Yêu cầu đối với các đơn vị, cá nhân thực hiện.»',
          '',
          '# II. NHIỆM VỤ, GIẢI PHÁP',
          '',
          ...TASKS,
          '# III. TỔ CHỨC THỰC HIỆN',
          '',
          '1. «Văn phòng» chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch này; tổng hợp kết quả, báo cáo «lãnh đạo cơ quan».',
          '',
          '2. «Các đơn vị» căn cứ nhiệm vụ được giao, triển khai thực hiện Kế hoạch này.',
          '',
          'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về «Văn phòng» để tổng hợp, báo cáo «lãnh đạo cơ quan» xem xét, quyết định./.',
          '',
        ],
      },
    },
  },
  { code: 'PA', name: 'Phương án', nameEn: 'Scheme' },
  { code: 'ĐA', name: 'Đề án', nameEn: 'Project proposal' },
  { code: 'DA', name: 'Dự án', nameEn: 'Project' },
  {
    code: 'BC',
    name: 'Báo cáo',
    nameEn: 'Report',
    drafting: {
      layout: 'bao-cao',
      parts: [
        { name: { vi: 'Kết quả, tình hình thực hiện', en: 'Results and situation' }, keywords: ['kết quả', 'tình hình'], suggestion: 'KẾT QUẢ THỰC HIỆN' },
        { name: { vi: 'Phương hướng, nhiệm vụ', en: 'Directions and tasks' }, keywords: ['phương hướng', 'nhiệm vụ'], suggestion: 'PHƯƠNG HƯỚNG, NHIỆM VỤ' },
      ],
      periods: 'report',
      skeleton: {
        trichYeu: '«Kết quả thực hiện nhiệm vụ 6 tháng đầu năm {year}»',
        noiNhan: ['«Cơ quan cấp trên (để báo cáo)»', '«Lãnh đạo cơ quan»'],
        body: [
          'Thực hiện «tên loại, số, ký hiệu, ngày, cơ quan ban hành và trích yếu của văn bản chỉ đạo», «Tên cơ quan» báo cáo «kết quả thực hiện nhiệm vụ 6 tháng đầu năm {year}» như sau:',
          '',
          '# I. KẾT QUẢ THỰC HIỆN',
          '',
          '## 1. Công tác lãnh đạo, chỉ đạo',
          '',
          '«Những việc đã làm để lãnh đạo, chỉ đạo thực hiện nhiệm vụ.»',
          '',
          '## 2. «Kết quả thực hiện các nhiệm vụ chuyên môn»',
          '',
          '- «Kết quả thứ nhất, có số liệu»;',
          '- «Kết quả thứ hai, có số liệu».',
          '',
          '# II. ĐÁNH GIÁ CHUNG',
          '',
          '## 1. Ưu điểm',
          '',
          '«Những ưu điểm nổi bật.»',
          '',
          '## 2. Hạn chế và nguyên nhân',
          '',
          '«Những hạn chế, tồn tại và nguyên nhân.»',
          '',
          '# III. PHƯƠNG HƯỚNG, NHIỆM VỤ «6 THÁNG CUỐI NĂM {year}»',
          '',
          '1. «Nhiệm vụ trọng tâm thứ nhất.»',
          '',
          '2. «Nhiệm vụ trọng tâm thứ hai.»',
          '',
          '# IV. ĐỀ XUẤT, KIẾN NGHỊ',
          '',
          '«Đề xuất, kiến nghị với cấp trên (nếu có).»',
          '',
          'Trên đây là báo cáo «kết quả thực hiện nhiệm vụ 6 tháng đầu năm {year}» của «Tên cơ quan»./.',
          '',
        ],
      },
    },
  },
  { code: 'BB', name: 'Biên bản', nameEn: 'Minutes' },
  {
    code: 'TTr',
    name: 'Tờ trình',
    nameEn: 'Submission',
    drafting: {
      layout: 'bao-cao',
      requiredKeys: ['kinh_gui'],
      sectionedOnly: true,
      // Why the matter is submitted, and what is asked of the authority (Decree 30 gives the general form of a typed document; these two parts are what submissions divided into sections have in common).
      parts: [
        { name: { vi: 'Sự cần thiết', en: 'Why it is needed' }, keywords: ['sự cần thiết', 'căn cứ', 'cơ sở', 'lý do', 'tình hình', 'thực trạng'], suggestion: 'SỰ CẦN THIẾT' },
        { name: { vi: 'Nội dung đề nghị, kiến nghị', en: 'What is proposed' }, keywords: ['đề nghị', 'kiến nghị', 'đề xuất', 'nội dung'], suggestion: 'NỘI DUNG ĐỀ NGHỊ' },
      ],
      skeleton: {
        trichYeu: '«Đề nghị phê duyệt nội dung cần trình»',
        kinhGui: ['«Cấp có thẩm quyền»'],
        noiNhan: ['Như trên', '«Lãnh đạo cơ quan»'],
        body: [
          'Căn cứ «tên loại, số, ký hiệu, ngày, cơ quan ban hành và trích yếu của văn bản làm căn cứ», «Tên cơ quan» kính trình «Cấp có thẩm quyền» xem xét, phê duyệt «nội dung cần trình» như sau:',
          '',
          '# I. SỰ CẦN THIẾT',
          '',
          '«Cơ sở pháp lý, tình hình thực tế và lý do phải trình.»',
          '',
          '# II. NỘI DUNG ĐỀ NGHỊ',
          '',
          '## 1. «Nội dung thứ nhất»',
          '',
          '«Nội dung cụ thể, số liệu, kinh phí (nếu có).»',
          '',
          '## 2. «Nội dung thứ hai»',
          '',
          '«Nội dung cụ thể.»',
          '',
          '# III. KIẾN NGHỊ',
          '',
          '«Tên cơ quan» kính trình «Cấp có thẩm quyền» xem xét, quyết định./.',
          '',
        ],
      },
    },
  },
  { code: 'HĐ', name: 'Hợp đồng', nameEn: 'Contract' },
  { code: 'CĐ', name: 'Công điện', nameEn: 'Official telegram' },
  { code: 'BGN', name: 'Bản ghi nhớ', nameEn: 'Memorandum of understanding' },
  { code: 'BTT', name: 'Bản thỏa thuận', nameEn: 'Agreement' },
  { code: 'GUQ', name: 'Giấy ủy quyền', nameEn: 'Power of attorney' },
  { code: 'GM', name: 'Giấy mời', nameEn: 'Invitation' },
  { code: 'GGT', name: 'Giấy giới thiệu', nameEn: 'Letter of introduction' },
  { code: 'GNP', name: 'Giấy nghỉ phép', nameEn: 'Leave permit' },
  { code: 'PG', name: 'Phiếu gửi', nameEn: 'Dispatch slip' },
  { code: 'PC', name: 'Phiếu chuyển', nameEn: 'Transfer slip' },
  { code: 'PB', name: 'Phiếu báo', nameEn: 'Notification slip' },
  { code: 'SY', name: 'Bản sao y', nameEn: 'True copy' },
  { code: 'TrS', name: 'Bản trích sao', nameEn: 'Extract copy' },
  { code: 'SL', name: 'Bản sao lục', nameEn: 'Transcribed copy' },
  // Công văn: a document without a type name, so without an Appendix III code; the dialect's `loai: CV`.
  {
    code: 'CV',
    name: 'Công văn',
    nameEn: 'Official letter',
    appendixIII: false,
    drafting: {
      layout: 'cong-van',
      requiredKeys: ['kinh_gui'],
      parts: [],
      skeleton: {
        trichYeu: '«trích yếu nội dung công văn»',
        kinhGui: ['«Cơ quan, đơn vị nhận công văn»'],
        noiNhan: ['Như trên', '«Lãnh đạo cơ quan»'],
        body: [
          'Thực hiện «tên loại, số, ký hiệu, ngày, cơ quan ban hành và trích yếu của văn bản chỉ đạo», «Tên cơ quan» «đề nghị, trao đổi» như sau:',
          '',
          '1. «Nội dung thứ nhất.»',
          '',
          '2. «Nội dung thứ hai.»',
          '',
          'Đề nghị «Cơ quan, đơn vị nhận công văn» quan tâm, phối hợp thực hiện./.',
          '',
        ],
      },
    },
  },
];

/** The drafted types offered first, in this order (the new-document command, the templates, the quick fixes); any other drafted type follows in the table's order. */
export const OFFERED_FIRST: readonly string[] = ['BC', 'KH', 'CV', 'TTr', 'TB', 'CTr', 'HD', 'QĐ'];

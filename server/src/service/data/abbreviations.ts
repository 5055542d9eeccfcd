/**
 * Abbreviations of administrative writing, for `style.abbreviation`.
 *
 * `usual`: so widely used in administrative documents that a text may use
 * them without spelling them out first (the names of the people's councils
 * and committees, the Fatherland Front, social insurance, the names of
 * international organisations that Decree 30/2020/NĐ-CP Appendix II, Mục IV,
 * khoản 2, điểm b has written in their own capitals: WTO, UNDP, UNESCO,
 * ASEAN). The others must be spelled out once, as `thủ tục hành chính
 * (TTHC)`, before they are used; their expansion is what the quick fix
 * offers. A workspace adds its own usual ones through `.vbhc.yaml`
 * `abbreviations:` (settings.ts).
 *
 * Expansions are written as in mid-sentence (proper names capitalised).
 */

/** One abbreviation. */
export interface Abbreviation {
  abbr: string;
  /** What it stands for, as written mid-sentence. */
  expansion: string;
  /** Needs no definition in the text. */
  usual: boolean;
}

const usual = (abbr: string, expansion: string): Abbreviation => ({ abbr, expansion, usual: true });
const spelled = (abbr: string, expansion: string): Abbreviation => ({ abbr, expansion, usual: false });

export const ABBREVIATIONS: readonly Abbreviation[] = [
  // Bodies of the state and of the Party, and their common terms.
  usual('UBND', 'Ủy ban nhân dân'),
  usual('HĐND', 'Hội đồng nhân dân'),
  usual('MTTQ', 'Mặt trận Tổ quốc'),
  usual('MTTQVN', 'Mặt trận Tổ quốc Việt Nam'),
  usual('ĐBQH', 'đại biểu Quốc hội'),
  usual('UBTVQH', 'Ủy ban Thường vụ Quốc hội'),
  usual('KT-XH', 'kinh tế - xã hội'),
  usual('TW', 'Trung ương'),
  usual('TƯ', 'Trung ương'),
  usual('BCH', 'Ban Chấp hành'),
  usual('BTV', 'Ban Thường vụ'),
  usual('BCĐ', 'Ban Chỉ đạo'),
  usual('TP', 'thành phố'),
  usual('CHXHCN', 'Cộng hòa xã hội chủ nghĩa'),
  // Insurance, identity, schools, units and standards.
  usual('BHXH', 'bảo hiểm xã hội'),
  usual('BHYT', 'bảo hiểm y tế'),
  usual('BHTN', 'bảo hiểm thất nghiệp'),
  usual('CCCD', 'căn cước công dân'),
  usual('CMND', 'chứng minh nhân dân'),
  usual('THPT', 'trung học phổ thông'),
  usual('THCS', 'trung học cơ sở'),
  usual('TNHH', 'trách nhiệm hữu hạn'),
  usual('TCVN', 'tiêu chuẩn quốc gia'),
  usual('QCVN', 'quy chuẩn kỹ thuật quốc gia'),
  usual('GS', 'giáo sư'),
  usual('PGS', 'phó giáo sư'),
  usual('TS', 'tiến sĩ'),
  usual('VNĐ', 'đồng Việt Nam'),
  usual('VND', 'đồng Việt Nam'),
  usual('USD', 'đô la Mỹ'),
  usual('GDP', 'tổng sản phẩm trong nước'),
  usual('GRDP', 'tổng sản phẩm trên địa bàn'),
  usual('FDI', 'đầu tư trực tiếp nước ngoài'),
  usual('ODA', 'hỗ trợ phát triển chính thức'),
  usual('ISO', 'Tổ chức Tiêu chuẩn hóa quốc tế'),
  // International organisations (Appendix II, IV.2.b).
  usual('UN', 'Liên hợp quốc'),
  usual('WTO', 'Tổ chức Thương mại thế giới'),
  usual('WHO', 'Tổ chức Y tế thế giới'),
  usual('UNDP', 'Chương trình Phát triển Liên hợp quốc'),
  usual('UNESCO', 'Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc'),
  usual('UNICEF', 'Quỹ Nhi đồng Liên hợp quốc'),
  usual('ASEAN', 'Hiệp hội các quốc gia Đông Nam Á'),
  usual('APEC', 'Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương'),
  usual('EU', 'Liên minh châu Âu'),
  // Spelled out once, then used.
  spelled('TTHC', 'thủ tục hành chính'),
  spelled('CCHC', 'cải cách hành chính'),
  spelled('CNTT', 'công nghệ thông tin'),
  spelled('KH&CN', 'khoa học và công nghệ'),
  spelled('KHCN', 'khoa học và công nghệ'),
  spelled('ĐMST', 'đổi mới sáng tạo'),
  spelled('CĐS', 'chuyển đổi số'),
  spelled('DVC', 'dịch vụ công'),
  spelled('DVCTT', 'dịch vụ công trực tuyến'),
  spelled('CSDL', 'cơ sở dữ liệu'),
  spelled('ANTT', 'an ninh, trật tự'),
  spelled('ATGT', 'an toàn giao thông'),
  spelled('ATTP', 'an toàn thực phẩm'),
  spelled('PCCC', 'phòng cháy, chữa cháy'),
  spelled('NTM', 'nông thôn mới'),
  spelled('CBCCVC', 'cán bộ, công chức, viên chức'),
  spelled('CBCC', 'cán bộ, công chức'),
  spelled('CCVC', 'công chức, viên chức'),
  spelled('NLĐ', 'người lao động'),
  spelled('HTX', 'hợp tác xã'),
  spelled('QLNN', 'quản lý nhà nước'),
  spelled('NSNN', 'ngân sách nhà nước'),
  spelled('XDCB', 'xây dựng cơ bản'),
  spelled('GD&ĐT', 'giáo dục và đào tạo'),
  spelled('TN&MT', 'tài nguyên và môi trường'),
  spelled('NN&PTNT', 'nông nghiệp và phát triển nông thôn'),
  spelled('VH-TT&DL', 'văn hóa, thể thao và du lịch'),
  spelled('LĐ-TB&XH', 'lao động - thương binh và xã hội'),
];

/** The table by abbreviation. */
export const ABBREVIATION_BY_NAME: ReadonlyMap<string, Abbreviation> = new Map(ABBREVIATIONS.map((a) => [a.abbr, a]));

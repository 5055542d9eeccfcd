/**
 * Two-syllable words of administrative Vietnamese, written for the spelling
 * check: when a syllable is not in the syllable list but one tone of it
 * makes one of these words with its neighbour (`nhiêm vụ` → `nhiệm vụ`),
 * that is the word meant. Only a tie-breaker: a document's own use of a
 * form beside the same neighbour settles it too (checks/style-spelling.ts).
 * Each entry is two listed syllables (a test holds it).
 */
export const COMPOUND_WORDS: readonly string[] = `
an ninh, an toàn, ban hành, bảo đảm, bảo hiểm, bảo vệ, báo cáo, bền vững, biên chế, biện pháp, bổ nhiệm, bổ sung,
cán bộ, cải cách, cấp ủy, chỉ đạo, chỉ thị, chỉ tiêu, chính quyền, chính sách, chính trị, chủ động, chủ nhiệm, chủ trì,
chủ trương, chuyên môn, chuyên nghiệp, chuyển đổi, chương trình, công chức, công khai, công nghệ, công nghiệp, công tác,
công trình, cơ quan, cơ sở, cụ thể, dân chủ, dân tộc, dân vận, dịch bệnh, dịch vụ, doanh nghiệp, dự án, dự toán, đánh giá,
đảng viên, đào tạo, đầu tư, đề án, đề nghị, đề xuất, điều chỉnh, điều hành, định kỳ, đoàn kết, đoàn thể, đô thị, đồng bộ,
đơn vị, đột xuất, giải pháp, giải quyết, giám sát, giáo dục, giao thông, hạn chế, hành chính, hệ thống, hiệu lực, hiệu quả,
hoàn thành, hoàn thiện, học tập, hội nghị, hợp tác, hướng dẫn, khen thưởng, khó khăn, khoa học, khắc phục, kiểm tra,
kiến nghị, kinh nghiệm, kinh phí, kinh tế, kỷ cương, kỷ luật, kịp thời, lãnh đạo, lao động, lĩnh vực, mục tiêu, ngân sách,
nghiệp vụ, nghiêm túc, nghiên cứu, nghị định, nghị quyết, nguồn lực, nguyên nhân, nhân dân, nhân lực, nhiệm kỳ, nhiệm vụ,
nông nghiệp, nông thôn, nội dung, nội vụ, pháp luật, phát triển, phân công, phê duyệt, phòng chống, phối hợp, phổ biến,
phương án, phương hướng, quán triệt, quản lý, quy chế, quy định, quy hoạch, quyết định, quyết liệt, sản xuất, sơ kết,
sự nghiệp, tài chính, tài nguyên, tăng cường, thanh tra, tham mưu, thẩm định, thẩm quyền, thi đua, thông báo, thông tin,
thông tư, thời gian, thời hạn, thủ tục, thuận lợi, thực hiện, thường xuyên, tiến độ, tiết kiệm, tiếp nhận, tiếp tục,
tình hình, tổ chức, tổng hợp, tổng kết, trách nhiệm, triển khai, trọng điểm, trọng tâm, truyền thông, tuyên truyền,
văn bản, văn hóa, vận động, viên chức, vướng mắc, xã hội, xây dựng, xử lý, y tế
`
  .split(',')
  .map((w) => w.trim())
  .filter(Boolean);

import { viCatalogue } from './catalogue.ts';

// Vietnamese texts of the classification suggester's screen and of similar incidents (issue 14).
// `nav` extends the navigation labels (register this file after catalogue.ts in resources.ts).
export const viClassifier = {
  nav: { ...viCatalogue.nav, classifier: 'Bộ gợi ý phân loại' },
  classifier: {
    title: 'Bộ gợi ý phân loại sự cố',
    intro:
      'Mỗi lần điều phối viên xác nhận hoặc sửa phân loại, bộ gợi ý học thêm từ quyết định đó (huấn luyện lại mỗi giờ). Trang này cho biết gợi ý đúng đến đâu so với quyết định của cơ quan.',
    usingShipped: 'Đang dùng bộ gợi ý đi kèm sản phẩm.',
    usingOffice: 'Đang dùng bộ gợi ý đã học từ cơ quan (phiên bản {{version}}).',
    pending: 'Số quyết định mới chờ lần huấn luyện tới: {{n}}.',
    modelLine: 'Phiên bản {{version}}: huấn luyện lúc {{at}} với {{n}} quyết định của cơ quan',
    active: 'đang dùng',
    rolledBack: 'đã quay lại lúc {{at}}',
    retrain: 'Huấn luyện lại ngay',
    retrained: 'Đã huấn luyện lại bộ gợi ý.',
    rollback: 'Quay về bộ gợi ý đi kèm sản phẩm',
    rollbackConfirm:
      'Bộ gợi ý sẽ quên những gì đã học từ cơ quan cho đến khi có quyết định phân loại mới. Tiếp tục?',
    rolledBackDone: 'Đã quay về bộ gợi ý đi kèm sản phẩm.',
    howMeasured:
      'Độ chính xác được tính trên các sự cố cơ quan đã xác nhận phân loại: gợi ý lúc tiếp nhận có trùng với phân loại được xác nhận không.',
    noDecisions: 'Chưa có sự cố nào được xác nhận phân loại trong khoảng thời gian này.',
    overall: '{{n}} sự cố đã xác nhận: đúng nhóm nguyên nhân {{group}}, đúng loại cụ thể {{subtype}}.',
    byMonth: 'Theo tháng',
    byGroup: 'Theo nhóm nguyên nhân',
    bySubtype: 'Theo loại sự cố',
    confirmed: 'Đã xác nhận',
    groupRight: 'Đúng nhóm',
    subtypeRight: 'Đúng loại',
    confusion: 'Bảng nhầm lẫn',
    confusionHint: 'Mỗi dòng: loại được xác nhận, loại đã gợi ý và số sự cố. Dòng màu đỏ là gợi ý sai.',
    confirmedAs: 'Xác nhận là',
    suggestedAs: 'Đã gợi ý',
    count: 'Số sự cố',
    none: '(không gợi ý)',
  },
  similar: {
    title: 'Sự cố tương tự',
    hint: 'Các sự cố đang mở hoặc gần đây giống sự cố này (nội dung, dấu hiệu nhận biết, hệ thống). Nhiều báo cáo giống nhau từ các xã, phường có thể là một đợt tấn công.',
    draftTitle: 'Có thể sự cố này đã được báo cáo:',
    score: 'giống {{percent}} %',
    text: 'nội dung {{percent}} %',
    sameSystem: 'cùng hệ thống',
    sameUnit: 'cùng đơn vị',
    link: 'Liên kết',
    mergeInto: 'Gộp vào {{code}}',
  },
};

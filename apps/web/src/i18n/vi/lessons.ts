// Vietnamese (default) texts of the lessons library.
export const viLessons = {
  lessons: {
    title: 'Bài học kinh nghiệm',
    intro:
      'Bài học rút ra từ các sự cố đã kết thúc (Mẫu 04), chia sẻ giữa các cơ quan, đơn vị (mục I.2 của Kế hoạch). Sự cố của đơn vị khác được ẩn tên đơn vị, người báo cáo, chứng cứ và các dấu hiệu kỹ thuật.',
    one: 'Bài học kinh nghiệm',
    search: 'Tìm trong bài học',
    searchHint: 'Gõ có dấu hoặc không dấu, ví dụ: sao luu',
    empty: 'Chưa có bài học nào phù hợp.',
    someUnit: 'một đơn vị',
    redacted: 'Sự cố của đơn vị khác',
    redactedNote:
      'Sự cố này không thuộc phạm vi của đơn vị bạn: tên đơn vị, người báo cáo, chứng cứ và địa chỉ IP, tên miền, mã băm… đã được ẩn.',
    closedAt: 'kết thúc',
    noneForRisk: 'Chưa có bài học nào gắn với rủi ro này.',
    openLibrary: 'Mở thư viện bài học',
    fields: {
      lessons: 'Bài học',
      cause: 'Nguyên nhân',
      actions: 'Biện pháp đã thực hiện',
      causeGroup: 'Nhóm nguyên nhân',
    },
    risks: {
      title: 'Rủi ro liên quan',
      none: 'Chưa gắn với rủi ro nào.',
      pick: 'Gắn với rủi ro',
      link: 'Gắn',
      linked: 'Đã gắn bài học với rủi ro.',
      unlink: 'Bỏ gắn rủi ro',
      unlinked: 'Đã bỏ gắn rủi ro.',
    },
    followups: {
      title: 'Những gì đã thay đổi',
      none: 'Chưa ghi nhận thay đổi nào sau bài học này.',
      action: 'Việc thay đổi',
      doneBy: 'Người/đơn vị thực hiện',
      status: 'Trạng thái',
      add: 'Thêm',
      added: 'Đã ghi nhận việc thay đổi.',
      remove: 'Xoá việc thay đổi',
      due: 'hạn {{day}}',
      doneOn: 'xong ngày {{day}}',
      count: '{{done}}/{{total}} đã thực hiện',
    },
  },
};

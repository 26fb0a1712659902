// Vietnamese (default) texts of the reports module (Mẫu 05, the annual plan).
export const viReports = {
  reports: {
    title: 'Báo cáo',
    intro:
      'Báo cáo tổng hợp 06 tháng, hằng năm (Mẫu 05) tính từ các sự cố của kỳ theo chế độ báo cáo đang áp dụng, và Kế hoạch phối hợp ứng phó sự cố năm sau lập từ dữ liệu thực.',
    year: 'Năm',
    mau05: {
      title: 'Báo cáo tổng hợp (Mẫu 05)',
      sixMonth: '06 tháng',
      annual: 'Cả năm',
      due: 'hạn gửi trước {{day}}',
      unverified: 'Kỳ báo cáo theo mặc định, chưa xác minh',
      sentBadge: 'Đã gửi {{day}} — {{to}}',
      type: 'Loại tấn công mạng',
      total: 'Tổng cộng',
      cells: {
        count: 'Số sự cố',
        alone: 'Tự xử lý',
        domestic: 'Hỗ trợ trong nước',
        foreign: 'Hỗ trợ nước ngoài',
        coordinator: 'Đề nghị điều phối quốc gia',
        damage: 'Thiệt hại (đồng)',
      },
      helpersFromIncidents: 'Tổ chức hỗ trợ ghi trên sự cố',
      fields: {
        memberCode: 'Mã thành viên mạng lưới',
        helpersDomestic: 'Tổ chức trong nước đã hỗ trợ (mỗi dòng một tổ chức)',
        helpersForeign: 'Tổ chức nước ngoài đã hỗ trợ (mỗi dòng một tổ chức)',
        damageNotes: 'Ghi chú về thiệt hại',
        proposals: 'Đề xuất, kiến nghị',
        notes: 'Ghi chú',
      },
      sentTo: 'Đã gửi cho',
      reference: 'Số, ký hiệu',
      recordSent: 'Ghi nhận đã gửi',
      sentSaved: 'Đã ghi nhận việc gửi báo cáo.',
    },
    incidentFacts: {
      title: 'Số liệu cho báo cáo Mẫu 05',
      intro:
        'Báo cáo tổng hợp 06 tháng, hằng năm đếm sự cố tấn công mạng theo cách xử lý và thiệt hại ước tính.',
      helpDomestic: 'Có sự hỗ trợ của tổ chức trong nước',
      helpForeign: 'Có sự hỗ trợ của tổ chức nước ngoài',
      coordinatorSupportRequested: 'Đã đề nghị Cơ quan điều phối quốc gia hỗ trợ',
      helpingOrganisations: 'Tổ chức đã hỗ trợ (mỗi dòng một tổ chức)',
      damageEstimate: 'Thiệt hại ước tính (đồng)',
      alone: 'Tự xử lý, chưa ghi thiệt hại',
    },
    memberForms: {
      mau01: 'Phiếu thông tin thành viên (Mẫu 01)',
      mau02: 'Đơn đăng ký tham gia mạng lưới (Mẫu 02)',
    },
    plans: {
      title: 'Kế hoạch phối hợp ứng phó sự cố',
      name: 'Kế hoạch năm {{year}}',
      intro:
        'Mỗi mục được lập từ dữ liệu (hệ thống, rủi ro, kịch bản ứng cứu, kiểm tra, kinh phí); sửa từng mục rồi tải bản Word hoặc PDF. Mỗi lần lưu là một phiên bản mới.',
      create: 'Lập kế hoạch năm {{year}}',
      empty: 'Chưa có kế hoạch nào.',
      number: 'Số kế hoạch',
      updatedAt: 'Cập nhật',
      regenerate: 'Khôi phục từ dữ liệu',
      regenerated: 'Đã lập lại mục từ dữ liệu hiện tại.',
      source: { generated: 'Từ dữ liệu', edited: 'Đã sửa' },
    },
  },
};

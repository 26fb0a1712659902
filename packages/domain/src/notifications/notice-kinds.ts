import type { LocalizedText } from '../i18n-text.ts';

/**
 * Every kind of notice the product sends. A person's preferences are kept per kind, so a new kind
 * is added here with its label (the preferences page lists them).
 */
export const NOTICE_KINDS = [
  'incident_reported',
  'incident_urgent',
  'incident_escalated',
  'incident_acknowledged',
  'incident_closed',
  'task_assigned',
  'task_declined',
  'task_overdue',
  'deadline_due_soon',
  'deadline_overdue',
  'budget_to_approve',
  'budget_to_decide',
  'budget_decided',
  'licence_expiring',
  'contract_expiring',
  'inspection_due',
  'periodic_report_due',
  'proposal_raised',
  'proposal_answered',
  'mention',
  'warning_published',
  'warning_due_soon',
  'warning_overdue',
  'warning_indicator_hit',
  'request_received',
  'request_overdue',
  'digest',
  'test',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_KIND_LABELS: Record<NoticeKind, LocalizedText> = {
  incident_reported: { vi: 'Có báo cáo sự cố mới', en: 'New incident report' },
  incident_urgent: { vi: 'Sự cố khẩn cấp (T3/T4)', en: 'Emergency incident (T3/T4)' },
  incident_escalated: {
    vi: 'Sự cố chưa được tiếp nhận, chuyển cấp trên',
    en: 'Unanswered incident escalated',
  },
  incident_acknowledged: { vi: 'Báo cáo đã được tiếp nhận', en: 'Report acknowledged' },
  incident_closed: { vi: 'Sự cố đã đóng', en: 'Incident closed' },
  task_assigned: { vi: 'Được giao nhiệm vụ', en: 'Task assigned' },
  task_declined: { vi: 'Đơn vị từ chối nhiệm vụ', en: 'Task declined' },
  task_overdue: { vi: 'Nhiệm vụ quá hạn', en: 'Task overdue' },
  deadline_due_soon: { vi: 'Sắp đến hạn báo cáo', en: 'Report due soon' },
  deadline_overdue: { vi: 'Quá hạn báo cáo', en: 'Report overdue' },
  budget_to_approve: { vi: 'Khoản kinh phí chờ thẩm định', en: 'Budget line to appraise' },
  budget_to_decide: { vi: 'Khoản kinh phí chờ lãnh đạo quyết định', en: 'Budget line awaiting decision' },
  budget_decided: { vi: 'Kết quả phê duyệt kinh phí', en: 'Budget decision' },
  licence_expiring: { vi: 'Bản quyền sắp hết hạn', en: 'Licence expiring' },
  contract_expiring: { vi: 'Hợp đồng dịch vụ sắp hết hạn', en: 'Service contract expiring' },
  inspection_due: { vi: 'Đến kỳ kiểm tra', en: 'Inspection due' },
  periodic_report_due: { vi: 'Sắp đến hạn báo cáo định kỳ', en: 'Periodic report due' },
  proposal_raised: { vi: 'Có kiến nghị, đề xuất cần lãnh đạo trả lời', en: 'Proposal awaiting an answer' },
  proposal_answered: { vi: 'Lãnh đạo đã trả lời kiến nghị', en: 'Proposal answered' },
  mention: { vi: 'Được nhắc tên trong trao đổi', en: 'Mentioned in a comment' },
  warning_published: { vi: 'Cảnh báo mới gửi đơn vị', en: 'New warning to your unit' },
  warning_due_soon: { vi: 'Cảnh báo sắp hết hạn thực hiện', en: 'Warning due soon' },
  warning_overdue: { vi: 'Đơn vị quá hạn thực hiện cảnh báo', en: 'Unit overdue on a warning' },
  warning_indicator_hit: {
    vi: 'Dấu hiệu của cảnh báo xuất hiện trong sự cố',
    en: 'Warning indicator seen in an incident',
  },
  request_received: { vi: 'Yêu cầu mới từ cơ quan đầu mối', en: 'New request from the focal office' },
  request_overdue: { vi: 'Yêu cầu chưa được trả lời đúng hạn', en: 'Request not answered in time' },
  digest: { vi: 'Bản tin tổng hợp hằng ngày', en: 'Daily digest' },
  test: { vi: 'Thông báo thử', en: 'Test notice' },
};

export function isNoticeKind(value: string): value is NoticeKind {
  return (NOTICE_KINDS as readonly string[]).includes(value);
}

/** Tier number (0–4) from which a notice is urgent: it ignores quiet hours and the digest. */
export const URGENT_TIER = 3;

import type { Locale, LocalizedText } from '../i18n-text.ts';
import { type IncidentState, STATE_LABELS } from './lifecycle.ts';
import { TIER_LABELS, type Tier } from './severity.ts';
import { SUBTYPE_LABELS, type Subtype } from './taxonomy.ts';

// What each automatic timeline event reads as in a document (Mẫu 04 "Diễn biến"): a sentence,
// never the event code. {{name}} takes a value from the entry's data, resolved to a label.

const t = (vi: string, en: string): LocalizedText => ({ vi, en });

export const TIMELINE_EVENT_LABELS: Readonly<Record<string, LocalizedText>> = {
  detected: t('Phát hiện sự cố', 'Incident detected'),
  reported: t('Tiếp nhận báo cáo sự cố', 'Incident report received'),
  acknowledged: t(
    'Phản hồi đã tiếp nhận cho người báo cáo (mã {{code}})',
    'Receipt acknowledged (code {{code}})',
  ),
  updated: t('Cập nhật thông tin sự cố', 'Incident details updated'),
  severity_changed: t('Mức độ thay đổi: {{from}} → {{to}}', 'Severity changed: {{from}} → {{to}}'),
  classified: t('Xác nhận phân loại: {{subtype}}', 'Classification confirmed: {{subtype}}'),
  state_changed: t('Chuyển trạng thái xử lý: {{from}} → {{to}}', 'State changed: {{from}} → {{to}}'),
  assigned: t('Phân công chủ trì, đơn vị phối hợp', 'Lead and responding units assigned'),
  deadline_met: t('Đã thực hiện một thời hạn thông báo, báo cáo', 'A notification or report deadline met'),
  commented: t('Trao đổi về sự cố', 'Comment added'),
  note: t('Ghi chép', 'Note'),
  linked: t('Liên kết với sự cố khác', 'Linked to another incident'),
  evidence_added: t('Bổ sung chứng cứ: {{filename}}', 'Evidence added: {{filename}}'),
  escalated: t('Báo cáo, đề nghị hỗ trợ cơ quan cấp trên: {{toUnitName}}', 'Escalated to {{toUnitName}}'),
  merged_into: t('Gộp vào sự cố {{code}}', 'Merged into incident {{code}}'),
  merged_from: t('Nhận gộp sự cố {{code}}', 'Incident {{code}} merged into this one'),
  split_to: t('Tách thành sự cố {{code}}', 'Split into incident {{code}}'),
  split_from: t('Tách ra từ sự cố {{code}}', 'Split from incident {{code}}'),
  task_created: t('Giao nhiệm vụ: {{title}}', 'Task given: {{title}}'),
  task_updated: t('Cập nhật nhiệm vụ', 'Task updated'),
  task_accept: t('Đơn vị nhận nhiệm vụ', 'Task accepted'),
  task_decline: t('Đơn vị từ chối nhiệm vụ: {{reason}}', 'Task declined: {{reason}}'),
  task_start: t('Bắt đầu thực hiện nhiệm vụ', 'Task started'),
  task_complete: t('Hoàn thành nhiệm vụ', 'Task completed'),
  task_reopen: t('Mở lại nhiệm vụ', 'Task reopened'),
  task_cancel: t('Huỷ nhiệm vụ', 'Task cancelled'),
  task_overdue: t('Nhiệm vụ quá hạn, đã báo cơ quan đầu mối', 'Task overdue, focal office told'),
  task_cancelled_on_close: t(
    'Huỷ nhiệm vụ khi kết thúc sự cố: {{title}} (lý do: {{reason}})',
    'Task cancelled on closing: {{title}} (reason: {{reason}})',
  ),
  unanswered_escalated: t(
    'Chưa được tiếp nhận sau {{minutes}} phút: đã báo {{to}}',
    'Not acknowledged after {{minutes}} minutes: {{to}} told',
  ),
  alerts_added: t(
    'Thêm {{count}} cảnh báo từ {{source}} (tổng {{total}})',
    '{{count}} more alerts from {{source}} ({{total}} in all)',
  ),
  monitor_recovered: t(
    'Giám sát tự động: hệ thống hoạt động trở lại ({{name}})',
    'Monitoring: the system is back to normal ({{name}})',
  ),
  warning_matched: t(
    'Dấu hiệu {{normalized}} trùng với cảnh báo {{warningCode}}: {{warningTitle}}',
    'Indicator {{normalized}} matches warning {{warningCode}}: {{warningTitle}}',
  ),
  indicators_imported: t(
    'Nhập {{added}} chỉ báo từ {{format}} ({{title}})',
    'Imported {{added}} indicators from {{format}} ({{title}})',
  ),
  tlp_changed: t('Nhãn chia sẻ: {{from}} → {{to}}', 'Sharing marking: {{from}} → {{to}}'),
  deadline_waived: t(
    'Ghi nhận không gửi {{title}} (lý do: {{reason}})',
    'Recorded as not sent: {{title}} (reason: {{reason}})',
  ),
};

/** A value of the entry's data shown as a reader would say it (states, tiers, classes by name). */
function valueLabel(key: string, value: unknown, locale: Locale): string {
  if (typeof value !== 'string') return value === undefined || value === null ? '' : String(value);
  if (key === 'from' || key === 'to') {
    const label = STATE_LABELS[value as IncidentState] ?? TIER_LABELS[value as Tier];
    return label ? label[locale] : value;
  }
  if (key === 'subtype') return SUBTYPE_LABELS[value as Subtype]?.[locale] ?? value;
  return value;
}

/**
 * The sentence of a timeline entry. An unknown event (a newer version's) reads as a neutral
 * "Cập nhật" rather than leaking its code; a placeholder whose value is missing is dropped.
 */
export function timelineEventText(event: string, data: unknown, locale: Locale): string {
  const template = TIMELINE_EVENT_LABELS[event]?.[locale] ?? TIMELINE_EVENT_LABELS.updated![locale];
  const values = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  return template
    .replace(/\{\{(\w+)\}\}/g, (_, key: string) => valueLabel(key, values[key], locale))
    .replace(/(:| \(mã| \(code)\s*\)?$/, '')
    .trim();
}

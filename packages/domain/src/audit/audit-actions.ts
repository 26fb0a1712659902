import type { LocalizedText } from '../i18n-text.ts';
import { TRANSITIONS } from '../incidents/lifecycle.ts';

// What the audit screen shows for each action code and entity type: people read labels, not
// codes. A test scans every `action:` written in the code and fails on one without a label here.

const t = (vi: string, en: string): LocalizedText => ({ vi, en });

const FIXED: Record<string, LocalizedText> = {
  'auth.login': t('Đăng nhập', 'Sign in'),
  'auth.login_failed': t('Đăng nhập không thành công', 'Failed sign-in'),
  'auth.logout': t('Đăng xuất', 'Sign out'),
  'auth.logout_all': t('Đăng xuất trên mọi thiết bị', 'Sign out everywhere'),
  'auth.change_password': t('Đổi mật khẩu', 'Change password'),
  'auth.totp_setup': t('Bắt đầu thiết lập xác thực hai lớp', 'Start two-factor setup'),
  'auth.totp_enable': t('Bật xác thực hai lớp', 'Enable two-factor sign-in'),
  'unit.create': t('Thêm đơn vị', 'Add unit'),
  'unit.update': t('Sửa đơn vị', 'Edit unit'),
  'unit.archive': t('Lưu trữ đơn vị', 'Archive unit'),
  'unit.import': t('Nhập đơn vị từ tệp', 'Import units from a file'),
  'unit.bootstrap': t('Khởi tạo Cơ quan đầu mối', 'Create the focal office'),
  'unit.demo': t('Tạo đơn vị trình diễn', 'Create demo units'),
  'user.create': t('Thêm người dùng', 'Add user'),
  'user.update': t('Sửa người dùng', 'Edit user'),
  'user.locale': t('Đổi ngôn ngữ giao diện', 'Change interface language'),
  'user.reset_password': t('Cấp lại mật khẩu', 'Reset password'),
  'user.reset_totp': t('Đặt lại xác thực hai lớp', 'Reset two-factor sign-in'),
  'user.import': t('Nhập người dùng từ tệp', 'Import users from a file'),
  'user.bootstrap': t('Khởi tạo tài khoản quản trị', 'Create the administrator'),
  'user.demo': t('Tạo người dùng trình diễn', 'Create demo users'),
  'team.create': t('Thêm thành viên đội ứng cứu', 'Add response team member'),
  'team.update': t('Sửa thành viên đội ứng cứu', 'Edit response team member'),
  'team.demo': t('Tạo thành viên trình diễn', 'Create demo team members'),
  'token.create': t('Tạo mã truy cập API', 'Create API token'),
  'token.revoke': t('Thu hồi mã truy cập API', 'Revoke API token'),
  'settings.totp_roles': t('Đổi vai trò bắt buộc xác thực hai lớp', 'Change roles that need two-factor'),
  'settings.intake': t('Đổi thiết lập tiếp nhận báo cáo công khai', 'Change public intake settings'),
  // Mail intake (issue 9)
  'mail_intake.receive': t(
    'Nhận thư báo cáo (chờ xử lý hoặc cách ly)',
    'Receive a report mail (queued or quarantined)',
  ),
  'mail_intake.assign': t('Giao thư báo cáo cho đơn vị', 'Assign a report mail to a unit'),
  'mail_intake.dismiss': t('Bỏ qua thư báo cáo', 'Dismiss a report mail'),
  'unit.mail_senders': t('Đổi địa chỉ thư gửi báo cáo của đơn vị', "Change a unit's report sender addresses"),
  'incident.report': t('Báo cáo sự cố', 'Report incident'),
  'incident.update': t('Sửa thông tin sự cố', 'Edit incident'),
  'incident.classify': t('Xác nhận phân loại sự cố', 'Confirm incident class'),
  'incident.assign': t('Phân công xử lý sự cố', 'Assign incident'),
  'incident.escalate': t('Chuyển sự cố lên cấp trên', 'Escalate incident'),
  'incident.merge': t('Gộp sự cố', 'Merge incidents'),
  'incident.merge_target': t('Nhận sự cố được gộp vào', 'Receive a merged incident'),
  'incident.split': t('Tách sự cố', 'Split incident'),
  'incident.link': t('Liên kết sự cố', 'Link incidents'),
  'incident.comment': t('Trao đổi về sự cố', 'Comment on incident'),
  'incident.timeline_add': t('Ghi diễn biến sự cố', 'Add to incident timeline'),
  'incident.observable_add': t('Thêm dấu hiệu nhận biết', 'Add indicator'),
  'incident.deadline_done': t('Đánh dấu đã thực hiện thời hạn báo cáo', 'Mark a reporting deadline met'),
  'incident.deadlines_waived': t(
    'Ghi nhận không gửi báo cáo theo thời hạn',
    'Record reporting deadlines as not sent',
  ),
  'incident.document_mau03': t('Lập báo cáo ban đầu (Mẫu 03)', 'Issue initial report (form 03)'),
  'incident.document_mau04': t('Lập báo cáo kết thúc (Mẫu 04)', 'Issue final report (form 04)'),
  'incident.document_sent': t('Ghi nhận đã gửi báo cáo', 'Record a report as sent'),
  'task.create': t('Giao nhiệm vụ', 'Give task'),
  'task.update': t('Sửa nhiệm vụ', 'Edit task'),
  'task.escalate_overdue': t('Báo nhiệm vụ quá hạn', 'Escalate overdue task'),
  'evidence.upload': t('Tải lên chứng cứ', 'Upload evidence'),
  'evidence.download': t('Tải về chứng cứ', 'Download evidence'),
  'incident.share_export': t('Xuất chỉ báo sự cố (MISP/STIX)', 'Export incident indicators (MISP/STIX)'),
  'incident.indicators_import': t(
    'Nhập chỉ báo (MISP/STIX) vào sự cố',
    'Import indicators (MISP/STIX) into incident',
  ),
  'incident.tlp_change': t('Đổi nhãn chia sẻ TLP của sự cố', 'Change incident TLP marking'),
  'feed.read': t(
    'Hệ thống cấp trên đọc nguồn cấp chỉ báo',
    "Higher body's platform reads the indicator feed",
  ),
  'unit_request.send': t('Gửi yêu cầu tới đơn vị', 'Send request to units'),
  'unit_request.close': t('Đóng yêu cầu tới đơn vị', 'Close request to units'),
  'unit_request.answer_save': t('Lưu nháp trả lời yêu cầu', 'Save draft answer to request'),
  'unit_request.answer_submit': t('Gửi trả lời yêu cầu', 'Submit answer to request'),
  'unit_request.answer_reopen': t('Mở lại trả lời của đơn vị', "Reopen a unit's answer"),
  'unit_request.export': t('Tải bảng trả lời yêu cầu (XLSX)', 'Download request answers (XLSX)'),
  'unit_request.remind': t('Nhắc đơn vị trả lời yêu cầu', 'Remind units to answer a request'),
  'unit_request.escalate': t('Báo đơn vị quá hạn trả lời yêu cầu', 'Escalate units overdue on a request'),
  'saved_filter.create': t('Lưu bộ lọc', 'Save filter'),
  'saved_filter.delete': t('Xoá bộ lọc đã lưu', 'Delete saved filter'),
  'playbook.save': t('Lưu kịch bản ứng cứu', 'Save playbook'),
  'regime.save': t('Lưu quy định báo cáo', 'Save reporting rules'),
  'system.create': t('Thêm hệ thống thông tin', 'Add information system'),
  'system.update': t('Sửa hệ thống thông tin', 'Edit information system'),
  'system.archive': t('Lưu trữ hệ thống thông tin', 'Archive information system'),
  'system.import': t('Nhập hệ thống thông tin từ tệp', 'Import information systems'),
  'system.dependency.add': t('Thêm phụ thuộc giữa hệ thống', 'Add system dependency'),
  'system.dependency.remove': t('Bỏ phụ thuộc giữa hệ thống', 'Remove system dependency'),
  'risk.create': t('Thêm rủi ro', 'Add risk'),
  'risk.update': t('Sửa rủi ro', 'Edit risk'),
  'risk.delete': t('Xoá rủi ro', 'Delete risk'),
  'risk.assessment.save': t('Lưu đánh giá rủi ro', 'Save risk assessment'),
  'inspection.plan': t('Lập kế hoạch kiểm tra', 'Plan inspection'),
  'inspection.update': t('Sửa cuộc kiểm tra', 'Edit inspection'),
  'inspection.answer': t('Ghi kết quả mục kiểm tra', 'Answer inspection item'),
  'inspection.complete': t('Hoàn thành kiểm tra', 'Complete inspection'),
  'inspection.evidence.upload': t('Tải lên minh chứng kiểm tra', 'Upload inspection evidence'),
  'inspection_template.create': t('Tạo mẫu kiểm tra', 'Create inspection template'),
  'inspection_template.seed': t('Nạp mẫu kiểm tra có sẵn', 'Load built-in inspection template'),
  'remediation.create': t('Tạo việc khắc phục', 'Create remediation task'),
  'remediation.done': t('Hoàn thành việc khắc phục', 'Complete remediation task'),
  'budget.create': t('Thêm dòng kinh phí', 'Add budget line'),
  'budget.delete': t('Xoá dòng kinh phí', 'Delete budget line'),
  'budget.spend': t('Ghi chi kinh phí', 'Record spending'),
  'budget.spend.delete': t('Xoá khoản chi', 'Delete spending'),
  'notification.read': t('Đọc thông báo', 'Read notification'),
  'notification.licence_reminders': t('Gửi nhắc hạn bản quyền', 'Send licence reminders'),
  // Classifier learning from the office (issue 14).
  'classifier.retrain': t('Huấn luyện lại bộ gợi ý phân loại', 'Retrain the classification suggester'),
  'classifier.rollback': t(
    'Quay về bộ gợi ý phân loại đi kèm sản phẩm',
    'Roll back to the shipped classification suggester',
  ),
  'notification.preferences': t('Đổi cách nhận thông báo', 'Change notification preferences'),
  'notification.smtp': t('Cấu hình máy chủ thư', 'Configure the mail server'),
  'notification.endpoint_create': t('Thêm kênh webhook/chat', 'Add a webhook/chat channel'),
  'notification.endpoint_update': t('Sửa kênh webhook/chat', 'Change a webhook/chat channel'),
  'notification.endpoint_delete': t('Xoá kênh webhook/chat', 'Remove a webhook/chat channel'),
  'notification.escalation': t('Đặt thời gian tự động chuyển cấp', 'Set the escalation time'),
  'notification.test': t('Gửi thông báo thử', 'Send a test notice'),
  'incident.escalation_step': t(
    'Tự động chuyển sự cố chưa được tiếp nhận',
    'Escalate an unanswered incident',
  ),
  // Monitoring (issue 10)
  'monitor.create': t('Tạo giám sát', 'Create monitor'),
  'monitor.update': t('Sửa giám sát', 'Edit monitor'),
  'monitor.delete': t('Xoá giám sát', 'Delete monitor'),
  'monitor.approve_baseline': t('Phê duyệt bản gốc giao diện mới', 'Approve new baseline'),
  'monitor.down': t('Giám sát phát hiện sự cố', 'Monitor went down'),
  'monitor.up': t('Giám sát: hoạt động trở lại', 'Monitor recovered'),
  'monitor.probe.create': t('Tạo điểm đo từ xa', 'Create remote probe'),
  'monitor.probe.revoke': t('Thu hồi điểm đo từ xa', 'Revoke remote probe'),
  // Alert intake (issue 10)
  'alert.ingest': t(
    'Nhận một lô cảnh báo từ công cụ an ninh',
    'Receive a batch of alerts from a security tool',
  ),
  'alert.group_incident': t('Tạo sự cố từ nhóm cảnh báo', 'Open an incident from an alert group'),
  'alert.group_close': t('Đóng nhóm cảnh báo', 'Close an alert group'),
  'alert.map_host': t('Gắn nguồn cảnh báo chưa rõ với hệ thống', 'Map an unknown alert source to a system'),
  'alert.suppression.create': t('Thêm quy tắc chặn cảnh báo', 'Add an alert suppression rule'),
  'alert.suppression.update': t('Sửa quy tắc chặn cảnh báo', 'Change an alert suppression rule'),
  'alert.suppression.delete': t('Xoá quy tắc chặn cảnh báo', 'Remove an alert suppression rule'),
  'alert.maintenance.create': t('Thêm khung giờ bảo trì', 'Add a maintenance window'),
  'alert.maintenance.update': t('Sửa khung giờ bảo trì', 'Change a maintenance window'),
  'alert.maintenance.delete': t('Xoá khung giờ bảo trì', 'Remove a maintenance window'),
  'alert.source.create': t('Thêm nguồn cảnh báo', 'Add an alert source'),
  'alert.source.update': t('Sửa nguồn cảnh báo', 'Change an alert source'),
  'alert.source.delete': t('Xoá nguồn cảnh báo', 'Remove an alert source'),
  'settings.alerts': t('Cấu hình tiếp nhận cảnh báo', 'Configure the alert intake'),
  'system.product.add': t('Thêm sản phẩm phần mềm của hệ thống', 'Add product to system'),
  'system.product.update': t('Sửa sản phẩm phần mềm của hệ thống', 'Edit product of system'),
  'system.product.remove': t('Xoá sản phẩm phần mềm của hệ thống', 'Remove product from system'),
  'warning.create': t('Soạn cảnh báo', 'Draft warning'),
  'warning.demo': t('Tạo cảnh báo mẫu (dữ liệu trình diễn)', 'Create demo warning'),
  'warning.update': t('Sửa cảnh báo', 'Edit warning'),
  'warning.delete': t('Xoá bản nháp cảnh báo', 'Delete warning draft'),
  'warning.import': t('Nhập cảnh báo từ tệp', 'Import warning from a file'),
  'warning.share_export': t('Xuất cảnh báo (MISP/STIX)', 'Export warning (MISP/STIX)'),
  'warning.publish': t('Phát hành cảnh báo tới đơn vị', 'Publish warning to units'),
  'warning.close': t('Đóng cảnh báo', 'Close warning'),
  'warning.acknowledge': t('Đơn vị xác nhận đã nhận cảnh báo', 'Unit acknowledged warning'),
  'warning.respond': t('Đơn vị báo cáo kết quả thực hiện cảnh báo', 'Unit reported on warning'),
  'warning.file.upload': t('Đính kèm tệp vào cảnh báo', 'Attach file to warning'),
  'warning.file.download': t('Tải tệp đính kèm cảnh báo', 'Download warning attachment'),
  'warning.remind': t('Nhắc đơn vị sắp hết hạn cảnh báo', 'Remind unit before warning deadline'),
  'warning.escalate': t('Báo cáo đơn vị quá hạn cảnh báo', 'Escalate unit overdue on warning'),
  'warning.indicator_hit': t(
    'Dấu hiệu của cảnh báo xuất hiện trong sự cố',
    'Warning indicator seen in incident',
  ),
  'proposal.create': t('Gửi kiến nghị, đề xuất', 'Raise proposal'),
  'proposal.answer': t('Lãnh đạo trả lời kiến nghị', 'Answer proposal'),
};

/** Task responses (task.service writes `task.<action>`). */
export const TASK_RESPONSE_LABELS: Record<string, LocalizedText> = {
  accept: t('Nhận nhiệm vụ', 'Accept task'),
  decline: t('Từ chối nhiệm vụ', 'Decline task'),
  start: t('Bắt đầu thực hiện nhiệm vụ', 'Start task'),
  complete: t('Hoàn thành nhiệm vụ', 'Complete task'),
  reopen: t('Mở lại nhiệm vụ', 'Reopen task'),
  cancel: t('Huỷ nhiệm vụ', 'Cancel task'),
};

/** Readiness records (readiness-items.service writes `readiness_<kind>.<op>`). */
const READINESS_KINDS: Record<string, LocalizedText> = {
  equipment: t('thiết bị', 'equipment'),
  licence: t('bản quyền phần mềm', 'licence'),
  contract: t('hợp đồng dịch vụ', 'service contract'),
  training: t('khoá tập huấn', 'training'),
  drill: t('diễn tập', 'drill'),
};
const READINESS_OPS: Record<string, LocalizedText> = {
  create: t('Thêm', 'Add'),
  update: t('Sửa', 'Edit'),
  delete: t('Xoá', 'Delete'),
};

function composed(): Record<string, LocalizedText> {
  const out: Record<string, LocalizedText> = {};
  for (const [action, label] of Object.entries(TASK_RESPONSE_LABELS)) out[`task.${action}`] = label;
  // Lifecycle moves (incident.service writes `incident.<transition>`).
  for (const tr of TRANSITIONS)
    out[`incident.${tr.code}`] = t(`Sự cố: ${tr.label.vi}`, `Incident: ${tr.label.en}`);
  for (const [kind, what] of Object.entries(READINESS_KINDS))
    for (const [op, verb] of Object.entries(READINESS_OPS))
      out[`readiness_${kind}.${op}`] = t(`${verb.vi} ${what.vi}`, `${verb.en} ${what.en}`);
  return out;
}

export const AUDIT_ACTION_LABELS: Readonly<Record<string, LocalizedText>> = { ...composed(), ...FIXED };

export const AUDIT_ENTITY_LABELS: Readonly<Record<string, LocalizedText>> = {
  unit: t('Đơn vị', 'Unit'),
  user: t('Người dùng', 'User'),
  team_member: t('Thành viên đội ứng cứu', 'Response team member'),
  api_token: t('Mã truy cập API', 'API token'),
  setting: t('Thiết lập', 'Setting'),
  incident: t('Sự cố', 'Incident'),
  incident_comment: t('Trao đổi về sự cố', 'Incident comment'),
  task: t('Nhiệm vụ', 'Task'),
  evidence: t('Chứng cứ', 'Evidence'),
  saved_filter: t('Bộ lọc đã lưu', 'Saved filter'),
  playbook: t('Kịch bản ứng cứu', 'Playbook'),
  regime: t('Quy định báo cáo', 'Reporting rules'),
  information_system: t('Hệ thống thông tin', 'Information system'),
  risk: t('Rủi ro', 'Risk'),
  risk_assessment: t('Đánh giá rủi ro', 'Risk assessment'),
  inspection: t('Cuộc kiểm tra', 'Inspection'),
  inspection_template: t('Mẫu kiểm tra', 'Inspection template'),
  remediation_task: t('Việc khắc phục', 'Remediation task'),
  budget_line: t('Dòng kinh phí', 'Budget line'),
  notification: t('Thông báo', 'Notification'),
  notification_endpoint: t('Kênh webhook/chat', 'Webhook/chat channel'),
  readiness_equipment: t('Thiết bị', 'Equipment'),
  readiness_licence: t('Bản quyền phần mềm', 'Licence'),
  readiness_contract: t('Hợp đồng dịch vụ', 'Service contract'),
  readiness_training: t('Khoá tập huấn', 'Training'),
  readiness_drill: t('Diễn tập', 'Drill'),
  classifier_model: t('Mô hình gợi ý phân loại', 'Classification model'),
  mail_message: t('Thư báo cáo sự cố', 'Incident report mail'),
  monitor: t('Giám sát', 'Monitor'),
  monitor_probe: t('Điểm đo từ xa', 'Remote probe'),
  alert_source: t('Nguồn cảnh báo', 'Alert source'),
  alert_group: t('Nhóm cảnh báo', 'Alert group'),
  alert_suppression: t('Quy tắc chặn cảnh báo', 'Alert suppression rule'),
  maintenance_window: t('Khung giờ bảo trì', 'Maintenance window'),
  warning: t('Cảnh báo', 'Warning'),
  warning_target: t('Cảnh báo gửi đơn vị', 'Warning to a unit'),
  warning_file: t('Tệp đính kèm cảnh báo', 'Warning attachment'),
  system_product: t('Sản phẩm phần mềm của hệ thống', 'System product'),
  feed: t('Nguồn cấp chỉ báo theo TLP', 'TLP indicator feed'),
  unit_request: t('Yêu cầu tới đơn vị', 'Request to units'),
  unit_request_answer: t('Trả lời yêu cầu của đơn vị', "Unit's answer to a request"),
  proposal: t('Kiến nghị, đề xuất', 'Proposal'),
};

/** The label of an action code; an unknown code (e.g. from an older version) shows as itself. */
export function auditActionLabel(action: string): LocalizedText {
  return AUDIT_ACTION_LABELS[action] ?? { vi: action, en: action };
}

export function auditEntityLabel(entityType: string): LocalizedText {
  return AUDIT_ENTITY_LABELS[entityType] ?? { vi: entityType, en: entityType };
}

import type { ErrorInfo } from '../errors.ts';

// Incident intake, lifecycle, tasks and playbook errors; part of ERRORS (errors.ts).
export const INCIDENT_ERRORS = {
  'incident.detected_in_future': {
    status: 400,
    message: {
      vi: 'Thời điểm phát hiện không thể ở tương lai.',
      en: 'The detection time cannot be in the future.',
    },
  },
  'incident.batch_rolled_back': {
    status: 422,
    message: {
      vi: 'Báo cáo này hợp lệ nhưng không được ghi vì một báo cáo khác trong lô bị từ chối (chế độ tất cả hoặc không).',
      en: 'This report was valid but not filed because another report of the batch was refused (all-or-nothing mode).',
    },
  },
  'incident.not_classified': {
    status: 409,
    message: {
      vi: 'Sự cố chưa được phân loại; hãy xác nhận phân loại trước.',
      en: 'The incident is not classified yet; confirm a classification first.',
    },
  },
  'incident.closed': {
    status: 409,
    message: {
      vi: 'Sự cố đã kết thúc; không thể thay đổi.',
      en: 'The incident is closed and cannot change.',
    },
  },
  'incident.open_items': {
    status: 409,
    message: {
      vi: 'Sự cố còn {tasks} nhiệm vụ chưa xong và {deadlines} báo cáo chưa gửi: hãy xử lý từng mục (huỷ nhiệm vụ, ghi nhận không gửi báo cáo, có lý do) trước khi kết thúc.',
      en: 'The incident still has {tasks} unfinished tasks and {deadlines} reports not sent: resolve each (cancel the task, record the report as not sent, with a reason) before closing.',
    },
  },
  'incident.merge_self': {
    status: 400,
    message: { vi: 'Không thể gộp sự cố vào chính nó.', en: 'An incident cannot be merged into itself.' },
  },
  'incident.escalate_target': {
    status: 400,
    message: {
      vi: 'Chỉ chuyển lên cơ quan bên ngoài (cấp trên, điều phối quốc gia).',
      en: 'Escalation goes to an external body (higher level, national coordinator).',
    },
  },
  'transition.not_allowed': {
    status: 409,
    message: {
      vi: 'Không thể chuyển trạng thái từ "{from}" sang "{to}" với vai trò của bạn.',
      en: 'Cannot move from "{from}" to "{to}" with your role.',
    },
  },
  'transition.missing_requirements': {
    status: 422,
    message: {
      vi: 'Cần bổ sung trước khi chuyển trạng thái: {missing}.',
      en: 'Fill these in first: {missing}.',
    },
  },
  'task.invalid_status': {
    status: 409,
    message: {
      vi: 'Không thể "{action}" khi nhiệm vụ đang ở trạng thái "{status}".',
      en: 'Cannot "{action}" a task whose status is "{status}".',
    },
  },
  'task.reason_required': {
    status: 400,
    message: { vi: 'Cần nêu lý do từ chối.', en: 'A reason for declining is required.' },
  },
} as const satisfies Record<string, ErrorInfo>;

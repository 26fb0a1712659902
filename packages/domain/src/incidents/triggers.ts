import { type Static, Type } from '@sinclair/typebox';
import type { LocalizedText } from '../i18n-text.ts';

/**
 * The six response triggers of the seed plan (II.1.c): an incident must be responded to when any
 * of them holds. They are asked as yes/no questions a unit officer can answer without training;
 * "yes" always means the trigger holds, so the answers map straight onto `TriggerFlags`.
 */
export const TRIGGER_CODES = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'] as const;
export type TriggerCode = (typeof TRIGGER_CODES)[number];

/** C1, C3, C4, C5: the "harm" triggers that the tiering of domain README §3 treats together. */
export const HARM_TRIGGERS = ['C1', 'C3', 'C4', 'C5'] as const satisfies readonly TriggerCode[];
/** C1–C5: the consequences named by the QĐ 05/2017 definition of a serious incident. */
export const CONSEQUENCE_TRIGGERS = ['C1', 'C2', 'C3', 'C4', 'C5'] as const satisfies readonly TriggerCode[];

export const TriggerFlagsSchema = Type.Object(
  {
    C1: Type.Boolean(),
    C2: Type.Boolean(),
    C3: Type.Boolean(),
    C4: Type.Boolean(),
    C5: Type.Boolean(),
    C6: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type TriggerFlags = Static<typeof TriggerFlagsSchema>;

export interface TriggerDefinition {
  code: TriggerCode;
  /** Wording close to the seed plan, for reports and lists. */
  label: LocalizedText;
  /** Plain question shown to the person reporting or triaging; "yes" sets the flag. */
  question: LocalizedText;
  /** Examples that help a non-specialist answer. */
  hint: LocalizedText;
}

export const TRIGGERS: readonly TriggerDefinition[] = [
  {
    code: 'C1',
    label: { vi: 'Hệ thống bị gián đoạn dịch vụ', en: 'Service interruption' },
    question: {
      vi: 'Hệ thống có bị ngừng, gián đoạn phục vụ không?',
      en: 'Has the system stopped, or is its service interrupted?',
    },
    hint: {
      vi: 'Ví dụ: trang web không truy cập được, phần mềm một cửa không đăng nhập được, mất mạng toàn cơ quan.',
      en: 'For example: the website cannot be reached, the one-stop-shop software will not log in, the whole office is offline.',
    },
  },
  {
    code: 'C2',
    label: {
      vi: 'Dữ liệu tuyệt mật hoặc bí mật Nhà nước có khả năng bị tiết lộ',
      en: 'Top-secret or state-secret data possibly disclosed',
    },
    question: {
      vi: 'Tài liệu, dữ liệu mật hoặc bí mật Nhà nước có thể đã bị lộ ra ngoài không?',
      en: 'Could top-secret or state-secret documents or data have been disclosed?',
    },
    hint: {
      vi: 'Trả lời "Có" cả khi chỉ nghi ngờ: máy chứa văn bản mật bị nhiễm mã độc, bị truy cập trái phép hoặc bị mất.',
      en: 'Answer "yes" even on suspicion: a computer holding classified documents was infected, accessed without authorisation or lost.',
    },
  },
  {
    code: 'C3',
    label: {
      vi: 'Dữ liệu quan trọng không bảo đảm toàn vẹn và không khôi phục được',
      en: 'Important data lost integrity and cannot be restored',
    },
    question: {
      vi: 'Dữ liệu quan trọng có bị sửa, xóa hoặc hỏng mà không khôi phục lại được không?',
      en: 'Has important data been altered, deleted or corrupted with no way to restore it?',
    },
    hint: {
      vi: 'Ví dụ: cơ sở dữ liệu bị xóa hoặc mã hóa và không có bản sao lưu dùng được.',
      en: 'For example: a database was deleted or encrypted and there is no usable backup.',
    },
  },
  {
    code: 'C4',
    label: { vi: 'Hệ thống bị mất quyền điều khiển', en: 'Loss of control of the system' },
    question: {
      vi: 'Đơn vị có bị mất quyền điều khiển hệ thống không?',
      en: 'Has the unit lost control of the system?',
    },
    hint: {
      vi: 'Ví dụ: không đăng nhập được bằng tài khoản quản trị, mật khẩu bị đổi, có người lạ đang điều khiển máy.',
      en: 'For example: the administrator account no longer works, passwords were changed, a stranger is controlling the machine.',
    },
  },
  {
    code: 'C5',
    label: {
      vi: 'Sự cố xảy ra trên diện rộng hoặc gây ảnh hưởng dây chuyền',
      en: 'Widespread or cascading impact',
    },
    question: {
      vi: 'Sự cố có lan sang nhiều máy, nhiều đơn vị hoặc kéo theo hệ thống khác bị ảnh hưởng không?',
      en: 'Has the incident spread to many computers or units, or dragged other systems down with it?',
    },
    hint: {
      vi: 'Ví dụ: nhiều xã, phường cùng báo lỗi; hệ thống dùng chung ngừng khiến các phần mềm khác cũng ngừng.',
      en: 'For example: several communes report the same fault; a shared system stops and other software stops with it.',
    },
  },
  {
    code: 'C6',
    label: {
      vi: 'Chủ quản hệ thống thông tin không đủ khả năng kiểm soát, xử lý sự cố',
      en: 'The system owner cannot control or handle the incident',
    },
    question: {
      vi: 'Đơn vị có cần hỗ trợ từ bên ngoài vì không tự kiểm soát, xử lý được sự cố không?',
      en: 'Does the unit need outside help because it cannot control or handle the incident itself?',
    },
    hint: {
      vi: 'Trả lời "Có" khi không có người đủ chuyên môn, không biết nguyên nhân hoặc sự cố đang lan rộng mà chưa chặn được.',
      en: 'Answer "yes" when nobody has the skills, the cause is unknown, or the incident keeps spreading and cannot be stopped.',
    },
  },
];

export function triggerDefinition(code: TriggerCode): TriggerDefinition {
  return TRIGGERS.find((t) => t.code === code)!;
}

export function noTriggers(): TriggerFlags {
  return { C1: false, C2: false, C3: false, C4: false, C5: false, C6: false };
}

export function activeTriggers(flags: TriggerFlags): TriggerCode[] {
  return TRIGGER_CODES.filter((code) => flags[code]);
}

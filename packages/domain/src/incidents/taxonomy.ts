import type { LocalizedText } from '../i18n-text.ts';

/**
 * Incident taxonomy of the seed plan (section II.3.b) and domain README §2.
 * The ten attack subtypes are also the rows of Mẫu 05 (TT 20/2017), in that order.
 */
export const CAUSE_GROUPS = ['attack', 'failure', 'operator', 'disaster'] as const;
export type CauseGroup = (typeof CAUSE_GROUPS)[number];

export const SUBTYPES = [
  'attack.dos',
  'attack.phishing',
  'attack.malware',
  'attack.intrusion',
  'attack.defacement',
  'attack.ransomware',
  'attack.destruction',
  'attack.espionage',
  'attack.combined',
  'attack.other',
  'failure.power',
  'failure.internet',
  'failure.software_hardware',
  'failure.overload',
  'failure.other',
  'operator.hardware_config',
  'operator.software_config',
  'operator.policy',
  'operator.service_stop',
  'operator.other',
  'disaster.storm',
  'disaster.flood',
  'disaster.earthquake',
  'disaster.fire',
  'disaster.other',
] as const;
export type Subtype = (typeof SUBTYPES)[number];

export const CAUSE_GROUP_LABELS: Record<CauseGroup, LocalizedText> = {
  attack: { vi: 'Tấn công mạng', en: 'Cyberattack' },
  failure: {
    vi: 'Lỗi hệ thống, thiết bị, phần mềm, hạ tầng kỹ thuật',
    en: 'System, equipment, software or infrastructure failure',
  },
  operator: { vi: 'Lỗi của người quản trị, vận hành', en: 'Administrator or operator error' },
  disaster: { vi: 'Thảm họa tự nhiên', en: 'Natural disaster' },
};

export const SUBTYPE_LABELS: Record<Subtype, LocalizedText> = {
  'attack.dos': { vi: 'Tấn công từ chối dịch vụ', en: 'Denial of service' },
  'attack.phishing': { vi: 'Tấn công giả mạo', en: 'Spoofing, phishing' },
  'attack.malware': { vi: 'Tấn công sử dụng mã độc', en: 'Malware' },
  'attack.intrusion': {
    vi: 'Tấn công truy cập trái phép, chiếm quyền điều khiển',
    en: 'Unauthorised access, takeover',
  },
  'attack.defacement': { vi: 'Tấn công thay đổi giao diện', en: 'Defacement' },
  'attack.ransomware': { vi: 'Tấn công mã hóa phần mềm, dữ liệu, thiết bị', en: 'Ransomware, encryption' },
  'attack.destruction': {
    vi: 'Tấn công phá hoại thông tin, dữ liệu, phần mềm',
    en: 'Destruction of data or software',
  },
  'attack.espionage': {
    vi: 'Tấn công nghe trộm, gián điệp, lấy cắp thông tin, dữ liệu',
    en: 'Eavesdropping, espionage, data theft',
  },
  'attack.combined': { vi: 'Tấn công tổng hợp sử dụng kết hợp nhiều hình thức', en: 'Combined attack' },
  'attack.other': { vi: 'Các hình thức tấn công mạng khác', en: 'Other attack' },
  'failure.power': { vi: 'Sự cố nguồn điện', en: 'Power failure' },
  'failure.internet': { vi: 'Sự cố đường kết nối mạng Internet', en: 'Internet connection failure' },
  'failure.software_hardware': {
    vi: 'Sự cố do lỗi phần mềm, phần cứng, ứng dụng của hệ thống thông tin',
    en: 'Software, hardware or application fault',
  },
  'failure.overload': { vi: 'Sự cố liên quan đến quá tải hệ thống', en: 'System overload' },
  'failure.other': {
    vi: 'Sự cố khác do lỗi của hệ thống, thiết bị, phần mềm, hạ tầng kỹ thuật',
    en: 'Other system or infrastructure failure (transmission line, hosting, …)',
  },
  'operator.hardware_config': {
    vi: 'Lỗi trong cập nhật, thay đổi, cấu hình phần cứng',
    en: 'Error updating, changing or configuring hardware',
  },
  'operator.software_config': {
    vi: 'Lỗi trong cập nhật, thay đổi, cấu hình phần mềm',
    en: 'Error updating, changing or configuring software',
  },
  'operator.policy': {
    vi: 'Lỗi liên quan đến chính sách và thủ tục an toàn thông tin',
    en: 'Security policy or procedure error',
  },
  'operator.service_stop': {
    vi: 'Lỗi liên quan đến việc dừng dịch vụ vì lý do bắt buộc',
    en: 'Mandatory service stop',
  },
  'operator.other': {
    vi: 'Lỗi khác liên quan đến người quản trị, vận hành hệ thống',
    en: 'Other administrator or operator error',
  },
  'disaster.storm': { vi: 'Bão', en: 'Storm' },
  'disaster.flood': { vi: 'Lụt', en: 'Flood' },
  'disaster.earthquake': { vi: 'Động đất', en: 'Earthquake' },
  'disaster.fire': { vi: 'Hỏa hoạn', en: 'Fire' },
  'disaster.other': { vi: 'Thảm họa tự nhiên khác', en: 'Other natural disaster' },
};

const GROUP_OF = new Map<string, CauseGroup>(SUBTYPES.map((s) => [s, s.split('.')[0] as CauseGroup]));

export function causeGroupOf(subtype: Subtype): CauseGroup {
  return GROUP_OF.get(subtype) ?? (subtype.split('.')[0] as CauseGroup);
}

export function subtypesOf(group: CauseGroup): Subtype[] {
  return SUBTYPES.filter((s) => causeGroupOf(s) === group);
}

export function isSubtype(value: string): value is Subtype {
  return (SUBTYPES as readonly string[]).includes(value);
}

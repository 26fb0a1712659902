import type { Role } from '@ungcuu/domain/org/roles.ts';
import type { UnitType } from '@ungcuu/domain/org/unit-types.ts';

// The town of the seed plan (thị xã Mỹ Hào): its focal office, offices, agencies, wards and communes,
// the bodies above it and a contracted security provider. Names as the plan and the locality use them.

export interface DemoUnit {
  code: string;
  name: string;
  type: UnitType;
  parent?: string;
}

export const DEMO_UNITS: DemoUnit[] = [
  { code: 'UBND-TX', name: 'UBND thị xã Mỹ Hào', type: 'agency' },
  { code: 'VHKHTT', name: 'Phòng Văn hoá, Khoa học và Thông tin', type: 'focal_office', parent: 'UBND-TX' },
  {
    code: 'VP-HDND-UBND',
    name: 'Văn phòng HĐND và UBND thị xã',
    type: 'people_committee_office',
    parent: 'UBND-TX',
  },
  { code: 'TCKH', name: 'Phòng Tài chính – Kế hoạch', type: 'finance_office', parent: 'UBND-TX' },
  { code: 'NOIVU', name: 'Phòng Nội vụ', type: 'agency', parent: 'UBND-TX' },
  { code: 'TUPHAP', name: 'Phòng Tư pháp', type: 'agency', parent: 'UBND-TX' },
  { code: 'KINHTE', name: 'Phòng Kinh tế, Hạ tầng và Đô thị', type: 'agency', parent: 'UBND-TX' },
  { code: 'GDDT', name: 'Phòng Giáo dục và Đào tạo', type: 'agency', parent: 'UBND-TX' },
  { code: 'YTE', name: 'Phòng Y tế', type: 'agency', parent: 'UBND-TX' },
  { code: 'TTVHTT', name: 'Trung tâm Văn hoá, Thông tin và Thể thao', type: 'agency', parent: 'UBND-TX' },
  { code: 'P-BANYENNHAN', name: 'UBND phường Bần Yên Nhân', type: 'commune', parent: 'UBND-TX' },
  { code: 'P-PHANDINHPHUNG', name: 'UBND phường Phan Đình Phùng', type: 'commune', parent: 'UBND-TX' },
  { code: 'P-NHANHOA', name: 'UBND phường Nhân Hòa', type: 'commune', parent: 'UBND-TX' },
  { code: 'P-DISU', name: 'UBND phường Dị Sử', type: 'commune', parent: 'UBND-TX' },
  { code: 'P-PHUNGCHIKIEN', name: 'UBND phường Phùng Chí Kiên', type: 'commune', parent: 'UBND-TX' },
  { code: 'P-BACHSAM', name: 'UBND phường Bạch Sam', type: 'commune', parent: 'UBND-TX' },
  { code: 'P-MINHDUC', name: 'UBND phường Minh Đức', type: 'commune', parent: 'UBND-TX' },
  { code: 'X-HUNGLONG', name: 'UBND xã Hưng Long', type: 'commune', parent: 'UBND-TX' },
  { code: 'X-NGOCLAM', name: 'UBND xã Ngọc Lâm', type: 'commune', parent: 'UBND-TX' },
  { code: 'X-XUANDUC', name: 'UBND xã Xuân Dục', type: 'commune', parent: 'UBND-TX' },
  { code: 'X-HOAPHONG', name: 'UBND xã Hòa Phong', type: 'commune', parent: 'UBND-TX' },
  { code: 'X-CAMXA', name: 'UBND xã Cẩm Xá', type: 'commune', parent: 'UBND-TX' },
  { code: 'X-DUONGQUANG', name: 'UBND xã Dương Quang', type: 'commune', parent: 'UBND-TX' },
  {
    code: 'PA05-HY',
    name: 'Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05) – Công an tỉnh Hưng Yên',
    type: 'external',
  },
  {
    code: 'A05',
    name: 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05) – Bộ Công an',
    type: 'external',
  },
  { code: 'NCC-ATTT', name: 'Công ty TNHH Dịch vụ An toàn thông tin Hưng Yên', type: 'service_provider' },
];

export interface DemoUser {
  username: string;
  fullName: string;
  title: string;
  unit: string;
  roles: Role[];
}

export const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO_USERS: DemoUser[] = [
  {
    username: 'quantri',
    fullName: 'Trần Minh Quân',
    title: 'Chuyên viên CNTT',
    unit: 'VHKHTT',
    roles: ['admin'],
  },
  {
    username: 'dieuphoi',
    fullName: 'Nguyễn Thị Thu Hà',
    title: 'Phó Trưởng phòng',
    unit: 'VHKHTT',
    roles: ['coordinator'],
  },
  {
    username: 'lanhdao',
    fullName: 'Nguyễn Quốc Khánh',
    title: 'Phó Chủ tịch UBND thị xã',
    unit: 'VP-HDND-UBND',
    roles: ['leader'],
  },
  { username: 'taichinh', fullName: 'Lê Văn Tài', title: 'Chuyên viên', unit: 'TCKH', roles: ['finance'] },
  {
    username: 'canbo.banyennhan',
    fullName: 'Phạm Văn Bình',
    title: 'Công chức Văn hoá – Xã hội',
    unit: 'P-BANYENNHAN',
    roles: ['unit_officer'],
  },
  {
    username: 'canbo.phandinhphung',
    fullName: 'Đỗ Thị Phương',
    title: 'Công chức Văn phòng – Thống kê',
    unit: 'P-PHANDINHPHUNG',
    roles: ['unit_officer'],
  },
  {
    username: 'canbo.noivu',
    fullName: 'Vũ Đức Nam',
    title: 'Chuyên viên',
    unit: 'NOIVU',
    roles: ['unit_officer'],
  },
  {
    username: 'ungcuu1',
    fullName: 'Hoàng Anh Tuấn',
    title: 'Kỹ sư an toàn thông tin',
    unit: 'NCC-ATTT',
    roles: ['responder'],
  },
  { username: 'xem', fullName: 'Bùi Thị Lan', title: 'Chuyên viên', unit: 'VP-HDND-UBND', roles: ['viewer'] },
];

export const DEMO_TEAM = [
  {
    username: 'dieuphoi',
    teamRole: 'Trưởng nhóm điều phối',
    skills: ['điều phối', 'báo cáo'],
    phone: '0912000001',
    onCall: true,
  },
  {
    username: 'quantri',
    teamRole: 'Kỹ thuật hệ thống',
    skills: ['mạng', 'máy chủ', 'sao lưu'],
    phone: '0912000002',
    onCall: true,
  },
  {
    username: 'ungcuu1',
    teamRole: 'Chuyên gia ứng cứu (thuê ngoài)',
    skills: ['phân tích mã độc', 'điều tra số', 'tường lửa'],
    phone: '0912000003',
    onCall: false,
  },
];

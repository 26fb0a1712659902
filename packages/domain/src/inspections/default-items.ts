import type { InspectionItem, InspectionSection, Severity } from './template.ts';

// Compact rows keep 24 bilingual items readable as one table; `item` expands them.
type ItemSpec = [
  key: string,
  section: InspectionSection,
  title: [vi: string, en: string],
  question: [vi: string, en: string],
  guidance: [vi: string, en: string],
  severity: Severity,
  evidenceRequired: boolean,
];

const item = ([
  key,
  section,
  title,
  question,
  guidance,
  severity,
  evidenceRequired,
]: ItemSpec): InspectionItem => ({
  key,
  section,
  title: { vi: title[0], en: title[1] },
  question: { vi: question[0], en: question[1] },
  guidance: { vi: guidance[0], en: guidance[1] },
  appliesTo: section === 'level3' ? 'level3plus' : 'all',
  severity,
  evidenceRequired,
});

/**
 * The default annual checklist. Sources per item are in its guidance. The 3-month log retention is
 * a common baseline, not a verified legal figure: change it by publishing a new template version.
 */
export const DEFAULT_INSPECTION_ITEMS: InspectionItem[] = (
  [
    [
      'org.officer',
      'organisation',
      ['Cán bộ phụ trách an toàn thông tin', 'Security officer'],
      [
        'Đơn vị đã có quyết định cử cán bộ phụ trách an toàn thông tin?',
        'Has the unit formally appointed a security officer?',
      ],
      [
        'Kiểm tra quyết định phân công; cán bộ phải nắm được quy trình báo cáo sự cố (Kế hoạch mục II.1.d).',
        'Check the appointment decision; the officer must know the reporting procedure (seed II.1.d).',
      ],
      'high',
      true,
    ],
    [
      'org.focal_points',
      'organisation',
      ['Đầu mối ứng cứu sự cố', 'Incident focal points'],
      [
        'Đã khai báo đầu mối chính và dự phòng, liên lạc được 24/7?',
        'Are main and backup focal points registered and reachable 24/7?',
      ],
      [
        'Đối chiếu thông tin đầu mối theo Mẫu 01 với số điện thoại, thư điện tử thực tế.',
        'Compare the Form 01 focal points with working phone numbers and emails.',
      ],
      'medium',
      false,
    ],
    [
      'org.security_rules',
      'organisation',
      ['Quy chế bảo đảm an toàn thông tin', 'Security rules'],
      [
        'Đơn vị đã ban hành quy chế bảo đảm an toàn thông tin mạng nội bộ?',
        'Has the unit issued internal information security rules?',
      ],
      [
        'Quy chế cần quy định trách nhiệm, sử dụng tài khoản, thiết bị, dữ liệu.',
        'The rules should cover duties and the use of accounts, devices and data.',
      ],
      'medium',
      true,
    ],
    [
      'org.training',
      'organisation',
      ['Tuyên truyền, tập huấn', 'Awareness training'],
      [
        'Cán bộ, công chức đã được tuyên truyền, tập huấn nâng cao nhận thức về an toàn thông tin trong năm?',
        'Did staff receive security awareness training this year?',
      ],
      [
        'Danh sách tham dự, tài liệu tập huấn; nhận diện thư giả mạo, mã độc (Kế hoạch mục II.4.a, II.4.b).',
        'Attendance lists and materials; spotting phishing and malware (seed II.4.a, II.4.b).',
      ],
      'medium',
      true,
    ],
    [
      'org.incident_procedure',
      'organisation',
      ['Quy trình báo cáo sự cố', 'Incident reporting procedure'],
      [
        'Cán bộ biết khi phát hiện sự cố phải báo cho ai, bằng cách nào và trong thời hạn nào?',
        'Do staff know whom to tell about an incident, how, and by when?',
      ],
      [
        'Hỏi ngẫu nhiên cán bộ; thông báo sự cố trong 5 ngày kể từ khi phát hiện (TT 20/2017 Điều 9), báo cáo ngay nếu vượt khả năng xử lý.',
        'Ask staff at random; notification within 5 days of detection (TT 20/2017 Art. 9), immediately if beyond capacity.',
      ],
      'high',
      false,
    ],
    [
      'sys.inventory',
      'systems',
      ['Danh mục hệ thống thông tin', 'Systems inventory'],
      [
        'Danh mục hệ thống thông tin của đơn vị đầy đủ và được cập nhật trong 12 tháng qua?',
        'Is the systems inventory complete and updated in the last 12 months?',
      ],
      [
        'Đối chiếu danh mục với thực tế: cổng thông tin, ứng dụng, cơ sở dữ liệu, mạng, thư điện tử.',
        'Compare the inventory with what runs: portal, applications, databases, network, email.',
      ],
      'medium',
      false,
    ],
    [
      'sys.levels_approved',
      'systems',
      ['Phê duyệt cấp độ', 'Security levels approved'],
      [
        'Các hệ thống thông tin đã được xác định và phê duyệt cấp độ an toàn?',
        'Have the systems had their security levels determined and approved?',
      ],
      [
        'Kiểm tra quyết định phê duyệt hồ sơ đề xuất cấp độ (Luật ATTTM 2015 Điều 21; NĐ 85/2016).',
        'Check the level approval decisions (Cyber Information Security Law 2015 Art. 21; Decree 85/2016).',
      ],
      'high',
      true,
    ],
    [
      'sys.level_requirements',
      'systems',
      ['Phương án bảo đảm theo cấp độ', 'Level requirements met'],
      [
        'Các biện pháp bảo đảm an toàn theo hồ sơ cấp độ đã được triển khai đầy đủ?',
        'Are the protection measures of each level dossier in place?',
      ],
      [
        'Đối chiếu phương án trong hồ sơ cấp độ với hiện trạng (TT 12/2022/TT-BTTTT).',
        'Compare the dossier measures with the actual state (Circular 12/2022/TT-BTTTT).',
      ],
      'medium',
      true,
    ],
    [
      'end.antivirus',
      'endpoints',
      ['Phần mềm diệt virus', 'Antivirus'],
      [
        'Tất cả máy tính, máy chủ đã cài phần mềm diệt virus còn bản quyền và được cập nhật?',
        'Do all computers and servers run licensed, up-to-date antivirus?',
      ],
      [
        'Kiểm tra trên máy ngẫu nhiên và trên bảng điều khiển quản trị tập trung; ngày hết hạn bản quyền (Kế hoạch mục IV.4).',
        'Check random machines and the management console; licence expiry date (seed IV.4).',
      ],
      'high',
      true,
    ],
    [
      'end.firewall',
      'endpoints',
      ['Tường lửa', 'Firewall'],
      [
        'Hệ thống mạng và máy tính được bảo vệ bởi tường lửa đang hoạt động, còn bản quyền?',
        'Are the network and computers protected by a working, licensed firewall?',
      ],
      [
        'Thiết bị tường lửa biên và tường lửa trên máy (Kế hoạch mục IV.4).',
        'Perimeter firewall and host firewalls (seed IV.4).',
      ],
      'high',
      true,
    ],
    [
      'end.patches',
      'endpoints',
      ['Cập nhật bản vá', 'Patching'],
      [
        'Hệ điều hành, trình duyệt và phần mềm được cập nhật bản vá bảo mật; không còn hệ điều hành hết hỗ trợ?',
        'Are OS, browsers and software patched, with no unsupported OS left?',
      ],
      [
        'Xem lịch sử cập nhật; liệt kê máy còn dùng hệ điều hành hết hỗ trợ.',
        'Review update history; list machines on unsupported operating systems.',
      ],
      'high',
      false,
    ],
    [
      'end.licensed_software',
      'endpoints',
      ['Phần mềm có bản quyền', 'Licensed software'],
      [
        'Không sử dụng phần mềm bẻ khóa, không rõ nguồn gốc?',
        'Is no cracked or unknown-origin software in use?',
      ],
      [
        'Phần mềm bẻ khóa là nguồn lây nhiễm mã độc phổ biến.',
        'Cracked software is a common malware source.',
      ],
      'medium',
      false,
    ],
    [
      'end.removable_media',
      'endpoints',
      ['Thiết bị lưu trữ di động', 'Removable media'],
      [
        'Có quy định và biện pháp kiểm soát USB, thiết bị lưu trữ di động (quét virus, hạn chế tự động chạy)?',
        'Are USB and removable media controlled (scanning, autorun disabled)?',
      ],
      [
        'Kiểm tra chính sách và cấu hình trên máy; máy soạn thảo văn bản mật không kết nối Internet.',
        'Check policy and settings; machines handling secret documents stay off the Internet.',
      ],
      'medium',
      false,
    ],
    [
      'end.network_segmentation',
      'endpoints',
      ['Phân tách mạng', 'Network segmentation'],
      [
        'Mạng Wi-Fi khách được tách khỏi mạng nội bộ; mật khẩu thiết bị mạng đã đổi khỏi mặc định?',
        'Is guest Wi-Fi separate from the internal network, and are device default passwords changed?',
      ],
      [
        'Kiểm tra cấu hình bộ định tuyến, điểm truy cập không dây.',
        'Check router and wireless access point settings.',
      ],
      'medium',
      false,
    ],
    [
      'ops.accounts',
      'operations',
      ['Tài khoản và mật khẩu', 'Accounts and passwords'],
      [
        'Có chính sách mật khẩu mạnh, không dùng chung tài khoản, thu hồi tài khoản của người đã nghỉ hoặc chuyển công tác?',
        'Is there a strong password policy, no shared accounts, and are leavers’ accounts removed?',
      ],
      [
        'Đối chiếu danh sách tài khoản quản trị với nhân sự hiện tại; ưu tiên xác thực hai yếu tố cho tài khoản quản trị.',
        'Compare admin accounts with current staff; prefer two-factor authentication for admins.',
      ],
      'high',
      false,
    ],
    [
      'ops.backups',
      'operations',
      ['Sao lưu và khôi phục', 'Backup and restore'],
      [
        'Dữ liệu quan trọng được sao lưu định kỳ, có bản lưu ngoại tuyến và đã thử khôi phục thành công trong 6 tháng qua?',
        'Is important data backed up regularly, with an offline copy and a successful restore test in the last 6 months?',
      ],
      [
        'Xem biên bản thử khôi phục; bản sao lưu ngoại tuyến giúp chống mã hóa dữ liệu tống tiền.',
        'See the restore test record; offline copies defeat ransomware.',
      ],
      'high',
      true,
    ],
    [
      'ops.logs',
      'operations',
      ['Lưu nhật ký', 'Log retention'],
      [
        'Nhật ký hệ thống, thiết bị mạng, tường lửa được lưu giữ ít nhất 3 tháng?',
        'Are system, network device and firewall logs kept for at least 3 months?',
      ],
      [
        'Kiểm tra bản ghi nhật ký cũ nhất còn lưu; nhật ký cần cho xác minh, phân tích sự cố.',
        'Find the oldest log kept; logs are needed to investigate incidents.',
      ],
      'medium',
      false,
    ],
    [
      'ops.monitoring',
      'operations',
      ['Giám sát, phát hiện sớm', 'Monitoring'],
      [
        'Có giám sát, cảnh báo sớm các dấu hiệu tấn công, bất thường trên hệ thống?',
        'Are attacks and anomalies monitored with early warnings?',
      ],
      [
        'Kế hoạch mục II.4.a: giám sát, phát hiện sớm; kết nối với hệ thống giám sát của tỉnh nếu có.',
        'Seed II.4.a: monitoring and early detection; connection to the provincial monitoring service if any.',
      ],
      'medium',
      false,
    ],
    [
      'l3.scan',
      'level3',
      ['Rà quét lỗ hổng, mã độc', 'Vulnerability and malware scan'],
      [
        'Hệ thống cấp độ 3 trở lên đã được kiểm tra, rà quét lỗ hổng, săn lùng mã độc trong 6 tháng qua?',
        'Were level 3+ systems scanned for vulnerabilities and hunted for malware in the last 6 months?',
      ],
      [
        'Báo cáo kết quả rà quét và khắc phục (Chỉ thị 18/CT-TTg: ít nhất 6 tháng/lần).',
        'Scan and remediation report (Directive 18/CT-TTg: at least every 6 months).',
      ],
      'high',
      true,
    ],
    [
      'l3.drill',
      'level3',
      ['Diễn tập ứng cứu sự cố', 'Incident response drill'],
      [
        'Hệ thống cấp độ 3 trở lên đã được diễn tập thực chiến trong năm?',
        'Were level 3+ systems covered by a live drill this year?',
      ],
      [
        'Kế hoạch, báo cáo diễn tập (Chỉ thị 18/CT-TTg: ít nhất 1 năm/lần).',
        'Drill plan and report (Directive 18/CT-TTg: at least yearly).',
      ],
      'high',
      true,
    ],
    [
      'l3.penetration_test',
      'level3',
      ['Đánh giá, kiểm thử xâm nhập', 'Penetration test'],
      [
        'Hệ thống cấp độ 3 trở lên đã được kiểm tra, đánh giá an toàn thông tin, kiểm thử xâm nhập theo quy định?',
        'Were level 3+ systems assessed and penetration-tested as required?',
      ],
      [
        'TT 12/2022/TT-BTTTT: kiểm tra sự tuân thủ, hiệu quả biện pháp, phát hiện điểm yếu, kiểm thử xâm nhập.',
        'Circular 12/2022: compliance, effectiveness, weaknesses, penetration testing.',
      ],
      'medium',
      true,
    ],
    [
      'phy.server_room',
      'physical',
      ['Phòng máy chủ', 'Server room'],
      [
        'Phòng máy chủ, tủ mạng có khóa, kiểm soát ra vào, có bình chữa cháy và điều hòa?',
        'Is the server room or rack locked, access-controlled, with fire extinguisher and cooling?',
      ],
      [
        'Phòng chống hỏa hoạn, ngập lụt theo các tình huống thảm họa tự nhiên của Kế hoạch (mục II.3.b).',
        'Protection against fire and flood, per the seed’s natural-disaster scenarios (II.3.b).',
      ],
      'medium',
      false,
    ],
    [
      'phy.power',
      'physical',
      ['Nguồn điện dự phòng', 'Backup power'],
      [
        'Máy chủ và thiết bị mạng có bộ lưu điện (UPS) hoạt động tốt?',
        'Do servers and network devices have working UPS?',
      ],
      [
        'Thử tải UPS; sự cố nguồn điện là một tình huống của Kế hoạch (mục II.3.b).',
        'Test the UPS under load; power failure is one of the seed scenarios (II.3.b).',
      ],
      'low',
      false,
    ],
    [
      'phy.service_contracts',
      'physical',
      ['Dịch vụ hỗ trợ, bảo hành', 'Support contracts'],
      [
        'Có hợp đồng hỗ trợ kỹ thuật, bảo hành thiết bị hoặc dịch vụ bảo đảm an toàn thông tin sẵn sàng khi có sự cố?',
        'Are support, warranty or security service contracts ready for an incident?',
      ],
      [
        'Kế hoạch mục II.4.b: thuê dịch vụ bảo đảm an toàn thông tin, chuẩn bị nguồn lực.',
        'Seed II.4.b: contract security services, prepare resources.',
      ],
      'low',
      false,
    ],
  ] satisfies ItemSpec[]
).map(item);

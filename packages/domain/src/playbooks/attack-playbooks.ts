import { INTRUSION_PLAYBOOK, MALWARE_PLAYBOOK, PHISHING_PLAYBOOK } from './attack-access-playbooks.ts';
import { DESTRUCTION_PLAYBOOK, ESPIONAGE_PLAYBOOK, RANSOMWARE_PLAYBOOK } from './attack-data-playbooks.ts';
import {
  buildPlaybook,
  classifyStep,
  closeStep,
  lessonsStep,
  notifyStep,
  registerStep,
  supportRequestStep,
} from './common-steps.ts';
import type { Playbook } from './playbook.ts';

/**
 * Attacks against availability and appearance (DoS, defacement), combined and other attacks; and
 * the list of all ten attack playbooks in the row order of Mẫu 05 (TT 20/2017).
 */

export const DOS_PLAYBOOK: Playbook = buildPlaybook('attack.dos', {
  title: { vi: 'Ứng phó tấn công từ chối dịch vụ', en: 'Responding to denial of service' },
  summary: {
    vi: 'Trang web, dịch vụ công trực tuyến chậm hoặc không truy cập được do bị dồn lưu lượng. Ưu tiên: nhờ nhà cung cấp lọc lưu lượng, giữ nhật ký, báo người dân kênh thay thế.',
    en: 'A website or online public service is slow or unreachable because it is flooded with traffic. Priorities: get the provider to filter traffic, keep logs, tell citizens about alternative channels.',
  },
  steps: [
    {
      key: 'observe',
      phase: 'P1',
      title: {
        vi: 'Ghi nhận hiện tượng và báo nhà cung cấp',
        en: 'Record what you see and call the provider',
      },
      instructions: {
        vi: 'Thử mở dịch vụ từ mạng của cơ quan và từ điện thoại dùng 4G để biết lỗi chỉ ở nội bộ hay cả từ bên ngoài. Chụp màn hình thông báo lỗi, ghi giờ bắt đầu. Gọi ngay cho đơn vị cung cấp hosting hoặc đường truyền (số điện thoại trong hợp đồng) và báo cơ quan đầu mối.',
        en: 'Try the service from the office network and from a phone on 4G to tell whether it fails only inside or from outside too. Screenshot the error, note the start time. Call the hosting or connectivity provider at once (number in the contract) and tell the focal office.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 15,
      evidence: {
        vi: 'Ảnh chụp lỗi, giờ bắt đầu, mã phiếu báo sự cố của nhà cung cấp',
        en: "Error screenshots, start time, provider's ticket number",
      },
    },
    registerStep(),
    classifyStep({
      vi: 'Phân biệt với quá tải do người dùng thật (ví dụ hạn nộp hồ sơ): nếu lưu lượng đến từ nguồn bất thường, nhiều nước, cùng một kiểu yêu cầu thì là tấn công.',
      en: 'Tell it apart from genuine overload (e.g. a filing deadline): traffic from unusual sources, many countries, or one repeated request pattern means an attack.',
    }),
    notifyStep(),
    {
      key: 'filter-traffic',
      phase: 'P4',
      title: { vi: 'Lọc lưu lượng tấn công', en: 'Filter the attack traffic' },
      instructions: {
        vi: 'Đề nghị nhà cung cấp hosting, đường truyền hoặc trung tâm dữ liệu bật lọc chống DDoS, chặn các dải địa chỉ hoặc quốc gia nguồn bất thường; bật dịch vụ chống DDoS hoặc CDN nếu đã có hợp đồng. Đề nghị họ gửi biểu đồ lưu lượng và danh sách địa chỉ nguồn.',
        en: 'Ask the hosting, connectivity or data-centre provider to turn on DDoS filtering and block unusual source ranges or countries; enable the anti-DDoS or CDN service if contracted. Ask them for traffic graphs and the list of source addresses.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Yêu cầu gửi nhà cung cấp, biểu đồ lưu lượng, danh sách địa chỉ đã chặn',
        en: 'Request to the provider, traffic graphs, blocked addresses',
      },
    },
    {
      key: 'preserve-logs',
      phase: 'P4',
      title: { vi: 'Giữ nhật ký trong thời gian bị tấn công', en: 'Keep logs from the attack window' },
      instructions: {
        vi: 'Sao chép nhật ký máy chủ web và tường lửa trong thời gian bị tấn công sang nơi lưu trữ riêng trước khi bị ghi đè; không xóa nhật ký để giải phóng ổ đĩa.',
        en: 'Copy web server and firewall logs covering the attack to separate storage before they are overwritten; do not delete logs to free disk space.',
      },
      defaultRole: 'responder',
      expectedMinutes: 30,
      evidence: { vi: 'Bản sao nhật ký kèm thời điểm sao chép', en: 'Log copies with time copied' },
    },
    {
      key: 'public-notice',
      phase: 'P4',
      title: { vi: 'Thông báo kênh thay thế cho người dân', en: 'Tell citizens about alternative channels' },
      instructions: {
        vi: 'Nếu dịch vụ công bị gián đoạn quá một giờ, đăng thông báo trên trang mạng xã hội chính thức hoặc tại bộ phận một cửa: dịch vụ đang gián đoạn, người dân có thể nộp hồ sơ trực tiếp hoặc qua kênh nào, dự kiến khi nào hoạt động lại.',
        en: 'If a public service is down for more than an hour, post a notice on the official social media page or at the one-stop desk: the service is interrupted, where citizens can file instead, and when it is expected back.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 20,
      evidence: { vi: 'Nội dung thông báo và nơi đăng', en: 'Notice text and where it was posted' },
    },
    {
      key: 'restore-service',
      phase: 'P5',
      title: { vi: 'Khôi phục dịch vụ và gia cố', en: 'Restore service and harden' },
      instructions: {
        vi: 'Khi lưu lượng đã được lọc, kiểm tra dịch vụ hoạt động bình thường từ nhiều mạng khác nhau và theo dõi thêm 24 giờ vì tấn công thường lặp lại. Cấu hình giới hạn số yêu cầu, bật bộ nhớ đệm, ẩn địa chỉ thật của máy chủ sau dịch vụ chống DDoS.',
        en: "Once traffic is filtered, check the service works from several networks and keep watching for 24 hours, as attacks often come back. Configure request rate limits, enable caching and hide the server's real address behind the anti-DDoS service.",
      },
      defaultRole: 'responder',
      expectedMinutes: 120,
      evidence: {
        vi: 'Kết quả kiểm tra dịch vụ, cấu hình đã thay đổi, ghi chú theo dõi 24 giờ',
        en: 'Service check results, configuration changes, 24-hour monitoring notes',
      },
    },
    closeStep(),
    lessonsStep({
      vi: 'Xem xét bổ sung điều khoản chống DDoS vào hợp đồng hosting hoặc đường truyền.',
      en: 'Consider adding anti-DDoS terms to the hosting or connectivity contract.',
    }),
  ],
});

export const DEFACEMENT_PLAYBOOK: Playbook = buildPlaybook('attack.defacement', {
  title: { vi: 'Ứng phó tấn công thay đổi giao diện trang web', en: 'Responding to website defacement' },
  summary: {
    vi: 'Trang thông tin điện tử bị thay nội dung, hình ảnh, thường kèm thông điệp xuyên tạc. Ưu tiên: gỡ nội dung khỏi công chúng, giữ chứng cứ, tìm lối vào, khôi phục bản sạch.',
    en: 'The web portal shows altered text or images, often with hostile messages. Priorities: take the content down from public view, keep evidence, find the entry point, restore a clean copy.',
  },
  steps: [
    {
      key: 'capture',
      phase: 'P1',
      title: { vi: 'Chụp lại trang bị thay đổi và báo ngay', en: 'Capture the altered page and report' },
      instructions: {
        vi: 'Chụp toàn bộ trang bị thay đổi, ghi địa chỉ trang (URL) và giờ phát hiện. Không tự sửa hay xóa nội dung. Báo ngay cơ quan đầu mối và người quản trị trang web (hoặc đơn vị cung cấp hosting).',
        en: 'Capture the whole altered page, note its address (URL) and the time. Do not edit or delete anything yourself. Report at once to the focal office and the website administrator (or the hosting provider).',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 10,
      evidence: {
        vi: 'Ảnh chụp trang, địa chỉ URL, giờ phát hiện',
        en: 'Page captures, URL, detection time',
      },
    },
    registerStep(),
    classifyStep(),
    notifyStep(),
    {
      key: 'take-offline',
      phase: 'P4',
      title: { vi: 'Tạm gỡ trang, giữ nguyên máy chủ', en: 'Take the page down, keep the server as is' },
      instructions: {
        vi: 'Đưa trang về chế độ bảo trì hoặc chuyển hướng sang trang thông báo để người dân không thấy nội dung xấu. Trước khi sửa, sao lưu nguyên trạng mã nguồn, cơ sở dữ liệu và nhật ký của trang bị thay đổi để làm chứng cứ.',
        en: 'Switch the site to maintenance mode or redirect to a notice page so the public no longer sees the content. Before fixing anything, back up the altered source code, database and logs as evidence.',
      },
      defaultRole: 'responder',
      expectedMinutes: 30,
      evidence: {
        vi: 'Bản sao nguyên trạng trang bị thay đổi, thời điểm gỡ trang',
        en: 'Copy of the defaced site as found, time taken offline',
      },
    },
    {
      key: 'find-entry',
      phase: 'P4',
      title: { vi: 'Tìm lối vào của kẻ tấn công', en: "Find the attacker's way in" },
      instructions: {
        vi: 'So sánh tệp trên máy chủ với bản gốc để tìm tệp bị sửa, tệp lạ (webshell); kiểm tra tài khoản quản trị mới trong hệ quản trị nội dung; kiểm tra phiên bản phần mềm, plugin lỗi thời. Đổi toàn bộ mật khẩu quản trị, FTP, cơ sở dữ liệu.',
        en: 'Compare server files with the originals to find altered and unknown files (webshells); look for new administrator accounts in the content management system; check for outdated software and plugins. Change all admin, FTP and database passwords.',
      },
      defaultRole: 'responder',
      expectedMinutes: 240,
      evidence: {
        vi: 'Danh sách tệp bị sửa, tệp lạ, lỗ hổng xác định được',
        en: 'Altered and unknown files, vulnerability identified',
      },
    },
    {
      key: 'restore-site',
      phase: 'P5',
      title: { vi: 'Khôi phục trang từ bản sạch', en: 'Restore the site from a clean copy' },
      instructions: {
        vi: 'Khôi phục mã nguồn và dữ liệu từ bản sao lưu trước thời điểm bị tấn công; cập nhật phần mềm, plugin; xóa webshell; vá lỗ hổng. Kiểm tra kỹ rồi mới mở lại trang. Nếu nội dung xấu đã lan truyền, lãnh đạo quyết định đăng thông báo chính thức.',
        en: 'Restore code and data from a backup taken before the attack; update the software and plugins; remove webshells; fix the vulnerability. Test thoroughly before reopening. If the hostile content spread, leadership decides on an official statement.',
      },
      defaultRole: 'responder',
      expectedMinutes: 240,
      evidence: {
        vi: 'Biên bản khôi phục, bản sao lưu đã dùng, thời điểm mở lại trang',
        en: 'Restoration record, backup used, time reopened',
      },
    },
    closeStep(),
    lessonsStep(),
  ],
});

export const COMBINED_ATTACK_PLAYBOOK: Playbook = buildPlaybook('attack.combined', {
  title: { vi: 'Ứng phó tấn công tổng hợp', en: 'Responding to a combined attack' },
  summary: {
    vi: 'Kẻ tấn công dùng nhiều hình thức cùng lúc (ví dụ lừa đảo để lấy mật khẩu, rồi xâm nhập, cài mã độc, mã hóa dữ liệu). Ưu tiên: cô lập, tổ chức đội ứng cứu chia việc theo từng hình thức, sớm đề nghị hỗ trợ.',
    en: 'Several forms at once (e.g. phishing for passwords, then intrusion, malware and encryption). Priorities: isolate, organise the team by attack form, ask for support early.',
  },
  steps: [
    {
      key: 'first-response',
      phase: 'P1',
      title: {
        vi: 'Cô lập các máy có dấu hiệu và báo ngay',
        en: 'Isolate machines showing signs and report',
      },
      instructions: {
        vi: 'Rút dây mạng hoặc tắt Wi-Fi của mọi máy có dấu hiệu bất thường, không tắt máy. Chụp ảnh các hiện tượng, ghi giờ và báo ngay cơ quan đầu mối; nói rõ có bao nhiêu máy, ở những phòng nào.',
        en: 'Unplug the cable or turn off Wi-Fi on every machine showing anything unusual, without switching it off. Photograph what you see, note the time and tell the focal office at once, saying how many machines and in which rooms.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 15,
      evidence: {
        vi: 'Danh sách máy đã cô lập, ảnh chụp hiện tượng, giờ phát hiện',
        en: 'Isolated machines, photos, detection time',
      },
    },
    registerStep(),
    classifyStep({
      vi: 'Ghi lại từng hình thức tấn công phát hiện được; mỗi hình thức dùng thêm các bước của kịch bản tương ứng.',
      en: 'Record each attack form found; for each, also use the steps of the matching playbook.',
    }),
    notifyStep(),
    {
      key: 'organise-team',
      phase: 'P4',
      title: { vi: 'Tổ chức đội ứng cứu, phân công theo hình thức', en: 'Organise the team by attack form' },
      instructions: {
        vi: 'Cơ quan đầu mối chỉ định một người chỉ huy chung, giao mỗi hình thức tấn công cho một nhóm theo kịch bản riêng (mã độc, xâm nhập, mã hóa…). Họp ngắn mỗi 2–4 giờ, cập nhật tiến độ vào hồ sơ và gửi báo cáo tiến độ cho nơi đã nhận báo cáo ban đầu.',
        en: 'The focal office names one incident lead and gives each attack form to a group following its own playbook (malware, intrusion, encryption…). Hold a short meeting every 2–4 hours, record progress and send progress reports to the recipients of the initial report.',
      },
      defaultRole: 'coordinator',
      expectedMinutes: 60,
      evidence: {
        vi: 'Bảng phân công, biên bản họp ngắn, báo cáo tiến độ',
        en: 'Assignment table, stand-up notes, progress reports',
      },
    },
    {
      key: 'contain',
      phase: 'P4',
      title: { vi: 'Khoanh vùng phần mạng bị ảnh hưởng', en: 'Contain the affected network segment' },
      instructions: {
        vi: 'Tách phần mạng bị ảnh hưởng khỏi phần còn lại và khỏi Internet; khóa tài khoản bị lộ, đổi mật khẩu quản trị; chặn địa chỉ kẻ tấn công; sao chép nhật ký làm chứng cứ trước khi xử lý.',
        en: "Separate the affected network segment from the rest and from the Internet; lock exposed accounts and change admin passwords; block the attacker's addresses; copy logs as evidence before fixing anything.",
      },
      defaultRole: 'responder',
      expectedMinutes: 120,
      evidence: {
        vi: 'Sơ đồ vùng đã cô lập, tài khoản đã khóa, bản sao nhật ký',
        en: 'Map of isolated zones, accounts locked, log copies',
      },
    },
    supportRequestStep(),
    {
      key: 'recover',
      phase: 'P5',
      title: { vi: 'Khôi phục theo thứ tự ưu tiên', en: 'Recover in priority order' },
      instructions: {
        vi: 'Khôi phục trước các dịch vụ phục vụ người dân và hệ thống dùng chung, sau đó đến máy người dùng. Mỗi hệ thống chỉ nối mạng lại khi đã làm sạch, vá lỗi và đổi mật khẩu; ghi biên bản cho từng hệ thống.',
        en: 'Restore citizen-facing services and shared systems first, then user computers. Reconnect each system only after it has been cleaned, patched and had its passwords changed; keep a record for each.',
      },
      defaultRole: 'responder',
      expectedMinutes: 960,
      evidence: {
        vi: 'Biên bản khôi phục từng hệ thống, thứ tự khôi phục',
        en: 'Per-system restoration records, recovery order',
      },
    },
    closeStep(),
    lessonsStep(),
  ],
});

export const OTHER_ATTACK_PLAYBOOK: Playbook = buildPlaybook('attack.other', {
  title: { vi: 'Ứng phó các hình thức tấn công mạng khác', en: 'Responding to other attacks' },
  summary: {
    vi: 'Hình thức tấn công chưa thuộc các loại trên. Ưu tiên: giữ nguyên hiện trường, báo ngay, xác định lại loại khi đã rõ để dùng kịch bản phù hợp.',
    en: 'An attack that fits none of the other types. Priorities: keep things as they are, report at once, reclassify once it is clear so the right playbook applies.',
  },
  steps: [
    {
      key: 'first-response',
      phase: 'P1',
      title: {
        vi: 'Ghi nhận hiện tượng, giữ nguyên hiện trường',
        en: 'Record what you see, leave things as they are',
      },
      instructions: {
        vi: 'Mô tả điều bất thường (thấy gì, ở máy nào, từ lúc nào), chụp ảnh màn hình. Không tự xóa, cài lại hay tắt máy. Nếu máy có dấu hiệu bị điều khiển hoặc đang lây sang máy khác, rút dây mạng. Báo ngay cơ quan đầu mối.',
        en: 'Describe what is unusual (what, on which machine, since when) and take screenshots. Do not delete, reinstall or switch off anything. If the machine seems controlled or is spreading something, unplug the network cable. Tell the focal office at once.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 15,
      evidence: {
        vi: 'Mô tả hiện tượng, ảnh chụp, giờ phát hiện',
        en: 'Description, screenshots, detection time',
      },
    },
    registerStep(),
    classifyStep({
      vi: 'Khi đã rõ hình thức tấn công, đổi loại sự cố để áp dụng kịch bản tương ứng.',
      en: 'Once the attack form is clear, change the incident type so the matching playbook applies.',
    }),
    notifyStep(),
    {
      key: 'contain',
      phase: 'P4',
      title: { vi: 'Ngăn chặn và giữ chứng cứ', en: 'Contain and keep evidence' },
      instructions: {
        vi: 'Cô lập máy, tài khoản hoặc dịch vụ bị ảnh hưởng; chặn nguồn tấn công nếu xác định được; sao chép nhật ký liên quan sang nơi lưu trữ riêng trước khi xử lý.',
        en: 'Isolate the affected machines, accounts or services; block the source if known; copy the relevant logs to separate storage before fixing anything.',
      },
      defaultRole: 'responder',
      expectedMinutes: 120,
      evidence: { vi: 'Biện pháp đã áp dụng, bản sao nhật ký', en: 'Measures taken, log copies' },
    },
    supportRequestStep(),
    {
      key: 'recover',
      phase: 'P5',
      title: { vi: 'Xử lý nguyên nhân và khôi phục', en: 'Fix the cause and recover' },
      instructions: {
        vi: 'Loại bỏ nguyên nhân (vá lỗi, gỡ phần mềm lạ, đổi mật khẩu), khôi phục dữ liệu và dịch vụ từ bản sao lưu nếu cần, kiểm tra hoạt động bình thường rồi theo dõi thêm một tuần.',
        en: 'Remove the cause (patch, uninstall unknown software, change passwords), restore data and services from backups if needed, check normal operation and keep watching for a week.',
      },
      defaultRole: 'responder',
      expectedMinutes: 240,
      evidence: { vi: 'Biên bản xử lý và khôi phục', en: 'Remediation and restoration record' },
    },
    closeStep(),
    lessonsStep(),
  ],
});

/** The ten attack playbooks in the row order of Mẫu 05. */
export const ATTACK_PLAYBOOKS: readonly Playbook[] = [
  DOS_PLAYBOOK,
  PHISHING_PLAYBOOK,
  MALWARE_PLAYBOOK,
  INTRUSION_PLAYBOOK,
  DEFACEMENT_PLAYBOOK,
  RANSOMWARE_PLAYBOOK,
  DESTRUCTION_PLAYBOOK,
  ESPIONAGE_PLAYBOOK,
  COMBINED_ATTACK_PLAYBOOK,
  OTHER_ATTACK_PLAYBOOK,
];

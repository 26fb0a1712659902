import {
  buildPlaybook,
  classifyStep,
  closeStep,
  lessonsStep,
  notifyStep,
  registerStep,
  verifyServiceStep,
} from './common-steps.ts';
import type { Playbook, Step } from './playbook.ts';

/**
 * Administrator and operator errors (seed II.3.b). The person who made the change is the best
 * witness: the first step asks for facts without blame, then the change is rolled back.
 */

const stopChangesStep: Step = {
  key: 'stop-changes',
  phase: 'P1',
  title: { vi: 'Dừng thay đổi, ghi lại đã làm gì', en: 'Stop changing things, write down what was done' },
  instructions: {
    vi: 'Dừng ngay mọi thao tác thay đổi đang làm dở, không "thử thêm" cách khác. Người thực hiện ghi lại đã thay đổi gì, trên thiết bị hoặc phần mềm nào, lúc mấy giờ, có sao lưu cấu hình trước đó không. Chụp ảnh màn hình lỗi và báo ngay cơ quan đầu mối. Mục đích là khôi phục nhanh, không phải quy lỗi.',
    en: 'Stop any change in progress at once and do not "try one more thing". The person who made it writes down what was changed, on which device or software, at what time, and whether the previous configuration was backed up. Screenshot the errors and tell the focal office at once. The aim is a quick recovery, not blame.',
  },
  defaultRole: 'unit_officer',
  expectedMinutes: 15,
  evidence: {
    vi: 'Mô tả thay đổi (nội dung, thiết bị, thời điểm, người thực hiện), ảnh chụp lỗi',
    en: 'Description of the change (what, where, when, who), error screenshots',
  },
};

const changeProcessLesson = {
  vi: 'Áp dụng quy trình quản lý thay đổi: có kế hoạch, sao lưu cấu hình trước khi làm, làm ngoài giờ cao điểm, có người thứ hai kiểm tra và có phương án quay lại.',
  en: 'Adopt a change process: a plan, a configuration backup beforehand, work outside peak hours, a second person checks, and a rollback plan.',
};

export const HARDWARE_CONFIG_PLAYBOOK: Playbook = buildPlaybook('operator.hardware_config', {
  title: {
    vi: 'Ứng phó lỗi cập nhật, thay đổi, cấu hình phần cứng',
    en: 'Responding to a hardware update, change or configuration error',
  },
  summary: {
    vi: 'Sự cố sau khi thay linh kiện, cập nhật firmware, đổi cấu hình thiết bị mạng, tường lửa, máy chủ. Ưu tiên: quay lại cấu hình đã chạy tốt, kiểm tra dịch vụ, lưu cấu hình mới.',
    en: 'Trouble after replacing parts, updating firmware, or reconfiguring network devices, firewalls or servers. Priorities: go back to the last working configuration, check services, save the new configuration.',
  },
  steps: [
    stopChangesStep,
    registerStep(),
    classifyStep(),
    notifyStep(),
    {
      key: 'rollback-hardware',
      phase: 'P4',
      title: {
        vi: 'Quay lại cấu hình phần cứng đã chạy tốt',
        en: 'Return to the last working hardware configuration',
      },
      instructions: {
        vi: 'Nạp lại bản sao lưu cấu hình của thiết bị (bộ định tuyến, tường lửa, bộ chuyển mạch) hoặc lắp lại linh kiện cũ. Nếu lỗi do cập nhật firmware, quay về phiên bản trước theo hướng dẫn của hãng. Không có bản sao lưu thì chuyển sang thiết bị dự phòng và nhờ nhà cung cấp hỗ trợ.',
        en: "Reload the device's configuration backup (router, firewall, switch) or refit the old part. If a firmware update caused it, roll back to the previous version following the vendor's instructions. Without a backup, move to a spare device and ask the supplier for help.",
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Bản cấu hình đã nạp lại hoặc linh kiện đã thay, thời điểm thực hiện',
        en: 'Configuration reloaded or part refitted, time done',
      },
    },
    verifyServiceStep(),
    {
      key: 'record-config',
      phase: 'P5',
      title: { vi: 'Cập nhật hồ sơ cấu hình', en: 'Update the configuration records' },
      instructions: {
        vi: 'Khi thiết bị chạy ổn định, sao lưu cấu hình hiện tại, ghi vào hồ sơ thiết bị (phiên bản firmware, ngày thay đổi, người thực hiện). Nếu vẫn cần thay đổi ban đầu, lập kế hoạch làm lại có kiểm thử.',
        en: 'Once the device is stable, back up the current configuration and record it in the device file (firmware version, change date, who). If the original change is still needed, plan it again with testing.',
      },
      defaultRole: 'responder',
      expectedMinutes: 30,
      evidence: {
        vi: 'Bản sao lưu cấu hình mới, hồ sơ thiết bị đã cập nhật',
        en: 'New configuration backup, updated device file',
      },
    },
    closeStep(),
    lessonsStep(changeProcessLesson),
  ],
});

export const SOFTWARE_CONFIG_PLAYBOOK: Playbook = buildPlaybook('operator.software_config', {
  title: {
    vi: 'Ứng phó lỗi cập nhật, thay đổi, cấu hình phần mềm',
    en: 'Responding to a software update, change or configuration error',
  },
  summary: {
    vi: 'Sự cố sau khi cập nhật phần mềm, hệ điều hành, cơ sở dữ liệu hoặc đổi tham số cấu hình. Ưu tiên: quay lại phiên bản hoặc cấu hình trước, kiểm tra dữ liệu có bị thay đổi.',
    en: 'Trouble after updating software, the operating system or a database, or changing settings. Priorities: roll back the version or settings, check whether data was changed.',
  },
  steps: [
    stopChangesStep,
    registerStep(),
    classifyStep(),
    notifyStep(),
    {
      key: 'rollback-software',
      phase: 'P4',
      title: { vi: 'Quay lại phiên bản, cấu hình trước', en: 'Roll back the version or settings' },
      instructions: {
        vi: 'Gỡ bản cập nhật hoặc khôi phục bản chụp (snapshot) máy ảo trước khi thay đổi; trả lại các tham số cấu hình cũ từ bản sao lưu. Nếu thay đổi đã làm sai dữ liệu (ví dụ chạy nhầm lệnh cập nhật hàng loạt), dừng ứng dụng và khôi phục cơ sở dữ liệu từ bản sao lưu gần nhất.',
        en: 'Uninstall the update or restore the virtual-machine snapshot taken before the change; put back the old settings from the backup. If the change corrupted data (e.g. a mass update run by mistake), stop the application and restore the database from the latest backup.',
      },
      defaultRole: 'responder',
      expectedMinutes: 90,
      evidence: {
        vi: 'Phiên bản, cấu hình đã khôi phục; bản sao lưu dữ liệu đã dùng nếu có',
        en: 'Version and settings restored; data backup used if any',
      },
    },
    verifyServiceStep(),
    {
      key: 'retry-safely',
      phase: 'P5',
      title: { vi: 'Lên kế hoạch cập nhật lại an toàn', en: 'Plan a safe retry' },
      instructions: {
        vi: 'Tìm nguyên nhân với nhà cung cấp phần mềm (không tương thích, thiếu bước, sai tham số). Nếu bản cập nhật là bản vá bảo mật, không bỏ qua mà lên lịch cài lại sau khi thử trên máy thử nghiệm, có bản sao lưu và phương án quay lại.',
        en: 'Find the cause with the software supplier (incompatibility, missed step, wrong setting). If the update is a security patch, do not skip it: schedule it again after testing on a test machine, with a backup and a rollback plan.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Nguyên nhân xác định được, lịch cập nhật lại',
        en: 'Cause identified, retry schedule',
      },
    },
    closeStep(),
    lessonsStep(changeProcessLesson),
  ],
});

export const POLICY_ERROR_PLAYBOOK: Playbook = buildPlaybook('operator.policy', {
  title: {
    vi: 'Ứng phó lỗi liên quan đến chính sách và thủ tục an toàn thông tin',
    en: 'Responding to a security policy or procedure error',
  },
  summary: {
    vi: 'Vi phạm quy định an toàn thông tin: dùng chung hoặc dán mật khẩu, cấp quyền sai, gửi nhầm tài liệu, đăng nhầm dữ liệu lên mạng, cắm USB cá nhân vào máy chứa dữ liệu mật… Ưu tiên: thu hồi phần bị lộ, sửa quyền, chấn chỉnh quy trình.',
    en: 'A breach of security rules: shared or posted passwords, wrong access rights, documents sent to the wrong person, data published by mistake, personal USB sticks in machines holding classified data… Priorities: recall what was exposed, fix the rights, correct the procedure.',
  },
  steps: [
    {
      key: 'report-breach',
      phase: 'P1',
      title: { vi: 'Báo ngay vi phạm, không che giấu', en: 'Report the breach at once, do not hide it' },
      instructions: {
        vi: 'Mô tả ngắn gọn: việc gì đã xảy ra, khi nào, ai liên quan, tài liệu hoặc tài khoản nào bị ảnh hưởng (ví dụ gửi nhầm thư cho người ngoài, đăng nhầm danh sách có số định danh lên trang web). Nếu có thể, gỡ ngay nội dung đăng nhầm. Báo cơ quan đầu mối; báo sớm giúp giảm thiệt hại.',
        en: 'Briefly describe what happened, when, who was involved and which documents or accounts are affected (e.g. an email sent to an outsider, a list with ID numbers posted on the website). If possible, take down the mistaken post at once. Tell the focal office; reporting early limits the harm.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 15,
      evidence: {
        vi: 'Mô tả vi phạm, ảnh chụp, thời điểm',
        en: 'Description of the breach, screenshots, time',
      },
    },
    registerStep(),
    classifyStep({
      vi: 'Nếu dữ liệu cá nhân hoặc tài liệu mật đã ra ngoài, đánh dấu dữ liệu cá nhân hoặc chọn C2 để hệ thống lập đúng thời hạn.',
      en: 'If personal data or classified documents got out, tick personal data or answer C2 so the right deadlines are set.',
    }),
    notifyStep(),
    {
      key: 'recall-exposure',
      phase: 'P4',
      title: { vi: 'Thu hồi phần bị lộ', en: 'Recall what was exposed' },
      instructions: {
        vi: 'Gỡ nội dung đăng nhầm (kể cả bản lưu đệm trên công cụ tìm kiếm nếu có thể); đề nghị người nhận nhầm xóa tài liệu và xác nhận bằng văn bản; đổi mật khẩu đã bị lộ hoặc dùng chung; thu hồi quyền cấp sai.',
        en: 'Take down mistaken posts (including search engine caches where possible); ask wrong recipients to delete the documents and confirm in writing; change exposed or shared passwords; revoke wrongly granted rights.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Xác nhận gỡ bỏ, xác nhận xóa của người nhận nhầm, mật khẩu và quyền đã thu hồi',
        en: 'Takedown confirmation, deletion confirmation from recipients, passwords and rights revoked',
      },
    },
    {
      key: 'review-access',
      phase: 'P5',
      title: { vi: 'Rà soát quyền truy cập liên quan', en: 'Review related access rights' },
      instructions: {
        vi: 'Rà soát danh sách tài khoản và quyền của hệ thống liên quan: xóa tài khoản của người đã nghỉ, chuyển công tác; bỏ quyền không cần cho công việc; bảo đảm mỗi người một tài khoản riêng.',
        en: 'Review the accounts and rights of the systems involved: remove accounts of people who left or moved, remove rights not needed for the job, and make sure everyone has their own account.',
      },
      defaultRole: 'responder',
      expectedMinutes: 120,
      evidence: { vi: 'Danh sách tài khoản, quyền đã điều chỉnh', en: 'Accounts and rights adjusted' },
    },
    {
      key: 'fix-procedure',
      phase: 'P5',
      title: { vi: 'Chấn chỉnh quy định, thủ tục', en: 'Correct the rules and procedures' },
      instructions: {
        vi: 'Cơ quan đầu mối đề xuất sửa quy định hoặc quy trình chưa rõ, phổ biến lại cho cán bộ của đơn vị; lãnh đạo đơn vị nhắc nhở hoặc xử lý theo quy chế nếu vi phạm lặp lại.',
        en: 'The focal office proposes fixes to unclear rules or procedures and briefs the unit staff again; unit leadership issues a reminder, or acts under the internal rules if the breach recurs.',
      },
      defaultRole: 'coordinator',
      expectedMinutes: 120,
      evidence: {
        vi: 'Quy định, quy trình đã sửa; biên bản phổ biến',
        en: 'Revised rules or procedures; briefing record',
      },
    },
    closeStep(),
    lessonsStep(),
  ],
});

export const SERVICE_STOP_PLAYBOOK: Playbook = buildPlaybook('operator.service_stop', {
  title: {
    vi: 'Ứng phó lỗi liên quan đến việc dừng dịch vụ vì lý do bắt buộc',
    en: 'Responding to a mandatory service stop',
  },
  summary: {
    vi: 'Dịch vụ phải dừng theo yêu cầu của cơ quan có thẩm quyền, để bảo trì khẩn hoặc để tránh rủi ro lớn hơn. Ưu tiên: dừng an toàn, báo trước cho người dùng, khởi động lại có kiểm tra.',
    en: 'A service must stop at the request of an authority, for urgent maintenance or to avoid a bigger risk. Priorities: stop safely, warn users in advance, restart with checks.',
  },
  steps: [
    {
      key: 'record-order',
      phase: 'P1',
      title: { vi: 'Ghi nhận lý do và người quyết định dừng', en: 'Record why and who ordered the stop' },
      instructions: {
        vi: 'Ghi lại lý do bắt buộc phải dừng (văn bản yêu cầu, cảnh báo an toàn, bảo trì khẩn), người quyết định, thời điểm dừng và thời gian dự kiến. Lưu bản chụp văn bản yêu cầu nếu có. Báo cơ quan đầu mối.',
        en: 'Record the reason the stop is mandatory (written request, safety warning, urgent maintenance), who decided, when it starts and how long it should last. Keep a copy of the request document if any. Tell the focal office.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 15,
      evidence: {
        vi: 'Văn bản hoặc ghi chú về quyết định dừng',
        en: 'Document or note of the stop decision',
      },
    },
    registerStep(),
    classifyStep(),
    notifyStep(),
    {
      key: 'inform-users',
      phase: 'P4',
      title: { vi: 'Thông báo người dùng và người dân', en: 'Inform users and citizens' },
      instructions: {
        vi: 'Thông báo trước (nếu còn thời gian) cho cán bộ và người dân: dịch vụ nào dừng, từ lúc nào đến lúc nào, kênh thay thế (nộp hồ sơ trực tiếp, số điện thoại hỗ trợ).',
        en: 'Announce in advance, where time allows, to staff and citizens: which service stops, from when to when, and the alternatives (file in person, support phone number).',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 30,
      evidence: { vi: 'Nội dung thông báo và nơi đăng', en: 'Notice text and where it was posted' },
    },
    {
      key: 'safe-stop',
      phase: 'P4',
      title: { vi: 'Sao lưu và dừng an toàn', en: 'Back up and stop safely' },
      instructions: {
        vi: 'Sao lưu đầy đủ dữ liệu và cấu hình ngay trước khi dừng; dừng theo đúng thứ tự (ứng dụng trước, cơ sở dữ liệu sau); ghi lại thời điểm dừng từng thành phần.',
        en: 'Take a full backup of data and configuration right before the stop; stop in the right order (applications first, databases after); note when each component was stopped.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: { vi: 'Bản sao lưu trước khi dừng, thời điểm dừng', en: 'Pre-stop backup, stop times' },
    },
    {
      key: 'restart',
      phase: 'P5',
      title: { vi: 'Khởi động lại và kiểm tra', en: 'Restart and check' },
      instructions: {
        vi: 'Khi lý do dừng không còn, khởi động lại theo thứ tự ngược lại, kiểm tra nhật ký khởi động và chức năng chính, rồi thông báo dịch vụ đã hoạt động trở lại.',
        en: 'When the reason for the stop is gone, restart in reverse order, check the startup logs and main functions, then announce that the service is back.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: { vi: 'Thời điểm khởi động lại, kết quả kiểm tra', en: 'Restart time, check results' },
    },
    verifyServiceStep(),
    closeStep(),
    lessonsStep(),
  ],
});

export const OTHER_OPERATOR_PLAYBOOK: Playbook = buildPlaybook('operator.other', {
  title: {
    vi: 'Ứng phó lỗi khác của người quản trị, vận hành hệ thống',
    en: 'Responding to other administrator or operator errors',
  },
  summary: {
    vi: 'Thao tác nhầm khác của người quản trị, vận hành: xóa nhầm, tắt nhầm, chạy nhầm lệnh, để hết hạn chứng thư số hoặc tên miền… Ưu tiên: dừng thao tác, hoàn tác, khôi phục.',
    en: 'Other operator mistakes: deleting or switching off the wrong thing, running the wrong command, letting a certificate or domain expire… Priorities: stop, undo, restore.',
  },
  steps: [
    stopChangesStep,
    registerStep(),
    classifyStep(),
    notifyStep(),
    {
      key: 'undo',
      phase: 'P4',
      title: { vi: 'Hoàn tác thao tác nhầm', en: 'Undo the mistaken action' },
      instructions: {
        vi: 'Hoàn tác nếu được (bật lại dịch vụ, khôi phục tệp từ thùng rác hoặc bản chụp, gia hạn chứng thư số hoặc tên miền đã hết hạn). Nếu không hoàn tác được, khôi phục từ bản sao lưu gần nhất và ghi lại dữ liệu có thể bị mất.',
        en: 'Undo where possible (restart the service, restore files from the recycle bin or a snapshot, renew the expired certificate or domain). If it cannot be undone, restore from the latest backup and note any data that may be lost.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: { vi: 'Thao tác hoàn tác hoặc bản sao lưu đã dùng', en: 'Undo action or backup used' },
    },
    verifyServiceStep(),
    closeStep(),
    lessonsStep({
      vi: 'Với việc có hạn (chứng thư số, tên miền, bản quyền), đưa vào lịch nhắc trước ít nhất 30 ngày.',
      en: 'For anything that expires (certificates, domains, licences), add a reminder at least 30 days ahead.',
    }),
  ],
});

export const OPERATOR_PLAYBOOKS: readonly Playbook[] = [
  HARDWARE_CONFIG_PLAYBOOK,
  SOFTWARE_CONFIG_PLAYBOOK,
  POLICY_ERROR_PLAYBOOK,
  SERVICE_STOP_PLAYBOOK,
  OTHER_OPERATOR_PLAYBOOK,
];

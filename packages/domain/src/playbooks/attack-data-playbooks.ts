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
 * Attacks on the data itself: ransomware, destruction, espionage and theft (Mẫu 05 rows 6–8).
 * The recurring rules: keep the machine on (memory holds evidence and sometimes keys), protect the
 * backups before anything else, and never pay.
 */

export const RANSOMWARE_PLAYBOOK: Playbook = buildPlaybook('attack.ransomware', {
  title: { vi: 'Ứng phó tấn công mã hóa dữ liệu đòi tiền chuộc', en: 'Responding to ransomware' },
  summary: {
    vi: 'Tệp bị đổi đuôi, không mở được và xuất hiện thông báo đòi tiền chuộc. Ưu tiên: cô lập ngay, bảo vệ bản sao lưu, không trả tiền, khôi phục từ bản sao lưu sạch.',
    en: 'Files are renamed, will not open and a ransom note appears. Priorities: isolate at once, protect the backups, do not pay, restore from clean backups.',
  },
  steps: [
    {
      key: 'isolate',
      phase: 'P1',
      title: {
        vi: 'Cô lập máy ngay, không tắt máy',
        en: 'Isolate the computer at once, do not switch it off',
      },
      instructions: {
        vi: 'Rút ngay dây mạng và tắt Wi-Fi của máy (hoặc tắt Wi-Fi bằng phím tắt, bật chế độ máy bay). KHÔNG tắt máy, không khởi động lại. Không cắm ổ cứng sao lưu hay USB vào máy này. Chụp ảnh màn hình thông báo đòi tiền chuộc bằng điện thoại, ghi lại giờ phát hiện và đuôi tệp lạ. Không liên lạc với kẻ tấn công, không trả tiền. Gọi ngay cho cơ quan đầu mối và nhắc đồng nghiệp trong phòng kiểm tra máy của mình.',
        en: 'Immediately unplug the network cable and turn off Wi-Fi (or switch on airplane mode). Do NOT switch the computer off or restart it. Do not plug a backup drive or USB stick into it. Photograph the ransom note with your phone, note the time and the strange file extension. Do not contact the attackers and do not pay. Call the focal office at once and ask colleagues in the room to check their own computers.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 5,
      evidence: {
        vi: 'Ảnh thông báo đòi tiền chuộc, giờ phát hiện, đuôi tệp bị mã hóa, tên máy',
        en: 'Photo of the ransom note, detection time, encrypted file extension, computer name',
      },
    },
    registerStep(),
    classifyStep({
      vi: 'Dữ liệu bị mã hóa mà không có bản sao lưu dùng được thì chọn "Có" cho C3; nhiều máy hoặc ổ dùng chung bị mã hóa thì chọn C5.',
      en: 'If encrypted data has no usable backup, answer "yes" to C3; if several machines or shared drives are encrypted, answer C5.',
    }),
    notifyStep({
      vi: 'Mã hóa đòi tiền chuộc là hành vi tội phạm: báo cả cơ quan công an (PA05).',
      en: 'Ransomware is a crime: also report it to the police (PA05).',
    }),
    {
      key: 'protect-backups',
      phase: 'P4',
      title: { vi: 'Bảo vệ bản sao lưu và chặn lây lan', en: 'Protect backups and stop the spread' },
      instructions: {
        vi: 'Ngắt kết nối ngay các ổ sao lưu, ổ mạng dùng chung và máy chủ lưu trữ khỏi mạng để chúng không bị mã hóa tiếp. Kiểm tra các máy khác, ổ dùng chung, máy chủ có tệp bị đổi đuôi; máy nào có thì cô lập như máy đầu tiên. Đổi mật khẩu quản trị miền và máy chủ từ một máy sạch.',
        en: 'Disconnect backup drives, shared network drives and storage servers from the network at once so they are not encrypted too. Check other computers, shared drives and servers for renamed files; isolate any affected machine like the first one. Change domain and server administrator passwords from a clean computer.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Danh sách máy, ổ dùng chung bị ảnh hưởng; bản sao lưu đã ngắt kết nối; mật khẩu đã đổi',
        en: 'Affected machines and shared drives; backups disconnected; passwords changed',
      },
    },
    {
      key: 'preserve-samples',
      phase: 'P4',
      title: { vi: 'Giữ chứng cứ và mẫu tệp bị mã hóa', en: 'Keep evidence and encrypted samples' },
      instructions: {
        vi: 'Giữ nguyên máy bị mã hóa. Sao chép tệp thông báo đòi tiền chuộc và vài tệp bị mã hóa mẫu sang USB riêng có ghi nhãn. Tra tên loại mã độc trên trang No More Ransom (nomoreransom.org) để xem đã có công cụ giải mã miễn phí hay chưa; chỉ dùng công cụ từ nguồn tin cậy.',
        en: 'Leave the encrypted machine as it is. Copy the ransom note and a few encrypted sample files to a separate labelled USB stick. Look up the ransomware family on No More Ransom (nomoreransom.org) to see whether a free decryptor exists; only use tools from trusted sources.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Tệp thông báo đòi tiền chuộc, tệp mẫu, tên loại mã độc nếu xác định được',
        en: 'Ransom note file, sample files, ransomware family if identified',
      },
    },
    {
      key: 'decide-recovery',
      phase: 'P5',
      title: { vi: 'Quyết định phương án khôi phục', en: 'Decide how to recover' },
      instructions: {
        vi: 'Lãnh đạo quyết định phương án dựa trên báo cáo của đội ứng cứu: khôi phục từ bản sao lưu, dùng công cụ giải mã miễn phí, hay nhập lại dữ liệu từ hồ sơ giấy. Không trả tiền chuộc: trả tiền không bảo đảm lấy lại dữ liệu và tiếp tay cho tội phạm. Nếu không có bản sao lưu dùng được, đề nghị đơn vị chuyên trách hỗ trợ.',
        en: "Leadership decides on the response team's report: restore from backups, use a free decryptor, or re-enter data from paper records. Do not pay the ransom: paying does not guarantee the data back and funds crime. If there is no usable backup, ask the dedicated response unit for help.",
      },
      defaultRole: 'leader',
      expectedMinutes: 60,
      evidence: {
        vi: 'Quyết định phương án khôi phục (văn bản hoặc ghi chú có chữ ký)',
        en: 'Recovery decision (written or signed note)',
      },
    },
    supportRequestStep(),
    {
      key: 'restore',
      phase: 'P5',
      title: { vi: 'Cài lại sạch và khôi phục dữ liệu', en: 'Rebuild clean and restore data' },
      instructions: {
        vi: 'Xóa trắng và cài lại hệ điều hành, phần mềm cho các máy bị mã hóa; vá lỗ hổng mà kẻ tấn công đã lợi dụng (thường là Remote Desktop mở ra Internet hoặc mật khẩu yếu). Quét bản sao lưu bằng phần mềm diệt virus trước, rồi mới khôi phục. Chỉ nối mạng lại sau khi quét sạch; người dùng kiểm tra dữ liệu đã đầy đủ.',
        en: 'Wipe and reinstall the operating system and software on encrypted machines; fix the weakness the attackers used (often Remote Desktop exposed to the Internet or weak passwords). Scan the backups with antivirus first, then restore. Reconnect only after a clean scan; users confirm the data is complete.',
      },
      defaultRole: 'responder',
      expectedMinutes: 480,
      evidence: {
        vi: 'Biên bản khôi phục: máy đã cài lại, bản sao lưu đã dùng, dữ liệu không khôi phục được',
        en: 'Restoration record: machines rebuilt, backups used, data that could not be recovered',
      },
    },
    closeStep(),
    lessonsStep({
      vi: 'Rà soát cách sao lưu: ít nhất một bản sao lưu tách rời khỏi mạng, được thử khôi phục định kỳ.',
      en: 'Review backups: at least one copy kept offline and restored as a test on a schedule.',
    }),
  ],
});

export const DESTRUCTION_PLAYBOOK: Playbook = buildPlaybook('attack.destruction', {
  title: {
    vi: 'Ứng phó tấn công phá hoại thông tin, dữ liệu, phần mềm',
    en: 'Responding to destruction of data or software',
  },
  summary: {
    vi: 'Dữ liệu bị xóa, cơ sở dữ liệu bị làm hỏng, phần mềm bị gỡ hoặc sửa cho không chạy được. Ưu tiên: ngừng ghi thêm dữ liệu, chặn người phá hoại, khôi phục từ bản sao lưu.',
    en: 'Data deleted, a database corrupted, software removed or altered so it no longer works. Priorities: stop writing new data, shut out the attacker, restore from backups.',
  },
  steps: [
    {
      key: 'stop-writes',
      phase: 'P1',
      title: { vi: 'Ngừng sử dụng hệ thống bị phá hoại', en: 'Stop using the damaged system' },
      instructions: {
        vi: 'Khi thấy dữ liệu biến mất, cơ sở dữ liệu trống, phần mềm báo lỗi hàng loạt: yêu cầu mọi người ngừng nhập liệu vào hệ thống đó để không ghi đè lên dữ liệu có thể phục hồi. Không tự cài lại hay khôi phục. Chụp ảnh màn hình, ghi giờ phát hiện và báo ngay cho cơ quan đầu mối.',
        en: 'When data has vanished, a database is empty or the software fails everywhere: ask everyone to stop entering data into that system so recoverable data is not overwritten. Do not reinstall or restore anything yourself. Take screenshots, note the time and tell the focal office at once.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 10,
      evidence: {
        vi: 'Ảnh chụp màn hình, giờ phát hiện, danh sách chức năng, dữ liệu bị ảnh hưởng',
        en: 'Screenshots, detection time, list of affected functions and data',
      },
    },
    registerStep(),
    classifyStep({
      vi: 'Dữ liệu quan trọng bị xóa hoặc sửa mà không có bản sao lưu thì chọn "Có" cho C3.',
      en: 'If important data was deleted or altered and has no backup, answer "yes" to C3.',
    }),
    notifyStep(),
    {
      key: 'shut-out',
      phase: 'P4',
      title: {
        vi: 'Chặn người phá hoại và bảo vệ bản sao lưu',
        en: 'Shut out the attacker and protect backups',
      },
      instructions: {
        vi: 'Khóa các tài khoản đã thực hiện thao tác xóa, sửa (kể cả tài khoản của cán bộ nếu nghi bị lợi dụng), đổi mật khẩu quản trị, chặn truy cập từ xa. Ngắt kết nối các bản sao lưu khỏi mạng và kiểm tra chúng còn nguyên vẹn.',
        en: 'Lock the accounts that performed the deletions or changes (staff accounts too if they may have been abused), change administrator passwords and block remote access. Disconnect the backups from the network and check they are intact.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Tài khoản đã khóa, mật khẩu đã đổi, tình trạng các bản sao lưu',
        en: 'Accounts locked, passwords changed, state of the backups',
      },
    },
    {
      key: 'preserve-logs',
      phase: 'P4',
      title: {
        vi: 'Lưu nhật ký để xác định ai, khi nào, xóa gì',
        en: 'Keep logs showing who deleted what, when',
      },
      instructions: {
        vi: 'Sao chép nhật ký hệ thống, nhật ký ứng dụng và nhật ký giao dịch của cơ sở dữ liệu sang nơi lưu trữ riêng trước khi bị ghi đè; ghi lại người sao chép và thời điểm. Các nhật ký này vừa giúp khôi phục vừa là chứng cứ cho cơ quan công an.',
        en: 'Copy the system, application and database transaction logs to separate storage before they are overwritten; record who copied them and when. They help recovery and are evidence for the police.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Bản sao nhật ký kèm thời điểm và người sao chép',
        en: 'Log copies with time and copier',
      },
    },
    {
      key: 'recover-data',
      phase: 'P5',
      title: { vi: 'Khôi phục dữ liệu và phần mềm', en: 'Restore data and software' },
      instructions: {
        vi: 'Khôi phục từ bản sao lưu gần nhất còn nguyên vẹn; cài lại phần mềm từ bộ cài gốc. Dữ liệu phát sinh sau bản sao lưu thì dùng nhật ký giao dịch hoặc nhập lại từ hồ sơ giấy. Nếu không có bản sao lưu, đề nghị đơn vị chuyên trách hoặc dịch vụ phục hồi dữ liệu chuyên nghiệp hỗ trợ, không tự chạy công cụ phục hồi lên ổ đĩa gốc.',
        en: 'Restore from the latest intact backup; reinstall software from the original installers. For data created after that backup, replay the transaction logs or re-enter it from paper records. Without a backup, ask the dedicated response unit or a professional data recovery service; do not run recovery tools on the original disk yourself.',
      },
      defaultRole: 'responder',
      expectedMinutes: 480,
      evidence: {
        vi: 'Biên bản khôi phục: bản sao lưu đã dùng, thời điểm dữ liệu được khôi phục đến',
        en: 'Restoration record: backup used, point in time restored to',
      },
    },
    {
      key: 'verify-data',
      phase: 'P5',
      title: { vi: 'Người dùng kiểm tra dữ liệu', en: 'Users check the data' },
      instructions: {
        vi: 'Cán bộ nghiệp vụ đối chiếu dữ liệu đã khôi phục với sổ sách, hồ sơ giấy; lập danh sách dữ liệu còn thiếu hoặc không khôi phục được và cách bù đắp.',
        en: 'Business staff compare the restored data with registers and paper files, and list any data still missing or unrecoverable and how it will be made up.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 120,
      evidence: {
        vi: 'Biên bản đối chiếu, danh sách dữ liệu không khôi phục được',
        en: 'Reconciliation record, list of unrecoverable data',
      },
    },
    closeStep(),
    lessonsStep(),
  ],
});

export const ESPIONAGE_PLAYBOOK: Playbook = buildPlaybook('attack.espionage', {
  title: {
    vi: 'Ứng phó nghe trộm, gián điệp, lấy cắp thông tin, dữ liệu',
    en: 'Responding to eavesdropping, espionage and data theft',
  },
  summary: {
    vi: 'Thông tin nội bộ, dữ liệu cá nhân hoặc bí mật Nhà nước bị đánh cắp, nghe lén hoặc lộ ra ngoài. Ưu tiên: cắt kênh rò rỉ, giữ chứng cứ, xác định dữ liệu nào bị lộ và báo đúng nơi, đúng hạn.',
    en: 'Internal information, personal data or state secrets stolen, intercepted or leaked. Priorities: cut the leak, keep evidence, find out what leaked and report to the right bodies on time.',
  },
  steps: [
    {
      key: 'report-signs',
      phase: 'P1',
      title: {
        vi: 'Báo kín dấu hiệu rò rỉ, không tự xử lý',
        en: 'Report signs of a leak discreetly, do not act alone',
      },
      instructions: {
        vi: 'Dấu hiệu: tài liệu nội bộ xuất hiện trên mạng, thiết bị lạ cắm vào máy tính hoặc ổ mạng, thư tự động chuyển ra ngoài, máy gửi lượng dữ liệu lớn bất thường. Không tháo thiết bị lạ trước khi chụp ảnh, không xóa gì. Báo trực tiếp hoặc gọi điện cho cơ quan đầu mối, không trao đổi qua thư điện tử hay nhóm chat có thể đang bị theo dõi.',
        en: 'Signs: internal documents appear online, an unknown device is plugged into a computer or network socket, mail is auto-forwarded outside, a machine sends unusually large amounts of data. Do not remove an unknown device before photographing it and do not delete anything. Report in person or by phone to the focal office, not by email or chat groups that may be monitored.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 10,
      evidence: {
        vi: 'Ảnh chụp thiết bị lạ hoặc nội dung bị lộ, giờ phát hiện, mô tả hiện tượng',
        en: 'Photos of the unknown device or leaked content, detection time, description',
      },
    },
    registerStep(),
    classifyStep({
      vi: 'Nếu có thể lộ tài liệu mật hoặc bí mật Nhà nước, chọn "Có" cho C2. Nếu lộ dữ liệu cá nhân (họ tên, số định danh, địa chỉ, sức khỏe…), đánh dấu dữ liệu cá nhân để hệ thống lập thời hạn thông báo 72 giờ.',
      en: 'If classified documents or state secrets may have leaked, answer "yes" to C2. If personal data leaked (names, ID numbers, addresses, health data…), tick personal data so the 72-hour notification deadline is set.',
    }),
    notifyStep({
      vi: 'Lộ bí mật Nhà nước phải báo ngay người đứng đầu cơ quan và cơ quan công an; lộ dữ liệu cá nhân phải thông báo cơ quan bảo vệ dữ liệu cá nhân trong thời hạn hiển thị.',
      en: 'A state-secret leak must be reported at once to the head of the agency and the police; a personal data leak must be notified to the data protection authority within the deadline shown.',
    }),
    {
      key: 'cut-channel',
      phase: 'P4',
      title: { vi: 'Cắt kênh rò rỉ', en: 'Cut the leak channel' },
      instructions: {
        vi: 'Lập biên bản rồi thu giữ thiết bị lạ; chặn các kết nối ra ngoài bất thường trên tường lửa; tắt quy tắc tự chuyển tiếp thư; khóa và đổi mật khẩu các tài khoản nghi bị lộ; ngắt mạng máy nghi có phần mềm gián điệp (không tắt máy). Máy soạn thảo tài liệu mật phải tách khỏi Internet.',
        en: 'Record and then seize the unknown device; block unusual outbound connections on the firewall; remove auto-forwarding rules; lock and reset suspected accounts; disconnect machines suspected of spyware (keep them on). Computers used to draft classified documents must be cut off from the Internet.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Biên bản thu giữ thiết bị, kết nối đã chặn, tài khoản đã khóa',
        en: 'Seizure record, connections blocked, accounts locked',
      },
    },
    {
      key: 'preserve-evidence',
      phase: 'P4',
      title: { vi: 'Niêm phong chứng cứ', en: 'Seal the evidence' },
      instructions: {
        vi: 'Sao chép nhật ký truy cập, nhật ký tường lửa về lưu lượng ra ngoài và nhật ký thư điện tử; niêm phong thiết bị thu giữ, ghi rõ người giữ và thời điểm. Giữ chứng cứ để bàn giao cho cơ quan công an khi được yêu cầu.',
        en: 'Copy access logs, firewall logs of outbound traffic and mail logs; seal seized devices, recording who holds them and since when. Keep the evidence for handover to the police on request.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Bản sao nhật ký, biên bản niêm phong, sổ giao nhận chứng cứ',
        en: 'Log copies, sealing record, chain-of-custody log',
      },
    },
    {
      key: 'assess-leak',
      phase: 'P5',
      title: { vi: 'Xác định dữ liệu bị lộ và giảm thiệt hại', en: 'Assess what leaked and limit the harm' },
      instructions: {
        vi: 'Xác định tài liệu, dữ liệu nào bị lộ, độ mật, số người có dữ liệu cá nhân bị ảnh hưởng. Đề nghị gỡ nội dung bị đăng tải; nếu cần, thông báo cho người có dữ liệu bị lộ để họ đề phòng lừa đảo. Báo cáo lãnh đạo để quyết định các biện pháp tiếp theo.',
        en: 'Establish which documents and data leaked, their classification and how many people had personal data exposed. Request takedown of published content; if needed, tell the people whose data leaked so they can guard against fraud. Report to leadership for further decisions.',
      },
      defaultRole: 'coordinator',
      expectedMinutes: 240,
      evidence: {
        vi: 'Danh mục dữ liệu bị lộ, số người bị ảnh hưởng, đề nghị gỡ bỏ, thông báo cho người bị ảnh hưởng',
        en: 'Inventory of leaked data, number of people affected, takedown requests, notices to affected people',
      },
    },
    {
      key: 'harden',
      phase: 'P5',
      title: { vi: 'Siết quyền truy cập và bảo vệ dữ liệu', en: 'Tighten access and protect data' },
      instructions: {
        vi: 'Thu hẹp quyền truy cập dữ liệu nhạy cảm theo đúng nhu cầu công việc, mã hóa tệp và ổ đĩa chứa dữ liệu quan trọng, khóa cổng USB nếu không cần, rà soát lại thiết bị mạng để phát hiện thiết bị lạ khác.',
        en: 'Restrict access to sensitive data to what each job needs, encrypt files and disks holding important data, disable USB ports where not needed, and sweep the network for other unknown devices.',
      },
      defaultRole: 'responder',
      expectedMinutes: 240,
      evidence: {
        vi: 'Danh sách quyền đã thu hồi, biện pháp mã hóa, kết quả rà soát thiết bị',
        en: 'Access removed, encryption measures, device sweep results',
      },
    },
    closeStep(),
    lessonsStep(),
  ],
});

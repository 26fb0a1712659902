import {
  buildPlaybook,
  classifyStep,
  closeStep,
  lessonsStep,
  notifyStep,
  registerStep,
} from './common-steps.ts';
import type { Playbook } from './playbook.ts';

/**
 * Attacks that get a foothold: phishing, malware, unauthorised access (Mẫu 05 rows 2–4).
 * First steps are for the person at the keyboard; technical steps go to responders.
 */

export const PHISHING_PLAYBOOK: Playbook = buildPlaybook('attack.phishing', {
  title: {
    vi: 'Ứng phó tấn công giả mạo (lừa đảo qua thư, tin nhắn, trang web giả)',
    en: 'Responding to spoofing and phishing',
  },
  summary: {
    vi: 'Thư, tin nhắn hoặc trang web giả mạo nhằm lừa lấy mật khẩu, cài mã độc hoặc chuyển tiền. Ưu tiên: chặn người khác mắc bẫy, đổi mật khẩu bị lộ, kiểm tra tài khoản có bị lợi dụng.',
    en: 'A fake email, message or website meant to steal passwords, install malware or obtain money. Priorities: stop others falling for it, change exposed passwords, check whether accounts were abused.',
  },
  steps: [
    {
      key: 'report-message',
      phase: 'P1',
      title: { vi: 'Không bấm, giữ lại thư và báo ngay', en: 'Do not click, keep the message, report it' },
      instructions: {
        vi: 'Không bấm vào đường liên kết, không mở tệp đính kèm, không trả lời thư hay tin nhắn nghi ngờ. Chụp màn hình nội dung và địa chỉ người gửi; không xóa thư mà chuyển tiếp nó cho cơ quan đầu mối dưới dạng tệp đính kèm. Nếu đã lỡ bấm, nhập mật khẩu hoặc mở tệp: nói ngay, không ngại, và ghi lại giờ, máy, tài khoản đã dùng. Nếu đã mở tệp, rút dây mạng hoặc tắt Wi-Fi của máy đó.',
        en: 'Do not click the link, open the attachment or reply to the suspicious email or message. Take a screenshot of the content and the sender address; do not delete the message, forward it to the focal office as an attachment. If you already clicked, typed a password or opened a file, say so at once without embarrassment, and note the time, the computer and the account used. If a file was opened, unplug the network cable or turn off Wi-Fi on that computer.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 10,
      evidence: {
        vi: 'Ảnh chụp thư, thư gốc chuyển tiếp dạng tệp đính kèm, danh sách người đã bấm hoặc nhập mật khẩu',
        en: 'Screenshot, original message forwarded as an attachment, list of people who clicked or typed a password',
      },
    },
    registerStep(),
    classifyStep({
      vi: 'Thư giả mạo đã bị bộ lọc chặn và chưa ai mở là sự kiện (T0). Nếu có người đã mở tệp đính kèm, chuyển sang kịch bản mã độc; nếu tài khoản đã bị người lạ đăng nhập, chuyển sang kịch bản truy cập trái phép.',
      en: 'A phishing mail blocked by the filter that nobody opened is an event (T0). If someone opened an attachment, switch to the malware playbook; if a stranger has logged in to an account, switch to the unauthorised-access playbook.',
    }),
    notifyStep(),
    {
      key: 'block-and-warn',
      phase: 'P4',
      title: { vi: 'Chặn nguồn giả mạo và cảnh báo mọi người', en: 'Block the source and warn everyone' },
      instructions: {
        vi: 'Người quản trị thư điện tử chặn địa chỉ gửi, tên miền và đường liên kết giả mạo; tìm và xóa thư cùng nội dung khỏi hộp thư của mọi người nhận; chặn tên miền giả mạo trên tường lửa hoặc DNS nếu có. Gửi cảnh báo cho toàn bộ cán bộ kèm ảnh chụp thư mẫu, dặn không bấm và báo lại nếu đã bấm.',
        en: 'The email administrator blocks the sender address, the domain and the fake link; finds and removes messages with the same content from every mailbox; blocks the fake domain on the firewall or DNS if possible. Send a warning with a screenshot of the message to all staff, telling them not to click and to report if they already did.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Danh sách địa chỉ, tên miền đã chặn; số thư đã xóa; thông báo cảnh báo đã gửi',
        en: 'Blocked addresses and domains; number of messages removed; warning sent',
      },
    },
    {
      key: 'reset-credentials',
      phase: 'P4',
      title: { vi: 'Đổi mật khẩu các tài khoản bị lộ', en: 'Change exposed passwords' },
      instructions: {
        vi: 'Với mỗi người đã nhập mật khẩu vào trang giả: đổi mật khẩu ngay từ một máy sạch, đăng xuất mọi phiên đăng nhập, bật xác thực hai lớp nếu hệ thống hỗ trợ. Đổi cả mật khẩu của các dịch vụ khác đang dùng chung mật khẩu đó. Nếu lộ thông tin tài khoản ngân hàng hoặc ví điện tử, gọi ngân hàng để khóa tạm thời.',
        en: 'For everyone who typed a password into the fake page: change it at once from a clean computer, sign out all sessions and turn on two-factor authentication if the system supports it. Also change the password of any other service that used the same one. If bank or e-wallet details were given away, call the bank to freeze the account.',
      },
      defaultRole: 'responder',
      expectedMinutes: 30,
      evidence: {
        vi: 'Danh sách tài khoản đã đổi mật khẩu, thời điểm đổi',
        en: 'Accounts whose passwords were changed, with the time',
      },
    },
    {
      key: 'check-abuse',
      phase: 'P5',
      title: { vi: 'Kiểm tra tài khoản có bị lợi dụng', en: 'Check whether accounts were abused' },
      instructions: {
        vi: 'Xem nhật ký đăng nhập của các tài khoản bị lộ (địa chỉ IP, giờ giấc, thiết bị lạ), các quy tắc tự chuyển tiếp thư mới xuất hiện và thư đã gửi đi bất thường; xóa quy tắc lạ. Nếu kẻ gian giả danh cơ quan (trang web, trang mạng xã hội giả), đề nghị nhà cung cấp gỡ bỏ, báo cơ quan công an và đăng cảnh báo để người dân không bị lừa.',
        en: 'Review the sign-in logs of the exposed accounts (IP addresses, unusual hours, unknown devices), any new auto-forwarding rules and unusual sent mail; remove rogue rules. If the attacker impersonates the agency (fake website or social media page), ask the provider to take it down, report it to the police and publish a warning so citizens are not deceived.',
      },
      defaultRole: 'responder',
      expectedMinutes: 120,
      evidence: {
        vi: 'Trích nhật ký đăng nhập, quy tắc đã xóa, đề nghị gỡ bỏ và thông báo cảnh báo công khai nếu có',
        en: 'Sign-in log extracts, rules removed, takedown requests and public warning if any',
      },
    },
    closeStep(),
    lessonsStep({
      vi: 'Tổ chức nhắc lại cách nhận biết thư giả mạo cho cán bộ; đề nghị cấu hình SPF, DKIM, DMARC cho tên miền thư của cơ quan.',
      en: "Run a short refresher for staff on spotting phishing; ask for SPF, DKIM and DMARC on the agency's mail domain.",
    }),
  ],
});

export const MALWARE_PLAYBOOK: Playbook = buildPlaybook('attack.malware', {
  title: { vi: 'Ứng phó tấn công sử dụng mã độc', en: 'Responding to malware' },
  summary: {
    vi: 'Máy tính hoặc máy chủ bị nhiễm virus, phần mềm gián điệp, phần mềm điều khiển từ xa. Ưu tiên: cô lập máy, tìm các máy khác bị nhiễm, làm sạch hoặc cài lại trước khi nối mạng trở lại.',
    en: 'A computer or server infected with a virus, spyware or remote-control software. Priorities: isolate the machine, find other infected machines, clean or reinstall before reconnecting.',
  },
  steps: [
    {
      key: 'isolate-machine',
      phase: 'P1',
      title: {
        vi: 'Ngắt mạng máy nghi nhiễm, không tắt máy',
        en: 'Disconnect the suspect computer, keep it on',
      },
      instructions: {
        vi: 'Rút dây mạng và tắt Wi-Fi của máy có dấu hiệu nhiễm (cảnh báo của phần mềm diệt virus, máy chậm bất thường, cửa sổ lạ tự bật, tệp lạ xuất hiện). Không tắt máy, không tự xóa tệp, không cắm USB của máy này sang máy khác. Chụp ảnh màn hình hoặc chụp bằng điện thoại các cảnh báo, ghi giờ phát hiện rồi báo ngay cho cơ quan đầu mối.',
        en: 'Unplug the network cable and turn off Wi-Fi on the computer showing signs of infection (antivirus alert, unusual slowness, strange windows opening, unknown files). Do not switch it off, do not delete files yourself, do not plug its USB drives into other computers. Photograph or screenshot the alerts, note the time and tell the focal office at once.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 10,
      evidence: {
        vi: 'Ảnh chụp cảnh báo, giờ phát hiện, tên máy và người sử dụng',
        en: 'Photos of alerts, detection time, computer name and user',
      },
    },
    registerStep(),
    classifyStep(),
    notifyStep(),
    {
      key: 'collect-evidence',
      phase: 'P4',
      title: { vi: 'Thu thập thông tin và mẫu mã độc', en: 'Collect information and samples' },
      instructions: {
        vi: 'Ghi lại tên máy, địa chỉ IP, tài khoản đang đăng nhập, tên mã độc mà phần mềm diệt virus báo, đường dẫn tệp nghi ngờ và các kết nối mạng lạ. Xuất nhật ký của phần mềm diệt virus và nhật ký hệ thống. Nếu cần gửi mẫu cho đơn vị hỗ trợ, nén tệp nghi ngờ có đặt mật khẩu vào một USB riêng ghi nhãn "Mẫu độc hại — không mở".',
        en: 'Record the computer name, IP address, logged-in account, the malware name reported by the antivirus, the suspect file paths and unusual network connections. Export the antivirus and system logs. If a sample must go to a supporting body, put the suspect file in a password-protected archive on a dedicated USB drive labelled "Malicious sample — do not open".',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Phiếu thông tin máy nhiễm, nhật ký đã xuất, mẫu mã độc đã niêm phong',
        en: 'Infected-host sheet, exported logs, sealed malware sample',
      },
    },
    {
      key: 'find-spread',
      phase: 'P4',
      title: { vi: 'Tìm các máy khác bị nhiễm', en: 'Find other infected machines' },
      instructions: {
        vi: 'Cập nhật phần mềm diệt virus lên phiên bản mới nhất và quét toàn bộ máy trong cùng mạng, ưu tiên máy chủ và máy dùng chung USB với máy nhiễm. Chặn trên tường lửa các địa chỉ mà mã độc kết nối tới. Máy nào có cùng dấu hiệu thì ngắt mạng như máy đầu tiên.',
        en: 'Update the antivirus to the latest version and scan every computer on the same network, starting with servers and machines that shared USB drives with the infected one. Block on the firewall the addresses the malware connects to. Disconnect any machine showing the same signs, as with the first one.',
      },
      defaultRole: 'responder',
      expectedMinutes: 240,
      evidence: {
        vi: 'Kết quả quét từng máy, danh sách địa chỉ đã chặn, danh sách máy bị cô lập',
        en: 'Scan results per machine, blocked addresses, isolated machines',
      },
    },
    {
      key: 'clean-or-reinstall',
      phase: 'P5',
      title: { vi: 'Làm sạch hoặc cài lại máy', en: 'Clean or reinstall' },
      instructions: {
        vi: 'Gỡ mã độc bằng công cụ diệt virus chuyên dụng; nếu không chắc chắn đã sạch thì sao lưu dữ liệu cần thiết (chỉ tệp văn bản, không sao lưu tệp chạy), cài lại hệ điều hành và phần mềm từ bộ cài chính thống. Cập nhật bản vá, đổi mật khẩu mọi tài khoản đã dùng trên máy. Quét lại dữ liệu sao lưu trước khi chép trở lại.',
        en: 'Remove the malware with a dedicated antivirus tool; if you are not sure the machine is clean, back up the needed data (documents only, no executables), reinstall the operating system and software from genuine installers. Apply updates and change the passwords of every account used on the machine. Scan the backed-up data before copying it back.',
      },
      defaultRole: 'responder',
      expectedMinutes: 240,
      evidence: {
        vi: 'Biên bản làm sạch hoặc cài lại, danh sách bản vá đã cài, mật khẩu đã đổi',
        en: 'Cleaning or reinstall record, updates applied, passwords changed',
      },
    },
    {
      key: 'reconnect',
      phase: 'P5',
      title: { vi: 'Nối mạng trở lại và theo dõi', en: 'Reconnect and monitor' },
      instructions: {
        vi: 'Chỉ nối mạng lại khi lần quét cuối cùng sạch. Người sử dụng kiểm tra phần mềm nghiệp vụ hoạt động bình thường. Theo dõi cảnh báo của phần mềm diệt virus và lưu lượng mạng của máy trong ít nhất một tuần.',
        en: 'Reconnect only after the final scan is clean. The user checks that business software works normally. Watch the antivirus alerts and the network traffic of the machine for at least one week.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 30,
      evidence: {
        vi: 'Kết quả quét cuối, xác nhận của người sử dụng, ghi chú theo dõi',
        en: 'Final scan result, user confirmation, monitoring notes',
      },
    },
    closeStep(),
    lessonsStep({
      vi: 'Kiểm tra mọi máy của đơn vị đều có phần mềm diệt virus có bản quyền, tự cập nhật, và tường lửa đang bật, như kế hoạch yêu cầu.',
      en: "Check that every computer in the unit has licensed, auto-updating antivirus and an enabled firewall, as the town's plan requires.",
    }),
  ],
});

export const INTRUSION_PLAYBOOK: Playbook = buildPlaybook('attack.intrusion', {
  title: {
    vi: 'Ứng phó truy cập trái phép, chiếm quyền điều khiển',
    en: 'Responding to unauthorised access and takeover',
  },
  summary: {
    vi: 'Người lạ đăng nhập vào tài khoản, máy chủ hoặc phần mềm, hoặc đang điều khiển máy từ xa. Ưu tiên: lấy lại quyền kiểm soát, giữ nhật ký làm chứng cứ, đóng lối vào và kiểm tra dữ liệu bị thay đổi.',
    en: 'A stranger has logged in to an account, server or application, or is controlling a computer remotely. Priorities: regain control, keep logs as evidence, close the way in and check for altered data.',
  },
  steps: [
    {
      key: 'cut-access',
      phase: 'P1',
      title: {
        vi: 'Cắt kết nối của kẻ xâm nhập, giữ nguyên máy',
        en: 'Cut the intruder off, keep the machine as is',
      },
      instructions: {
        vi: 'Dấu hiệu: tài khoản đăng nhập vào giờ lạ, mật khẩu bị đổi, xuất hiện tài khoản quản trị mới, chuột tự di chuyển, phần mềm điều khiển từ xa tự bật. Rút dây mạng hoặc tắt Wi-Fi của máy đang bị điều khiển, nhưng không tắt máy và không xóa gì. Chụp ảnh màn hình, ghi giờ và báo ngay. Không đăng nhập tài khoản quản trị từ chính máy nghi bị xâm nhập.',
        en: 'Signs: logins at odd hours, changed passwords, a new administrator account, the mouse moving by itself, remote-control software starting on its own. Unplug the network cable or turn off Wi-Fi on the machine being controlled, but do not switch it off or delete anything. Take photos, note the time and report at once. Do not sign in with an administrator account on the suspect machine.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 10,
      evidence: {
        vi: 'Ảnh chụp màn hình, giờ phát hiện, mô tả hiện tượng',
        en: 'Screenshots, detection time, description of what was seen',
      },
    },
    registerStep(),
    classifyStep({
      vi: 'Nếu đơn vị không còn đăng nhập được bằng tài khoản quản trị, chọn "Có" cho C4 (mất quyền điều khiển).',
      en: 'If the unit can no longer sign in with the administrator account, answer "yes" to C4 (loss of control).',
    }),
    notifyStep(),
    {
      key: 'regain-control',
      phase: 'P4',
      title: { vi: 'Lấy lại quyền kiểm soát tài khoản', en: 'Regain control of accounts' },
      instructions: {
        vi: 'Từ một máy sạch: khóa hoặc vô hiệu hóa tài khoản bị chiếm và các tài khoản lạ mới tạo, đổi mật khẩu quản trị (hệ điều hành, phần mềm, cơ sở dữ liệu, thiết bị mạng), thu hồi mọi phiên đăng nhập. Chặn địa chỉ IP nguồn trên tường lửa; tắt các đường truy cập từ xa không cần thiết (Remote Desktop, VPN dùng chung, TeamViewer, UltraViewer).',
        en: 'From a clean computer: lock or disable the hijacked account and any new unknown accounts, change administrator passwords (operating system, application, database, network devices) and revoke all sessions. Block the source IP addresses on the firewall; turn off unneeded remote access (Remote Desktop, shared VPN accounts, TeamViewer, UltraViewer).',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Danh sách tài khoản đã khóa, mật khẩu đã đổi, địa chỉ IP đã chặn, dịch vụ từ xa đã tắt',
        en: 'Accounts locked, passwords changed, IP addresses blocked, remote services disabled',
      },
    },
    {
      key: 'preserve-logs',
      phase: 'P4',
      title: { vi: 'Sao lưu nhật ký làm chứng cứ', en: 'Preserve logs as evidence' },
      instructions: {
        vi: 'Sao chép ngay nhật ký đăng nhập, nhật ký hệ điều hành, máy chủ web, tường lửa và VPN trong khoảng thời gian nghi ngờ sang nơi lưu trữ riêng trước khi chúng bị ghi đè; ghi lại ai sao chép, lúc nào. Nếu có năng lực hoặc được đơn vị chuyên trách hướng dẫn, tạo bản sao ổ đĩa của máy bị xâm nhập.',
        en: 'Copy the sign-in, operating system, web server, firewall and VPN logs for the suspect period to separate storage before they are overwritten; record who copied them and when. If you have the skills or the dedicated response unit asks for it, take a disk image of the compromised machine.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Bản sao nhật ký (tên tệp, thời điểm sao chép, người thực hiện), bản sao ổ đĩa nếu có',
        en: 'Log copies (file names, time copied, by whom), disk image if any',
      },
    },
    {
      key: 'close-entry',
      phase: 'P5',
      title: { vi: 'Tìm và đóng lối vào, gỡ cửa hậu', en: 'Find and close the way in, remove backdoors' },
      instructions: {
        vi: 'Xác định kẻ xâm nhập vào bằng cách nào (mật khẩu yếu hoặc bị lộ, lỗ hổng chưa vá, dịch vụ mở ra Internet). Gỡ các cửa hậu: tài khoản lạ, tác vụ tự chạy, phần mềm điều khiển từ xa, tệp webshell trên máy chủ web. Vá lỗ hổng; nếu không chắc chắn đã gỡ hết, cài lại hệ thống từ đầu.',
        en: 'Work out how the intruder got in (weak or leaked password, unpatched vulnerability, service exposed to the Internet). Remove backdoors: unknown accounts, scheduled tasks, remote-control software, webshell files on web servers. Patch the vulnerability; if you cannot be sure everything was removed, rebuild the system from scratch.',
      },
      defaultRole: 'responder',
      expectedMinutes: 480,
      evidence: {
        vi: 'Mô tả đường xâm nhập, danh sách cửa hậu đã gỡ, bản vá đã cài',
        en: 'Description of the entry point, backdoors removed, patches applied',
      },
    },
    {
      key: 'restore-data',
      phase: 'P5',
      title: { vi: 'Kiểm tra, khôi phục dữ liệu và theo dõi', en: 'Check and restore data, then monitor' },
      instructions: {
        vi: 'Cùng người dùng nghiệp vụ kiểm tra dữ liệu có bị sửa, xóa hoặc sao chép ra ngoài; khôi phục phần bị thay đổi từ bản sao lưu trước thời điểm xâm nhập. Bật xác thực hai lớp cho tài khoản quản trị và theo dõi nhật ký đăng nhập hằng ngày trong một tháng.',
        en: 'With business users, check whether data was altered, deleted or copied out; restore anything altered from a backup taken before the intrusion. Turn on two-factor authentication for administrator accounts and review sign-in logs daily for a month.',
      },
      defaultRole: 'responder',
      expectedMinutes: 240,
      evidence: {
        vi: 'Biên bản kiểm tra dữ liệu, bản sao lưu đã dùng để khôi phục, lịch theo dõi',
        en: 'Data check record, backup used for restoration, monitoring schedule',
      },
    },
    closeStep(),
    lessonsStep(),
  ],
});

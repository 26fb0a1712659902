import type { Seeds } from './classifier-corpus.ts';

/**
 * Seed paraphrases of cyberattacks for the training corpus (see classifier-corpus.ts). Each line
 * paraphrases a kind of incident described in public sources (VNCERT/CC warnings, provincial
 * bulletins, press reports of attacks on Vietnamese agencies, VCDB summaries); none is copied.
 * Slots: {dv} unit, {ht} system, {may} server, {luc} time, {n} a number; English: {u} {s} {w} {n}.
 */
export const ATTACK_SEEDS: Seeds = {
  'attack.dos': {
    vi: [
      '{ht} của {dv} bị tấn công từ chối dịch vụ {luc}, người dân không truy cập được',
      '{luc} lưu lượng truy cập tăng vọt tới {n} nghìn request mỗi giây, {ht} sập hoàn toàn',
      'Nhà mạng báo {may} của {dv} đang bị DDoS, băng thông bị chiếm hết',
      'Hàng nghìn địa chỉ IP lạ gửi yêu cầu dồn dập vào trang đăng nhập khiến {ht} treo',
      '{ht} chập chờn {luc}, log ghi nhận botnet gửi gói tin SYN flood liên tục',
      'Đường truyền bị nghẽn do lưu lượng rác từ nước ngoài đổ về {may}',
      'Bị đánh sập {ht} nhiều lần trong ngày, đã chặn dải IP nhưng tấn công vẫn tiếp diễn',
      'Máy chủ DNS của {dv} bị khuếch đại lưu lượng, ngừng phân giải tên miền',
      'Dịch vụ ngừng phản hồi vì kết nối giả mạo ồ ạt, không phát hiện xâm nhập hay mất dữ liệu',
    ],
    en: [
      '{s} knocked offline by a DDoS {w}',
      'flood of junk requests from a botnet saturated our bandwidth, {s} unreachable',
      'denial of service against {s}, {n}k requests per second from many countries',
      'UDP amplification traffic hit the DNS resolver of {u}, service down',
    ],
  },
  'attack.phishing': {
    vi: [
      'Cán bộ {dv} nhận email giả danh cơ quan cấp trên chứa đường link đăng nhập giả',
      'Có trang web giả mạo {ht} để thu thập tài khoản và mật khẩu của người dân',
      'Đối tượng lập tài khoản Zalo giả danh lãnh đạo {dv} nhắn tin đề nghị chuyển tiền',
      'Thư lừa đảo mạo danh ngân hàng gửi tới hộp thư công vụ, {n} người đã bấm vào link',
      'Tin nhắn SMS giả danh cơ quan thuế yêu cầu người dân cài ứng dụng lạ để hoàn thuế',
      'Email mạo danh nhà cung cấp đề nghị đổi số tài khoản nhận thanh toán, kế toán suýt chuyển khoản',
      'Fanpage giả mạo {dv} đăng thông báo thu phí dịch vụ công, nhiều người dân bị lừa',
      'Nhân viên nhập mật khẩu vào trang đăng nhập giả giống hệt hộp thư công vụ',
      'Tên miền gần giống tên miền của {dv} được dùng để gửi thư giả danh',
    ],
    en: [
      'phishing email spoofing {u} asked staff to log in on a fake page',
      'fake website impersonating {s} harvesting citizen passwords',
      'CEO fraud email asked the accountant to wire money urgently',
      'staff clicked a credential-phishing link in a spoofed message {w}',
    ],
  },
  'attack.malware': {
    vi: [
      'Máy tính tại {dv} bị nhiễm virus, phần mềm diệt virus phát hiện trojan',
      'Cắm USB vào máy bộ phận một cửa thì bị lây mã độc, thư mục biến thành shortcut',
      'Phát hiện mã độc đào tiền ảo trên {may}, CPU luôn ở mức cao',
      'Mở tệp đính kèm trong thư lạ làm máy bị cài backdoor kết nối tới máy chủ điều khiển',
      'Phần mềm diệt virus cảnh báo {n} máy trong mạng LAN nhiễm sâu máy tính',
      'Máy chạy chậm bất thường, tự bật quảng cáo, quét ra phần mềm độc hại',
      'Trình duyệt trên máy cán bộ bị cài tiện ích độc hại thu thập lịch sử truy cập',
      'Có tiến trình lạ chạy ngầm và kết nối ra IP nước ngoài, nghi nhiễm mã độc',
      'Máy bị nhiễm mã độc nhưng dữ liệu không bị mã hóa, không có thông báo đòi tiền',
    ],
    en: [
      'antivirus detected a trojan on {n} PCs at {u}',
      'malware infection spread from a USB stick to the office network',
      'cryptominer found running on the web server, CPU pegged at 100%',
      'infected attachment installed a backdoor calling home to a C2 server',
    ],
  },
  'attack.intrusion': {
    vi: [
      'Tài khoản quản trị {ht} bị đăng nhập trái phép từ IP nước ngoài {luc}',
      'Phát hiện webshell trên {may}, đối tượng đã chiếm quyền điều khiển',
      'Hộp thư công vụ của lãnh đạo {dv} bị chiếm, có thư được gửi đi mà không phải người dùng gửi',
      'Kẻ xấu dò mật khẩu RDP thành công và đăng nhập vào {may} bằng tài khoản administrator',
      'Fanpage của {dv} bị chiếm quyền quản trị, các admin cũ bị loại khỏi trang',
      'Đối tượng khai thác lỗ hổng SQL injection để truy cập trái phép trang quản trị',
      'Camera giám sát của trụ sở bị truy cập từ bên ngoài bằng mật khẩu mặc định',
      'Có tài khoản lạ được tạo trong Active Directory, nghi bị xâm nhập hệ thống',
      'Mật khẩu admin bị đổi, chúng tôi không còn đăng nhập được vào {ht}',
    ],
    en: [
      'unauthorised login to the admin account of {s} from abroad {w}',
      'webshell found on the server, attacker gained remote control',
      'mailbox of the chairman compromised, forwarding rule added',
      'RDP brute force succeeded, intruder logged in as administrator',
    ],
  },
  'attack.defacement': {
    vi: [
      'Giao diện {ht} của {dv} bị thay đổi, hiện hình ảnh và thông điệp của hacker',
      '{ht} bị chèn hàng loạt liên kết tới trang cờ bạc, cá độ trực tuyến',
      'Tìm trên Google thấy tên miền gov.vn của {dv} hiện nội dung quảng cáo nhà cái, tài xỉu',
      'Trang chủ bị thay bằng dòng chữ hacked by và cờ của nhóm tin tặc',
      'Nội dung bài viết trên {ht} bị sửa, chèn thông tin xuyên tạc',
      'Hacker chèn mã chuyển hướng, người dùng vào từ công cụ tìm kiếm bị đưa sang web đánh bạc',
      'Các trang tin bị chèn từ khóa spam SEO về game bài, slot, nổ hũ',
      'Website bị deface, trang chủ chỉ còn nền đen và tên nhóm hacker',
      'Phát hiện hàng nghìn trang rác quảng cáo cá cược được tạo trong thư mục của {ht}',
    ],
    en: [
      '{s} defaced {w}, homepage replaced with a hacker banner',
      'gambling and casino spam links injected into our pages',
      'SEO spam: search results show betting ads under our gov.vn domain',
      'attackers changed the homepage content of {s}',
    ],
  },
  'attack.ransomware': {
    vi: [
      'Dữ liệu trên {may} của {dv} bị mã hóa, kẻ tấn công đòi tiền chuộc',
      'Các tệp tin bị đổi đuôi lạ và không mở được, có file ghi chú yêu cầu trả tiền bằng bitcoin',
      'Mã độc tống tiền mã hóa toàn bộ cơ sở dữ liệu của {ht}',
      'Màn hình các máy trạm hiện thông báo dữ liệu đã bị khóa, muốn giải mã phải trả tiền',
      'Ransomware lây qua mạng nội bộ, {n} máy bị mã hóa dữ liệu',
      'Bản sao lưu trên NAS cũng bị mã hóa, kèm thư đòi tiền chuộc',
      'Hacker mã hóa dữ liệu và đe dọa công khai nếu không trả tiền',
      'Không mở được tài liệu nào, tên file bị thêm phần mở rộng lạ, hình nền bị đổi',
    ],
    en: [
      'ransomware encrypted the file server of {u}, ransom note left',
      'files renamed with a strange extension, attackers demand bitcoin to decrypt',
      'all documents encrypted {w}, ransom demand on screen',
      'backup NAS encrypted too, attackers want payment',
    ],
  },
  'attack.destruction': {
    vi: [
      'Đối tượng xâm nhập rồi xóa toàn bộ cơ sở dữ liệu của {ht}, không đòi tiền',
      'Dữ liệu trên {may} bị phá hoại, nhiều bảng bị xóa sạch có chủ đích',
      'Mã độc xóa dữ liệu ghi đè ổ cứng, các máy không khởi động lại được',
      'Kẻ tấn công cố ý xóa bài viết, tài khoản và mã nguồn của {ht}',
      'Người lạ vào được máy chủ và định dạng lại toàn bộ ổ đĩa',
      'Dữ liệu bị sửa đổi sai lệch có chủ đích, không phải lỗi phần mềm',
      'Hacker phá hủy cả bản sao lưu, không để lại yêu cầu tiền chuộc nào',
      'Nhân viên cũ dùng tài khoản chưa bị thu hồi để xóa dữ liệu của {dv}',
    ],
    en: [
      'attacker wiped the database of {s}, no ransom demand',
      'wiper malware destroyed the disks of {n} machines',
      'intruder deliberately deleted files and backups {w}',
      'malicious destruction of data on the server, tables dropped',
    ],
  },
  'attack.espionage': {
    vi: [
      'Dữ liệu cá nhân của người dân trong {ht} bị đánh cắp và rao bán trên mạng',
      'Phát hiện mã độc APT thu thập tài liệu và gửi về máy chủ ở nước ngoài',
      'Hộp thư lãnh đạo {dv} bị theo dõi lén trong nhiều tháng, văn bản bị lấy cắp',
      'Cơ sở dữ liệu hồ sơ bị lộ lọt, {n} nghìn bản ghi xuất hiện trên diễn đàn hacker',
      'Điện thoại cán bộ bị cài phần mềm gián điệp nghe lén cuộc gọi',
      'Lưu lượng lớn bất thường đi ra ngoài ban đêm, nghi dữ liệu bị tuồn ra ngoài',
      'Tài liệu mật của {dv} bị sao chép trái phép và gửi ra ngoài',
      'Kẻ gian nghe trộm đường truyền không dây để thu thập thông tin đăng nhập',
    ],
    en: [
      'personal data of residents stolen from {s} and offered for sale',
      'APT implant exfiltrated documents to a foreign server',
      'data breach: {n}k records leaked online',
      'spyware on an official phone recorded calls and messages',
    ],
  },
  'attack.combined': {
    vi: [
      '{ht} vừa bị DDoS vừa bị thay đổi giao diện trong cùng một đêm',
      'Tấn công tổng hợp: lừa đảo lấy mật khẩu, chiếm quyền rồi cài mã độc mã hóa dữ liệu',
      'Đồng thời với việc bị chèn link cờ bạc, tài khoản quản trị của {ht} cũng bị chiếm',
      'Hacker kết hợp nhiều hình thức: xâm nhập, đánh cắp dữ liệu và xóa cơ sở dữ liệu',
      'Chiến dịch tấn công có chủ đích dùng email giả mạo, mã độc và chiếm quyền điều khiển {may}',
      'Vừa bị mã độc tống tiền vừa bị lộ dữ liệu cá nhân lên mạng',
      'Cùng lúc bị tấn công từ chối dịch vụ và phát tán thư lừa đảo từ hộp thư bị chiếm',
      'Sử dụng kết hợp nhiều hình thức tấn công nhằm vào {dv}',
    ],
    en: [
      'combined attack on {s}: DDoS plus defacement plus data theft',
      'phishing led to account takeover, then ransomware and data exfiltration',
      'multiple attack vectors at the same time against {u}',
      'intrusion, malware and defacement together {w}',
    ],
  },
  'attack.other': {
    vi: [
      'Hệ thống giám sát ghi nhận nhiều hoạt động dò quét lỗ hổng nhắm vào {dv}',
      'Tên miền của {dv} bị chiếm đoạt tại nhà đăng ký và trỏ sang máy chủ khác',
      'Bị tấn công mạng nhưng chưa xác định được hình thức, đề nghị hỗ trợ phân tích',
      'Máy chủ thư bị lợi dụng để phát tán thư rác, địa chỉ IP bị đưa vào danh sách đen',
      'Ghi nhận hàng nghìn lần thử đăng nhập bằng danh sách mật khẩu lộ, chưa tài khoản nào bị chiếm',
      'Mã QR chuyển khoản tại trụ sở bị dán đè bằng mã của kẻ gian',
      'Tường lửa chặn nhiều yêu cầu khai thác lỗ hổng, chưa thấy ảnh hưởng',
      'Có dấu hiệu tấn công mạng bất thường vào {ht}, chưa rõ kiểu tấn công',
    ],
    en: [
      'port scanning and vulnerability probing against {u}',
      'domain hijacked at the registrar, DNS pointing elsewhere',
      'credential stuffing attempts blocked, no account compromised',
      'suspicious attack activity, type unknown, need analysis',
    ],
  },
};

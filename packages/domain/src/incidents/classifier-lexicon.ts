import type { CauseGroup, Subtype } from './taxonomy.ts';

/**
 * Cue phrases for the classification suggester (issue "Incidents end to end").
 *
 * Each string holds cues separated by ';'. A cue is `phrase` or `phrase|weight`:
 * - phrases are written as people type them, with diacritics. A word typed with diacritics must
 *   carry the same ones (tone placement aside: "hoá" = "hóa"); a word typed without any matches
 *   the folded form, so "mất điện" also matches "mat dien";
 * - without a weight, a cue weighs its word count capped at 3, because a phrase is less
 *   ambiguous than a single word;
 * - a leading `=` matches only words typed with diacritics, for words whose folded form is
 *   ordinary Vietnamese ("bão" storm folds to "bao", as in "báo cáo"; "cháy" fire to "chay",
 *   as in "chạy" run). Undiacritised text reaches those subtypes through context phrases;
 * - a trailing `*` makes the last word match any word starting with it, for English inflections and
 *   the usual misspellings ("ransom*" also matches "ransomwave").
 *
 * Weights reflect how specific a phrase is: 5–6 names the subtype outright ("tiền chuộc"),
 * 3–4 is a strong symptom, 1–2 is a hint. Symptoms shared by many causes (site down, slow)
 * stay low so that the stated cause wins.
 */
export type CueList = readonly string[];

export const SUBTYPE_CUES: Record<Subtype, CueList> = {
  'attack.dos': [
    'ddos|5; dos|3; từ chối dịch vụ|5; tấn công từ chối|5; denial of service|5; anti ddos|4',
    'botnet|3; syn|2; syn flood|5; udp flood|5; http flood|5; flood of requests|4; flood of|4; amplification|3',
    'lưu lượng bất thường|3; lưu lượng lớn|2; lưu lượng tăng vọt|3; băng thông|1.5; nghẽn băng thông|4',
    'đánh sập|3; làm sập|2; ồ ạt|2; dồn dập|2; làm ngập|2; gbps|2; request|1; requests|1',
    'request mỗi giây|3; requests per second|3; nhiều ip|2; nhiều địa chỉ ip|2; dải ip|2',
    'junk traffic|3; traffic spike|2; traffic|1; null routed|3; blackhole|3; slowloris|5',
    'truy cập ảo|4; lưu lượng ảo|4; request ảo|4; làm tê liệt|2; tê liệt|1; bandwidth|1.5',
  ],
  'attack.phishing': [
    'phish*|5; lừa đảo|3; giả mạo|3; giả danh|4; mạo danh|4; tự xưng|3; email giả mạo|5; thư giả mạo|5',
    'email lạ|2; thư lạ|2; link lạ|3; đường link lạ|3; đường dẫn lạ|3; bấm vào link|3; bấm vào đường link|3',
    'click vào link|3; nhấp vào link|3; nhấn vào link|3; click link|3; trang giả|3; trang đăng nhập giả|5',
    'website giả|4; web giả|4; fanpage giả|4; tên miền giả|4; giống hệt|2; trúng thưởng|3',
    'chuyển khoản gấp|3; chuyển tiền|1.5; xác minh tài khoản|2; mã otp|3; otp|2; tin nhắn lạ|2; sms giả|4',
    'fake|2; fake login|4; spoofed|4; spoofing|4; pretending to be|4; impersonating|4; impersonation|4',
    'look alike|4; lookalike|4; suspicious link|3; clicked a link|3; clicked the link|3; verify your|2',
    're verify|3; credential|2; credentials|2; ceo fraud|4; smishing|5; vishing|5',
    '=lừa|2; bị lừa|3; chiếm đoạt|3; mồi nhử|3; tài liệu mồi|3; tin nhắn giả|4; brandname|2; mimicking|4',
    'claiming to be|4; claimed to be|4; posing as|4; asking for|1; asked for|1; giống tên miền|4',
    'tên miền giống|4; file nén|1.5; mở gấp|2; địa chỉ lạ|2; mail lạ|2; email giả|4; mail giả|4; thư giả|4',
  ],
  'attack.malware': [
    'mã độc|4; phần mềm độc hại|4; virus|3; vi rút|3; nhiễm|2; bị nhiễm|3; nhiễm virus|4; nhiễm mã độc|5',
    'dính virus|4; dính mã độc|5; trojan|4; worm|3; sâu máy tính|4; malware*|4; infected|3; infection|3',
    'coin miner|4; cryptominer|4; miner|2; đào tiền ảo|4; đào coin|4; backdoor|3; rootkit|4; adware|4',
    'diệt virus|2; antivirus|2; anti virus|2; kaspersky|1.5; bkav|1.5; defender|1; flagged|1.5',
    'shortcut|2; biến thành shortcut|4; autorun|3; tiến trình lạ|3; process lạ|3; chạy ngầm|2',
    'tự bật quảng cáo|3; quảng cáo|1; popup|2; file đính kèm|1.5; attachment|1.5; macro|2',
    'command and control|4; c2|3; beacon|3; calling out|2; cách ly|1; quarantined|2; exe|1.5',
    'lây lan|2; lây sang|2; file lạ|2; phần mềm lạ|2; app lạ|3; apk|2; remote access trojan|5',
  ],
  'attack.intrusion': [
    'truy cập trái phép|5; trái phép|3; chiếm quyền|4; chiếm quyền điều khiển|5; chiếm quyền quản trị|5',
    'chiếm tài khoản|5; bị chiếm|3; chiếm mất|3; đăng nhập lạ|4; đăng nhập bất thường|4',
    'đăng nhập trái phép|5; bị đăng nhập|3; thiết bị lạ|3; người lạ|2; ip lạ|2; tài khoản lạ|3',
    'mật khẩu bị đổi|3; bị đổi mật khẩu|3; đổi mật khẩu|1.5; webshell|5; web shell|5; shell|2',
    'điều khiển từ xa|3; remote desktop|2; rdp|2; dò mật khẩu|4; dò pass|4; leo thang đặc quyền|5',
    'brute force|4; brute forced|4; brute forcing|4; unauthorized|4; unauthorised|4; compromised|3',
    'account takeover|5; took over|3; taken over|3; hijacked|3; logged in|2; logins from|2; login from|2',
    'unknown admin|3; unknown account|3; foreign ip|2; privilege escalation|4; kicked out|3; đá ra khỏi|3',
    'mất quyền quản trị|4; bị hack tài khoản|4; hack tài khoản|4; xâm nhập|4; xâm nhập trái phép|5',
    'khai thác lỗ hổng|3; mất tài khoản|3; mất quyền truy cập|3; gained access|4; admin rights|3',
    'root access|4; intrusion|4; mất quyền|3; mất quyền admin|4; đăng nhập|1; login|1; nửa đêm|2',
    'ngoài giờ|2; ssh|2; cracked|2; root password|2; suspicious login|4; chuyển tiếp thư|3',
    'chuyển tiếp|2; forwarding rule|4',
  ],
  'attack.defacement': [
    'deface*|5; thay giao diện|5; bị đổi giao diện|5; giao diện bị sửa|4; giao diện bị thay|5; giao diện bị đổi|5',
    'treo banner|5; banner|2; hacked by|5; owned by|3; deface|5; defaced|5; defacement|5; defacing|5',
    'trang chủ|1.5; thay trang chủ|4; homepage|1.5; hình ảnh lạ|3; ảnh lạ|3; nội dung lạ|3; =cờ|2',
    'khẩu hiệu|3; xuyên tạc|3; phản động|3; chèn nội dung|3; chèn ảnh|3; hiện dòng chữ|3',
    'hiện thông điệp|4; thông điệp|2; political message|4; black page|3; shows a message|3; logo|1.5',
    'thay đổi nội dung|3; bài viết lạ|3; đăng bài lạ|3; sửa nội dung|3; hình nền|2; hiển thị nội dung|3',
    'nội dung không phù hợp|4; inappropriate content|4',
  ],
  'attack.ransomware': [
    'ransom*|5; ransomware|6; ransom note|6; encrypt*|4; decrypt*|3; mã hóa|3; bị mã hóa|5; encrypted|4; encrypt|3; decrypt|3',
    'decryption|4; giải mã|3; tiền chuộc|6; chuộc|4; đòi tiền|4; trả tiền|2; đòi|1; bắt trả tiền|4',
    'đổi đuôi|5; đuôi lạ|4; thêm đuôi|4; bị thêm đuôi|5; đuôi file|3; extension changed|4; extension|2',
    'locked|3; lockbit|6; phobos|5; djvu|5; wannacry|6; bitcoin|3; btc|3; readme|3; how to decrypt|5',
    'không mở được|1; mở không được|1; file hướng dẫn|3; demanding payment|4; payment|1.5',
    'tống tiền|5; mã độc tống tiền|7; virus tống tiền|7; khóa giải mã|5; =đuôi|3; sang đuôi|4',
    'chuyển sang đuôi|5; extortion|4; usd|1; bị đổi tên|3; file ghi chú|3; ghi chú|1.5; lấy lại dữ liệu|3',
    'telegram|1.5; renamed|2; file extension|3; end in|2; pay|1.5; unless|1; will be published|3',
    'leak site|4; phần mở rộng|3; thay đổi phần mở rộng|5; đổi phần mở rộng|5; thanh toán|1.5',
    'yêu cầu thanh toán|3',
  ],
  'attack.destruction': [
    'phá hoại|4; bị phá|3; xóa sạch|4; xóa toàn bộ|3; xóa hết|3; bị xóa|2; xóa dữ liệu|2; cố tình xóa|5',
    'cố ý xóa|5; ghi đè|3; định dạng lại|3; format ổ|3; format|1.5; sai lệch|2; làm sai lệch|4',
    'wiped|5; wiper|5; wipe|4; deleted|2; deleted every|3; deleted all|3; overwrote|3; overwritten|3',
    'sabotage|5; sabotaged|5; drop table|4; drop database|5; lệnh drop|4; drop|1.5; tampered|3',
    'biến mất|2; mất hết dữ liệu|2; không khôi phục được|1.5; destroyed data|4; phá hủy|4; hủy dữ liệu|4',
  ],
  'attack.espionage': [
    'lấy cắp|4; đánh cắp|4; lấy trộm|4; trộm|2; rò rỉ|3; rò rỉ dữ liệu|4; lộ lọt|4; lộ dữ liệu|3',
    'lộ thông tin|3; =lộ|2; bị lộ|2; lộ ra ngoài|3; rao bán|4; đăng bán|4; bán dữ liệu|4',
    'nghe lén|5; nghe trộm|5; gián điệp|5; phần mềm gián điệp|5; keylogger|5; spyware|5',
    'ghi lại bàn phím|4; chụp màn hình|2; sao chép ra ngoài|4; tải xuống dữ liệu|2; gửi về máy chủ|2',
    'exfiltrat*|5; data leak|4; leaked|3; leak|2; stolen|3; stole|3; steal|3',
    'espionage|5; sniffing|4; eavesdropping|5; screenshots|2; uploading|1.5; apt|3',
    'dữ liệu cá nhân|1.5; personal data|1.5; tài liệu mật|2; bí mật nhà nước|2; thu thập thông tin|3',
    'dữ liệu bị lộ|4; data breach|4; breach|3; leaked online|4; bị theo dõi|3; phần mềm theo dõi|5',
    'gửi ra ngoài|3; chuyển ra ngoài|3; tuồn ra ngoài|4; văn bản mật|2; copying|2; copied|2; selling|2',
    'sold|2; ghi âm|2',
  ],
  'attack.combined': [
    'tấn công tổng hợp|6; kết hợp nhiều hình thức|6; nhiều hình thức|4; nhiều kiểu|3; tấn công kết hợp|5',
    'chuỗi tấn công|4; combined attack|6; multi stage|5; multistage|5; multi vector|5; multiple attacks|4',
    'attack chain|4',
  ],
  'attack.other': [
    'thư rác|4; spam|4; danh sách đen|3; blacklist|3; blacklisted|3; phát tán thư rác|5; open relay|4',
    'mail relay|3; bị lợi dụng|3; lợi dụng|2; abused|3; trỏ dns|4; dns hijack|5; chuyển hướng|3',
    'chuyển sang trang khác|3; redirect|3; redirected|3; sql injection|4; sqli|4; xss|4',
    'dò quét|3; quét lỗ hổng|3; scanning|3; port scan|4; cryptojacking|4; lỗ hổng|1',
    'cá độ|3; cờ bạc|3; link cá độ|4; seo spam|5; chèn link|3; cá cược|3; link bẩn|4; đánh bài|3',
    'gambling|3; supply chain|4; chuỗi cung ứng|4; sim swap|4; trỏ sang|3; bị trỏ|3; tên miền phụ|2',
    'subdomain|2; subdomain takeover|5; thư quảng cáo|4; hàng nghìn thư|4; mass mailing|4',
  ],

  'failure.power': [
    'mất điện|5; cúp điện|5; cắt điện|4; ngắt điện|3; điện chập chờn|4; điện lưới|3; sụt áp|4; tăng áp|3',
    'quá áp|3; điện áp|2; ups|3; bộ lưu điện|4; lưu điện|3; máy phát|3; máy phát điện|4; nguồn điện|3',
    'sập nguồn|2; mất nguồn|2; điện lực|3; evn|3; có điện lại|3; chập điện|2',
    'power outage|5; power cut|5; power failure|5; blackout|4; outage|1; grid|2; voltage|3',
    'battery|2; generator|3; trạm biến áp|3; biến áp|2; máy nổ|3; cắt điện luân phiên|5; lịch cắt điện|4',
    'điện yếu|3; điện lưới yếu|4; cầu dao|3; aptomat|3; nhảy aptomat|4; circuit breaker|3; brownout|4',
    'load shedding|4; lưới điện|3; sự cố lưới điện|4; lost power|5; powered down|2',
  ],
  'failure.internet': [
    'mất mạng|3; mất internet|5; mất kết nối internet|5; mất kết nối|2; rớt mạng|4; đứt cáp|4',
    'cáp quang|3; đứt cáp quang|5; cáp quang bị đứt|5; tuyến cáp|3; nhà mạng|3; vnpt|2; viettel|2; fpt|2',
    'mobifone|2; nhà cung cấp internet|4; đường truyền internet|4; modem|2; router|1; wifi|1.5',
    'mạng chập chờn|4; mạng yếu|3; ping|2; mất gói|3; không vào được mạng|4; không vào được internet|4',
    'internet|2; isp|3; internet down|5; no internet|4; internet connection|4; fibre|3; fiber|3',
    'cable cut|4; packet loss|3; regional outage|3; đèn tín hiệu|2; cáp quang biển|5; cáp biển|5',
    'undersea cable|5; submarine cable|5; kết nối quốc tế|3; international|1.5; mất sóng|3',
    'mất tín hiệu|2; mạng di động|2; kết nối mạng|2; mất kết nối mạng|3; không có mạng|3',
    'không có internet|4; mạng chậm|3; chậm mạng|3; connectivity|2; unreachable|1.5; leased line|4',
    'kênh thuê riêng|4; vinaphone|2; nhà cung cấp mạng|3; đường truyền|2; đường truyền chập chờn|4',
    'chập chờn|2; flapping|3; roadworks|2; 4g|1.5; cable|2; liên lạc|1.5',
  ],
  'failure.software_hardware': [
    'lỗi phần mềm|4; phần mềm bị lỗi|4; phần mềm báo lỗi|4; báo lỗi|2; lỗi|1; bị lỗi|1.5; lỗi ứng dụng|4',
    'lỗi của phiên bản|3; hệ thống báo lỗi|3; ổ cứng|2; ổ cứng hỏng|5; hỏng ổ cứng|5; ổ cứng bị hỏng|5',
    'bad sector|5; hỏng|1; bị hỏng|2; bị hư|2; treo|1.5; bị treo|2.5; màn hình xanh|4; thanh ram|3',
    'ram hỏng|4; mainboard|3; bo mạch|3; hỏng nguồn|3; lỗi đọc|3; lỗi đọc ghi|4; đọc ghi|2',
    'lỗi database|4; lỗi cơ sở dữ liệu|4; không lưu được|2; crash|3; crashes|3; crashed|3; bug|4',
    'error|1.5; errors|1.5; throwing errors|3; failed|1.5; hardware failure|5; disk failure|5',
    'disk|2; disks|2; raid controller|4; dropped out|2; faulty|3; defective|3; hệ điều hành|2',
    'lỗi hệ điều hành|4; không khởi động được|3; lỗi phần cứng|5; phần cứng|2; lỗi kỹ thuật|3',
    'cháy nguồn|4; cháy bo mạch|4; cháy mainboard|4; chết ổ|4; ssd|2; hdd|2; blue screen|4; bsod|4',
    'kernel panic|4; hardware fault|5; software fault|5; glitch|3; malfunction|3; corrupted|3',
    'quạt tản nhiệt|3; tản nhiệt|2; quạt|1.5; tự khởi động lại|3; degraded|2; lỗi font|4; font|2',
    'không truy xuất được|2',
  ],
  'failure.overload': [
    'quá tải|5; overload*|5; quá nhiều người|4; đông người|3; quá đông|3',
    'truy cập tăng đột biến|3; tăng đột biến|2; lượng truy cập|2; cao điểm|3; hạn chót|2; cuối hạn|2',
    'hạn nộp|2; giật|1.5; đứng hình|3; lag|2; chậm|1; rất chậm|1.5; cpu|2; cpu 100|3; 100 cpu|3',
    'hết ram|4; tràn bộ nhớ|4; out of memory|5; ran out of memory|5; memory|1.5; too many|3',
    'too many users|5; slowed to a crawl|3; slow|1; timed out|2; timeout|2; đầy dung lượng|4',
    'hết dung lượng|4; disk full|4; đầy ổ|3; ổ đĩa đầy|4; dung lượng|1.5; peak|2; cuối tháng|2',
    'nghẽn|1.5; bị nghẽn|2; jammed|3; congested|3; congestion|3; last day|2; deadline|2',
    'số lượng truy cập|2; lượt truy cập|1.5; truy cập cùng lúc|3; high load|4; heavy load|4',
    'chịu tải|2; không chịu được tải|3; chậm như rùa|3; tuyển sinh|2; nhiều người dùng|3',
    'nhiều người truy cập|3; không đáp ứng kịp|4; không đáp ứng|2; hàng nghìn người|3; điểm thi|2',
    'kết quả thi|2; cùng lúc|1.5',
  ],
  'failure.other': [
    'mạng truyền số liệu chuyên dùng|6; truyền số liệu chuyên dùng|6; truyền số liệu|4; tslcd|5',
    'mạng chuyên dùng|4; hosting|3; nhà cung cấp hosting|4; hosting provider|4; trung tâm dữ liệu|2',
    'data centre|2; data center|2; datacenter|2; điều hòa|4; máy lạnh|4; air conditioning|5',
    'air conditioner|5; nhiệt độ|2; quá nhiệt|4; làm mát|2; overheating|4; overheat|4',
    'chuột cắn|5; chuột|3; côn trùng|3; nhà cung cấp dịch vụ|1.5; cloud provider|3',
    'máy chủ thuê|3; vps|2; cloud|1.5; đám mây|2; =dột|3; bị dột|3; thấm nước|3',
  ],

  'operator.hardware_config': [
    'thay switch|4; thay router|4; thay thiết bị|3; lắp thêm|3; lắp đặt|2; nâng cấp ram|4; lắp thêm ram|4',
    'không tương thích|3; firmware|4; nâng cấp firmware|5; cập nhật firmware|5; cấu hình switch|5',
    'cấu hình router|5; cấu hình vlan|5; vlan|3; cấu hình raid|5; cắm nhầm|4; cắm nhầm cổng|5',
    'đấu nối|3; đấu nối lại|4; đấu nhầm|4; vòng lặp|3; network loop|4; dây mạng|1.5; thiết bị tường lửa|3',
    'switch mới|3; router mới|3; thiết bị mới|2; card mạng|2; firewall appliance|4; appliance|2',
    'replacing|2; replaced|2; default route|3; route|2; routing|2; port settings|3; wrong port|3',
    'new firewall|2; new router|3; new switch|3; thay modem|4; modem mới|3; nat|2; port|1',
    'mở port|3; cấu hình nat|4; cấu hình modem|5; cấu hình thiết bị|4; cấu hình mạng|3; trùng ip|4',
    'ip conflict|4; dhcp|3; đặt ip|2; đổi ip|2; gắn thêm|2; đấu thêm|4; reconnected|3; rack|1',
    'moving|1.5; moved|1.5; plugged|2; bộ chuyển mạch|2; thay bộ chuyển mạch|4; uplink|3',
    'cổng uplink|4; cấu hình thiếu|3; sau khi thay|3',
  ],
  'operator.software_config': [
    'cập nhật|2; cập nhật bản vá|4; bản vá|3; update|2; cập nhật xong|4; update xong|4; sau khi cập nhật|5',
    'sau khi update|5; sau khi nâng cấp|4; nâng cấp phiên bản|4; phiên bản mới|3; bản mới|3; nâng cấp|1.5',
    'cài đặt lại|3; cài lại|3; sửa cấu hình|4; đổi cấu hình|4; thay đổi cấu hình|4; file cấu hình|4',
    'cấu hình|1.5; sai cú pháp|4; cú pháp|2; chuyển đổi dữ liệu|3; tường lửa phần mềm|3; quy tắc|1.5',
    'cập nhật windows|4; update windows|4; windows update|4; update win|4; rule|1.5; dns|1; deploy|3',
    'patch|3; patched|3; after the update|5; after updating|5; after upgrading|5; after applying|4',
    'after patching|5; rolling back|3; rolled back|3; rollback|3; roll back|3; settings|2; changed|1',
    'misconfigured|4; misconfiguration|4; disabled|1.5; config|2; configuration|2',
    'nâng cấp phần mềm|4; cập nhật phần mềm|4; cập nhật hệ thống|3; nâng cấp hệ thống|3; cài đặt|1.5',
    'gỡ cài đặt|3; cài đặt sai|4; cấu hình ứng dụng|4; cấu hình phần mềm|5; upgrade|2; upgraded|2',
    'updated|2; new version|3; plugin|2; hotfix|3; đổi port|3',
  ],
  'operator.policy': [
    'dùng chung tài khoản|5; dùng chung mật khẩu|5; dùng chung|1; chia sẻ mật khẩu|5; sharing|2; shared password|5',
    'shared passwords|5; quy định|2; trái quy định|4; trái với quy định|4; vi phạm quy định|4',
    'vi phạm quy chế|5; quy chế|3; trái quy chế|5; quy trình|2; không tuân thủ|4; chính sách|2',
    'policy|3; regulation|3; violation|4; violated|4; không có quy trình|4',
    'mật khẩu mặc định|4; mật khẩu yếu|4; mật khẩu quá yếu|4; default password|4; weak password|4',
    'dán mật khẩu|5; ghi mật khẩu|4; chưa bị khóa|4; chưa khóa|3; nghỉ việc|2; chưa từng được đổi|3',
    'chưa ai đổi|3; chưa đổi|2; tự ý|3; tự ý cài|4; usb cá nhân|4; không rõ nguồn gốc|3',
    'không sao lưu|4; không có bản sao lưu|4; không có backup|4; no backup|4; backup policy|5',
    'kiểm duyệt|3; đăng nhầm|4; phân quyền|3; phân quyền sai|4; 123456|3; admin admin|4',
    'lưu mật khẩu|4; cho mượn tài khoản|5; mượn tài khoản|4; giao mật khẩu|4; đưa mật khẩu|4',
    'access control|3; rules|1.5; against|1.5; không được phép|3; chưa được phép|3; not allowed|3',
    'without permission|3; without approval|3; unapproved|3; personal usb|4; unauthorized software|4',
    'sticky note|4; same password|4; password reuse|4; reused|3; audit|1.5; cùng một mật khẩu|4',
    'trùng mật khẩu|4; nghỉ hưu|2; không cài|2; không cập nhật|3; chưa cập nhật|3; kiểm tra phát hiện|2',
  ],
  'operator.service_stop': [
    'dừng dịch vụ|4; tạm dừng|4; tạm ngừng|4; tạm ngưng|4; ngừng hoạt động|1.5; yêu cầu ngừng|4',
    'theo chỉ đạo|4; chỉ đạo|2; theo yêu cầu|3; bắt buộc|3; buộc phải|3; bảo trì|4; maintenance|4',
    'planned|2; scheduled|2; theo lịch|3; đã có thông báo|3; thông báo trước|2; by order|4; ordered|3',
    'mandatory|4; shutdown|2; take offline|3; taken offline|3; offline by|3; downtime|3',
    'planned downtime|5; tắt máy chủ|2; chuyển sang nền tảng mới|3; chuyển đổi hệ thống|3',
    'migration|2; nâng cấp hạ tầng|3; theo công văn|3; dừng sử dụng|4; ngừng sử dụng|4; ngừng cung cấp|4',
    'chuyển sang hệ thống mới|3; hệ thống mới|1.5; ngắt kết nối|1.5; as instructed|4; instructed|3',
    'suspend*|4; pending|1; cấp trên|2; cấp trên yêu cầu|4; yêu cầu tắt|4; tắt toàn bộ|2; đợt kiểm tra|2',
  ],
  'operator.other': [
    'xóa nhầm|5; bị xóa nhầm|5; tắt nhầm|5; rút nhầm|5; gửi nhầm|5; chạy nhầm|5; chọn nhầm|4',
    'bấm nhầm|4; làm nhầm|4; quên gia hạn|5; hết hạn|3; gia hạn|2; chưa gia hạn|4',
    'tên miền hết hạn|5; chứng chỉ ssl|3; ssl|2; certificate expired|5; expired|3; renew|2; renewed|2',
    'wrong|2; the wrong|2; thay vì|1.5; lỡ xóa|5; lỡ tay|4; =lỡ|2; xóa mất|3; quên mật khẩu|3',
    'hết hạn bản quyền|4; bản quyền|2; license expired|5; licence expired|5; vướng dây|3; tripped over|4',
    'làm đổ nước|4; đổ nước vào|4; spilled|4; lapsed|4; renewal|3; never renewed|4; not renewed|4',
    'unplugged|4',
  ],

  'disaster.storm': [
    '=bão|4; con bão|5; cơn bão|5; bão số|5; mưa bão|5; siêu bão|5; gió bão|5; do bão|4; sau bão|4',
    'của bão|4; ảnh hưởng bão|5; áp thấp nhiệt đới|5; áp thấp|3; =giông|3; =dông|3; mưa giông|5; giông lốc|5; lốc xoáy|5',
    'gió giật|4; gió mạnh|3; gió lớn|3; mưa to gió lớn|5; tốc mái|5; đổ cây|3; cây đổ|3; quật đổ|4',
    'sập mái|3; mái tôn|3; typhoon|5; storm|4; tropical storm|5; tropical depression|5; hurricane|5',
    'cyclone|5; strong winds|4; wind|2; winds|2; tore off|2; roof|1; gió to|3; mưa gió|3; bão đổ bộ|5',
    'đổ bộ|3; hoàn lưu bão|5; hoàn lưu|3; gãy đổ|3; cây gãy|3; lật mái|4; bay mái|4; thunderstorm|4',
  ],
  'disaster.flood': [
    'lũ|3; lụt|4; lũ lụt|5; nước lũ|5; lũ quét|5; ngập|3; ngập lụt|5; ngập nước|5; ngập sâu|5',
    'bị ngập|4; nước dâng|4; nước tràn vào|4; nước vào|3; triều cường|5; cuốn trôi|4',
    'flood*|4; flash flood|5; flash flooding|5; submerged|4; under water|4',
    'underwater|4; inundated|4; burst its banks|5; river|2; mưa lũ|5; ngập úng|5; nước sông|3',
    'sông dâng|4; trên báo động|4; nước ngập|4; chìm trong nước|4; xả lũ|5; inundation|4; water|1.5',
    'soaked|3; dam|2; dam release|5; xả đập|5; =ướt|2; bị ướt|2',
  ],
  'disaster.earthquake': [
    'động đất|6; dư chấn|5; rung chấn|5; chấn động|3; rung lắc|3; độ richter|5; richter|4',
    'earthquake*|6; quake|5; tremor|5; tremors|5; aftershock|5; aftershocks|5; magnitude|3; seismic|5',
    'shook|2; nứt|2; tipped over|2; rung mạnh|2',
  ],
  'disaster.fire': [
    '=cháy|3; đám cháy|5; hỏa hoạn|6; bốc cháy|5; cháy lan|5; cháy rừng|5; cháy nổ|5; chập cháy|5',
    'cháy phòng|5; bị cháy|3; =lửa|4; lửa lan|4; ngọn lửa|4; =khói|3; bốc khói|4; khói bốc|4',
    'báo cháy|4; cứu hỏa|5; chữa cháy|5; pccc|5; phòng cháy|4; chập điện gây cháy|6',
    'fire|5; fires|5; blaze|5; burned|3; burnt|3; burning|3; smoke|4; caught fire|6; electrical fire|6',
    'firefighters|5; wildfire|6; thiêu rụi|5; cháy rụi|5; cháy lớn|5; gây cháy|4; bén lửa|4; bắt lửa|4',
    'mùi khét|4; khét|3; fire alarm|5; sprinkler|3; cháy kho|5; khói đen|4; khói mù|4',
  ],
  'disaster.other': [
    'sạt lở|6; sạt lở đất|6; lở đất|6; landslide|6; mudslide|6; =sét|4; sét đánh|6; lightning|6',
    'nắng nóng|5; heatwave|5; heat wave|5; hạn hán|5; drought|5; mưa đá|6; hail|5; hailstorm|5',
    'sóng thần|6; tsunami|6; rét đậm|4; rét hại|4; sương muối|4; núi lửa|6; volcano|6; taluy|4',
    'đất đá|3; rockfall|4; giá rét|4; lở núi|6; sạt núi|6; =lở|3',
  ],
};

/** Cues that point to a cause group without saying which subtype. */
export const GROUP_CUES: Record<CauseGroup, CueList> = {
  attack: [
    'tấn công|2; bị tấn công|3; hacker|3; tin tặc|3; kẻ tấn công|3; kẻ gian|2; nhóm hacker|3; bị hack|3',
    'hack|2; attack|2; attacker|3; attackers|3; attacked|3; hacked|3; malicious|2; độc hại|1',
    'đối tượng xấu|3; kẻ xấu|3; cybercriminal|3; threat actor|3',
  ],
  failure: ['sự cố kỹ thuật|3; hỏng hóc|2; lỗi hệ thống|2; failure|2; hardware|1'],
  operator: [
    'thao tác nhầm|4; thao tác sai|4; sơ suất|4; bất cẩn|4; vô ý|3; nhầm lẫn|3; =nhầm|2; nham|1',
    'accidentally|3; by mistake|3; mistakenly|3; human error|5; quản trị viên|1.5; kỹ thuật viên|1.5',
    'technician|1.5; cấu hình sai|2; sai cấu hình|2; wrong configuration|3; quên|2; forgot|2',
    'xong thì|1.5; xong là|1.5; anh kỹ thuật|1.5; cán bộ kỹ thuật|1.5',
  ],
  disaster: [
    'thiên tai|4; natural disaster|5; thời tiết|2; weather|2; mưa lớn|2; mưa to|2; heavy rain|2',
    '=mưa|1; rain|1; sơ tán|2; evacuate|2; evacuated|2',
  ],
};

/**
 * Phrases that carry no cue but must not be read as one: they claim their words first.
 * E.g. "qua tài khoản" (via the account) folds to "qua tai khoan", which holds "qua tai" (overload);
 * "một cửa báo lỗi" folds to "mot cua bao loi", which holds "cua bao" (của bão, of the storm).
 * On a tie in length they win.
 */
export const NEUTRAL_PHRASES: CueList = [
  'qua tài khoản; qua tài liệu; nước ngoài; khởi động; khởi động lại; bao lâu; báo cáo; thông báo',
  'cảnh báo; chạy lại; điện thoại; giao diện người dùng; một cửa',
];

/** Phrases after which, in the same clause, a cue is denied ("không phải do mất điện"). */
export const NEGATORS: CueList = [
  'không phải; ko phải; k phải; chẳng phải; không do; không có dấu hiệu; chưa có dấu hiệu',
  'không thấy dấu hiệu; chưa thấy dấu hiệu; chưa phát hiện; loại trừ; không liên quan',
  'not due to; not caused by; not because of; not a; not an; no sign of; no signs of; no evidence of',
  'ruled out; rule out; isn t; wasn t; not related to; nothing to do with; was not; were not; is not',
  'are not; not been; không bị; chưa bị',
];

/** Words that end a negation's scope inside a clause ("không phải do mất điện mà do ..."). */
export const CONTRAST_WORDS: CueList = ['mà; nhưng; but; rather; instead'];

/** Words saying several things happened together, for attack.combined. */
export const CONCURRENCY_CUES: CueList = [
  'đồng thời; cùng lúc; cùng một lúc; song song; while; at the same time; simultaneous*',
];

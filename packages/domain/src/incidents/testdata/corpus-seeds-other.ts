import type { Seeds } from './classifier-corpus.ts';

/** Seed paraphrases of failures, operator errors and disasters (see corpus-seeds-attack.ts). */
export const OTHER_SEEDS: Seeds = {
  'failure.power': {
    vi: [
      'Mất điện lưới tại trụ sở {dv} {luc}, {may} tắt đột ngột',
      'UPS hết ắc quy khi cúp điện nên toàn bộ thiết bị mạng ngừng hoạt động',
      'Điện áp tăng đột biến làm cháy bộ nguồn của {may}',
      'Máy phát điện dự phòng không khởi động được khi mất điện',
      'Sự cố trạm biến áp khu vực, cơ quan không có điện nhiều giờ',
      'Chập điện trong phòng máy làm nhảy aptomat, các máy chủ tắt',
      'Nguồn điện chập chờn liên tục khiến {ht} khởi động lại nhiều lần, không phải tấn công',
    ],
    en: [
      'power outage at {u}, servers went down',
      'UPS failed during a blackout {w}',
      'power supply unit burnt out after a voltage surge',
    ],
  },
  'failure.internet': {
    vi: [
      'Đường truyền Internet của {dv} bị mất {luc} do đứt cáp quang',
      'Nhà mạng gặp sự cố, {dv} không kết nối được Internet',
      'Mạng truyền số liệu chuyên dùng bị gián đoạn, không gửi nhận được văn bản',
      'Tuyến cáp quang biển gặp sự cố làm truy cập quốc tế rất chậm',
      'Modem quang báo mất tín hiệu, cả cơ quan mất mạng',
      'Kết nối tới trung tâm dữ liệu tỉnh bị đứt, nhà cung cấp đang khắc phục',
      'Mạng chậm và rớt liên tục vì lỗi tuyến của nhà mạng, không phải bị tấn công',
    ],
    en: [
      'internet link down at {u}, fibre cut',
      'ISP outage {w}, no connectivity',
      'WAN connection to the provincial data centre lost',
    ],
  },
  'failure.software_hardware': {
    vi: [
      'Ổ cứng {may} bị hỏng, dữ liệu không truy cập được',
      '{ht} bị lỗi phần mềm, không lưu được hồ sơ',
      'Cơ sở dữ liệu bị hỏng sau khi máy chủ treo, phải khôi phục từ bản sao lưu',
      'Bo mạch chủ của {may} bị lỗi, máy không khởi động',
      'Switch lõi bị hỏng cổng, nhiều phòng mất mạng nội bộ',
      'Ứng dụng liên tục báo lỗi và tự khởi động lại, nhà cung cấp xác nhận lỗi phần mềm',
      'Thiết bị lưu trữ SAN báo lỗi controller, một số ổ đĩa ngừng hoạt động',
      'Phần mềm kế toán bị lỗi tính sai số liệu, không có dấu hiệu tấn công',
    ],
    en: [
      'disk failure on {s}, RAID degraded',
      'application bug: {s} crashes when saving records',
      'hardware fault on the database server, motherboard dead',
    ],
  },
  'failure.overload': {
    vi: [
      '{ht} quá tải vì lượng người dân truy cập quá đông trong ngày cuối nộp hồ sơ',
      'Máy chủ hết dung lượng ổ đĩa, ứng dụng ngừng ghi dữ liệu',
      'CPU và bộ nhớ của {may} luôn ở mức tối đa giờ cao điểm, hệ thống rất chậm',
      'Số người dùng tăng đột biến làm {ht} không đáp ứng kịp, không phải do tấn công',
      'Băng thông của {dv} không đủ khi nhiều phòng cùng họp trực tuyến',
      'Kết nối cơ sở dữ liệu bị đầy, trang web báo lỗi 503 khi đông người',
      'Hệ thống vượt quá năng lực xử lý trong đợt cao điểm tuyển sinh',
    ],
    en: [
      'legitimate traffic peak overloaded {s}',
      'server ran out of disk space, service stopped writing',
      'too many concurrent users on {s} {w}, capacity exceeded',
    ],
  },
  'failure.other': {
    vi: [
      'Điều hòa phòng máy chủ của {dv} bị hỏng, nhiệt độ tăng cao',
      'Nhà cung cấp hosting gặp sự cố, {ht} không truy cập được',
      'Trung tâm dữ liệu của nhà cung cấp bị sự cố hạ tầng, nhiều dịch vụ gián đoạn',
      'Dịch vụ thư điện tử thuê ngoài bị gián đoạn do lỗi phía nhà cung cấp',
      'Hệ thống làm mát của phòng máy ngừng hoạt động, thiết bị quá nhiệt',
      'Đường dây truyền dẫn giữa các điểm bị sự cố kỹ thuật',
      'Dịch vụ chữ ký số của nhà cung cấp ngừng hoạt động, không ký được văn bản',
    ],
    en: [
      'hosting provider outage took {s} down',
      'cooling failure in the server room {w}',
      'cloud platform incident at the provider, our services unavailable',
    ],
  },
  'operator.hardware_config': {
    vi: [
      'Cán bộ kỹ thuật cấu hình sai switch làm mất kết nối mạng nội bộ của {dv}',
      'Cắm nhầm dây mạng tạo vòng lặp, toàn bộ mạng bị nghẽn',
      'Thay ổ cứng RAID nhưng rút nhầm ổ đang hoạt động, mất dữ liệu',
      'Nâng cấp firmware tường lửa không đúng quy trình, thiết bị không hoạt động',
      'Đặt sai địa chỉ IP cho router khi thay thiết bị mới',
      'Lắp thêm linh kiện không tương thích vào {may}, máy không lên',
      'Di chuyển tủ rack và đấu nối sai cáp, thiết bị lưu trữ mất kết nối',
    ],
    en: [
      'technician misconfigured the core switch, network outage',
      'wrong cable patched during maintenance, loop took the LAN down',
      'firmware upgrade of the firewall done wrong, device bricked',
    ],
  },
  'operator.software_config': {
    vi: [
      'Cập nhật phiên bản mới cho {ht} xong thì hệ thống báo lỗi, phải quay lại bản cũ',
      'Quản trị viên cấu hình sai quyền truy cập, tài liệu nội bộ bị công khai',
      'Cài bản vá hệ điều hành không kiểm thử trước làm phần mềm không chạy',
      'Sửa nhầm bản ghi DNS khi chuyển hosting, website và email ngừng hoạt động',
      'Thay đổi cấu hình tường lửa phần mềm chặn nhầm cổng dịch vụ của {ht}',
      'Triển khai mã nguồn mới lên {may} khi chưa kiểm thử, ứng dụng lỗi',
      'Cấu hình sai chính sách sao lưu nên bản sao lưu bị ghi đè',
      'Nâng cấp cơ sở dữ liệu xong quên đổi chuỗi kết nối, ứng dụng ngừng hoạt động',
    ],
    en: [
      'bad configuration change broke {s}, rolled back',
      'update of the application failed and the system stopped working',
      'permissions misconfigured, internal files exposed publicly',
    ],
  },
  'operator.policy': {
    vi: [
      'Cán bộ {dv} dùng chung tài khoản quản trị và mật khẩu yếu',
      'Tài khoản của người đã nghỉ việc vẫn chưa bị khóa',
      'Không có quy trình sao lưu, {may} không có bản sao lưu nào',
      'Cán bộ gửi văn bản công vụ qua email cá nhân, trái quy định',
      'Mật khẩu quản trị để mặc định, dán ngay trên máy tính',
      'Tự ý cài phần mềm bẻ khóa lên máy tính cơ quan, vi phạm quy chế',
      'Chia sẻ mật khẩu hộp thư công vụ cho người khác qua Zalo',
      'Mở cổng quản trị từ xa ra Internet mà không có xác thực hai lớp, chưa bị xâm nhập',
    ],
    en: [
      'shared admin password and no 2FA, policy violation',
      'former employee still has an active account',
      'no backup procedure in place for {s}',
    ],
  },
  'operator.service_stop': {
    vi: [
      'Tạm dừng {ht} theo chỉ đạo của cấp trên để chuyển sang trung tâm dữ liệu mới',
      'Dừng hệ thống để bảo trì theo kế hoạch đã thông báo',
      'Cơ quan chức năng yêu cầu ngắt kết nối {may} để phục vụ điều tra',
      'Ngừng cung cấp dịch vụ theo quyết định của lãnh đạo để rà soát an toàn',
      'Điện lực cắt điện theo lịch nên phải chủ động tắt {may}',
      'Dừng dịch vụ bắt buộc để nâng cấp hạ tầng theo văn bản của tỉnh',
      'Website phải tạm dừng do chưa được phê duyệt hồ sơ cấp độ',
    ],
    en: [
      'mandatory shutdown of {s} ordered by the authorities',
      'planned maintenance, service stopped by decision of management',
      'service taken offline for migration as required {w}',
    ],
  },
  'operator.other': {
    vi: [
      'Cán bộ thao tác nhầm xóa mất dữ liệu trên {may}',
      'Quên gia hạn tên miền nên {ht} ngừng hoạt động',
      'Chứng chỉ SSL hết hạn do không ai gia hạn, trình duyệt báo không an toàn',
      'Người vận hành tắt nhầm máy chủ đang phục vụ',
      'Gửi nhầm email chứa danh sách cá nhân cho người ngoài',
      'Quên gia hạn hợp đồng dịch vụ, nhà cung cấp khóa tài khoản',
      'Chạy nhầm lệnh dọn dẹp trên máy chủ thật thay vì máy thử nghiệm',
    ],
    en: [
      'operator mistake deleted records on {s}',
      'domain name expired, nobody renewed it',
      'human error: wrong server shut down {w}',
    ],
  },
  'disaster.storm': {
    vi: [
      'Bão đổ bộ làm mất điện và mất mạng tại {dv}',
      'Gió bão làm đổ cột anten, trạm BTS mất sóng',
      'Cơn bão làm tốc mái trụ sở, nước mưa tràn vào phòng máy',
      'Ảnh hưởng của bão, cây đổ làm đứt đường dây viễn thông',
      'Áp thấp nhiệt đới gây gió giật mạnh, hạ tầng mạng của xã hư hỏng',
      'Lốc xoáy làm sập mái che thiết bị mạng của {dv}',
    ],
    en: [
      'typhoon cut power and telecoms at {u}',
      'storm damage to the roof and network cabinet',
      'tropical storm knocked down the antenna mast',
    ],
  },
  'disaster.flood': {
    vi: [
      'Lũ lụt làm ngập trụ sở {dv}, thiết bị hư hỏng',
      'Nước lũ tràn vào phòng máy chủ tầng một',
      'Mưa lớn kéo dài gây ngập, tủ mạng bị ngâm nước',
      'Lũ quét cuốn trôi tuyến cáp, xã mất liên lạc',
      'Triều cường làm ngập kho lưu trữ và thiết bị',
      'Xả lũ hồ thủy điện làm nước dâng, phòng server bị ngập',
    ],
    en: [
      'flood water entered the server room at {u}',
      'flooding damaged the equipment on the ground floor',
      'flash flood washed away the cable route',
    ],
  },
  'disaster.earthquake': {
    vi: [
      'Động đất làm rung lắc mạnh, tủ rack tại {dv} bị đổ',
      'Trận động đất làm nứt tường phòng máy chủ',
      'Dư chấn động đất làm hỏng ổ cứng và thiết bị mạng',
      'Sau động đất, trụ sở bị hư hại, phải tắt các hệ thống',
      'Rung chấn làm đổ thiết bị trên giá, một số máy chủ hỏng',
      'Động đất {n} độ richter làm hư hại trạm viễn thông',
    ],
    en: [
      'earthquake toppled a server rack at {u}',
      'tremors damaged the data room',
      'quake aftershocks broke equipment',
    ],
  },
  'disaster.fire': {
    vi: [
      'Cháy phòng máy chủ của {dv}, thiết bị bị thiêu rụi',
      'Hỏa hoạn tại trụ sở làm hỏng toàn bộ máy tính',
      'Chập điện gây cháy tủ mạng, khói lan khắp phòng',
      'Cháy lan từ tòa nhà bên cạnh, nước chữa cháy làm hỏng thiết bị',
      'Cháy rừng làm cháy tuyến cáp và trạm phát sóng',
      'Pin lưu điện phát nổ gây cháy phòng kỹ thuật',
    ],
    en: [
      'fire in the server room at {u}',
      'building fire destroyed the network equipment',
      'blaze burned the archive and servers',
    ],
  },
  'disaster.other': {
    vi: [
      'Sạt lở đất làm đứt tuyến cáp lên {dv}',
      'Sét đánh làm hỏng thiết bị mạng và modem',
      'Mưa đá làm vỡ thiết bị thu phát của trạm',
      'Nắng nóng kỷ lục khiến thiết bị ngoài trời ngừng hoạt động',
      'Thiên tai sạt lở núi vùi lấp trạm viễn thông',
      'Rét đậm và sương muối làm hỏng thiết bị trên đỉnh núi',
    ],
    en: [
      'landslide cut the fibre to {u}',
      'lightning strike damaged the switch',
      'natural disaster (mudslide) destroyed the relay station',
    ],
  },
};

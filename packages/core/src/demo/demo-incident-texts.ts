import type { Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import { ATTACK_SEEDS } from '@ungcuu/domain/incidents/testdata/corpus-seeds-attack.ts';
import { OTHER_SEEDS } from '@ungcuu/domain/incidents/testdata/corpus-seeds-other.ts';
import type { DemoRandom } from './demo-random.ts';

// Words of the demo's incidents: descriptions from the classifier's hand-written seed
// paraphrases (slots filled with the town's units and systems), and the Mẫu 04 closure texts.

const SEEDS = { ...ATTACK_SEEDS, ...OTHER_SEEDS };

const WHEN = [
  'sáng nay',
  'chiều qua',
  'tối hôm qua',
  'lúc 8 giờ sáng',
  'khoảng 14 giờ',
  'đầu giờ chiều',
  'đêm qua',
];

/** A Vietnamese description of an incident of `subtype` at `unit` on `system`. */
export function describe(rnd: DemoRandom, subtype: Subtype, unit: string, system: string): string {
  const lines = SEEDS[subtype]?.vi ?? [`Sự cố tại {ht} của {dv} {luc}`];
  const fill = (s: string) =>
    s
      .replaceAll('{dv}', unit)
      .replaceAll('{ht}', system)
      .replaceAll('{may}', `máy chủ ${system.toLowerCase()}`)
      .replaceAll('{luc}', rnd.pick(WHEN))
      .replaceAll('{n}', String(rnd.int(3, 60)));
  const first = fill(rnd.pick(lines));
  const detail = rnd.chance(0.5) ? ` ${fill(rnd.pick(lines))}.` : '';
  const indicator =
    subtype === 'attack.phishing' && rnd.chance(0.6)
      ? ` Thư gửi từ hotro-${rnd.int(10, 99)}@dichvucong-hungyen.example.com.`
      : subtype.startsWith('attack.') && rnd.chance(0.4)
        ? ` Nhật ký ghi nhận truy cập từ địa chỉ 203.0.113.${rnd.int(2, 250)}.`
        : '';
  return `${first[0]!.toUpperCase()}${first.slice(1)}.${detail}${indicator}`;
}

interface Closure {
  cause: string;
  actions: string;
  lessons: string[];
}

const BY_SUBTYPE: Partial<Record<Subtype, Closure>> = {
  'attack.phishing': {
    cause: 'Cán bộ mở thư giả danh cơ quan cấp trên và nhập tài khoản vào trang đăng nhập giả.',
    actions:
      'Đổi mật khẩu, thu hồi phiên đăng nhập, chặn tên miền giả mạo trên tường lửa, cảnh báo toàn thị xã.',
    lessons: [
      'Cần tập huấn định kỳ nhận diện thư giả mạo; bật xác thực hai lớp cho hộp thư công vụ.',
      'Thư yêu cầu đăng nhập lại hoặc chuyển tiền phải được xác minh qua điện thoại trước khi làm theo.',
      'Chặn sớm tên miền giả mạo ở tường lửa giúp ngăn những người nhận còn lại bấm vào đường dẫn.',
    ],
  },
  'attack.malware': {
    cause: 'Máy tính cài phần mềm không rõ nguồn gốc, phần mềm diệt virus hết hạn bản quyền.',
    actions: 'Cô lập máy, quét và gỡ mã độc, cài lại hệ điều hành, gia hạn phần mềm diệt virus.',
    lessons: [
      'Theo dõi hạn bản quyền phần mềm diệt virus; máy hết hạn là nơi mã độc vào đầu tiên.',
      'Cấm cài phần mềm bẻ khoá trên máy công vụ; kiểm tra định kỳ danh sách phần mềm cài đặt.',
    ],
  },
  'attack.ransomware': {
    cause: 'Mã độc mã hoá dữ liệu vào qua tệp đính kèm; bản sao lưu nằm cùng máy nên cũng bị mã hoá.',
    actions: 'Ngắt mạng máy bị nhiễm, khôi phục từ bản sao lưu ngoại tuyến, báo cáo PA05 Công an tỉnh.',
    lessons: [
      'Bản sao lưu phải có một bản ngoại tuyến, kiểm tra khôi phục ít nhất mỗi quý.',
      'Ngắt mạng máy bị nhiễm ngay khi thấy tệp bị đổi đuôi giúp hạn chế lây lan sang máy chủ.',
    ],
  },
  'attack.defacement': {
    cause: 'Trang thông tin dùng phiên bản CMS có lỗ hổng đã công bố, chưa cập nhật bản vá.',
    actions: 'Đưa trang về bản sao lưu, vá lỗ hổng, đổi mật khẩu quản trị, rà soát tệp lạ trên máy chủ.',
    lessons: [
      'Cập nhật bản vá CMS trong vòng 7 ngày; giám sát thay đổi giao diện để phát hiện trong vài phút.',
      'Tài khoản quản trị trang tin không dùng chung và phải có xác thực hai lớp.',
    ],
  },
  'attack.dos': {
    cause: 'Lưu lượng từ mạng máy tính ma (botnet) dồn vào trang đăng nhập.',
    actions: 'Phối hợp trung tâm dữ liệu tỉnh lọc lưu lượng, giới hạn tần suất truy cập.',
    lessons: ['Cần thoả thuận trước với nhà mạng về lọc lưu lượng khi bị tấn công từ chối dịch vụ.'],
  },
  'attack.intrusion': {
    cause: 'Tài khoản quản trị dùng mật khẩu mặc định bị dò ra.',
    actions: 'Khoá tài khoản, đổi toàn bộ mật khẩu quản trị, rà soát nhật ký truy cập 30 ngày.',
    lessons: ['Đổi mật khẩu mặc định ngay khi bàn giao thiết bị; không mở cổng quản trị ra Internet.'],
  },
  'failure.power': {
    cause: 'Mất điện lưới kéo dài, bộ lưu điện xuống cấp không đủ thời gian tắt máy an toàn.',
    actions: 'Khởi động lại hệ thống theo thứ tự, kiểm tra dữ liệu, đề xuất thay ắc quy bộ lưu điện.',
    lessons: [
      'Bộ lưu điện phải được thử tải mỗi 6 tháng; cần quy trình tắt máy chủ an toàn khi mất điện.',
      'Mất điện kéo dài: cần máy phát cho phòng máy chủ và bộ phận một cửa.',
    ],
  },
  'failure.internet': {
    cause: 'Đứt cáp quang của nhà mạng do thi công công trình.',
    actions: 'Chuyển sang đường truyền 4G dự phòng, nhà mạng hàn nối cáp.',
    lessons: ['Cần đường truyền dự phòng của nhà mạng khác cho bộ phận một cửa.'],
  },
  'failure.software_hardware': {
    cause: 'Ổ cứng máy chủ hỏng, hệ thống dừng hoạt động.',
    actions: 'Thay ổ cứng, khôi phục dữ liệu từ bản sao lưu, theo dõi tình trạng ổ đĩa.',
    lessons: ['Giám sát tình trạng ổ cứng (SMART) để thay trước khi hỏng; giữ sẵn linh kiện dự phòng.'],
  },
  'operator.software_config': {
    cause: 'Cập nhật phần mềm không thử trước, cấu hình mới làm lỗi kết nối cơ sở dữ liệu.',
    actions: 'Quay lại phiên bản trước, thử bản cập nhật trên máy thử nghiệm rồi mới triển khai.',
    lessons: ['Mọi thay đổi cấu hình phải có kế hoạch quay lại và thực hiện ngoài giờ làm việc.'],
  },
};

const BY_GROUP: Record<string, Closure> = {
  attack: BY_SUBTYPE['attack.intrusion']!,
  failure: BY_SUBTYPE['failure.software_hardware']!,
  operator: BY_SUBTYPE['operator.software_config']!,
  disaster: {
    cause: 'Mưa bão làm ngập tầng trệt, thiết bị mạng đặt thấp bị ảnh hưởng.',
    actions: 'Di chuyển thiết bị lên cao, kiểm tra và thay thiết bị hỏng, khôi phục kết nối.',
    lessons: ['Thiết bị mạng và máy chủ phải đặt cao khỏi mặt sàn; kiểm tra trước mùa mưa bão.'],
  },
};

export function closureTexts(
  rnd: DemoRandom,
  subtype: Subtype,
): { cause: string; actions: string; lessons: string } {
  const c = BY_SUBTYPE[subtype] ?? BY_GROUP[subtype.split('.')[0]!]!;
  return { cause: c.cause, actions: c.actions, lessons: rnd.pick(c.lessons) };
}

/** Follow-ups ("what changed") a lesson led to. */
export const FOLLOWUPS = [
  'Đưa nội dung vào lớp tập huấn an toàn thông tin năm sau',
  'Bổ sung vào danh mục kiểm tra định kỳ hằng năm',
  'Đề xuất kinh phí trong dự toán năm sau',
  'Ban hành hướng dẫn gửi các đơn vị',
  'Cập nhật kịch bản ứng cứu tương ứng',
];

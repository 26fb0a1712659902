import type { LocalizedText } from '../i18n-text.ts';
import type { Subtype } from '../incidents/taxonomy.ts';
import {
  buildPlaybook,
  classifyStep,
  closeStep,
  lessonsStep,
  notifyStep,
  registerStep,
  verifyServiceStep,
  withExtra,
} from './common-steps.ts';
import type { Playbook, Step } from './playbook.ts';

/**
 * Natural disasters (seed II.3.b: storm, flood, earthquake, fire, others). People come first; then
 * equipment and backups; services restart elsewhere from backups. The five playbooks share their
 * skeleton and differ in preparation, first actions and how equipment is protected.
 */

interface DisasterContent {
  title: LocalizedText;
  summary: LocalizedText;
  prepare: LocalizedText;
  safety: LocalizedText;
  protect: LocalizedText;
}

function disasterPlaybook(subtype: Subtype & `disaster.${string}`, content: DisasterContent): Playbook {
  const steps: Step[] = [
    {
      key: 'prepare',
      phase: 'P0',
      title: { vi: 'Chuẩn bị trước', en: 'Prepare in advance' },
      instructions: withExtra(
        {
          vi: 'Bảo đảm có bản sao lưu dữ liệu quan trọng cất ở một địa điểm khác (hoặc trên hạ tầng của tỉnh), danh bạ khẩn cấp của đội ứng cứu và nhà cung cấp được in sẵn, và biết rõ dịch vụ thiết yếu nào cần khôi phục trước.',
          en: 'Make sure important data has a backup kept at another site (or on provincial infrastructure), the emergency contact list of the response team and suppliers is printed, and everyone knows which essential services come back first.',
        },
        content.prepare,
      ),
      defaultRole: 'coordinator',
      expectedMinutes: 120,
      evidence: {
        vi: 'Danh sách kiểm tra chuẩn bị, vị trí bản sao lưu, danh bạ khẩn cấp',
        en: 'Preparation checklist, backup location, emergency contacts',
      },
    },
    {
      key: 'people-first',
      phase: 'P1',
      title: { vi: 'An toàn con người trước hết, rồi báo tin', en: 'People first, then report' },
      instructions: withExtra(
        {
          vi: 'Không ai được mạo hiểm tính mạng để cứu thiết bị hay dữ liệu. Khi đã an toàn, báo cơ quan đầu mối: nơi bị ảnh hưởng, thiết bị và dịch vụ nào ngừng, giờ xảy ra, có ai bị thương không.',
          en: 'Nobody risks their life to save equipment or data. Once safe, tell the focal office: where is affected, which equipment and services are down, when it happened, whether anyone is hurt.',
        },
        content.safety,
      ),
      defaultRole: 'unit_officer',
      expectedMinutes: 15,
      evidence: {
        vi: 'Thời điểm xảy ra, khu vực bị ảnh hưởng, dịch vụ ngừng, tình trạng người',
        en: 'Time, affected area, services down, people status',
      },
    },
    registerStep(),
    classifyStep(),
    notifyStep({
      vi: 'Đồng thời báo cáo cơ quan chỉ huy phòng, chống thiên tai của địa phương theo quy định.',
      en: 'Also report to the local disaster response command as required.',
    }),
    {
      key: 'protect-equipment',
      phase: 'P4',
      title: { vi: 'Bảo vệ thiết bị và dữ liệu', en: 'Protect equipment and data' },
      instructions: content.protect,
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Thiết bị đã tắt, di chuyển hoặc che chắn; ảnh chụp hiện trường',
        en: 'Equipment switched off, moved or covered; photos of the site',
      },
    },
    {
      key: 'assess-damage',
      phase: 'P5',
      title: { vi: 'Đánh giá thiệt hại', en: 'Assess the damage' },
      instructions: {
        vi: 'Khi khu vực đã an toàn, lập biên bản thiệt hại: thiết bị nào hỏng, dữ liệu nào mất, chụp ảnh làm chứng cứ. Không bật lại thiết bị đã ngấm nước, bị cháy xém hoặc rơi đổ khi chưa được kỹ thuật kiểm tra. Gửi biên bản cho Phòng Tài chính – Kế hoạch để đề xuất kinh phí sửa chữa, thay thế.',
        en: 'When the area is safe, draw up a damage record: which equipment is broken, which data is lost, with photos as evidence. Do not power on equipment that got wet, scorched or fell before a technician has checked it. Send the record to the Finance and Planning office to request repair or replacement funds.',
      },
      defaultRole: 'responder',
      expectedMinutes: 180,
      evidence: {
        vi: 'Biên bản thiệt hại kèm ảnh, danh sách thiết bị cần sửa chữa, thay thế',
        en: 'Damage record with photos, equipment to repair or replace',
      },
    },
    {
      key: 'restore-elsewhere',
      phase: 'P5',
      title: { vi: 'Khôi phục dịch vụ thiết yếu', en: 'Restore essential services' },
      instructions: {
        vi: 'Khôi phục trước các dịch vụ thiết yếu cho người dân từ bản sao lưu, trên thiết bị dự phòng hoặc tại địa điểm khác (trụ sở khác, hạ tầng của tỉnh, máy chủ thuê tạm). Kiểm tra bản sao lưu còn nguyên vẹn trước khi khôi phục.',
        en: 'Bring essential citizen services back first from backups, on spare equipment or at another site (another office, provincial infrastructure, temporarily rented servers). Check the backups are intact before restoring.',
      },
      defaultRole: 'responder',
      expectedMinutes: 480,
      evidence: {
        vi: 'Biên bản khôi phục: dịch vụ, địa điểm, bản sao lưu đã dùng',
        en: 'Restoration record: services, site, backups used',
      },
    },
    verifyServiceStep(),
    closeStep(),
    lessonsStep({
      vi: 'Cập nhật kế hoạch: vị trí đặt phòng máy, bản sao lưu ngoài trụ sở, thiết bị dự phòng.',
      en: 'Update the plan: server-room location, off-site backups, spare equipment.',
    }),
  ];
  return buildPlaybook(subtype, { title: content.title, summary: content.summary, steps });
}

export const STORM_PLAYBOOK: Playbook = disasterPlaybook('disaster.storm', {
  title: { vi: 'Ứng phó sự cố do bão', en: 'Responding to a storm' },
  summary: {
    vi: 'Bão gây mất điện, đứt đường truyền, dột nước, sét đánh hỏng thiết bị. Bão có dự báo trước: chuẩn bị từ khi có tin bão.',
    en: 'Storms cut power and links, let rain in and bring lightning damage. Storms are forecast: prepare as soon as a warning is issued.',
  },
  prepare: {
    vi: 'Khi có tin bão: sao lưu toàn bộ dữ liệu và mang một bản đến nơi an toàn, kiểm tra UPS và máy phát, chằng chống cửa sổ phòng máy, che chắn thiết bị khỏi nước mưa.',
    en: 'When a storm warning is issued: back up all data and take a copy somewhere safe, check the UPS and generator, secure the server-room windows and cover equipment against rain.',
  },
  safety: {
    vi: 'Trong lúc bão, không ra ngoài hoặc lên mái để sửa ăng-ten, dây cáp.',
    en: 'During the storm, do not go outside or onto the roof to fix antennas or cables.',
  },
  protect: {
    vi: 'Khi có sét hoặc nguy cơ dột nước: tắt máy chủ đúng thứ tự, rút phích cắm và dây mạng từ bên ngoài vào để tránh sét lan truyền; che phủ thiết bị bằng bạt hoặc túi ni lông; di chuyển thiết bị khỏi chỗ dột.',
    en: 'With lightning or leaks: shut servers down in order, unplug power and incoming network cables so lightning cannot travel in; cover equipment with tarpaulin or plastic bags; move equipment away from leaks.',
  },
});

export const FLOOD_PLAYBOOK: Playbook = disasterPlaybook('disaster.flood', {
  title: { vi: 'Ứng phó sự cố do lụt', en: 'Responding to a flood' },
  summary: {
    vi: 'Nước ngập phòng máy, tủ mạng, gây chập điện và hỏng thiết bị. Ưu tiên: ngắt điện trước khi nước vào, đưa thiết bị lên cao, không bật lại thiết bị đã ngấm nước.',
    en: 'Water reaches the server room or network cabinets, causing shorts and damage. Priorities: cut power before the water arrives, lift equipment, never power on wet equipment.',
  },
  prepare: {
    vi: 'Khi có cảnh báo lũ: sao lưu và mang một bản sao lưu khỏi vùng ngập, kê máy chủ và tủ mạng lên cao, chuẩn bị phương án di chuyển thiết bị lên tầng trên.',
    en: 'When a flood warning is issued: back up and take a copy out of the flood zone, raise servers and network cabinets, plan to move equipment upstairs.',
  },
  safety: {
    vi: 'Không lội vào khu vực ngập có thiết bị đang có điện.',
    en: 'Never wade into flooded areas with powered equipment.',
  },
  protect: {
    vi: 'Trước khi nước vào: tắt máy chủ đúng thứ tự, ngắt cầu dao tổng của phòng máy, di chuyển máy chủ, ổ lưu trữ, bản sao lưu lên tầng cao. Nếu nước đã vào và còn điện, không chạm vào thiết bị: gọi điện lực cắt điện trước.',
    en: 'Before the water arrives: shut servers down in order, switch off the server-room main breaker, move servers, storage and backups upstairs. If water is already in and power is still on, do not touch anything: have the electricity company cut the power first.',
  },
});

export const EARTHQUAKE_PLAYBOOK: Playbook = disasterPlaybook('disaster.earthquake', {
  title: { vi: 'Ứng phó sự cố do động đất', en: 'Responding to an earthquake' },
  summary: {
    vi: 'Động đất làm đổ tủ rack, đứt cáp, hư hại tòa nhà. Không báo trước: chuẩn bị thường xuyên và chỉ vào lại khi tòa nhà được xác nhận an toàn.',
    en: 'Earthquakes topple racks, break cables and damage buildings. No warning: prepare routinely and go back in only once the building is declared safe.',
  },
  prepare: {
    vi: 'Bắt vít cố định tủ rack và thiết bị nặng, không để thiết bị trên kệ cao không có chốt giữ.',
    en: 'Bolt racks and heavy equipment down; keep nothing on high shelves without restraints.',
  },
  safety: {
    vi: 'Khi rung lắc: nấp dưới bàn chắc chắn, tránh xa tủ rack, cửa kính. Sau đó sơ tán theo hướng dẫn và chỉ vào lại khi tòa nhà được xác nhận an toàn (đề phòng dư chấn).',
    en: 'While shaking: take cover under a sturdy desk, away from racks and glass. Then evacuate as instructed and go back in only when the building is declared safe (beware of aftershocks).',
  },
  protect: {
    vi: 'Khi được phép vào lại: ngắt điện các thiết bị bị đổ hoặc dịch chuyển, kiểm tra mùi khét, dây điện hở; không bật lại thiết bị hư hại. Thu gom ổ lưu trữ, bản sao lưu còn nguyên vẹn về nơi an toàn.',
    en: 'When allowed back in: cut power to toppled or shifted equipment, check for burning smells and exposed wires; do not power on damaged equipment. Gather intact storage and backups to a safe place.',
  },
});

export const FIRE_PLAYBOOK: Playbook = disasterPlaybook('disaster.fire', {
  title: { vi: 'Ứng phó sự cố do hỏa hoạn', en: 'Responding to a fire' },
  summary: {
    vi: 'Cháy trong phòng máy hoặc tòa nhà. Ưu tiên: thoát nạn, gọi 114, ngắt điện; dập lửa thiết bị điện bằng bình khí CO2 hoặc bột, không dùng nước khi còn điện.',
    en: 'A fire in the server room or building. Priorities: get out, call 114, cut the power; fight electrical fires with CO2 or powder extinguishers, never water while power is on.',
  },
  prepare: {
    vi: 'Trang bị bình chữa cháy khí CO2 hoặc bột cho phòng máy, kiểm tra hạn định kỳ; không để giấy tờ, vật dễ cháy trong phòng máy.',
    en: 'Equip the server room with CO2 or powder extinguishers and check them on schedule; keep paper and flammable items out of the server room.',
  },
  safety: {
    vi: 'Hô hoán, thoát ra ngoài theo lối thoát nạn và gọi ngay 114. Chỉ dùng bình chữa cháy khi đám cháy còn nhỏ và có lối thoát phía sau.',
    en: 'Raise the alarm, leave by the emergency exits and call 114 at once. Use an extinguisher only on a small fire with an exit behind you.',
  },
  protect: {
    vi: 'Ngắt cầu dao điện phòng máy nếu làm được an toàn. Dập lửa thiết bị điện bằng bình khí CO2 hoặc bột, không dùng nước khi còn điện. Sau khi lửa tắt, không bật lại thiết bị bị khói, nhiệt ảnh hưởng; mang bản sao lưu còn nguyên vẹn ra khỏi khu vực.',
    en: 'Switch off the server-room breaker if it is safe to do so. Fight electrical fires with CO2 or powder, never water while power is on. Once out, do not power on equipment exposed to smoke or heat; take intact backups out of the area.',
  },
});

export const OTHER_DISASTER_PLAYBOOK: Playbook = disasterPlaybook('disaster.other', {
  title: { vi: 'Ứng phó sự cố do thảm họa tự nhiên khác', en: 'Responding to other natural disasters' },
  summary: {
    vi: 'Sạt lở đất, lốc xoáy, mưa đá, nắng nóng cực đoan… làm hư hại thiết bị hoặc hạ tầng. Áp dụng cùng nguyên tắc: con người trước, bảo vệ thiết bị và bản sao lưu, khôi phục ở nơi khác.',
    en: 'Landslides, whirlwinds, hail, extreme heat… damaging equipment or infrastructure. Same principles: people first, protect equipment and backups, restore elsewhere.',
  },
  prepare: {
    vi: 'Theo dõi cảnh báo thiên tai của địa phương và làm các bước chuẩn bị tương tự bão, lụt khi có cảnh báo.',
    en: 'Follow local disaster warnings and take the same preparations as for storms and floods when one is issued.',
  },
  safety: {
    vi: 'Làm theo chỉ dẫn sơ tán của chính quyền địa phương.',
    en: 'Follow the evacuation instructions of the local authorities.',
  },
  protect: {
    vi: 'Tắt máy chủ đúng thứ tự và ngắt điện nếu có nguy cơ hư hại; che chắn hoặc di chuyển thiết bị, bản sao lưu đến nơi an toàn. Với nắng nóng, bảo đảm làm mát phòng máy, tắt bớt thiết bị không thiết yếu.',
    en: 'Shut servers down in order and cut power if damage threatens; cover or move equipment and backups somewhere safe. In extreme heat, keep the server room cool and switch off non-essential equipment.',
  },
});

export const DISASTER_PLAYBOOKS: readonly Playbook[] = [
  STORM_PLAYBOOK,
  FLOOD_PLAYBOOK,
  EARTHQUAKE_PLAYBOOK,
  FIRE_PLAYBOOK,
  OTHER_DISASTER_PLAYBOOK,
];

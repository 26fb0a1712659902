import {
  buildPlaybook,
  classifyStep,
  closeStep,
  lessonsStep,
  notifyStep,
  registerStep,
  verifyServiceStep,
} from './common-steps.ts';
import type { Playbook } from './playbook.ts';

/**
 * System, equipment, software and infrastructure failures (seed II.3.b: power, Internet link,
 * software/hardware/application faults, overload, others such as transmission lines and hosting).
 * No attacker here: the aim is a safe stop, a fallback, and a clean restart.
 */

export const POWER_FAILURE_PLAYBOOK: Playbook = buildPlaybook('failure.power', {
  title: { vi: 'Ứng phó sự cố nguồn điện', en: 'Responding to a power failure' },
  summary: {
    vi: 'Mất điện, điện chập chờn hoặc hỏng bộ lưu điện (UPS) làm máy chủ, thiết bị mạng ngừng hoạt động. Ưu tiên: tắt máy chủ đúng cách trước khi UPS cạn, bật lại đúng thứ tự, kiểm tra dữ liệu.',
    en: 'A power cut, unstable supply or failed UPS stops servers and network devices. Priorities: shut servers down properly before the UPS runs out, power up in the right order, check the data.',
  },
  steps: [
    {
      key: 'check-power',
      phase: 'P1',
      title: {
        vi: 'Xác định phạm vi mất điện và thời gian UPS còn lại',
        en: 'Find the extent of the outage and UPS time left',
      },
      instructions: {
        vi: 'Xem mất điện toàn khu, cả tòa nhà hay chỉ phòng máy (kiểm tra cầu dao, aptomat). Đọc trên màn hình UPS thời gian lưu điện còn lại. Gọi điện lực để hỏi thời gian có điện trở lại; báo cơ quan đầu mối và ghi giờ mất điện.',
        en: 'Check whether the outage covers the area, the building or only the server room (look at the breakers). Read the UPS display for the remaining runtime. Call the electricity company for the expected restoration time; tell the focal office and note when the power went off.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 10,
      evidence: {
        vi: 'Giờ mất điện, phạm vi, thời gian UPS còn lại, thông tin từ điện lực',
        en: 'Time of outage, extent, UPS time left, information from the electricity company',
      },
    },
    registerStep(),
    classifyStep(),
    notifyStep(),
    {
      key: 'safe-shutdown',
      phase: 'P4',
      title: {
        vi: 'Tắt máy chủ đúng thứ tự trước khi UPS cạn',
        en: 'Shut servers down in order before the UPS runs out',
      },
      instructions: {
        vi: 'Nếu có máy phát điện, khởi động và chuyển tải theo hướng dẫn. Nếu không, khi UPS còn khoảng 10 phút mà chưa có điện: báo người dùng lưu công việc, rồi tắt theo thứ tự phần mềm ứng dụng → cơ sở dữ liệu → máy chủ → thiết bị lưu trữ → thiết bị mạng. Không để máy chủ tắt đột ngột vì có thể hỏng dữ liệu. Rút phích cắm các thiết bị nếu điện có thể về chập chờn.',
        en: 'If there is a generator, start it and transfer the load as instructed. If not, when about 10 minutes of UPS time remain and power is still out: tell users to save their work, then shut down in order: applications → databases → servers → storage → network devices. Do not let servers lose power abruptly, as data may be corrupted. Unplug equipment if the power may come back unstable.',
      },
      defaultRole: 'responder',
      expectedMinutes: 30,
      evidence: { vi: 'Thời điểm tắt từng máy chủ, thiết bị', en: 'Shutdown time of each server and device' },
    },
    {
      key: 'power-up',
      phase: 'P5',
      title: {
        vi: 'Bật lại đúng thứ tự khi điện ổn định',
        en: 'Power up in order once the supply is stable',
      },
      instructions: {
        vi: 'Chờ điện ổn định khoảng 15 phút rồi bật theo thứ tự ngược lại: thiết bị mạng → thiết bị lưu trữ → máy chủ → cơ sở dữ liệu → ứng dụng. Kiểm tra cảnh báo ổ đĩa, nhật ký khởi động và tình trạng cơ sở dữ liệu; kiểm tra UPS đã sạc lại.',
        en: 'Wait about 15 minutes for the supply to settle, then power up in reverse order: network → storage → servers → databases → applications. Check disk alerts, boot logs and database health; check the UPS is recharging.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Thời điểm bật lại, tình trạng ổ đĩa và cơ sở dữ liệu, tình trạng UPS',
        en: 'Power-up time, disk and database health, UPS state',
      },
    },
    verifyServiceStep(),
    closeStep(),
    lessonsStep({
      vi: 'Kiểm tra pin UPS và chạy thử máy phát định kỳ; cấu hình UPS tự tắt máy chủ an toàn khi sắp cạn.',
      en: 'Test UPS batteries and run the generator on a schedule; configure the UPS to shut servers down safely when nearly empty.',
    }),
  ],
});

export const INTERNET_FAILURE_PLAYBOOK: Playbook = buildPlaybook('failure.internet', {
  title: { vi: 'Ứng phó sự cố đường kết nối Internet', en: 'Responding to an Internet connection failure' },
  summary: {
    vi: 'Mất hoặc chập chờn kết nối Internet, mạng truyền số liệu chuyên dùng. Ưu tiên: xác định lỗi ở đâu, gọi nhà cung cấp, chuyển sang đường dự phòng cho các dịch vụ thiết yếu.',
    en: 'The Internet or dedicated government network link is down or unstable. Priorities: locate the fault, call the provider, move essential services to a backup link.',
  },
  steps: [
    {
      key: 'basic-checks',
      phase: 'P1',
      title: { vi: 'Kiểm tra nhanh thiết bị mạng', en: 'Quick checks on network equipment' },
      instructions: {
        vi: 'Hỏi các phòng khác có cùng bị mất mạng không. Xem đèn trên modem, bộ định tuyến: đèn tín hiệu đường truyền có tắt hoặc đỏ không; kiểm tra dây cáp có lỏng, thiết bị có điện. Khởi động lại modem một lần. Nếu vẫn mất mạng, ghi giờ và báo cơ quan đầu mối.',
        en: 'Ask other rooms whether they are offline too. Look at the modem and router lights: is the line light off or red? Check cables are seated and devices have power. Restart the modem once. If still offline, note the time and tell the focal office.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 15,
      evidence: {
        vi: 'Giờ mất mạng, phạm vi, tình trạng đèn thiết bị (ảnh chụp)',
        en: 'Time of loss, extent, device lights (photo)',
      },
    },
    registerStep(),
    classifyStep(),
    notifyStep(),
    {
      key: 'call-provider',
      phase: 'P4',
      title: { vi: 'Báo hỏng cho nhà cung cấp đường truyền', en: 'Report the fault to the provider' },
      instructions: {
        vi: 'Gọi tổng đài hỗ trợ của nhà cung cấp (số hợp đồng hoặc mã thuê bao có trên hợp đồng, hóa đơn), lấy mã phiếu báo hỏng và hỏi thời gian khắc phục dự kiến. Nếu quá thời gian cam kết trong hợp đồng, báo cơ quan đầu mối để làm việc với nhà cung cấp.',
        en: "Call the provider's support line (contract or subscriber number is on the contract or invoice), get a fault ticket number and ask for the expected repair time. If the contractual repair time passes, tell the focal office so it can take it up with the provider.",
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 20,
      evidence: {
        vi: 'Mã phiếu báo hỏng, thời gian hẹn khắc phục',
        en: 'Fault ticket number, promised repair time',
      },
    },
    {
      key: 'fallback',
      phase: 'P4',
      title: { vi: 'Chuyển sang đường truyền dự phòng', en: 'Switch to the backup link' },
      instructions: {
        vi: 'Chuyển các dịch vụ thiết yếu (một cửa, dịch vụ công trực tuyến, văn bản điện tử) sang đường truyền dự phòng hoặc bộ phát 4G. Không dùng mạng Wi-Fi công cộng để truy cập hệ thống của cơ quan. Nếu không có dự phòng, thông báo cho người dân về việc tiếp nhận hồ sơ trực tiếp.',
        en: 'Move essential services (one-stop desk, online public services, electronic documents) to the backup link or a 4G router. Do not use public Wi-Fi to reach agency systems. Without a backup, tell citizens that applications are taken in person.',
      },
      defaultRole: 'responder',
      expectedMinutes: 30,
      evidence: {
        vi: 'Dịch vụ đã chuyển sang dự phòng, thông báo cho người dân nếu có',
        en: 'Services moved to backup, notice to citizens if any',
      },
    },
    {
      key: 'restore-link',
      phase: 'P5',
      title: { vi: 'Chuyển về đường truyền chính', en: 'Move back to the main link' },
      instructions: {
        vi: 'Khi nhà cung cấp báo đã khắc phục, kiểm tra tốc độ và độ ổn định của đường chính trong 30 phút rồi chuyển các dịch vụ về; đồng bộ dữ liệu đã nhập trong thời gian mất mạng.',
        en: 'When the provider reports the fix, check the speed and stability of the main link for 30 minutes, move services back, and synchronise data entered during the outage.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Thời điểm khôi phục đường truyền, kết quả kiểm tra',
        en: 'Restoration time, test results',
      },
    },
    verifyServiceStep(),
    closeStep(),
    lessonsStep(),
  ],
});

export const SOFTWARE_HARDWARE_FAILURE_PLAYBOOK: Playbook = buildPlaybook('failure.software_hardware', {
  title: {
    vi: 'Ứng phó sự cố do lỗi phần mềm, phần cứng, ứng dụng',
    en: 'Responding to a software, hardware or application fault',
  },
  summary: {
    vi: 'Phần mềm báo lỗi, treo, sai dữ liệu; máy chủ hoặc ổ đĩa hỏng. Ưu tiên: tránh làm hỏng thêm dữ liệu, dùng thiết bị dự phòng, nhờ nhà cung cấp khắc phục.',
    en: 'Software errors, hangs or wrong data; a failed server or disk. Priorities: avoid further data damage, use spare equipment, get the supplier to fix it.',
  },
  steps: [
    {
      key: 'describe-fault',
      phase: 'P1',
      title: { vi: 'Ghi lại lỗi, không tự cài lại', en: 'Record the fault, do not reinstall' },
      instructions: {
        vi: 'Chụp màn hình thông báo lỗi, ghi thao tác vừa làm trước khi lỗi, giờ xảy ra và những ai cùng gặp lỗi. Nếu thiết bị có đèn báo đỏ, tiếng kêu lạ hoặc mùi khét thì chụp ảnh và tắt nguồn thiết bị đó. Không tự cài lại phần mềm hay xóa dữ liệu. Báo cơ quan đầu mối.',
        en: 'Screenshot the error, note what was done just before, when it happened and who else sees it. If a device shows a red light, makes odd noises or smells burnt, photograph it and power it off. Do not reinstall software or delete data yourself. Tell the focal office.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 15,
      evidence: {
        vi: 'Ảnh chụp lỗi, thao tác trước lỗi, giờ xảy ra',
        en: 'Error screenshots, preceding actions, time',
      },
    },
    registerStep(),
    classifyStep({
      vi: 'Nếu lỗi xuất hiện ngay sau khi cập nhật hoặc thay đổi cấu hình, chuyển sang kịch bản lỗi của người quản trị, vận hành.',
      en: 'If the fault appeared right after an update or configuration change, switch to the operator-error playbooks.',
    }),
    notifyStep(),
    {
      key: 'isolate-fault',
      phase: 'P4',
      title: { vi: 'Cô lập thành phần lỗi, bảo vệ dữ liệu', en: 'Isolate the faulty part, protect the data' },
      instructions: {
        vi: 'Tạm dừng chức năng đang gây sai dữ liệu; sao lưu ngay dữ liệu hiện có; chuyển sang máy chủ, ổ đĩa hoặc thiết bị dự phòng nếu có. Với ổ đĩa báo hỏng trong hệ thống RAID, thay ổ theo hướng dẫn của nhà cung cấp, không rút nhầm ổ đang hoạt động.',
        en: 'Suspend the function that is producing wrong data; back up the current data at once; switch to a spare server, disk or device if available. For a failed disk in a RAID set, replace it following the supplier guidance and never pull a working disk by mistake.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Bản sao lưu khẩn, thiết bị dự phòng đã dùng',
        en: 'Emergency backup, spare equipment used',
      },
    },
    {
      key: 'vendor-fix',
      phase: 'P5',
      title: { vi: 'Nhờ nhà cung cấp khắc phục', en: 'Have the supplier fix it' },
      instructions: {
        vi: 'Liên hệ nhà cung cấp phần mềm hoặc đơn vị bảo hành thiết bị, gửi ảnh chụp lỗi và nhật ký; yêu cầu bản sửa lỗi hoặc thay linh kiện. Kiểm thử bản sửa trên máy thử nghiệm (nếu có) trước khi cài cho hệ thống chính.',
        en: 'Contact the software supplier or the equipment warranty service, send screenshots and logs, and ask for a fix or a replacement part. Test the fix on a test machine, if there is one, before the production system.',
      },
      defaultRole: 'responder',
      expectedMinutes: 480,
      evidence: {
        vi: 'Phiếu yêu cầu hỗ trợ, biên bản sửa chữa hoặc thay thế',
        en: 'Support ticket, repair or replacement record',
      },
    },
    verifyServiceStep(),
    closeStep(),
    lessonsStep(),
  ],
});

export const OVERLOAD_PLAYBOOK: Playbook = buildPlaybook('failure.overload', {
  title: { vi: 'Ứng phó sự cố quá tải hệ thống', en: 'Responding to system overload' },
  summary: {
    vi: 'Hệ thống chậm hoặc báo lỗi do quá nhiều người dùng hợp lệ hoặc tác vụ nặng (thường vào hạn nộp, đợt cao điểm). Ưu tiên: giảm tải, bổ sung tài nguyên, thông báo người dùng.',
    en: 'The system is slow or failing because of too many legitimate users or heavy jobs (often at filing deadlines or peaks). Priorities: shed load, add capacity, inform users.',
  },
  steps: [
    {
      key: 'observe',
      phase: 'P1',
      title: { vi: 'Ghi nhận tình trạng chậm, lỗi', en: 'Record the slowness and errors' },
      instructions: {
        vi: 'Ghi lại chức năng nào chậm, thời gian chờ, lỗi "quá thời gian", số người đang dùng nếu biết, và có đang đợt cao điểm (hạn nộp, kỳ báo cáo) không. Chụp màn hình và báo cơ quan đầu mối.',
        en: 'Note which functions are slow, how long they take, any "timeout" errors, how many people are using it if known, and whether this is a peak (deadline, reporting period). Take screenshots and tell the focal office.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 10,
      evidence: {
        vi: 'Ảnh chụp, thời gian phản hồi, thời điểm bắt đầu',
        en: 'Screenshots, response times, start time',
      },
    },
    registerStep(),
    classifyStep({
      vi: 'Nếu lưu lượng đến từ nguồn bất thường thay vì người dùng thật, chuyển sang kịch bản tấn công từ chối dịch vụ.',
      en: 'If the traffic comes from unusual sources rather than real users, switch to the denial-of-service playbook.',
    }),
    notifyStep(),
    {
      key: 'shed-load',
      phase: 'P4',
      title: { vi: 'Giảm tải tạm thời', en: 'Shed load temporarily' },
      instructions: {
        vi: 'Tạm dừng hoặc dời sang ngoài giờ các tác vụ nặng không cấp thiết (sao lưu, xuất báo cáo lớn, đồng bộ dữ liệu). Nếu cần, giới hạn số phiên đồng thời và thông báo người dùng giãn thời gian truy cập; đề nghị cấp trên xem xét gia hạn nếu đang là hạn nộp.',
        en: 'Pause or move out of hours the heavy jobs that can wait (backups, large report exports, data synchronisation). If needed, cap concurrent sessions and ask users to spread their access; ask superiors to consider extending the deadline if one is due.',
      },
      defaultRole: 'responder',
      expectedMinutes: 30,
      evidence: { vi: 'Tác vụ đã tạm dừng, thông báo gửi người dùng', en: 'Jobs paused, notice to users' },
    },
    {
      key: 'add-capacity',
      phase: 'P5',
      title: { vi: 'Bổ sung tài nguyên', en: 'Add capacity' },
      instructions: {
        vi: 'Xem mức sử dụng CPU, bộ nhớ, ổ đĩa, băng thông để tìm điểm nghẽn; đề nghị trung tâm dữ liệu hoặc nhà cung cấp nâng tài nguyên, hoặc tối ưu truy vấn, chức năng gây tải. Theo dõi 48 giờ sau khi điều chỉnh.',
        en: 'Look at CPU, memory, disk and bandwidth use to find the bottleneck; ask the data centre or provider for more resources, or optimise the queries and functions causing the load. Monitor for 48 hours after the change.',
      },
      defaultRole: 'responder',
      expectedMinutes: 240,
      evidence: {
        vi: 'Số liệu sử dụng tài nguyên, thay đổi đã thực hiện, kết quả theo dõi',
        en: 'Resource usage figures, changes made, monitoring results',
      },
    },
    verifyServiceStep(),
    closeStep(),
    lessonsStep({
      vi: 'Lập lịch các đợt cao điểm trong năm và chuẩn bị tài nguyên trước.',
      en: "Put the year's peak periods on the calendar and scale up in advance.",
    }),
  ],
});

export const OTHER_FAILURE_PLAYBOOK: Playbook = buildPlaybook('failure.other', {
  title: {
    vi: 'Ứng phó sự cố khác do lỗi hệ thống, thiết bị, hạ tầng (đường truyền, hosting…)',
    en: 'Responding to other infrastructure failures (transmission line, hosting, …)',
  },
  summary: {
    vi: 'Lỗi đường truyền nội bộ, dịch vụ hosting, trung tâm dữ liệu thuê ngoài, điều hòa phòng máy… Ưu tiên: xác định thành phần lỗi, gọi đúng đơn vị chịu trách nhiệm, chuyển sang phương án dự phòng.',
    en: 'Faults in internal cabling, hosting, an outsourced data centre, server-room cooling… Priorities: find the failing part, call whoever is responsible, switch to the fallback.',
  },
  steps: [
    {
      key: 'describe-fault',
      phase: 'P1',
      title: { vi: 'Mô tả sự cố và báo ngay', en: 'Describe the fault and report' },
      instructions: {
        vi: 'Ghi lại dịch vụ nào ngừng, từ lúc nào, hiện tượng quan sát được (ví dụ phòng máy nóng bất thường, trang web báo lỗi máy chủ, mạng nội bộ một khu mất kết nối). Chụp ảnh và báo cơ quan đầu mối.',
        en: 'Note which services stopped, since when and what you see (e.g. the server room is unusually hot, the website shows a server error, one wing has lost the internal network). Take photos and tell the focal office.',
      },
      defaultRole: 'unit_officer',
      expectedMinutes: 15,
      evidence: { vi: 'Mô tả, ảnh chụp, thời điểm bắt đầu', en: 'Description, photos, start time' },
    },
    registerStep(),
    classifyStep(),
    notifyStep(),
    {
      key: 'locate-and-call',
      phase: 'P4',
      title: {
        vi: 'Xác định thành phần lỗi, gọi đơn vị chịu trách nhiệm',
        en: 'Locate the fault, call whoever is responsible',
      },
      instructions: {
        vi: 'Xác định lỗi nằm ở đâu: cáp, thiết bị mạng nội bộ, dịch vụ hosting, trung tâm dữ liệu hay điều hòa phòng máy. Gọi đơn vị chịu trách nhiệm theo hợp đồng, lấy mã phiếu hỗ trợ. Nếu phòng máy quá nóng, tắt bớt thiết bị không thiết yếu để tránh hỏng.',
        en: 'Work out where the fault is: cabling, internal network devices, hosting, the data centre or server-room cooling. Call whoever is responsible under the contract and get a ticket number. If the server room overheats, switch off non-essential equipment to avoid damage.',
      },
      defaultRole: 'responder',
      expectedMinutes: 60,
      evidence: {
        vi: 'Thành phần lỗi xác định được, mã phiếu hỗ trợ',
        en: 'Faulty component identified, ticket number',
      },
    },
    {
      key: 'restore',
      phase: 'P5',
      title: { vi: 'Chuyển dự phòng và khôi phục', en: 'Fail over and restore' },
      instructions: {
        vi: 'Chuyển sang thiết bị, đường truyền hoặc nơi lưu trữ dự phòng nếu có; khi thành phần lỗi được sửa, chuyển về và kiểm tra lại toàn bộ dịch vụ phụ thuộc vào nó.',
        en: 'Switch to spare equipment, links or hosting if available; once the faulty part is repaired, move back and recheck every service that depends on it.',
      },
      defaultRole: 'responder',
      expectedMinutes: 240,
      evidence: { vi: 'Biên bản chuyển dự phòng và khôi phục', en: 'Failover and restoration record' },
    },
    verifyServiceStep(),
    closeStep(),
    lessonsStep(),
  ],
});

export const FAILURE_PLAYBOOKS: readonly Playbook[] = [
  POWER_FAILURE_PLAYBOOK,
  INTERNET_FAILURE_PLAYBOOK,
  SOFTWARE_HARDWARE_FAILURE_PLAYBOOK,
  OVERLOAD_PLAYBOOK,
  OTHER_FAILURE_PLAYBOOK,
];

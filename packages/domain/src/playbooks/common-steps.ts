import type { LocalizedText } from '../i18n-text.ts';
import type { Subtype } from '../incidents/taxonomy.ts';
import type { Playbook, Step } from './playbook.ts';

/**
 * Steps every playbook shares: intake (P1), classification (P2), notification (P3), final report
 * (P6) and lessons learned (P7). Their order and content follow QĐ 05/2017 Điều 11 and TT 20/2017;
 * a playbook adds its own text through `extra` where the subtype needs something specific.
 */

export function withExtra(base: LocalizedText, extra?: LocalizedText): LocalizedText {
  return extra === undefined ? base : { vi: `${base.vi} ${extra.vi}`, en: `${base.en} ${extra.en}` };
}

export function buildPlaybook(
  subtype: Subtype,
  content: { title: LocalizedText; summary: LocalizedText; steps: Step[] },
): Playbook {
  return { code: `pb.${subtype}`, subtype, version: 1, ...content };
}

/** P1: NĐ 15/2020 Điều 78 fines not replying to whoever reported, so the acknowledgement is a step. */
export function registerStep(extra?: LocalizedText): Step {
  return {
    key: 'register',
    phase: 'P1',
    title: {
      vi: 'Tiếp nhận, lập hồ sơ sự cố và phản hồi người báo tin',
      en: 'Receive the report, open the incident record, acknowledge the reporter',
    },
    instructions: withExtra(
      {
        vi: 'Cơ quan đầu mối lập hồ sơ sự cố ngay khi nhận tin (qua điện thoại, thư điện tử, tin nhắn hoặc trực tiếp): ghi thời điểm phát hiện, người phát hiện, đơn vị, hệ thống bị ảnh hưởng, hiện tượng quan sát được và số điện thoại liên lạc. Phản hồi cho người báo tin là đã tiếp nhận, kèm số hồ sơ và tên người phụ trách. Dặn đơn vị làm theo các bước ban đầu của kịch bản này và ghi lại mọi thao tác đã làm, kèm giờ.',
        en: 'The focal office opens an incident record as soon as the report arrives (phone, email, message or in person): detection time, who found it, unit, affected system, what was observed and a contact number. Reply to the reporter that the report was received, with the record number and the name of the person in charge. Ask the unit to follow the first steps of this playbook and to write down every action taken, with the time.',
      },
      extra,
    ),
    defaultRole: 'coordinator',
    expectedMinutes: 15,
    evidence: {
      vi: 'Hồ sơ sự cố (thời điểm phát hiện, nguồn tin, người báo); xác nhận tiếp nhận đã gửi người báo',
      en: 'Incident record (detection time, source, reporter); acknowledgement sent to the reporter',
    },
  };
}

/** P2: README §2 — a blocked scan or a harmless finding is an event, not an incident. */
export function classifyStep(extra?: LocalizedText): Step {
  return {
    key: 'classify',
    phase: 'P2',
    title: {
      vi: 'Xác minh, phân loại và xác định mức độ sự cố',
      en: 'Verify, classify and rate the incident',
    },
    instructions: withExtra(
      {
        vi: 'Cùng cán bộ của đơn vị xác minh đây là sự cố thật hay chỉ là sự kiện (ví dụ: lượt dò quét đã bị chặn, thư giả mạo đã bị lọc mà chưa ai mở thì chỉ ghi nhận). Chọn loại sự cố, trả lời sáu câu hỏi tiêu chí ứng phó (C1–C6), chọn hệ thống bị ảnh hưởng để lấy cấp độ, đánh dấu nếu có dữ liệu cá nhân bị lộ. Hệ thống tính tầng ưu tiên, xác định có phải sự cố nghiêm trọng không và lập các thời hạn báo cáo; đọc phần giải thích rồi xác nhận phân loại.',
        en: "With the unit's officer, verify that this is a real incident and not just an event (a blocked scan, or a phishing mail that was filtered before anyone opened it, is only logged). Choose the incident type, answer the six response-trigger questions (C1–C6), pick the affected system so its security level is used, and tick personal data if any was exposed. The system computes the priority tier, whether this is a serious incident and the reporting deadlines; read the explanation, then confirm the classification.",
      },
      extra,
    ),
    defaultRole: 'coordinator',
    expectedMinutes: 60,
    evidence: {
      vi: 'Loại sự cố, nhóm nguyên nhân, tầng ưu tiên, cờ sự cố nghiêm trọng, các thời hạn báo cáo',
      en: 'Incident type, cause group, priority tier, serious flag, reporting deadlines',
    },
  };
}

/** P3: TT 20/2017 Điều 9 notification; QĐ 05/2017 Điều 11.1a emergency report at once on C6. */
export function notifyStep(extra?: LocalizedText): Step {
  return {
    key: 'notify',
    phase: 'P3',
    title: { vi: 'Thông báo sự cố, gửi báo cáo ban đầu', en: 'Notify and send the initial report' },
    instructions: withExtra(
      {
        vi: 'Lập báo cáo ban đầu theo mẫu của chế độ báo cáo đang áp dụng (hiện là Mẫu 03) từ hồ sơ sự cố, trình lãnh đạo ký và gửi đến tất cả nơi nhận mà hệ thống liệt kê, trước thời hạn hiển thị. Nếu gửi bằng thư điện tử, tiêu đề theo quy định (hiện bắt đầu bằng [TBSC]). Nếu đơn vị không tự xử lý được (C6), gọi điện và gửi báo cáo khẩn ngay cho đơn vị chuyên trách ứng cứu sự cố, không chờ có đủ thông tin. Báo cáo lãnh đạo UBND về sự cố và hướng xử lý.',
        en: "Draft the initial report on the form of the regime in force (currently Form 03) from the incident record, have leadership sign it and send it to every recipient the system lists, before the deadline shown. By email, the subject follows the rule (currently it starts with [TBSC]). If the unit cannot handle the incident (C6), phone the dedicated response unit and send it an emergency report at once, without waiting for complete information. Brief the People's Committee leadership on the incident and the planned response.",
      },
      extra,
    ),
    defaultRole: 'coordinator',
    expectedMinutes: 60,
    evidence: {
      vi: 'Báo cáo ban đầu đã ký, bằng chứng đã gửi (thư điện tử, số văn bản), báo cáo khẩn nếu có',
      en: 'Signed initial report, proof of sending (email, document number), emergency report if any',
    },
  };
}

/** P6: QĐ 05/2017 Điều 11.2 ends the sequence of reports with the final report (Mẫu 04). */
export function closeStep(extra?: LocalizedText): Step {
  return {
    key: 'close',
    phase: 'P6',
    title: {
      vi: 'Kết thúc ứng phó, gửi báo cáo kết thúc',
      en: 'Close the response and send the final report',
    },
    instructions: withExtra(
      {
        vi: 'Khi hệ thống đã hoạt động ổn định và nguy cơ tái diễn đã được xử lý, lập báo cáo kết thúc ứng phó sự cố (hiện là Mẫu 04): diễn biến, nguyên nhân, cách đã xử lý, biện pháp phòng ngừa tái diễn, kèm các báo cáo tiến độ và nhật ký thao tác. Trình lãnh đạo ký, gửi đến những nơi đã nhận báo cáo ban đầu, đồng thời thông báo cho người báo tin và đơn vị bị ảnh hưởng.',
        en: 'When the system runs stably and the risk of recurrence has been dealt with, draft the final incident response report (currently Form 04): timeline, cause, how it was resolved and measures against recurrence, with the progress reports and action log attached. Have leadership sign it, send it to everyone who received the initial report, and tell the reporter and the affected unit.',
      },
      extra,
    ),
    defaultRole: 'coordinator',
    expectedMinutes: 120,
    evidence: {
      vi: 'Báo cáo kết thúc đã ký và bằng chứng đã gửi',
      en: 'Signed final report and proof of sending',
    },
  };
}

/** P7: lessons feed the risk register, the plan and the Mẫu 05 periodic figures (README §6). */
export function lessonsStep(extra?: LocalizedText): Step {
  return {
    key: 'lessons',
    phase: 'P7',
    title: { vi: 'Rút kinh nghiệm', en: 'Lessons learned' },
    instructions: withExtra(
      {
        vi: 'Trong vòng hai tuần sau khi kết thúc, họp rút kinh nghiệm với đơn vị bị ảnh hưởng và đội ứng cứu: việc gì làm tốt, việc gì chậm, nguyên nhân gốc là gì. Ghi bài học vào hồ sơ; cập nhật danh mục rủi ro, kế hoạch ứng phó và kịch bản này nếu cần; giao việc khắc phục kèm hạn hoàn thành. Số liệu của sự cố được dùng cho báo cáo định kỳ 6 tháng và năm.',
        en: 'Within two weeks of closing, hold a lessons-learned meeting with the affected unit and the response team: what went well, what was slow, what the root cause was. Record the lessons; update the risk register, the response plan and this playbook if needed; assign follow-up actions with due dates. The incident figures feed the six-month and annual reports.',
      },
      extra,
    ),
    defaultRole: 'coordinator',
    expectedMinutes: 90,
    evidence: {
      vi: 'Biên bản rút kinh nghiệm, danh sách việc khắc phục, rủi ro và kế hoạch đã cập nhật',
      en: 'Lessons-learned minutes, follow-up actions, updated risks and plan',
    },
  };
}

/** P4/P5: QĐ 05/2017 Điều 11.2 — request support when the incident exceeds the unit's capacity. */
export function supportRequestStep(phase: 'P4' | 'P5' = 'P5'): Step {
  return {
    key: 'request-support',
    phase,
    title: { vi: 'Đề nghị hỗ trợ khi vượt khả năng', en: 'Request support if beyond capacity' },
    instructions: {
      vi: 'Nếu sau vài giờ vẫn chưa chặn được hoặc chưa rõ nguyên nhân, cơ quan đầu mối lập phương án ứng cứu và gửi văn bản đề nghị hỗ trợ đến đơn vị chuyên trách ứng cứu sự cố (Công an tỉnh) hoặc cơ quan điều phối quốc gia, nêu rõ hệ thống, hiện trạng, việc đã làm và hỗ trợ cần có. Nếu đơn vị có hợp đồng dịch vụ an toàn thông tin, gọi ngay nhà cung cấp.',
      en: 'If after a few hours the incident is still not contained or its cause is unclear, the focal office drafts a response plan and sends a written support request to the dedicated response unit (provincial police) or the national coordinator, stating the system, its current state, what has been done and the help needed. If the unit has a security service contract, call the provider at once.',
    },
    defaultRole: 'coordinator',
    expectedMinutes: 60,
    evidence: {
      vi: 'Phương án ứng cứu, văn bản đề nghị hỗ trợ, phản hồi của đơn vị hỗ trợ',
      en: 'Response plan, support request, reply from the supporting body',
    },
  };
}

/** P5: recovery is confirmed by the people who use the service, not only by whoever fixed it. */
export function verifyServiceStep(extra?: LocalizedText): Step {
  return {
    key: 'verify-service',
    phase: 'P5',
    title: {
      vi: 'Người dùng xác nhận dịch vụ hoạt động bình thường',
      en: 'Users confirm the service works normally',
    },
    instructions: withExtra(
      {
        vi: 'Cán bộ nghiệp vụ thử các thao tác thường ngày (đăng nhập, tra cứu, nhập và lưu hồ sơ, in ấn) và đối chiếu dữ liệu của những giờ cuối trước sự cố. Ghi lại dữ liệu bị thiếu hoặc sai và cách bổ sung. Báo cho người dùng, người dân biết dịch vụ đã hoạt động trở lại.',
        en: 'Business staff try their everyday tasks (sign in, search, enter and save records, print) and check the data from the last hours before the incident. Record any missing or wrong data and how it will be fixed. Tell users and citizens the service is back.',
      },
      extra,
    ),
    defaultRole: 'unit_officer',
    expectedMinutes: 60,
    evidence: {
      vi: 'Xác nhận của người dùng, danh sách dữ liệu cần bổ sung, thông báo dịch vụ hoạt động lại',
      en: 'User confirmation, data to be fixed, notice that the service is back',
    },
  };
}

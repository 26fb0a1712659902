import type { Insertable } from 'kysely';
import type {
  ReadinessContractsTable,
  ReadinessDrillsTable,
  ReadinessEquipmentTable,
  ReadinessLicencesTable,
  ReadinessTrainingsTable,
} from '../db/schema-preparedness.ts';
import type { Trx } from '../shared/context.ts';
import { insertRows } from './demo.repository.ts';
import { AGENCIES, type DemoContext, type DemoLoader, unitId, WARDS } from './demo-context.ts';
import { dayAfter, dayBefore } from './demo-random.ts';

// Readiness (seed III, IV): equipment, licences (some expiring within 30 days, one lapsed),
// outsourced service contracts, trainings with attendees and drills on the town's systems.

export const demoReadiness: DemoLoader = {
  name: 'readiness',
  async load(trx: Trx, ctx: DemoContext) {
    const { rnd, now } = ctx;
    const focal = unitId(ctx, 'VHKHTT');
    const town = unitId(ctx, 'VP-HDND-UBND');
    const all = ['VHKHTT', 'VP-HDND-UBND', 'TCKH', ...AGENCIES, ...WARDS];

    const equipment: Insertable<ReadinessEquipmentTable>[] = [
      {
        unit_id: focal,
        name: 'Máy tính xách tay phục vụ ứng cứu (có công cụ điều tra số)',
        category: 'security_tool',
        quantity: 2,
        status: 'ready',
        location: 'Phòng VHKHTT',
        acquired_on: dayBefore(now, 500),
        notes: null,
        updated_at: now,
      },
      {
        unit_id: focal,
        name: 'Ổ cứng ngoài 4 TB lưu bản sao lưu ngoại tuyến',
        category: 'backup_media',
        quantity: 4,
        status: 'ready',
        location: 'Tủ khoá Phòng VHKHTT',
        acquired_on: dayBefore(now, 300),
        notes: null,
        updated_at: now,
      },
      {
        unit_id: town,
        name: 'Tường lửa FortiGate 100F dự phòng',
        category: 'spare_hardware',
        quantity: 1,
        status: 'ready',
        location: 'Phòng máy chủ UBND thị xã',
        acquired_on: dayBefore(now, 700),
        notes: null,
        updated_at: now,
      },
      {
        unit_id: town,
        name: 'Bộ lưu điện 10 kVA phòng máy chủ',
        category: 'ups',
        quantity: 1,
        status: 'maintenance',
        location: 'Phòng máy chủ UBND thị xã',
        acquired_on: dayBefore(now, 1600),
        notes: 'Ắc quy cần thay',
        updated_at: now,
      },
      {
        unit_id: town,
        name: 'Bộ chuyển mạch lõi dự phòng',
        category: 'network',
        quantity: 1,
        status: 'ready',
        location: 'Phòng máy chủ UBND thị xã',
        acquired_on: dayBefore(now, 900),
        notes: null,
        updated_at: now,
      },
    ];
    for (const code of WARDS)
      equipment.push({
        unit_id: unitId(ctx, code),
        name: rnd.pick([
          'Bộ lưu điện 1 kVA cho máy chủ một cửa',
          'Ổ cứng ngoài 2 TB sao lưu',
          'Bộ định tuyến dự phòng',
        ]),
        category: rnd.pick(['ups', 'backup_media', 'network']),
        quantity: 1,
        status: rnd.weighted(['ready', 'maintenance', 'broken'], [7, 2, 1]),
        location: 'Trụ sở UBND',
        acquired_on: dayBefore(now, rnd.int(100, 1500)),
        notes: null,
        updated_at: now,
      });
    ctx.written.readiness_equipment = await insertRows(trx, 'readiness_equipment', equipment);

    // Licences: antivirus per unit, the town's firewall; a few expire within 30 days, one lapsed.
    const licences: Insertable<ReadinessLicencesTable>[] = all.map((code, i) => ({
      unit_id: unitId(ctx, code),
      kind: 'antivirus',
      product: 'Phần mềm diệt virus Bkav Endpoint',
      vendor: 'Bkav',
      seats: rnd.int(8, 40),
      expires_on:
        i % 6 === 1
          ? dayAfter(now, rnd.int(5, 28))
          : i === 4
            ? dayBefore(now, 12)
            : dayAfter(now, rnd.int(60, 330)),
      notes: null,
      updated_at: now,
    }));
    licences.push(
      {
        unit_id: town,
        kind: 'firewall',
        product: 'FortiGuard UTP cho FortiGate 100F',
        vendor: 'Fortinet',
        seats: 1,
        expires_on: dayAfter(now, 21),
        notes: 'Gia hạn hằng năm',
        updated_at: now,
      },
      {
        unit_id: unitId(ctx, 'TCKH'),
        kind: 'other',
        product: 'MISA Mimosa.NET – gói bảo trì',
        vendor: 'MISA',
        seats: 5,
        expires_on: dayAfter(now, 140),
        notes: null,
        updated_at: now,
      },
    );
    ctx.written.readiness_licences = await insertRows(trx, 'readiness_licences', licences);

    const contacts = (name: string, phone: string) => JSON.stringify([{ name, phone }]);
    const contracts: Insertable<ReadinessContractsTable>[] = [
      {
        unit_id: focal,
        provider: 'Công ty TNHH Dịch vụ An toàn thông tin Hưng Yên',
        scope: 'Giám sát an toàn thông tin (SOC) và hỗ trợ ứng cứu sự cố 24/7',
        contract_ref: `${rnd.int(10, 60)}/2026/HĐ-ATTT`,
        contacts: contacts('Hoàng Anh Tuấn', '0912000003'),
        starts_on: dayBefore(now, 330),
        ends_on: dayAfter(now, 25),
        notes: 'Sắp hết hạn: đề xuất gia hạn trong dự toán năm sau',
        updated_at: now,
      },
      {
        unit_id: town,
        provider: 'VNPT Hưng Yên',
        scope: 'Đường truyền Internet cáp quang và kênh truyền số liệu chuyên dùng',
        contract_ref: 'VNPT-HY-2025-118',
        contacts: contacts('Tổng đài hỗ trợ', '18001166'),
        starts_on: dayBefore(now, 500),
        ends_on: dayAfter(now, 230),
        notes: null,
        updated_at: now,
      },
      {
        unit_id: town,
        provider: 'Trung tâm dữ liệu tỉnh Hưng Yên',
        scope: 'Thuê chỗ đặt máy chủ cổng thông tin và quản lý văn bản',
        contract_ref: null,
        contacts: contacts('Bộ phận kỹ thuật', '02213555666'),
        starts_on: dayBefore(now, 800),
        ends_on: null,
        notes: null,
        updated_at: now,
      },
      {
        unit_id: unitId(ctx, 'TCKH'),
        provider: 'Công ty cổ phần MISA',
        scope: 'Bảo trì phần mềm kế toán ngân sách',
        contract_ref: 'MISA-2026-HY-77',
        contacts: contacts('Hỗ trợ khách hàng', '19008677'),
        starts_on: dayBefore(now, 200),
        ends_on: dayAfter(now, 165),
        notes: null,
        updated_at: now,
      },
    ];
    ctx.written.readiness_contracts = await insertRows(trx, 'readiness_contracts', contracts);

    // Trainings with the demo users who attended.
    const people = [...ctx.users.values()];
    const trainings: (Insertable<ReadinessTrainingsTable> & { id: string })[] = [
      {
        id: rnd.uuid(),
        unit_id: focal,
        title: 'Tập huấn nhận diện thư điện tử giả mạo cho cán bộ, công chức',
        held_on: dayBefore(now, 250),
        organiser: 'Phòng Văn hoá, Khoa học và Thông tin',
        hours: 4,
        notes: null,
        updated_at: now,
      },
      {
        id: rnd.uuid(),
        unit_id: focal,
        title: 'Bồi dưỡng kỹ năng ứng cứu sự cố cho đội ứng cứu thị xã',
        held_on: dayBefore(now, 140),
        organiser: 'Công an tỉnh Hưng Yên (PA05)',
        hours: 16,
        notes: null,
        updated_at: now,
      },
      {
        id: rnd.uuid(),
        unit_id: town,
        title: 'Phổ biến quy chế bảo đảm an toàn thông tin trong cơ quan nhà nước',
        held_on: dayBefore(now, 420),
        organiser: 'Văn phòng HĐND và UBND thị xã',
        hours: 3,
        notes: null,
        updated_at: now,
      },
      {
        id: rnd.uuid(),
        unit_id: focal,
        title: 'Hướng dẫn sao lưu và khôi phục dữ liệu cho bộ phận một cửa',
        held_on: dayBefore(now, 60),
        organiser: 'Phòng Văn hoá, Khoa học và Thông tin',
        hours: 4,
        notes: null,
        updated_at: now,
      },
    ];
    ctx.written.readiness_trainings = await insertRows(trx, 'readiness_trainings', trainings);
    ctx.written.readiness_training_attendees = await insertRows(
      trx,
      'readiness_training_attendees',
      trainings.flatMap((t) =>
        rnd.sample(people, rnd.int(3, people.length)).map((p) => ({ training_id: t.id, user_id: p.id })),
      ),
    );

    const portal = ctx.systems.find((s) => s.kind === 'portal');
    const qlvb = ctx.systems.find((s) => s.kind === 'shared');
    const drills: (Insertable<ReadinessDrillsTable> & { id: string; systems: string[] })[] = [
      {
        id: rnd.uuid(),
        unit_id: focal,
        kind: 'drill',
        title: 'Diễn tập thực chiến: tấn công thay đổi giao diện cổng thông tin',
        scenario_subtype: 'attack.defacement',
        held_on: dayBefore(now, 180),
        participants: JSON.stringify(['Đội ứng cứu thị xã', 'PA05 Công an tỉnh', 'Trung tâm dữ liệu tỉnh']),
        findings: 'Thời gian phát hiện 47 phút; cần cảnh báo tự động khi trang bị thay đổi.',
        updated_at: now,
        systems: portal ? [portal.id] : [],
      },
      {
        id: rnd.uuid(),
        unit_id: focal,
        kind: 'drill',
        title: 'Diễn tập khôi phục hệ thống quản lý văn bản sau sự cố mã hoá dữ liệu',
        scenario_subtype: 'attack.ransomware',
        held_on: dayBefore(now, 30),
        participants: JSON.stringify(['Đội ứng cứu thị xã', 'Văn phòng HĐND và UBND']),
        findings: 'Khôi phục xong sau 6 giờ; bản sao lưu ngoại tuyến cũ 9 ngày.',
        updated_at: now,
        systems: qlvb ? [qlvb.id] : [],
      },
      {
        id: rnd.uuid(),
        unit_id: focal,
        kind: 'scan',
        title: 'Rà quét lỗ hổng các hệ thống cấp độ 3 (6 tháng/lần)',
        scenario_subtype: null,
        held_on: dayBefore(now, 95),
        participants: JSON.stringify(['Công ty TNHH Dịch vụ An toàn thông tin Hưng Yên']),
        findings: '12 lỗ hổng mức cao, 31 mức trung bình; đã khắc phục 9/12 lỗ hổng mức cao.',
        updated_at: now,
        systems: ctx.systems.filter((s) => s.level === 3).map((s) => s.id),
      },
    ];
    ctx.written.readiness_drills = await insertRows(
      trx,
      'readiness_drills',
      drills.map(({ systems: _s, ...d }) => d),
    );
    ctx.written.readiness_drill_systems = await insertRows(
      trx,
      'readiness_drill_systems',
      drills.flatMap((d) => d.systems.map((system_id) => ({ drill_id: d.id, system_id }))),
    );
  },
};

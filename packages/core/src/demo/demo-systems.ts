import { riskBand } from '@ungcuu/domain/risks/risk-scoring.ts';
import type { Insertable } from 'kysely';
import type { InformationSystemsTable, RisksTable } from '../db/schema-preparedness.ts';
import type { Trx } from '../shared/context.ts';
import { insertRows } from './demo.repository.ts';
import { AGENCIES, type DemoContext, type DemoLoader, slug, unitId, WARDS } from './demo-context.ts';
import { dayAfter, dayBefore } from './demo-random.ts';

// The town's information systems (seed I: portal, email, document management, one-stop, LAN,
// cameras…) with levels, addresses and dependencies, and a risk register over them.

interface SystemSpec {
  key: string;
  name: string;
  kind: string;
  unit: string;
  level: number | null;
  approval: 'draft' | 'submitted' | 'approved';
  sensitivity: string;
  hosting: string;
  address?: string;
  ip?: string;
  software?: string;
  dependsOn?: string[];
}

function townSystems(ctx: DemoContext): SystemSpec[] {
  const specs: SystemSpec[] = [
    {
      key: 'portal',
      name: 'Cổng thông tin điện tử thị xã Mỹ Hào',
      kind: 'portal',
      unit: 'VP-HDND-UBND',
      level: 3,
      approval: 'approved',
      sensitivity: 'public',
      hosting: 'provincial_datacenter',
      address: 'https://myhao.hungyen.gov.vn',
      ip: '113.160.22.14',
      software: 'Liferay Portal 7.4',
      dependsOn: ['lan'],
    },
    {
      key: 'qlvb',
      name: 'Hệ thống quản lý văn bản và điều hành',
      kind: 'shared',
      unit: 'VP-HDND-UBND',
      level: 3,
      approval: 'approved',
      sensitivity: 'internal',
      hosting: 'provincial_datacenter',
      address: 'https://qlvb.myhao.hungyen.gov.vn',
      software: 'eOffice 5.2',
      dependsOn: ['lan', 'email'],
    },
    {
      key: 'email',
      name: 'Hệ thống thư điện tử công vụ',
      kind: 'email',
      unit: 'VP-HDND-UBND',
      level: 2,
      approval: 'approved',
      sensitivity: 'internal',
      hosting: 'provincial_datacenter',
      address: 'https://mail.hungyen.gov.vn',
      software: 'Zimbra 10',
      dependsOn: ['lan'],
    },
    {
      key: 'motcua',
      name: 'Hệ thống thông tin giải quyết thủ tục hành chính (một cửa điện tử)',
      kind: 'shared',
      unit: 'VP-HDND-UBND',
      level: 3,
      approval: 'submitted',
      sensitivity: 'personal',
      hosting: 'provincial_datacenter',
      address: 'https://dichvucong.hungyen.gov.vn',
      dependsOn: ['lan'],
    },
    {
      key: 'lan',
      name: 'Mạng LAN và kết nối Internet trụ sở UBND thị xã',
      kind: 'network',
      unit: 'VP-HDND-UBND',
      level: 2,
      approval: 'approved',
      sensitivity: 'internal',
      hosting: 'on_premises',
      ip: '10.10.0.1',
      software: 'FortiGate 100F',
    },
    {
      key: 'camera',
      name: 'Hệ thống camera giám sát an ninh trật tự đô thị',
      kind: 'other',
      unit: 'KINHTE',
      level: 2,
      approval: 'draft',
      sensitivity: 'personal',
      hosting: 'on_premises',
      ip: '10.10.20.5',
      dependsOn: ['lan'],
    },
    {
      key: 'hop',
      name: 'Hệ thống hội nghị truyền hình trực tuyến',
      kind: 'specialised_app',
      unit: 'VP-HDND-UBND',
      level: 2,
      approval: 'approved',
      sensitivity: 'internal',
      hosting: 'on_premises',
      dependsOn: ['lan'],
    },
    {
      key: 'vhkhtt-web',
      name: 'Trang thông tin Phòng Văn hoá, Khoa học và Thông tin',
      kind: 'portal',
      unit: 'VHKHTT',
      level: 1,
      approval: 'approved',
      sensitivity: 'public',
      hosting: 'provincial_datacenter',
      address: 'https://vhkhtt.myhao.hungyen.gov.vn',
      dependsOn: ['portal'],
    },
    {
      key: 'ketoan',
      name: 'Phần mềm kế toán ngân sách',
      kind: 'specialised_app',
      unit: 'TCKH',
      level: 2,
      approval: 'approved',
      sensitivity: 'confidential',
      hosting: 'on_premises',
      software: 'MISA Mimosa.NET 2022',
      dependsOn: ['lan'],
    },
    {
      key: 'csdl-tc',
      name: 'Cơ sở dữ liệu tài chính – ngân sách thị xã',
      kind: 'database',
      unit: 'TCKH',
      level: 3,
      approval: 'draft',
      sensitivity: 'confidential',
      hosting: 'on_premises',
      dependsOn: ['lan'],
    },
  ];
  const agencyApps: Record<(typeof AGENCIES)[number], [string, number, string]> = {
    NOIVU: ['Phần mềm quản lý hồ sơ cán bộ, công chức, viên chức', 2, 'personal'],
    TUPHAP: ['Phần mềm đăng ký, quản lý hộ tịch', 3, 'personal'],
    KINHTE: ['Phần mềm quản lý cấp phép xây dựng', 2, 'internal'],
    GDDT: ['Cơ sở dữ liệu ngành giáo dục thị xã', 2, 'personal'],
    YTE: ['Phần mềm quản lý tiêm chủng', 2, 'personal'],
    TTVHTT: ['Hệ thống đài truyền thanh thông minh', 2, 'public'],
  };
  for (const code of AGENCIES) {
    const [name, level, sensitivity] = agencyApps[code];
    specs.push({
      key: `${code}-app`,
      name,
      kind: code === 'GDDT' ? 'database' : 'specialised_app',
      unit: code,
      level,
      approval: ctx.rnd.chance(0.7) ? 'approved' : 'draft',
      sensitivity,
      hosting: ctx.rnd.pick(['on_premises', 'provincial_datacenter', 'commercial_datacenter']),
      dependsOn: ['lan'],
    });
  }
  for (const [i, code] of WARDS.entries()) {
    const unit = ctx.units.get(code)!;
    const place = unit.name.replace(/^UBND /, '');
    const s = slug(unit.name);
    specs.push(
      {
        key: `${code}-lan`,
        name: `Mạng LAN trụ sở UBND ${place}`,
        kind: 'network',
        unit: code,
        level: 1,
        approval: i % 3 === 0 ? 'draft' : 'approved',
        sensitivity: 'internal',
        hosting: 'on_premises',
        ip: `10.20.${i + 1}.1`,
      },
      {
        key: `${code}-web`,
        name: `Trang thông tin điện tử UBND ${place}`,
        kind: 'portal',
        unit: code,
        level: i % 4 === 0 ? 2 : 1,
        approval: i % 5 === 2 ? 'submitted' : 'approved',
        sensitivity: 'public',
        hosting: 'provincial_datacenter',
        address: `https://${s}.myhao.hungyen.gov.vn`,
        dependsOn: ['portal'],
      },
      {
        key: `${code}-motcua`,
        name: `Bộ phận tiếp nhận và trả kết quả (một cửa) ${place}`,
        kind: 'endpoint_group',
        unit: code,
        level: 2,
        approval: i % 4 === 1 ? 'draft' : 'approved',
        sensitivity: 'personal',
        hosting: 'on_premises',
        dependsOn: [`${code}-lan`, 'motcua'],
      },
    );
    if (i % 3 === 1)
      specs.push({
        key: `${code}-cam`,
        name: `Camera giám sát khu dân cư ${place}`,
        kind: 'other',
        unit: code,
        level: null,
        approval: 'draft',
        sensitivity: 'personal',
        hosting: 'on_premises',
        dependsOn: [`${code}-lan`],
      });
  }
  return specs;
}

/** The risks a kind of system usually carries (subtype, vulnerability, control). */
const RISKS_BY_KIND: Record<string, [string, string, string][]> = {
  portal: [
    ['attack.defacement', 'Mã nguồn CMS chưa cập nhật bản vá', 'Sao lưu trang hằng tuần'],
    ['attack.dos', 'Không có dịch vụ chống DDoS', 'Tường lửa của trung tâm dữ liệu tỉnh'],
  ],
  shared: [
    [
      'attack.intrusion',
      'Tài khoản dùng mật khẩu yếu, chưa xác thực hai lớp',
      'Khoá tài khoản sau 5 lần sai',
    ],
    ['failure.overload', 'Cao điểm cuối năm quá tải', 'Giám sát tài nguyên máy chủ'],
  ],
  email: [['attack.phishing', 'Cán bộ chưa được tập huấn nhận diện thư giả mạo', 'Bộ lọc thư rác của tỉnh']],
  network: [
    ['failure.power', 'Bộ lưu điện đã xuống cấp', 'Máy phát điện của trụ sở'],
    ['failure.internet', 'Chỉ một đường truyền Internet', 'Hợp đồng hỗ trợ 24/7 với nhà mạng'],
  ],
  endpoint_group: [
    ['attack.malware', 'Máy tính dùng hệ điều hành hết hỗ trợ', 'Phần mềm diệt virus có bản quyền'],
    ['attack.ransomware', 'Dữ liệu chỉ lưu trên máy trạm', 'Sao lưu ra ổ cứng ngoài hằng tháng'],
  ],
  database: [['attack.ransomware', 'Chưa có bản sao lưu ngoại tuyến', 'Sao lưu hằng ngày trên cùng máy chủ']],
  specialised_app: [
    [
      'operator.software_config',
      'Cập nhật phần mềm không có kế hoạch khôi phục',
      'Nhà cung cấp hỗ trợ từ xa',
    ],
    ['attack.espionage', 'Dữ liệu cá nhân không mã hoá', 'Phân quyền theo vai trò'],
  ],
  other: [['failure.software_hardware', 'Đầu ghi hình hết bảo hành', 'Kiểm tra định kỳ hằng quý']],
};

export const demoSystems: DemoLoader = {
  name: 'systems',
  async load(trx: Trx, ctx: DemoContext) {
    const specs = townSystems(ctx);
    const ids = new Map(specs.map((s) => [s.key, ctx.rnd.uuid()]));
    const rows: Insertable<InformationSystemsTable>[] = specs.map((s) => {
      const owner = unitId(ctx, s.unit);
      const addresses = [
        ...(s.address ? [{ kind: 'url' as const, value: s.address }] : []),
        ...(s.address ? [{ kind: 'domain' as const, value: new URL(s.address).hostname }] : []),
        ...(s.ip ? [{ kind: 'ip' as const, value: s.ip }] : []),
      ];
      return {
        id: ids.get(s.key)!,
        name: s.name,
        kind: s.kind,
        owner_unit_id: owner,
        operating_unit_id: s.hosting === 'provincial_datacenter' ? owner : owner,
        security_level: s.level,
        level_approval_status: s.level === null ? 'draft' : s.approval,
        level_decision_ref: s.approval === 'approved' && s.level ? `${ctx.rnd.int(12, 98)}/QĐ-UBND` : null,
        level_decision_date:
          s.approval === 'approved' && s.level ? dayBefore(ctx.now, ctx.rnd.int(200, 900)) : null,
        data_sensitivity: s.sensitivity,
        addresses: JSON.stringify(addresses),
        software: JSON.stringify(s.software ? [{ product: s.software }] : []),
        providers: JSON.stringify({ connectivity: ctx.rnd.pick(['VNPT Hưng Yên', 'Viettel Hưng Yên']) }),
        hosting: s.hosting,
        hosting_provider: s.hosting === 'provincial_datacenter' ? 'Trung tâm dữ liệu tỉnh Hưng Yên' : null,
        backup_status: ctx.rnd.weighted(['regular', 'irregular', 'none'], [5, 3, 2]),
        last_restore_test_at: ctx.rnd.chance(0.4) ? dayBefore(ctx.now, ctx.rnd.int(30, 400)) : null,
        contacts: JSON.stringify([]),
        notes: ctx.marker,
        updated_at: ctx.now,
      };
    });
    ctx.written.information_systems = await insertRows(trx, 'information_systems', rows);
    const deps = specs.flatMap((s) =>
      (s.dependsOn ?? [])
        .filter((d) => ids.has(d))
        .map((d) => ({ from_system_id: ids.get(s.key)!, to_system_id: ids.get(d)!, note: null })),
    );
    ctx.written.system_dependencies = await insertRows(trx, 'system_dependencies', deps);
    ctx.systems = specs.map((s) => ({
      id: ids.get(s.key)!,
      name: s.name,
      kind: s.kind,
      unitCode: s.unit,
      unitId: unitId(ctx, s.unit),
      level: s.level,
      approved: s.approval === 'approved',
    }));

    const risks: Insertable<RisksTable>[] = [];
    for (const system of ctx.systems) {
      const options = RISKS_BY_KIND[system.kind] ?? RISKS_BY_KIND.other!;
      for (const [subtype, vulnerability, controls] of ctx.rnd.sample(
        options,
        ctx.rnd.int(1, options.length),
      )) {
        const likelihood = ctx.rnd.int(1, 5);
        const impact = Math.min(5, ctx.rnd.int(1, 4) + (system.level && system.level >= 3 ? 1 : 0));
        const score = likelihood * impact;
        risks.push({
          id: ctx.rnd.uuid(),
          system_id: system.id,
          subtype,
          likelihood,
          impact,
          score,
          band: riskBand(score),
          vulnerability,
          controls,
          treatment: score >= 12 ? 'mitigate' : ctx.rnd.pick(['mitigate', 'accept']),
          mitigation: score >= 12 ? 'Đưa vào kế hoạch khắc phục và dự toán năm sau' : null,
          owner_name: null,
          due_date: score >= 12 ? dayAfter(ctx.now, ctx.rnd.int(20, 200)) : null,
          review_date: dayAfter(ctx.now, ctx.rnd.int(30, 365)),
          status: ctx.rnd.chance(0.9) ? 'open' : 'closed',
          updated_at: ctx.now,
        });
      }
    }
    ctx.written.risks = await insertRows(trx, 'risks', risks);
    ctx.written.risk_score_history = await insertRows(
      trx,
      'risk_score_history',
      risks.map((r) => ({
        risk_id: r.id!,
        likelihood: r.likelihood,
        impact: r.impact,
        score: r.score,
        band: r.band,
        changed_by: null,
        changed_at: new Date(ctx.now.getTime() - ctx.rnd.int(30, 300) * 86_400_000),
      })),
    );
    ctx.risks = risks.map((r) => ({ id: r.id!, systemId: r.system_id, subtype: r.subtype }));
  },
};

import { normalizeObservable } from '@ungcuu/domain/incidents/observables.ts';
import type { Targeting, TargetStatus } from '@ungcuu/domain/warnings/warning.ts';
import { findUnitByCode } from '../org/unit.repository.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import * as repo from '../warnings/warning.repository.ts';
import { insertTargets, unitsForTargeting } from '../warnings/warning-target.repository.ts';

// Warnings of the demo town (issue 11): two published earlier, with the units' answers as history
// (no bell notices: they are the past), and one draft. Idempotent by source_ref.

function day(offset: number, now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}

interface DemoWarning {
  ref: string;
  title: string;
  description: string;
  severity: 'low' | 'medium' | 'high' | 'critical';
  tlp: 'CLEAR' | 'GREEN' | 'AMBER';
  cves: string[];
  requiredActions: string;
  deadlineIn: number | null;
  publishedAgo: number | null;
  targeting: Targeting;
  products: { vendor: string; product: string; versionRange: string }[];
  indicators: { type: 'domain' | 'ip' | 'hash' | 'url'; value: string }[];
  /** Answers by position among the targets, cycling: what the units had done by now. */
  answers: TargetStatus[];
}

const DEMO_WARNINGS: DemoWarning[] = [
  {
    ref: 'demo:exchange-2024-21410',
    title: 'Lỗ hổng nâng quyền trên Microsoft Exchange Server (CVE-2024-21410)',
    description:
      'Kẻ tấn công có thể chuyển tiếp thông tin xác thực NTLM để chiếm quyền hộp thư. Ảnh hưởng Exchange Server 2019 chưa cài bản cập nhật tích luỹ CU14.',
    severity: 'critical',
    tlp: 'CLEAR',
    cves: ['CVE-2024-21410'],
    requiredActions:
      'Rà soát máy chủ Exchange của đơn vị; cài CU14 (15.2.1544.4) trở lên và bật Extended Protection; báo cáo kết quả kèm ảnh chụp phiên bản.',
    deadlineIn: -3,
    publishedAgo: 12,
    targeting: { mode: 'unit_types', unitTypes: ['agency', 'people_committee_office'] },
    products: [{ vendor: 'Microsoft', product: 'Exchange Server', versionRange: '< 15.2.1544.4' }],
    indicators: [],
    answers: ['done', 'done', 'not_applicable', 'acknowledged', 'done', 'sent'],
  },
  {
    ref: 'demo:phishing-thue-2026',
    title: 'Chiến dịch thư giả mạo cơ quan thuế phát tán mã độc đánh cắp thông tin',
    description:
      'Thư điện tử mạo danh cơ quan thuế, yêu cầu tải "thông báo hoàn thuế" dạng tệp nén; tệp chứa mã độc đánh cắp mật khẩu trình duyệt.',
    severity: 'high',
    tlp: 'GREEN',
    cves: [],
    requiredActions:
      'Phổ biến cho cán bộ không mở tệp đính kèm lạ; chặn các tên miền, địa chỉ dưới đây trên tường lửa, hệ thống thư; quét mã độc toàn bộ máy tính và báo cáo.',
    deadlineIn: 5,
    publishedAgo: 2,
    targeting: { mode: 'all' },
    products: [],
    indicators: [
      { type: 'domain', value: 'hoanthue-tracuu[.]com' },
      { type: 'url', value: 'hxxps://hoanthue-tracuu[.]com/thongbao.zip' },
      { type: 'ip', value: '103.97.125.18' },
      { type: 'hash', value: '5f2b7c1d9e0a4b6c8d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c' },
    ],
    answers: ['acknowledged', 'sent', 'done', 'sent', 'sent', 'acknowledged', 'sent'],
  },
  {
    ref: 'demo:wordpress-draft',
    title: 'Lỗ hổng XSS trong WordPress trước 6.5.5',
    description: 'Các trang thông tin dùng WordPress cũ có thể bị chèn mã độc vào trang.',
    severity: 'medium',
    tlp: 'CLEAR',
    cves: [],
    requiredActions: 'Cập nhật WordPress lên 6.5.5 trở lên.',
    deadlineIn: 14,
    publishedAgo: null,
    targeting: { mode: 'products' },
    products: [{ vendor: 'WordPress', product: 'WordPress', versionRange: '< 6.5.5' }],
    indicators: [],
    answers: [],
  },
];

export async function loadDemoWarnings(deps: ServiceDeps, actor: RequestActor): Promise<number> {
  return mutate(deps, actor, async ({ trx, audit }) => {
    const focal = await findUnitByCode(trx, 'VHKHTT');
    const author = await trx
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'dieuphoi')
      .executeTakeFirst();
    if (!focal || !author) return 0;
    const now = deps.clock.now();
    const units = await unitsForTargeting(trx, []);
    let created = 0;
    for (const d of DEMO_WARNINGS) {
      if (await repo.findWarningBySourceRef(trx, d.ref)) continue;
      const n = await repo.nextWarningNumber(trx);
      const publishedAt =
        d.publishedAgo === null ? null : new Date(now.getTime() - d.publishedAgo * 86_400_000);
      const row = await repo.insertWarning(trx, {
        code: `CB-${day(0, now).slice(0, 4)}-${String(n).padStart(4, '0')}`,
        title: d.title,
        description: d.description,
        severity: d.severity,
        tlp: d.tlp,
        status: publishedAt ? 'published' : 'draft',
        cves: d.cves,
        required_actions: d.requiredActions,
        deadline: d.deadlineIn === null ? null : day(d.deadlineIn, now),
        targeting: JSON.stringify(d.targeting),
        source_ref: d.ref,
        created_by: author.id,
        published_at: publishedAt,
        published_by: publishedAt ? author.id : null,
        updated_at: now,
      });
      await repo.replaceWarningProducts(
        trx,
        row.id,
        d.products.map((p, position) => ({
          warning_id: row.id,
          position,
          vendor: p.vendor,
          product: p.product,
          version_range: p.versionRange,
          cpe: null,
        })),
      );
      await repo.replaceWarningIndicators(
        trx,
        row.id,
        d.indicators.map((i) => ({
          warning_id: row.id,
          kind: i.type,
          value: i.value,
          normalized: normalizeObservable(i.type, i.value) ?? i.value,
        })),
      );
      if (publishedAt) {
        const chosen = units.filter(
          (u) =>
            u.type !== 'focal_office' &&
            (d.targeting.mode === 'all' || (d.targeting.unitTypes ?? []).includes(u.type as 'agency')),
        );
        await insertTargets(
          trx,
          chosen.map((u, i) => {
            const status = d.answers[i % d.answers.length] ?? 'sent';
            const answered = status !== 'sent';
            return {
              warning_id: row.id,
              unit_id: u.id,
              reason: d.targeting.mode === 'all' ? 'all' : 'unit_type',
              matched_systems: '[]',
              status,
              note: ['done', 'not_applicable'].includes(status)
                ? status === 'done'
                  ? 'Đã thực hiện theo hướng dẫn.'
                  : 'Đơn vị không sử dụng sản phẩm này.'
                : null,
              acknowledged_at: answered ? publishedAt : null,
              responded_at: ['done', 'not_applicable', 'cannot_do'].includes(status) ? publishedAt : null,
              updated_at: now,
            };
          }),
        );
        await repo.addWarningTimeline(trx, {
          warningId: row.id,
          at: publishedAt,
          step: 'published',
          actorUserId: author.id,
          actorLabel: 'dieuphoi',
          data: { targets: chosen.length },
        });
      }
      await audit({
        action: 'warning.demo',
        entityType: 'warning',
        entityId: row.id,
        unitId: focal.id,
        after: row,
      });
      created++;
    }
    return created;
  });
}

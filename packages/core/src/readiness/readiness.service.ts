import { can, widestScope } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { UnitType } from '@ungcuu/domain/org/unit-types.ts';
import {
  computeReadiness,
  READINESS_CRITERIA,
  READINESS_CRITERION_CODES,
} from '@ungcuu/domain/readiness/criteria.ts';
import { READINESS_BANDS } from '@ungcuu/domain/readiness/readiness-score-api.ts';
import { type Executor, type RequestActor, SYSTEM_ACTOR } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { type MutationScope, mutate } from '../shared/mutation.ts';
import { readReach } from '../shared/read-reach.ts';
import { toDay } from '../shared/row-values.ts';
import * as facts from './readiness-facts.repository.ts';
import { vnToday } from './readiness-items.service.ts';
import { daysBetween } from './readiness-kinds.ts';

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Licences whose expiry falls within the next `days` days (today included), soonest first:
 * what the reminder job tells units to renew (seed II.4.b "gia hạn bản quyền phần mềm").
 */
export async function dueLicenceReminders(db: Executor, now: Date, days: number, unitId?: string) {
  const today = vnToday(now);
  const rows = await facts.licencesExpiringBetween(db, today, addDays(today, days), unitId);
  return rows.map((r) => {
    const expiresOn = toDay(r.expires_on)!;
    return {
      id: r.id,
      unitId: r.unit_id,
      unitName: r.unit_name,
      kind: r.kind,
      product: r.product,
      expiresOn,
      daysToExpiry: daysBetween(today, expiresOn),
    };
  });
}

const KIND_TEXT: Record<string, { vi: string; en: string }> = {
  antivirus: { vi: 'phần mềm diệt virus', en: 'antivirus' },
  firewall: { vi: 'tường lửa', en: 'firewall' },
  other: { vi: 'phần mềm', en: 'software' },
};

/**
 * Writes one in-app notification per licence due within `days` to everyone of its unit. The
 * dedupe key (licence, expiry day) makes a second run, or a second server process, a no-op.
 */
export async function sendLicenceReminders(deps: ServiceDeps, days: number): Promise<{ created: number }> {
  const due = await dueLicenceReminders(deps.db, deps.clock.now(), days);
  if (due.length === 0) return { created: 0 };
  return mutate(deps, SYSTEM_ACTOR, (scope) => writeLicenceReminders(scope, due, days));
}

/** The reminders themselves, inside the caller's transaction (the service above, or the scheduled job). */
export async function writeLicenceReminders(
  { trx, audit, announce }: MutationScope,
  due: Awaited<ReturnType<typeof dueLicenceReminders>>,
  days: number,
): Promise<{ created: number }> {
  {
    const rows = await facts.insertRemindersOnce(
      trx,
      due.map((l) => {
        const what = KIND_TEXT[l.kind] ?? KIND_TEXT.other!;
        const [d, m, y] = [l.expiresOn.slice(8, 10), l.expiresOn.slice(5, 7), l.expiresOn.slice(0, 4)];
        return {
          user_id: null,
          unit_id: l.unitId,
          kind: 'licence.expiring',
          title: JSON.stringify({
            vi: `Bản quyền ${what.vi} sắp hết hạn`,
            en: `The ${what.en} licence expires soon`,
          }),
          body: JSON.stringify({
            vi: `Bản quyền "${l.product}" hết hạn ngày ${d}/${m}/${y} (còn ${l.daysToExpiry} ngày). Đề nghị gia hạn.`,
            en: `The licence "${l.product}" expires on ${l.expiresOn} (${l.daysToExpiry} days left). Please renew it.`,
          }),
          link: `/readiness/licences/${l.id}`,
          dedupe_key: `licence.expiring:${l.id}:${l.expiresOn}`,
        };
      }),
    );
    if (rows.length > 0) {
      await audit({
        action: 'notification.licence_reminders',
        entityType: 'notification',
        entityId: null,
        after: { created: rows.length, days },
      });
      await announce({
        entity: 'notification',
        id: 'licence.expiring',
        action: 'create',
        unitIds: [...new Set(rows.map((r) => r.unit_id!))],
      });
    }
    return { created: rows.length };
  }
}

/** Readiness scores per unit, computed by the domain from facts gathered set-wise. */
export function createReadinessService(deps: ServiceDeps) {
  function scored(units: facts.ReadinessUnit[], byUnit: Awaited<ReturnType<typeof facts.gatherFacts>>) {
    const now = deps.clock.now().toISOString();
    return units.map((u) => ({
      unitId: u.id,
      unitCode: u.code,
      unitName: u.name,
      unitType: u.type as UnitType,
      ...computeReadiness(byUnit.get(u.id)!, { now }),
      computedAt: now,
    }));
  }

  return {
    async page(actor: RequestActor, query: facts.ReadinessUnitQuery) {
      const { rows, total } = await facts.listReadinessUnits(
        deps.db,
        query,
        readReach(actor, 'readiness.read'),
      );
      return { total, items: scored(rows, await facts.gatherFacts(deps.db, rows)) };
    },

    async unit(actor: RequestActor, unitId: string) {
      const unit = await facts.findReadinessUnit(deps.db, unitId);
      if (!unit) throw new DomainError('not_found', { entity: 'unit' });
      if (!can(actor, 'readiness.read', { unitIds: [unitId] })) throw new DomainError('forbidden');
      return scored([unit], await facts.gatherFacts(deps.db, [unit]))[0]!;
    },

    /** The whole town at a glance: average, distribution and how many units meet each criterion. */
    async summary(actor: RequestActor) {
      const units = await facts.allReadinessUnits(deps.db, readReach(actor, 'readiness.read'));
      const results = scored(units, await facts.gatherFacts(deps.db, units));
      const criteria = READINESS_CRITERION_CODES.map((code) => ({
        code,
        label: READINESS_CRITERIA[code].label,
        met: 0,
        notMet: 0,
        notApplicable: 0,
      }));
      for (const r of results) {
        r.criteria.forEach((c, i) => {
          const row = criteria[i]!;
          if (c.status === 'met') row.met++;
          else if (c.status === 'not_met') row.notMet++;
          else row.notApplicable++;
        });
      }
      const sum = results.reduce((s, r) => s + r.score, 0);
      return {
        units: results.length,
        averageScore: results.length === 0 ? null : Math.round((10 * sum) / results.length) / 10,
        distribution: READINESS_BANDS.map((b) => ({
          ...b,
          count: results.filter((r) => r.score >= b.from && r.score <= b.to).length,
        })),
        criteria,
        computedAt: deps.clock.now().toISOString(),
      };
    },

    async dueLicences(actor: RequestActor, days: number) {
      const reach = readReach(actor, 'readiness.read');
      return {
        items: await dueLicenceReminders(
          deps.db,
          deps.clock.now(),
          days,
          reach.all ? undefined : reach.unitId,
        ),
      };
    },

    /** Runs the reminder now (normally a scheduled job); for whoever manages every unit's readiness. */
    async runLicenceReminders(actor: RequestActor, days: number) {
      if (widestScope(actor, 'readiness.manage') !== 'all') throw new DomainError('forbidden');
      return sendLicenceReminders(deps, days);
    },
  };
}
export type ReadinessService = ReturnType<typeof createReadinessService>;

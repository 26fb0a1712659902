import type { AlertSettings, AlertSourceRef } from '@ungcuu/domain/alerts/alert.ts';
import { ALERT_SETTINGS_DEFAULTS, urlHost } from '@ungcuu/domain/alerts/alert.ts';
import { getSetting } from '../auth/settings.repository.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import * as batchRepo from './alert-batch.repository.ts';
import type { Target } from './alert-batch-plan.ts';
import * as partitionRepo from './alert-partitions.repository.ts';

export const ALERT_SETTINGS_KEY = 'alerts.settings';
/** How long the intake trusts what it cached (inventory addresses, rules, settings) in other processes. */
const CACHE_MS = 5_000;
const ADDRESS_CACHE_MS = 30_000;

interface Cached<T> {
  at: number;
  value: T;
}

export interface IntakeRules {
  suppressions: Awaited<ReturnType<typeof batchRepo.activeSuppressions>>;
  maintenance: Awaited<ReturnType<typeof batchRepo.currentMaintenance>>;
  settings: AlertSettings;
}

/**
 * What every batch of one process reads, cached: the mapping index (inventory addresses and
 * aliases), suppressions, maintenance windows, settings, the partitions known to exist; and the
 * per-source rate counters. Changes made through this process invalidate at once; other
 * processes' changes show within seconds.
 */
export function createIntakeCaches({ db }: Pick<ServiceDeps, 'db'>) {
  const partitionsReady = new Set<string>();
  const rate = new Map<string, { minute: number; used: number }>();
  let addresses: Cached<Map<string, Target>> | null = null;
  let rules: Cached<IntakeRules> | null = null;

  const fresh = <T>(c: Cached<T> | null, ms: number): c is Cached<T> => !!c && Date.now() - c.at < ms;

  return {
    async mappingIndex(): Promise<Map<string, Target>> {
      if (fresh(addresses, ADDRESS_CACHE_MS)) return addresses.value;
      const index = new Map<string, Target>();
      for (const s of await batchRepo.systemAddresses(db)) {
        const target = { systemId: s.id, unitId: s.owner_unit_id };
        for (const a of s.addresses ?? []) {
          const v = a.value.trim().toLowerCase();
          if (!v) continue;
          if (a.kind === 'url') {
            const host = urlHost(v);
            if (host && !index.has(host)) index.set(host, target);
          } else if (!index.has(v)) index.set(v, target);
        }
      }
      // Names mapped by the focal office win over the inventory.
      for (const a of await batchRepo.hostAliases(db))
        index.set(a.value, { systemId: a.system_id, unitId: a.owner_unit_id });
      addresses = { at: Date.now(), value: index };
      return index;
    },

    async currentRules(now: Date): Promise<IntakeRules> {
      if (fresh(rules, CACHE_MS)) return rules.value;
      const [suppressions, maintenance, stored] = await Promise.all([
        batchRepo.activeSuppressions(db, now),
        batchRepo.currentMaintenance(db, now),
        getSetting<Partial<AlertSettings>>(db, ALERT_SETTINGS_KEY),
      ]);
      rules = {
        at: Date.now(),
        value: { suppressions, maintenance, settings: { ...ALERT_SETTINGS_DEFAULTS, ...(stored ?? {}) } },
      };
      return rules.value;
    },

    /** The day's partition exists before its first alert (the retention job also creates days ahead). */
    async ensurePartition(now: Date): Promise<void> {
      const day = partitionRepo.partitionDay(now);
      if (partitionsReady.has(day)) return;
      await db.transaction().execute(async (trx) => {
        await partitionRepo.lockPartitions(trx);
        await partitionRepo.createPartitions(trx, now, 2);
      });
      partitionsReady.add(day);
    },

    /** Per-source limit per minute in this process: over it, the whole batch is refused with 429. */
    takeRate(source: AlertSourceRef, n: number, now: Date): { ok: true } | { ok: false; retryAfter: number } {
      if (source.ratePerMinute <= 0) return { ok: true };
      const minute = Math.floor(now.getTime() / 60_000);
      const slot = rate.get(source.id);
      const used = slot && slot.minute === minute ? slot.used : 0;
      if (used + n > source.ratePerMinute)
        return { ok: false, retryAfter: Math.max(1, 60 - Math.floor((now.getTime() % 60_000) / 1000)) };
      rate.set(source.id, { minute, used: used + n });
      return { ok: true };
    },

    invalidate(): void {
      addresses = null;
      rules = null;
    },
  };
}

import { ALERT_SETTINGS_DEFAULTS, type AlertSettings } from '@ungcuu/domain/alerts/alert.ts';
import { ALERT_SETTINGS_KEY, alertIntake } from '../alerts/alert-intake.ts';
import * as partitionRepo from '../alerts/alert-partitions.repository.ts';
import { getSetting } from '../auth/settings.repository.ts';
import { LOCK_KEYS } from '../shared/lock-keys.ts';
import type { Job } from './scheduler.ts';

const DAY_MS = 86_400_000;

/**
 * Raw alerts live as long as the administrator set (alerts.settings retentionDays): whole daily
 * partitions older than that are dropped, receipts of the same age deleted, and the next week's
 * partitions created ahead so the intake never waits on DDL. Returns the partitions dropped.
 */
export const alertRetentionJob: Job = {
  name: 'alert-retention',
  lockKey: LOCK_KEYS.jobAlertRetention,
  everyMs: 60 * 60_000,
  run: async (trx, { clock }) => {
    const now = clock.now();
    const stored = await getSetting<Partial<AlertSettings>>(trx, ALERT_SETTINGS_KEY);
    const days = stored?.retentionDays ?? ALERT_SETTINGS_DEFAULTS.retentionDays;
    const cutoff = new Date(now.getTime() - days * DAY_MS);
    await partitionRepo.lockPartitions(trx);
    const dropped = await partitionRepo.dropPartitionsBefore(trx, cutoff);
    await partitionRepo.deleteReceiptsBefore(trx, cutoff);
    await partitionRepo.createPartitions(trx, now, 7);
    return dropped.length;
  },
};

/** Incidents of alert groups whose filing stopped half-way (the process died after the commit). */
export const alertFilingSweepJob = (deps: Parameters<typeof alertIntake>[0]): Job => {
  // Claimed in the job's transaction (one process), filed after it commits: filing opens its own
  // transactions through the intake.
  let reclaimed: string[] = [];
  return {
    name: 'alert-filing-sweep',
    lockKey: LOCK_KEYS.jobAlertFilingSweep,
    everyMs: 60_000,
    run: async (trx) => {
      reclaimed = await alertIntake(deps).reclaimFilings(trx);
      return reclaimed.length;
    },
    afterCommit: async () => {
      const ids = reclaimed;
      reclaimed = [];
      await alertIntake(deps).fileIncidents(ids);
    },
  };
};

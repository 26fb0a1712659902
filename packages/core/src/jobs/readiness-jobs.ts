import { recordAudit } from '../audit/audit.service.ts';
import { publishChange } from '../events/change-bus.ts';
import { dueLicenceReminders, writeLicenceReminders } from '../readiness/readiness.service.ts';
import { SYSTEM_ACTOR } from '../shared/context.ts';
import { LOCK_KEYS } from '../shared/lock-keys.ts';
import type { Job } from './scheduler.ts';

/** Days before expiry that a licence reminder goes out (seed IV.4: antivirus and firewall everywhere). */
export const LICENCE_REMINDER_DAYS = 30;

export const licenceReminders: Job = {
  name: 'licence-reminders',
  lockKey: LOCK_KEYS.jobReadinessReminders,
  everyMs: 60 * 60_000,
  async run(trx, { clock }) {
    const due = await dueLicenceReminders(trx, clock.now(), LICENCE_REMINDER_DAYS);
    if (due.length === 0) return 0;
    const { created } = await writeLicenceReminders(
      {
        trx,
        audit: (entry) => recordAudit(trx, clock, SYSTEM_ACTOR, entry),
        announce: (event) => publishChange(trx, event),
      },
      due,
      LICENCE_REMINDER_DAYS,
    );
    return created;
  },
};

export const READINESS_JOBS: Job[] = [licenceReminders];

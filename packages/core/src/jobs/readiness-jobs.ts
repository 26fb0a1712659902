import { notify } from '../notifications/notify.ts';
import { dueLicenceReminders } from '../readiness/readiness.service.ts';
import { LOCK_KEYS } from '../shared/lock-keys.ts';
import type { Job } from './scheduler.ts';

/** Days before expiry that a licence reminder goes out (seed IV.4: antivirus and firewall everywhere). */
export const LICENCE_REMINDER_DAYS = 30;

/**
 * Licences before expiry, through the notifications module: the unit's bell and, per person's
 * preferences, mail and chat. The dedupe key (licence, expiry day) makes a second run a no-op.
 */
export const licenceReminders: Job = {
  name: 'licence-reminders',
  lockKey: LOCK_KEYS.jobReadinessReminders,
  everyMs: 60 * 60_000,
  async run(trx, { clock }) {
    const now = clock.now();
    let created = 0;
    for (const l of await dueLicenceReminders(trx, now, LICENCE_REMINDER_DAYS)) {
      const [y, m, d] = l.expiresOn.split('-');
      const r = await notify(
        trx,
        {
          kind: 'licence_expiring',
          to: [{ unit: l.unitId }],
          title: {
            vi: `Bản quyền "${l.product}" hết hạn ngày ${d}/${m}/${y} (còn ${l.daysToExpiry} ngày)`,
            en: `The licence "${l.product}" expires on ${l.expiresOn} (${l.daysToExpiry} days left)`,
          },
          body: { vi: 'Đề nghị gia hạn.', en: 'Please renew it.' },
          link: `/readiness/licences/${l.id}`,
          dedupeKey: `licence.expiring:${l.id}:${l.expiresOn}`,
        },
        now,
      );
      created += r.notices;
    }
    return created;
  },
};

export const READINESS_JOBS: Job[] = [licenceReminders];

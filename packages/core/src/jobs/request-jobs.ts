import { dayKey, vnDay } from '@ungcuu/domain/readiness/dates.ts';
import { notify } from '../notifications/notify.ts';
import { answersToChase, markChased } from '../requests/requests.repository.ts';
import { LOCK_KEYS } from '../shared/lock-keys.ts';
import { toDay } from '../shared/row-values.ts';
import type { Job } from './scheduler.ts';

/** Days before a request's deadline that an unanswered unit is reminded. */
export const REQUEST_REMINDER_DAYS = 2;

const vnDate = (day: string) => day.split('-').reverse().join('/');

/**
 * Requests to units, chased through the notifications module: a reminder to each unanswered unit
 * two days before the deadline, then, once the deadline has passed, the unit and the focal office
 * are told it is overdue. Each (request, unit) is chased once per kind; a reopened answer may be
 * escalated again.
 */
export const requestReminders: Job = {
  name: 'request-reminders',
  lockKey: LOCK_KEYS.jobRequestReminders,
  everyMs: 60 * 60_000,
  async run(trx, { clock }) {
    const now = clock.now();
    const today = vnDay(now.toISOString());
    const soon = dayKey(vnDay(new Date(now.getTime() + REQUEST_REMINDER_DAYS * 86_400_000).toISOString()));
    let sent = 0;
    const due = await answersToChase(trx, 'remind', soon);
    for (const a of due) {
      const deadline = toDay(a.deadline)!;
      const r = await notify(
        trx,
        {
          kind: 'request_received',
          to: [{ unit: a.unit_id }],
          title: {
            vi: `Nhắc: "${a.title}" cần trả lời trước hết ngày ${vnDate(deadline)}`,
            en: `Reminder: "${a.title}" is due by the end of ${deadline}`,
          },
          link: `/requests/${a.request_id}`,
          dedupeKey: `request.remind:${a.request_id}:${a.unit_id}`,
        },
        now,
      );
      sent += r.notices;
    }
    await markChased(trx, 'remind', due, now);

    const overdue = await answersToChase(trx, 'escalate', dayKey(today));
    for (const a of overdue) {
      const deadline = toDay(a.deadline)!;
      const r = await notify(
        trx,
        {
          kind: 'request_overdue',
          to: [{ unit: a.unit_id }, { focalOffice: true }],
          title: {
            vi: `Quá hạn trả lời yêu cầu "${a.title}" (hạn ${vnDate(deadline)}): ${a.unit_name}`,
            en: `Overdue answer to "${a.title}" (due ${deadline}): ${a.unit_name}`,
          },
          link: `/requests/${a.request_id}`,
          dedupeKey: `request.overdue:${a.request_id}:${a.unit_id}:${deadline}`,
        },
        now,
      );
      sent += r.notices;
    }
    await markChased(trx, 'escalate', overdue, now);
    return sent;
  },
};

export const REQUEST_JOBS: Job[] = [requestReminders];

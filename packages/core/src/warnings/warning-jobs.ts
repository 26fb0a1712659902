import { WARNING_REMINDER_DAYS } from '@ungcuu/domain/warnings/warning.ts';
import type { Job } from '../jobs/scheduler.ts';
import { type NotifyEvent, notify } from '../notifications/notify.ts';
import { vnToday } from '../readiness/readiness-items.service.ts';
import type { Trx } from '../shared/context.ts';
import { LOCK_KEYS } from '../shared/lock-keys.ts';
import { toDay } from '../shared/row-values.ts';
import { addWarningTimeline } from './warning.repository.ts';
import { leaderUsersOfUnits, markTargets, targetsToRemindOrEscalate } from './warning-target.repository.ts';

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

function dmy(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

type DueTarget = Awaited<ReturnType<typeof targetsToRemindOrEscalate>>[number];

/**
 * Notifies each target (the event built from it and its deadline day), records the step on the warning's
 * timeline, then stamps the step's column on all of them. Returns the notices written.
 */
async function notifyTargets(
  trx: Trx,
  now: Date,
  targets: readonly DueTarget[],
  step: 'reminded' | 'escalated',
  event: (t: DueTarget, day: string) => NotifyEvent,
): Promise<number> {
  let sent = 0;
  for (const t of targets) {
    const day = toDay(t.deadline)!;
    const r = await notify(trx, event(t, day), now);
    sent += r.notices;
    await addWarningTimeline(trx, {
      warningId: t.warning_id,
      at: now,
      step,
      unitId: t.unit_id,
      actorUserId: null,
      actorLabel: 'system',
      data: { deadline: day },
    });
  }
  await markTargets(
    trx,
    targets.map((t) => t.id),
    step === 'reminded' ? 'reminded_at' : 'escalated_at',
    now,
  );
  return sent;
}

/**
 * Open targets of published warnings: reminded once when the deadline is near (the unit's people),
 * escalated once after it (the unit's leaders, the unit again and the focal office). The reminded_at
 * and escalated_at columns and the dedupe keys make a second run a no-op.
 */
export const warningReminders: Job = {
  name: 'warning-reminders',
  lockKey: LOCK_KEYS.jobWarningReminders,
  everyMs: 60 * 60_000,
  async run(trx, { clock }) {
    const now = clock.now();
    const today = vnToday(now);
    const due = await targetsToRemindOrEscalate(trx, today, addDays(today, WARNING_REMINDER_DAYS));
    const remind = due.filter((t) => toDay(t.deadline)! >= today && t.reminded_at === null);
    const escalate = due.filter((t) => toDay(t.deadline)! < today && t.escalated_at === null);
    const leaders = await leaderUsersOfUnits(
      trx,
      escalate.map((t) => t.unit_id),
    );
    let sent = await notifyTargets(trx, now, remind, 'reminded', (t, day) => ({
      kind: 'warning_due_soon',
      to: [{ unit: t.unit_id }],
      title: {
        vi: `Cảnh báo ${t.code} cần báo cáo kết quả trước ngày ${dmy(day)}: ${t.title}`,
        en: `Warning ${t.code} needs your report by ${day}: ${t.title}`,
      },
      link: `/warnings/${t.warning_id}`,
      dedupeKey: `warning-remind:${t.id}`,
    }));
    sent += await notifyTargets(trx, now, escalate, 'escalated', (t, day) => ({
      kind: 'warning_overdue',
      to: [
        { unit: t.unit_id },
        { focalOffice: true },
        ...leaders
          .filter((l) => l.unit_id === t.unit_id)
          .map((l) => ({ user: { id: l.id, unitId: l.unit_id } })),
      ],
      title: {
        vi: `${t.unit_name} quá hạn thực hiện cảnh báo ${t.code} (hạn ${dmy(day)}): ${t.title}`,
        en: `${t.unit_name} is overdue on warning ${t.code} (due ${day}): ${t.title}`,
      },
      link: `/warnings/${t.warning_id}`,
      dedupeKey: `warning-overdue:${t.id}`,
    }));
    return sent;
  },
};

export const WARNING_JOBS: Job[] = [warningReminders];

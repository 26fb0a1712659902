import { recordAudit } from '../audit/audit.service.ts';
import { publishChange } from '../events/change-bus.ts';
import { regimeById } from '../incidents/regime.service.ts';
import { deadlinesOf } from '../incidents/severity-assessment.ts';
import { overdueTasks } from '../incidents/task.repository.ts';
import { addTimeline } from '../incidents/timeline.repository.ts';
import { tierNumber } from '../notifications/incident-notices.ts';
import { notify } from '../notifications/notify.ts';
import { SYSTEM_ACTOR } from '../shared/context.ts';
import { LOCK_KEYS } from '../shared/lock-keys.ts';
import type { Job } from './scheduler.ts';

const BATCH = 200;
const OPEN_STATES = ['new', 'triaged', 'responding', 'contained', 'recovered'];

/** Overdue tasks escalate to the coordinator (seed II.1.d: the focal office runs the response). */
export const escalateOverdueTasks: Job = {
  name: 'escalate-overdue-tasks',
  lockKey: LOCK_KEYS.jobOverdueTasks,
  everyMs: 60_000,
  async run(trx, { clock }) {
    const now = clock.now();
    const tasks = await overdueTasks(trx, now, BATCH);
    for (const t of tasks) {
      await trx.updateTable('incident_tasks').set({ escalated_at: now }).where('id', '=', t.id).execute();
      const title = t.title as { vi: string; en: string };
      await addTimeline(trx, {
        incidentId: t.incident_id,
        at: now,
        kind: 'auto',
        event: 'task_overdue',
        actorUserId: null,
        actorLabel: 'system',
        data: { taskId: t.id, dueAt: new Date(t.due_at!).toISOString() },
      });
      await notify(
        trx,
        {
          kind: 'task_overdue',
          to: [{ focalOffice: true }],
          thread: t.incident_id,
          title: {
            vi: `Nhiệm vụ quá hạn trong sự cố ${t.code}: ${title.vi}`,
            en: `Overdue task in incident ${t.code}: ${title.en}`,
          },
          link: `/incidents/${t.incident_id}`,
          dedupeKey: `task-overdue:${t.id}`,
        },
        now,
      );
      await recordAudit(trx, { now: () => now }, SYSTEM_ACTOR, {
        action: 'task.escalate_overdue',
        entityType: 'task',
        entityId: t.id,
        unitId: t.assignee_unit_id,
        after: { escalatedAt: now.toISOString() },
      });
      await publishChange(trx, { entity: 'task', id: t.id, action: 'overdue', unitIds: t.unit_ids });
    }
    return tasks.length;
  },
};

/** Reminders before a reporting deadline falls due and escalation after (domain README §4). */
export const deadlineReminders: Job = {
  name: 'deadline-reminders',
  lockKey: LOCK_KEYS.jobIncidentDeadlines,
  everyMs: 5 * 60_000,
  async run(trx, { clock }) {
    const now = clock.now();
    let sent = 0;
    let afterId = '00000000-0000-0000-0000-000000000000';
    // Open incidents in keyset pages: never the whole table at once.
    for (;;) {
      const rows = await trx
        .selectFrom('incidents')
        .selectAll()
        .where('state', 'in', OPEN_STATES)
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(BATCH)
        .execute();
      if (rows.length === 0) break;
      for (const row of rows) {
        const regime = await regimeById(trx, row.regime_id);
        for (const d of deadlinesOf(row, regime, now)) {
          if (d.status !== 'due_soon' && d.status !== 'overdue' && d.status !== 'due_now') continue;
          // An "immediately" duty not met yet is as urgent as an overdue one.
          const overdue = d.status === 'overdue' || d.status === 'due_now';
          const tier = tierNumber(row.tier);
          await notify(
            trx,
            {
              kind: overdue ? 'deadline_overdue' : 'deadline_due_soon',
              // Overdue work goes to the focal office; an overdue emergency report also to the leaders.
              to: [
                { unit: row.reporting_unit_id },
                ...(overdue ? [{ focalOffice: true as const }] : []),
                ...(overdue && (tier ?? 0) >= 3 ? [{ role: 'leader' as const }] : []),
              ],
              tier,
              thread: row.id,
              title: overdue
                ? d.status === 'due_now'
                  ? {
                      vi: `Đến hạn ngay: ${d.label.vi} — sự cố ${row.code}`,
                      en: `Due now: ${d.label.en} — incident ${row.code}`,
                    }
                  : {
                      vi: `Quá hạn: ${d.label.vi} — sự cố ${row.code}`,
                      en: `Overdue: ${d.label.en} — incident ${row.code}`,
                    }
                : {
                    vi: `Sắp đến hạn: ${d.label.vi} — sự cố ${row.code}`,
                    en: `Due soon: ${d.label.en} — incident ${row.code}`,
                  },
              link: `/incidents/${row.id}`,
              dedupeKey: `deadline:${row.id}:${d.code}:${d.status}`,
            },
            now,
          );
          sent++;
        }
      }
      afterId = rows[rows.length - 1]!.id;
    }
    return sent;
  },
};

export const INCIDENT_JOBS: Job[] = [escalateOverdueTasks, deadlineReminders];

import type { LocalizedText } from '@ungcuu/domain/i18n-text.ts';
import { getSetting } from '../auth/settings.repository.ts';
import { regimeAt } from '../incidents/regime.service.ts';
import { addTimeline } from '../incidents/timeline.repository.ts';
import type { Job } from '../jobs/scheduler.ts';
import { vnToday } from '../readiness/readiness-items.service.ts';
import { daysBetween } from '../readiness/readiness-kinds.ts';
import type { Executor, Trx } from '../shared/context.ts';
import { LOCK_KEYS } from '../shared/lock-keys.ts';
import { tierNumber } from './incident-notices.ts';
import { notify } from './notify.ts';
import { enqueue } from './outbox.ts';
import * as reminders from './reminders.repository.ts';

export const ESCALATION_SETTING_KEY = 'notifications.escalation';
export const DEFAULT_ESCALATION_MINUTES = 30;
/** Days before a contract ends, an inspection falls due, a periodic report is due. */
export const REMINDER_DAYS = { contract: 30, inspection: 7, periodicReport: 14 } as const;

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

function dmy(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

function dayOf(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

export async function escalationMinutes(db: Executor): Promise<number> {
  const s = await getSetting<{ minutes?: number }>(db, ESCALATION_SETTING_KEY);
  return s?.minutes && s.minutes > 0 ? s.minutes : DEFAULT_ESCALATION_MINUTES;
}

/**
 * Escalation when nobody answers: a T3/T4 incident still unacknowledged after the set time goes
 * to the backup focal point (by email) and the focal office again; after twice that time, to the
 * leaders. Each step is written once (dedupe keys) and shows on the incident's timeline.
 */
export const escalateUnanswered: Job = {
  name: 'escalate-unanswered-incidents',
  lockKey: LOCK_KEYS.jobUnansweredIncidents,
  everyMs: 60_000,
  async run(trx, { clock }) {
    const now = clock.now();
    const minutes = await escalationMinutes(trx);
    let steps = 0;
    for (const row of await reminders.unacknowledgedUrgent(trx, new Date(now.getTime() - minutes * 60_000))) {
      const waited = (now.getTime() - new Date(row.reported_at).getTime()) / 60_000;
      const step = waited >= 2 * minutes ? 2 : 1;
      for (let s = 1; s <= step; s++) {
        const told = await escalationStep(trx, row, s, minutes * s, now);
        if (told) steps++;
      }
    }
    return steps;
  },
};

async function escalationStep(
  trx: Trx,
  row: { id: string; code: string; title: string; tier: string },
  step: number,
  minutes: number,
  now: Date,
): Promise<boolean> {
  const title: LocalizedText = {
    vi: `Sự cố ${row.code} (${row.tier}) chưa được tiếp nhận sau ${minutes} phút: ${row.title}`,
    en: `Incident ${row.code} (${row.tier}) not acknowledged after ${minutes} minutes: ${row.title}`,
  };
  const base = {
    kind: 'incident_escalated' as const,
    title,
    link: `/incidents/${row.id}`,
    tier: tierNumber(row.tier),
    thread: row.id,
    dedupeKey: `unanswered:${step}:${row.id}`,
  };
  let written = 0;
  let to: string;
  if (step === 1) {
    const r = await notify(trx, { ...base, to: [{ focalOffice: true }] }, now);
    written += r.notices + r.messages;
    // The backup focal point is a contact of the focal office (units.focal_backup), maybe without an account.
    const emails = await reminders.backupFocalEmails(trx);
    const queued = await enqueue(
      trx,
      emails.map((email) => ({
        channel: 'email' as const,
        recipient: email,
        kind: 'incident_escalated',
        payload: { notice: { ...base, body: null }, locale: 'vi', thread: row.id },
        dedupeKey: `${base.dedupeKey}:backup:${email}`,
      })),
    );
    written += queued.length;
    to = 'đầu mối dự phòng / backup focal point';
  } else {
    const r = await notify(trx, { ...base, to: [{ role: 'leader' }] }, now);
    written += r.notices + r.messages;
    to = 'lãnh đạo / leadership';
  }
  if (written === 0) return false;
  await addTimeline(trx, {
    incidentId: row.id,
    at: now,
    kind: 'auto',
    event: 'unanswered_escalated',
    actorUserId: null,
    actorLabel: 'system',
    data: { step, minutes, to },
  });
  return true;
}

/** Service contracts before they end, planned inspections before their day, periodic reports before their legal date. */
export const preparednessReminders: Job = {
  name: 'preparedness-reminders',
  lockKey: LOCK_KEYS.jobPreparednessReminders,
  everyMs: 60 * 60_000,
  async run(trx, { clock }) {
    const now = clock.now();
    const today = vnToday(now);
    let sent = 0;
    for (const c of await reminders.contractsEndingBetween(
      trx,
      today,
      addDays(today, REMINDER_DAYS.contract),
    )) {
      const day = dayOf(c.ends_on);
      const left = daysBetween(today, day);
      const r = await notify(
        trx,
        {
          kind: 'contract_expiring',
          to: [{ unit: c.unit_id }, { focalOffice: true }],
          title: {
            vi: `Hợp đồng dịch vụ với ${c.provider} hết hạn ngày ${dmy(day)} (còn ${left} ngày)`,
            en: `The service contract with ${c.provider} ends on ${day} (${left} days left)`,
          },
          body: { vi: c.scope, en: c.scope },
          link: '/readiness?tab=contracts',
          dedupeKey: `contract-expiring:${c.id}:${day}`,
        },
        now,
      );
      sent += r.notices;
    }
    for (const i of await reminders.inspectionsPlannedBetween(
      trx,
      today,
      addDays(today, REMINDER_DAYS.inspection),
    )) {
      const day = dayOf(i.planned_on);
      const r = await notify(
        trx,
        {
          kind: 'inspection_due',
          to: [{ unit: i.unit_id }, { focalOffice: true }],
          title: {
            vi: `Đến kỳ kiểm tra an toàn thông tin năm ${i.year}: ngày ${dmy(day)}`,
            en: `Security inspection ${i.year} due on ${day}`,
          },
          link: `/inspections/${i.id}`,
          dedupeKey: `inspection-due:${i.id}:${day}`,
        },
        now,
      );
      sent += r.notices;
    }
    // The regime in force decides the dates (2017: 20/6 and 15/12).
    const regime = await regimeAt(trx, now);
    const year = today.slice(0, 4);
    for (const p of regime.periodicReports) {
      const due = `${year}-${p.dueBefore}`;
      const left = daysBetween(today, due);
      if (left < 0 || left > REMINDER_DAYS.periodicReport) continue;
      const r = await notify(
        trx,
        {
          kind: 'periodic_report_due',
          to: [{ focalOffice: true }],
          title: {
            vi: `${p.label.vi}: hạn gửi trước ngày ${dmy(due)} (còn ${left} ngày)`,
            en: `${p.label.en}: due before ${due} (${left} days left)`,
          },
          body: { vi: p.basis, en: p.basis },
          link: '/regimes',
          dedupeKey: `periodic:${regime.id}:${p.code}:${year}`,
        },
        now,
      );
      sent += r.notices;
    }
    return sent;
  },
};

/** Daily digest: at 7:00 Vietnam time, one mail per person who chose it, listing unread notices. */
export const dailyDigest: Job = {
  name: 'notification-digest',
  lockKey: LOCK_KEYS.jobNotificationDigest,
  everyMs: 15 * 60_000,
  async run(trx, { clock }) {
    const now = clock.now();
    const vnHour = (now.getUTCHours() + 7) % 24;
    if (vnHour < 7) return 0;
    const today = vnToday(now);
    let sent = 0;
    for (const u of await reminders.digestReaders(trx)) {
      const items = await reminders.unreadSince(
        trx,
        { id: u.id, unitId: u.unit_id },
        new Date(now.getTime() - 86_400_000),
      );
      if (items.length === 0 || !u.email) continue;
      const en = u.locale === 'en';
      const lines = items.map((n) => `- ${(n.title as LocalizedText)[en ? 'en' : 'vi']}`);
      const id = await notify(
        trx,
        {
          kind: 'digest',
          to: [{ user: { id: u.id, unitId: u.unit_id } }],
          title: {
            vi: `Bản tin thông báo ngày ${dmy(today)}: ${items.length} thông báo chưa đọc`,
            en: `Notices of ${today}: ${items.length} unread`,
          },
          body: { vi: lines.join('\n'), en: lines.join('\n') },
          link: '/notifications',
          dedupeKey: `digest:${u.id}:${today}`,
        },
        now,
      );
      sent += id.messages;
    }
    return sent;
  },
};

export const NOTIFICATION_JOBS: Job[] = [escalateUnanswered, preparednessReminders, dailyDigest];

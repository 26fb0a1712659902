import type { LocalizedText } from '@ungcuu/domain/i18n-text.ts';
import { URGENT_TIER } from '@ungcuu/domain/notifications/notice-kinds.ts';
import type { IncidentRow } from '../db/schema-incidents.ts';
import type { Executor } from '../shared/context.ts';
import { type Audience, type NotifyEvent, notify } from './notify.ts';
import { notifyEach } from './notify-each.ts';

// What each incident event tells whom (issue 9 "who hears what"). Services call one of these in
// their transaction; the wording lives here, beside the other notices.

type IncidentRef = Pick<IncidentRow, 'id' | 'code' | 'tier'> &
  Partial<Pick<IncidentRow, 'title' | 'reporter_user_id' | 'reporting_unit_id'>>;

/** 'T3' → 3. */
export function tierNumber(tier: string | null | undefined): number | null {
  const m = /^T([0-4])$/.exec(tier ?? '');
  return m ? Number(m[1]) : null;
}

function about(incident: IncidentRef) {
  return { link: `/incidents/${incident.id}`, tier: tierNumber(incident.tier), thread: incident.id };
}

/** A new report: the focal office; a T3/T4 one also every leader (seed IV: leadership kept informed). */
export async function noticeIncidentReported(db: Executor, incident: IncidentRef, now: Date): Promise<void> {
  const base = about(incident);
  const title: LocalizedText = {
    vi: `Sự cố mới ${incident.code} (${incident.tier}): ${incident.title ?? ''}`,
    en: `New incident ${incident.code} (${incident.tier}): ${incident.title ?? ''}`,
  };
  await notify(
    db,
    {
      ...base,
      kind: 'incident_reported',
      to: [{ focalOffice: true }],
      title,
      dedupeKey: `incident-reported:${incident.id}`,
    },
    now,
  );
  if ((base.tier ?? 0) >= URGENT_TIER)
    await notify(
      db,
      {
        ...base,
        kind: 'incident_urgent',
        to: [{ role: 'leader' }],
        title,
        dedupeKey: `incident-urgent:${incident.id}`,
      },
      now,
    );
}

/**
 * Reports filed together by intake's group commit (decision 0029): each its own notices, exactly as
 * noticeIncidentReported writes them, in the statements of one.
 */
export async function noticeIncidentsReportedEach(
  db: Executor,
  incidents: readonly IncidentRef[],
  now: Date,
): Promise<void> {
  const reported: NotifyEvent[] = [];
  const urgent: NotifyEvent[] = [];
  for (const incident of incidents) {
    const base = about(incident);
    const title: LocalizedText = {
      vi: `Sự cố mới ${incident.code} (${incident.tier}): ${incident.title ?? ''}`,
      en: `New incident ${incident.code} (${incident.tier}): ${incident.title ?? ''}`,
    };
    reported.push({
      ...base,
      kind: 'incident_reported',
      to: [{ focalOffice: true }],
      title,
      dedupeKey: `incident-reported:${incident.id}`,
    });
    if ((base.tier ?? 0) >= URGENT_TIER)
      urgent.push({
        ...base,
        kind: 'incident_urgent',
        to: [{ role: 'leader' }],
        title,
        dedupeKey: `incident-urgent:${incident.id}`,
      });
  }
  await notifyEach(db, reported, now);
  await notifyEach(db, urgent, now);
}

/**
 * A batch of reports from a machine (batch intake): one notice for the focal office naming how many
 * and the first codes, and one for the leaders when any is T3/T4, instead of one per report.
 */
export async function noticeIncidentsReported(
  db: Executor,
  incidents: readonly IncidentRef[],
  now: Date,
  batchKey: string,
): Promise<void> {
  const first = incidents[0];
  if (!first) return;
  if (incidents.length === 1) return noticeIncidentReported(db, first, now);
  const list = (rows: readonly IncidentRef[]) =>
    rows
      .slice(0, 5)
      .map((i) => `${i.code} (${i.tier})`)
      .join(', ') + (rows.length > 5 ? ', …' : '');
  const top = Math.max(...incidents.map((i) => tierNumber(i.tier) ?? 0));
  await notify(
    db,
    {
      kind: 'incident_reported',
      to: [{ focalOffice: true }],
      link: '/incidents',
      tier: top,
      title: {
        vi: `${incidents.length} sự cố mới được gửi theo lô: ${list(incidents)}`,
        en: `${incidents.length} new incidents reported in a batch: ${list(incidents)}`,
      },
      dedupeKey: `incidents-reported:${batchKey}`,
    },
    now,
  );
  const urgent = incidents.filter((i) => (tierNumber(i.tier) ?? 0) >= URGENT_TIER);
  if (urgent.length > 0)
    await notify(
      db,
      {
        kind: 'incident_urgent',
        to: [{ role: 'leader' }],
        link: urgent.length === 1 ? `/incidents/${urgent[0]!.id}` : '/incidents',
        tier: top,
        title: {
          vi: `${urgent.length} sự cố khẩn cấp trong lô báo cáo: ${list(urgent)}`,
          en: `${urgent.length} emergency incidents in a reported batch: ${list(urgent)}`,
        },
        dedupeKey: `incidents-urgent:${batchKey}`,
      },
      now,
    );
}

/** Acknowledged (left "new") or closed: the reporter hears it (NĐ 15/2020 Điều 78: reply to reports). */
export async function noticeIncidentState(
  db: Executor,
  actor: { userId: string },
  before: Pick<IncidentRow, 'state'>,
  incident: IncidentRef & Pick<IncidentRow, 'state'>,
  now: Date,
): Promise<void> {
  if (!incident.reporter_user_id || !incident.reporting_unit_id) return;
  const reporter = { user: { id: incident.reporter_user_id, unitId: incident.reporting_unit_id } };
  const base = { ...about(incident), to: [reporter], exceptUserId: actor.userId };
  if (before.state === 'new' && incident.state !== 'new' && incident.state !== 'rejected')
    await notify(
      db,
      {
        ...base,
        kind: 'incident_acknowledged',
        title: {
          vi: `Cơ quan đầu mối đã tiếp nhận báo cáo sự cố ${incident.code}`,
          en: `The focal office acknowledged incident report ${incident.code}`,
        },
        dedupeKey: `incident-ack:${incident.id}`,
      },
      now,
    );
  if (['closed', 'rejected', 'duplicate'].includes(incident.state) && before.state !== incident.state)
    await notify(
      db,
      {
        ...base,
        kind: 'incident_closed',
        title: {
          vi: `Sự cố ${incident.code} đã kết thúc xử lý`,
          en: `Incident ${incident.code} has been closed`,
        },
      },
      now,
    );
}

/** Escalated to an outside body: leaders hear it. */
export async function noticeIncidentEscalated(
  db: Executor,
  incident: IncidentRef,
  toName: string,
  now: Date,
): Promise<void> {
  await notify(
    db,
    {
      ...about(incident),
      kind: 'incident_escalated',
      to: [{ role: 'leader' }],
      title: {
        vi: `Sự cố ${incident.code} đã được báo cáo lên ${toName}`,
        en: `Incident ${incident.code} was escalated to ${toName}`,
      },
    },
    now,
  );
}

/**
 * A task given to a person tells that person; a task given to a unit tells the whole unit (seed II.1.d: units accept or decline their tasks, so they must hear of them at once).
 */
export async function noticeTaskAssigned(
  db: Executor,
  actor: { userId: string },
  incident: { id: string; code: string; tier?: string },
  task: { id: string; title: unknown; assignee_unit_id: string | null; assignee_user_id: string | null },
  personUnitId: string | null,
  now: Date = new Date(),
): Promise<void> {
  const title = task.title as LocalizedText;
  // A person's task is theirs alone (their colleagues do not see it); a unit's task reaches its people.
  const to: Audience[] =
    task.assignee_user_id && personUnitId
      ? [{ user: { id: task.assignee_user_id, unitId: personUnitId } }]
      : task.assignee_unit_id
        ? [{ unit: task.assignee_unit_id }]
        : [];
  if (to.length === 0) return;
  await notify(
    db,
    {
      link: `/incidents/${incident.id}`,
      tier: tierNumber(incident.tier),
      thread: incident.id,
      kind: 'task_assigned',
      to,
      exceptUserId: actor.userId,
      title: {
        vi: `Nhiệm vụ mới trong sự cố ${incident.code}: ${title.vi}`,
        en: `New task in incident ${incident.code}: ${title.en}`,
      },
    },
    now,
  );
}

/** A unit declined its task: the focal office must find someone else. */
export async function noticeTaskResponse(
  db: Executor,
  action: string,
  incident: Pick<IncidentRow, 'id' | 'code' | 'tier'>,
  task: { id: string; title: unknown; decline_reason: string | null },
  now: Date,
): Promise<void> {
  if (action !== 'decline') return;
  const title = task.title as LocalizedText;
  await notify(
    db,
    {
      ...about(incident),
      kind: 'task_declined',
      to: [{ focalOffice: true }],
      title: {
        vi: `Nhiệm vụ bị từ chối trong sự cố ${incident.code}: ${title.vi}`,
        en: `Task declined in incident ${incident.code}: ${title.en}`,
      },
      body: task.decline_reason ? { vi: task.decline_reason, en: task.decline_reason } : null,
    },
    now,
  );
}

/** Someone was named in a comment they may read. */
export async function noticeMention(
  db: Executor,
  actor: { label: string },
  incident: Pick<IncidentRow, 'id' | 'code' | 'tier'>,
  person: { id: string; unit_id: string },
  body: string,
  now: Date,
): Promise<void> {
  await notify(
    db,
    {
      ...about(incident),
      kind: 'mention',
      to: [{ user: { id: person.id, unitId: person.unit_id } }],
      title: {
        vi: `${actor.label} nhắc đến bạn trong sự cố ${incident.code}`,
        en: `${actor.label} mentioned you in incident ${incident.code}`,
      },
      body: { vi: body.slice(0, 300), en: body.slice(0, 300) },
    },
    now,
  );
}

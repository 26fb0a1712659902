import { extractObservables } from '@ungcuu/domain/incidents/observables.ts';
import { causeGroupOf, SUBTYPE_LABELS, type Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import type { TriggerFlags } from '@ungcuu/domain/incidents/triggers.ts';
import { regimeInForce } from '@ungcuu/domain/regimes/regime.ts';
import type { Insertable } from 'kysely';
import type {
  IncidentReportDocsTable,
  IncidentsTable,
  IncidentTasksTable,
  IncidentTimelineTable,
  LessonFollowupsTable,
} from '../db/schema-incidents.ts';
import { composeUnitIds } from '../incidents/incident-access.ts';
import { allRegimes } from '../incidents/regime.service.ts';
import { assessSeverity, fullTriggers } from '../incidents/severity-assessment.ts';
import type { Trx } from '../shared/context.ts';
import { insertRows, takeIncidentCodes } from './demo.repository.ts';
import { AGENCIES, type DemoContext, type DemoLoader, type DemoSystemRef, WARDS } from './demo-context.ts';
import { closureTexts, describe, FOLLOWUPS } from './demo-incident-texts.ts';
import { hoursAfter } from './demo-random.ts';

// Two years of the town's incidents (≈ 220) across causes, tiers and units: timeline moments,
// tasks, Mẫu 03/04 records, and for the closed ones the closure (cause, actions, lessons) with
// follow-ups and links to the risks of the affected system.

export const DEMO_INCIDENT_COUNT = 220;
const DAYS = 730;

const SUBTYPES: [Subtype, number][] = [
  ['attack.phishing', 26],
  ['attack.malware', 20],
  ['attack.intrusion', 7],
  ['attack.defacement', 8],
  ['attack.dos', 5],
  ['attack.ransomware', 5],
  ['attack.espionage', 2],
  ['attack.combined', 1],
  ['failure.power', 11],
  ['failure.internet', 13],
  ['failure.software_hardware', 10],
  ['failure.overload', 4],
  ['operator.software_config', 5],
  ['operator.hardware_config', 3],
  ['operator.policy', 2],
  ['disaster.storm', 3],
  ['disaster.flood', 2],
  ['disaster.fire', 1],
];

/** Which kinds of system a subtype usually hits. */
function systemFor(ctx: DemoContext, subtype: Subtype, unitId: string): DemoSystemRef | undefined {
  const own = ctx.systems.filter((s) => s.unitId === unitId);
  const prefer: Record<string, string[]> = {
    'attack.phishing': ['email', 'endpoint_group'],
    'attack.defacement': ['portal'],
    'attack.dos': ['portal', 'shared'],
    'failure.power': ['network', 'endpoint_group'],
    'failure.internet': ['network'],
  };
  const kinds = prefer[subtype];
  const fit = kinds ? ctx.systems.filter((s) => kinds.includes(s.kind)) : [];
  const local = own.filter((s) => !kinds || kinds.includes(s.kind));
  if (local.length > 0) return ctx.rnd.pick(local);
  if (fit.length > 0 && ctx.rnd.chance(0.5)) return ctx.rnd.pick(fit);
  return own.length > 0 ? ctx.rnd.pick(own) : undefined;
}

function triggersFor(ctx: DemoContext, subtype: Subtype): Partial<TriggerFlags> {
  const r = ctx.rnd;
  if (subtype === 'attack.phishing' || subtype === 'attack.malware')
    return r.chance(0.15) ? { C4: true } : {};
  if (subtype === 'attack.ransomware') return { C1: true, C3: r.chance(0.4), C6: r.chance(0.2) };
  if (subtype === 'attack.espionage') return { C2: r.chance(0.3) };
  if (subtype === 'attack.intrusion') return { C4: true, C6: r.chance(0.15) };
  if (subtype === 'attack.combined') return { C1: true, C4: true, C5: true };
  return r.chance(0.75) ? { C1: true, C5: r.chance(0.1) } : {};
}

/** The states an incident went through to reach its final one. */
const PATH = ['new', 'triaged', 'responding', 'contained', 'recovered', 'closed'] as const;

const TASKS: [phase: string, vi: string, en: string][] = [
  ['P2', 'Xác minh, thu thập thông tin ban đầu', 'Verify and collect first information'],
  ['P4', 'Cô lập thiết bị, hệ thống bị ảnh hưởng', 'Isolate the affected devices and systems'],
  ['P4', 'Thu thập và lưu giữ nhật ký hệ thống', 'Collect and preserve system logs'],
  ['P5', 'Khôi phục hoạt động của hệ thống', 'Restore the system'],
];

export const demoIncidents: DemoLoader = {
  name: 'incidents',
  async load(trx: Trx, ctx: DemoContext) {
    const { rnd, now } = ctx;
    const regimes = await allRegimes(trx);
    const reporters = [...WARDS, ...AGENCIES, 'VP-HDND-UBND', 'TCKH', 'VHKHTT'];
    const focal = ctx.units.get('VHKHTT')!.id;
    const provider = ctx.units.get('NCC-ATTT')?.id;
    const lead = ctx.users.get('dieuphoi')?.id ?? null;
    const officerOf = new Map([...ctx.users.values()].map((u) => [u.unitId, u.id]));

    // Dates first (oldest → newest), so codes follow the order of reporting within each year.
    const detectedTimes = Array.from(
      { length: DEMO_INCIDENT_COUNT },
      () => new Date(now.getTime() - rnd.int(1, DAYS * 24) * 3600_000 - rnd.int(0, 59) * 60_000),
    ).sort((a, b) => a.getTime() - b.getTime());
    const reportedTimes = detectedTimes.map(
      (d) => new Date(Math.min(now.getTime() - 60_000, hoursAfter(d, rnd.int(1, 20) / 2).getTime())),
    );
    const yearOf = (d: Date) => Number(new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 4));
    const codes = new Map<number, string[]>();
    for (const year of new Set(reportedTimes.map(yearOf)))
      codes.set(
        year,
        await takeIncidentCodes(trx, year, reportedTimes.filter((d) => yearOf(d) === year).length),
      );

    const incidents: Insertable<IncidentsTable>[] = [];
    const timeline: Insertable<IncidentTimelineTable>[] = [];
    const tasks: Insertable<IncidentTasksTable>[] = [];
    const docs: Insertable<IncidentReportDocsTable>[] = [];
    const observables: {
      incident_id: string;
      kind: string;
      value: string;
      normalized: string;
      source: string;
    }[] = [];
    const followups: Insertable<LessonFollowupsTable>[] = [];
    const links: { incident_id: string; risk_id: string; linked_by: string | null }[] = [];

    for (let i = 0; i < DEMO_INCIDENT_COUNT; i++) {
      const id = rnd.uuid();
      const detectedAt = detectedTimes[i]!;
      const reportedAt = reportedTimes[i]!;
      const code = codes.get(yearOf(reportedAt))!.shift()!;
      const subtype = rnd.weighted(
        SUBTYPES.map((s) => s[0]),
        SUBTYPES.map((s) => s[1]),
      );
      const unitCode = rnd.weighted(
        reporters,
        reporters.map((c) => (c.startsWith('P-') || c.startsWith('X-') ? 2 : 3)),
      );
      const unit = ctx.units.get(unitCode)!;
      const system = systemFor(ctx, subtype, unit.id);
      const triggers = fullTriggers(triggersFor(ctx, subtype));
      const regime = regimeInForce(regimes, detectedAt) ?? regimes[0]!;
      const severity = assessSeverity(
        { triggers, ciaAffected: true, nationalSecurityHarm: false },
        system
          ? {
              id: system.id,
              name: system.name,
              securityLevel: system.level as 1 | 2 | 3 | 4 | 5 | null,
              levelApprovalStatus: system.approved ? 'approved' : 'draft',
              nationalCritical: false,
              ownerUnitId: system.unitId,
              operatingUnitId: system.unitId,
            }
          : undefined,
        regime,
      );
      const ageDays = (now.getTime() - detectedAt.getTime()) / 86_400_000;
      // Older incidents are finished; the last weeks still have open ones in every state.
      const final =
        ageDays > 45
          ? rnd.weighted(['closed', 'rejected', 'recovered'], [92, 6, 2])
          : rnd.weighted(
              ['new', 'triaged', 'responding', 'contained', 'recovered', 'closed'],
              [2, 2, 3, 2, 2, 4],
            );
      const closed = final === 'closed';
      const closedAt = closed
        ? new Date(Math.min(now.getTime() - 3600_000, hoursAfter(reportedAt, rnd.int(6, 24 * 21)).getTime()))
        : null;
      const text = closed ? closureTexts(rnd, subtype) : null;
      const place = unit.name;
      const description = describe(rnd, subtype, place, system?.name ?? 'hệ thống của đơn vị');
      const reporter = officerOf.get(unit.id) ?? null;
      const responding = [
        focal,
        ...(provider && subtype.startsWith('attack.') && rnd.chance(0.3) ? [provider] : []),
      ];
      const channel = rnd.weighted(['web', 'email', 'public', 'monitor'], [6, 2, 1, 1]);
      incidents.push({
        id,
        code,
        title: `${SUBTYPE_LABELS[subtype].vi} — ${system?.name ?? place}`.slice(0, 300),
        description,
        detected_at: detectedAt,
        reported_at: reportedAt,
        reporting_unit_id: unit.id,
        reporter_user_id: reporter,
        reporter_contact: reporter
          ? null
          : JSON.stringify({ name: 'Cán bộ trực', phone: `09${rnd.int(10_000_000, 99_999_999)}` }),
        channel,
        system_id: system?.id ?? null,
        system_text: system?.name ?? null,
        triggers: JSON.stringify(triggers),
        cia_affected: true,
        personal_data: subtype === 'attack.espionage' || (subtype === 'attack.phishing' && rnd.chance(0.1)),
        national_security_harm: false,
        suggestion: null,
        cause_group: final === 'new' ? null : causeGroupOf(subtype),
        subtype: final === 'new' ? null : subtype,
        classification_confirmed: final !== 'new',
        confirmed_by: final === 'new' ? null : lead,
        confirmed_at: final === 'new' ? null : hoursAfter(reportedAt, 1),
        tier: severity.tier,
        serious: severity.serious,
        severity: JSON.stringify(severity),
        regime_id: regime.id,
        state: final,
        lead_user_id: final === 'new' ? null : lead,
        responding_unit_ids: final === 'new' ? [] : responding,
        unit_ids: composeUnitIds([unit.id, system?.unitId, ...(final === 'new' ? [] : responding)]),
        cause_summary: text?.cause ?? null,
        actions_taken:
          closed || final === 'recovered' ? (text?.actions ?? 'Đã khôi phục hoạt động của hệ thống.') : null,
        lessons_learned: text?.lessons ?? null,
        rejection_reason: final === 'rejected' ? 'Sau xác minh: sự kiện đã bị chặn, không phải sự cố.' : null,
        deadlines_done: JSON.stringify(closed ? { notify: hoursAfter(reportedAt, 20).toISOString() } : {}),
        closed_at: closedAt,
        updated_at: closedAt ?? reportedAt,
      });
      const by = { kind: 'auto', actor_user_id: reporter, actor_label: 'demo' };
      timeline.push(
        { incident_id: id, at: detectedAt, event: 'detected', ...by, text: null, data: null },
        {
          incident_id: id,
          at: reportedAt,
          event: 'reported',
          ...by,
          text: null,
          data: JSON.stringify({ channel, tier: severity.tier }),
        },
        {
          incident_id: id,
          at: reportedAt,
          event: 'acknowledged',
          ...by,
          text: null,
          data: JSON.stringify({ code }),
        },
      );
      const end = final === 'rejected' ? 1 : PATH.indexOf(final as (typeof PATH)[number]);
      const span = ((closedAt ?? now).getTime() - reportedAt.getTime()) / Math.max(end, 1);
      if (final !== 'new')
        timeline.push({
          incident_id: id,
          at: hoursAfter(reportedAt, 1),
          event: 'classified',
          kind: 'auto',
          actor_user_id: lead,
          actor_label: 'demo',
          text: null,
          data: JSON.stringify({ subtype }),
        });
      for (let s = 1; s <= end; s++) {
        const to = final === 'rejected' ? 'rejected' : PATH[s]!;
        timeline.push({
          incident_id: id,
          at: new Date(reportedAt.getTime() + span * s * 0.9),
          event: 'state_changed',
          kind: 'auto',
          actor_user_id: lead,
          actor_label: 'demo',
          text: null,
          data: JSON.stringify({ from: final === 'rejected' ? 'new' : PATH[s - 1], to }),
        });
      }
      // Tasks of the response: done when the incident is finished, some open (and overdue) otherwise.
      if (final !== 'new' && final !== 'rejected')
        for (const [n, [phase, vi, en]] of TASKS.slice(0, rnd.int(2, 4)).entries()) {
          const due = hoursAfter(reportedAt, 24 * (n + 1));
          const done = closed || final === 'recovered' || (n === 0 && final !== 'triaged');
          tasks.push({
            incident_id: id,
            title: JSON.stringify({ vi, en }),
            instructions: null,
            phase,
            step_key: null,
            evidence_hint: null,
            assignee_unit_id: n === 0 ? focal : unit.id,
            assignee_user_id: null,
            due_at: due,
            status: done ? 'done' : rnd.pick(['open', 'accepted', 'in_progress']),
            decline_reason: null,
            result_note: done ? 'Đã hoàn thành' : null,
            completed_at: done ? new Date(Math.min(due.getTime(), (closedAt ?? now).getTime())) : null,
            escalated_at: null,
            sort: n,
            created_by: lead,
            updated_at: now,
          });
        }
      if (final !== 'new' && final !== 'rejected' && severity.tier !== 'T0')
        docs.push({
          incident_id: id,
          form: 'mau03',
          reference: `${code}/BC-VHKHTT`,
          generated_by: lead ?? reporter ?? focal,
          generated_at: hoursAfter(reportedAt, 4),
          sent_at: hoursAfter(reportedAt, 6),
          sent_to: 'PA05 Công an tỉnh Hưng Yên',
        });
      if (closed && closedAt)
        docs.push({
          incident_id: id,
          form: 'mau04',
          reference: `${code}/BCKT-VHKHTT`,
          generated_by: lead ?? reporter ?? focal,
          generated_at: closedAt,
          sent_at: closedAt,
          sent_to: 'PA05 Công an tỉnh Hưng Yên',
        });
      for (const o of extractObservables(description))
        observables.push({
          incident_id: id,
          kind: o.kind,
          value: o.value,
          normalized: o.normalized,
          source: 'extracted',
        });
      if (closed && closedAt && rnd.chance(0.45)) {
        const status = rnd.weighted(['done', 'in_progress', 'planned'], [5, 2, 2]);
        followups.push({
          incident_id: id,
          action: rnd.pick(FOLLOWUPS),
          done_by: 'Phòng Văn hoá, Khoa học và Thông tin',
          due_on: new Date(closedAt.getTime() + 60 * 86_400_000).toISOString().slice(0, 10),
          done_on:
            status === 'done'
              ? new Date(closedAt.getTime() + 30 * 86_400_000).toISOString().slice(0, 10)
              : null,
          status,
          created_by: lead,
          updated_at: closedAt,
        });
        const risk = ctx.risks.find((r) => r.systemId === system?.id);
        if (risk) links.push({ incident_id: id, risk_id: risk.id, linked_by: lead });
      }
    }
    ctx.written.incidents = await insertRows(trx, 'incidents', incidents);
    ctx.written.incident_timeline = await insertRows(trx, 'incident_timeline', timeline);
    ctx.written.incident_tasks = await insertRows(trx, 'incident_tasks', tasks);
    ctx.written.incident_report_docs = await insertRows(trx, 'incident_report_docs', docs);
    ctx.written.incident_observables = await insertRows(trx, 'incident_observables', observables);
    ctx.written.lesson_followups = await insertRows(trx, 'lesson_followups', followups);
    ctx.written.lesson_risk_links = await insertRows(trx, 'lesson_risk_links', links);
  },
};

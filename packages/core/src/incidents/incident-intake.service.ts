import { randomUUID } from 'node:crypto';
import { can } from '@ungcuu/domain/auth/permissions.ts';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { ClassificationSuggestion } from '@ungcuu/domain/incidents/classifier.ts';
import type {
  BatchItemResult,
  IncidentBatchInput,
  IncidentBatchResult,
} from '@ungcuu/domain/incidents/incident-api.ts';
import { extractObservables } from '@ungcuu/domain/incidents/observables.ts';
import type { IncidentReportInput, PublicIncidentReportInput } from '@ungcuu/domain/incidents/schemas.ts';
import { causeGroupOf, type Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import { vietnamDate } from '@ungcuu/domain/regimes/regime.ts';
import { getSetting, putSetting } from '../auth/settings.repository.ts';
import type { IncidentRow } from '../db/schema-incidents.ts';
import { noticeIncidentReported, noticeIncidentsReported } from '../notifications/incident-notices.ts';
import { findUnitByCode, findUnitById, findUnitsByIds } from '../org/unit.repository.ts';
import { type RequestActor, SYSTEM_ACTOR } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { type MutationScope, mutate } from '../shared/mutation.ts';
import { assertVisibleRefs } from '../shared/ref-visibility.ts';
import { linkIndicatorHits } from '../warnings/indicator-hits.ts';
import { suggestForText } from './classifier.service.ts';
import {
  ensureIncidentCodeSequence,
  forgetIncidentCodeSequences,
  insertReport,
  insertReports,
} from './incident.repository.ts';
import { incidentView } from './incident.view.ts';
import { composeUnitIds } from './incident-access.ts';
import { createGroupedIntake } from './incident-intake-group.ts';
import { regimeAt } from './regime.service.ts';
import { assessSeverity, fullTriggers } from './severity-assessment.ts';
import { systemFacts } from './system-facts.ts';

/** The reporting unit vanished (foreign key) → not found; a missing code sequence → try again. */
function rethrowIntake(error: unknown): never {
  const code = (error as { code?: string } | null)?.code;
  if (code === '23503') throw new DomainError('not_found', { entity: 'unit' });
  throw error;
}

// Five minutes of clock skew between a phone and the server is tolerated.
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
export const PUBLIC_INTAKE_KEY = 'intake.public';

export interface PublicIntakeSettings {
  enabled: boolean;
  /** The unit a public report is filed under when the reporter names none (normally the focal office). */
  defaultUnitId: string | null;
}

/** Intake (báo cáo sự cố): from the web, the API, or the public form; seed II.1.d, README §6 P1. */
export function createIntakeService(deps: ServiceDeps) {
  const { db, clock } = deps;
  const grouped = createGroupedIntake(deps);

  /** A code sequence dropped behind the process's back (a restore): learn again and retry once. */
  async function file(...args: Parameters<typeof fileOnce>) {
    try {
      return await fileOnce(...args);
    } catch (error) {
      if ((error as { code?: string } | null)?.code !== '42P01') throw error;
      forgetIncidentCodeSequences(db);
      return fileOnce(...args);
    }
  }

  type Channel = 'web' | 'api' | 'public' | 'email' | 'monitor' | 'alert';

  /**
   * Everything a report becomes before it is written: the incident's columns (all but its code),
   * timeline rows and indicators. Refuses a detection time in the future or an unknown system.
   */
  async function prepare(
    actor: RequestActor,
    input: IncidentReportInput,
    channel: Channel,
    reportingUnitId: string,
    now: Date,
    knownSubtype: Subtype | undefined,
    systems: Map<string, Promise<Awaited<ReturnType<typeof systemFacts>>>> = new Map(),
  ) {
    const detectedAt = new Date(input.detectedAt);
    if (detectedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
      throw new DomainError('incident.detected_in_future');
    let system: Awaited<ReturnType<typeof systemFacts>>;
    if (input.systemId) {
      let found = systems.get(input.systemId);
      if (!found) {
        found = systemFacts(db, input.systemId);
        systems.set(input.systemId, found);
      }
      system = await found;
      if (!system) throw new DomainError('not_found', { entity: 'system' });
    }
    const regime = await regimeAt(db, detectedAt);
    const triggers = fullTriggers(input.triggers);
    const ciaAffected = input.ciaAffected ?? true;
    const severity = assessSeverity({ triggers, ciaAffected, nationalSecurityHarm: false }, system, regime);
    const description = input.description?.trim() ?? '';
    const suggestion: ClassificationSuggestion | null = knownSubtype
      ? {
          causeGroup: causeGroupOf(knownSubtype),
          subtype: knownSubtype,
          confidence: 1,
          evidence: [],
          alternatives: [],
        }
      : await suggestForText(db, `${input.title}\n${description}`);
    const title = input.title.trim();
    const reporterUserId = actor.userId === SYSTEM_ACTOR.userId ? null : actor.userId;
    const auto = { kind: 'auto' as const, actor_user_id: reporterUserId, actor_label: actor.label };
    return {
      row: {
        title,
        description,
        detected_at: detectedAt,
        reported_at: now,
        reporting_unit_id: reportingUnitId,
        reporter_user_id: reporterUserId,
        reporter_contact: input.contact ? JSON.stringify(input.contact) : null,
        channel,
        system_id: system?.id ?? null,
        system_text: input.systemText?.trim() || (system ? system.name : null),
        triggers: JSON.stringify(triggers),
        cia_affected: ciaAffected,
        personal_data: input.personalData ?? false,
        national_security_harm: false,
        suggestion: suggestion ? JSON.stringify(suggestion) : null,
        cause_group: null,
        subtype: null,
        confirmed_by: null,
        confirmed_at: null,
        tier: severity.tier,
        serious: severity.serious,
        severity: JSON.stringify(severity),
        regime_id: regime.id,
        lead_user_id: null,
        unit_ids: composeUnitIds([reportingUnitId, system?.ownerUnitId, system?.operatingUnitId]),
        playbook_code: null,
        playbook_version: null,
        cause_summary: null,
        actions_taken: null,
        lessons_learned: null,
        rejection_reason: null,
        duplicate_of_id: null,
        merged_into_id: null,
        reopen_reason: null,
        deadlines_done: JSON.stringify({}),
        closed_at: null,
        updated_at: now,
      },
      // The acknowledgement to the reporter is part of intake (README §6 P1; NĐ 15/2020 Điều 78
      // fines not replying); its `code` is filled in by the insert.
      timeline: [
        { ...auto, at: detectedAt.toISOString(), event: 'detected', data: null },
        { ...auto, at: now.toISOString(), event: 'reported', data: { channel, tier: severity.tier } },
        { ...auto, at: now.toISOString(), event: 'acknowledged', data: { code: null } },
      ],
      observables: extractObservables(`${title}\n${description}`),
    };
  }

  function acknowledgement(code: string, now: Date) {
    return {
      code,
      receivedAt: now.toISOString(),
      message: {
        vi: `Đã tiếp nhận báo cáo sự cố ${code}. Cơ quan đầu mối sẽ liên hệ với bạn.`,
        en: `Incident report ${code} received. The focal office will contact you.`,
      },
    };
  }

  async function fileOnce(
    actor: RequestActor,
    input: IncidentReportInput,
    channel: Channel,
    reportingUnitId: string,
    extra: {
      /** More work in the same transaction (the mail intake stores its evidence and acknowledgement). */
      within?: (scope: MutationScope, row: IncidentRow) => Promise<void>;
      /** A source that knows what happened (a defacement monitor) names the subtype; others are guessed from the text. */
      knownSubtype?: Subtype;
    } = {},
  ) {
    const now = clock.now();
    const { within, knownSubtype } = extra;
    const report = await prepare(actor, input, channel, reportingUnitId, now, knownSubtype);
    const year = Number(vietnamDate(now).slice(0, 4));
    await ensureIncidentCodeSequence(db, year);
    return mutate(deps, actor, async (scope) => {
      const { trx, audit, announce } = scope;
      // One statement: the incident with its code, the timeline and the indicators in its text.
      const row = await insertReport(trx, report.row, year, report.timeline, report.observables).catch(
        rethrowIntake,
      );
      // Issue 11: an indicator of a published warning in the report links the two (no query when
      // the report names no indicator).
      const hits =
        report.observables.length > 0 ? await linkIndicatorHits(trx, row, report.observables, now) : [];
      if (hits.length > 0)
        await audit({
          action: 'warning.indicator_hit',
          entityType: 'incident',
          entityId: row.id,
          unitId: reportingUnitId,
          after: hits,
        });
      await noticeIncidentReported(trx, row, now);
      await audit({
        action: 'incident.report',
        entityType: 'incident',
        entityId: row.id,
        unitId: reportingUnitId,
        after: row,
      });
      await announce({ entity: 'incident', id: row.id, action: 'report', unitIds: row.unit_ids });
      if (within) await within(scope, row);
      return { incident: incidentView(actor, row, 'full'), acknowledgement: acknowledgement(row.code, now) };
    });
  }

  /**
   * Batch intake (issue 13): up to 500 reports in one transaction. Permission and visibility are
   * checked for every item first (one refusal refuses the request); then each item is prepared,
   * and the valid ones are written in one statement with one notice per batch and one audit
   * record per incident. `all_or_nothing` writes nothing when any item is refused.
   */
  async function fileBatch(
    actor: RequestActor,
    batch: IncidentBatchInput,
    channel: 'web' | 'api',
  ): Promise<IncidentBatchResult> {
    const mode = batch.mode ?? 'per_item';
    const unitOf = (input: IncidentReportInput) => input.reportingUnitId ?? actor.unitId;
    const unitIds = [...new Set(batch.reports.map(unitOf))];
    if (!unitIds.every((unitId) => can(actor, 'incident.report', { unitIds: [unitId] })))
      throw new DomainError('forbidden');
    const systemIds = [...new Set(batch.reports.flatMap((r) => (r.systemId ? [r.systemId] : [])))];
    if (systemIds.length > 0)
      await assertVisibleRefs(
        db,
        actor,
        systemIds.map((id) => ({ kind: 'system' as const, id, path: 'reports.systemId' })),
      );
    const known = new Set((await findUnitsByIds(db, unitIds)).map((u) => u.id));
    const now = clock.now();
    const year = Number(vietnamDate(now).slice(0, 4));
    const systems = new Map<string, Promise<Awaited<ReturnType<typeof systemFacts>>>>();
    const results: BatchItemResult[] = [];
    const prepared: { index: number; id: string; report: Awaited<ReturnType<typeof prepare>> }[] = [];
    for (const [index, input] of batch.reports.entries()) {
      const empty = { index, id: null, code: null, tier: null };
      try {
        const unitId = unitOf(input);
        if (!known.has(unitId)) throw new DomainError('not_found', { entity: 'unit' });
        const report = await prepare(actor, input, channel, unitId, now, undefined, systems);
        prepared.push({ index, id: randomUUID(), report });
        results[index] = { ...empty, ok: true, error: null };
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results[index] = { ...empty, ok: false, error: error.code };
      }
    }
    const refused = results.filter((r) => !r.ok).length;
    if (prepared.length === 0 || (mode === 'all_or_nothing' && refused > 0)) {
      const rolledBack = results.map((r) =>
        r.ok ? { ...r, ok: false, error: 'incident.batch_rolled_back' } : r,
      );
      return { mode, committed: false, created: 0, failed: rolledBack.length, results: rolledBack };
    }
    await ensureIncidentCodeSequence(db, year);
    const rows = await mutate(deps, actor, async ({ trx, audit, announce }) => {
      const inserted = await insertReports(
        trx,
        prepared.map((p) => ({ ...p.report.row, id: p.id })),
        year,
        prepared.flatMap((p) => p.report.timeline.map((t) => ({ ...t, incident_id: p.id }))),
        prepared.flatMap((p) => p.report.observables.map((o) => ({ ...o, incident_id: p.id }))),
      );
      const byId = new Map(inserted.map((row) => [row.id, row]));
      const ordered = prepared.map((p) => byId.get(p.id)!);
      await noticeIncidentsReported(trx, ordered, now, prepared[0]!.id);
      for (const row of ordered) {
        await audit({
          action: 'incident.report',
          entityType: 'incident',
          entityId: row.id,
          unitId: row.reporting_unit_id,
          after: row,
        });
        await announce({ entity: 'incident', id: row.id, action: 'report', unitIds: row.unit_ids });
      }
      return ordered;
    });
    for (const [i, p] of prepared.entries()) {
      const row = rows[i]!;
      const tier = row.tier as BatchItemResult['tier'];
      results[p.index] = { index: p.index, ok: true, id: row.id, code: row.code, tier, error: null };
    }
    return { mode, committed: true, created: rows.length, failed: refused, results };
  }

  return {
    async report(actor: RequestActor, input: IncidentReportInput, channel: 'web' | 'api' = 'web') {
      const unitId = input.reportingUnitId ?? actor.unitId;
      if (!can(actor, 'incident.report', { unitIds: [unitId] })) throw new DomainError('forbidden');
      // A unit that does not exist answers not_found from the insert's foreign key (no extra read).
      // Naming another unit's system would show its facts and pull that unit into the incident.
      if (input.systemId)
        await assertVisibleRefs(db, actor, [{ kind: 'system', id: input.systemId, path: 'systemId' }]);
      // Checked and prepared here, written by the next group's transaction (decision 0029).
      const now = clock.now();
      const report = await prepare(actor, input, channel, unitId, now, undefined);
      const year = Number(vietnamDate(now).slice(0, 4));
      const row = await grouped
        .submit({ actor, reportingUnitId: unitId, now, year, ...report })
        .catch(rethrowIntake);
      return { incident: incidentView(actor, row, 'full'), acknowledgement: acknowledgement(row.code, now) };
    },

    /** Many reports from a machine in one transaction (`POST /api/incidents:batch`). */
    async reportBatch(actor: RequestActor, batch: IncidentBatchInput, channel: 'web' | 'api' = 'api') {
      return fileBatch(actor, batch, channel);
    },

    /**
     * A report that arrived by email (mail-intake/): the sender's unit was decided from its
     * registered addresses or by the focal office; `within` stores the mail's evidence.
     */
    async reportByEmail(
      actor: RequestActor,
      input: IncidentReportInput,
      unitId: string,
      within: (scope: MutationScope, row: IncidentRow) => Promise<void>,
    ) {
      return file(actor, input, 'email', unitId, { within });
    },

    /**
     * An outage or defacement seen by a monitor (issue 10): filed by the system under the unit that
     * owns the monitored system, through the same intake as a person's report (tier, notices, code).
     */
    async reportFromMonitor(
      input: Pick<IncidentReportInput, 'title' | 'description' | 'detectedAt' | 'systemId' | 'systemText'>,
      unitId: string,
      label: string,
      knownSubtype?: Subtype,
    ) {
      const actor: RequestActor = { ...SYSTEM_ACTOR, label };
      return file(actor, input, 'monitor', unitId, { knownSubtype });
    },

    /**
     * A group of alerts from a security tool crossed the severity threshold (issue 10): filed by
     * the system like a monitor's outage; `within` links the group to the incident in the same
     * transaction, so a group never has two incidents.
     */
    async reportFromAlerts(
      input: Pick<IncidentReportInput, 'title' | 'description' | 'detectedAt' | 'systemId' | 'systemText'>,
      unitId: string,
      label: string,
      knownSubtype: Subtype,
      within: (scope: MutationScope, row: IncidentRow) => Promise<void>,
    ) {
      const actor: RequestActor = { ...SYSTEM_ACTOR, label };
      return file(actor, input, 'alert', unitId, { knownSubtype, within });
    },

    /** Whether the public form is open, so the page can say so before anyone types a report. */
    async publicStatus(): Promise<{ enabled: boolean }> {
      const settings = await getSetting<PublicIntakeSettings>(db, PUBLIC_INTAKE_KEY);
      return { enabled: settings?.enabled === true };
    },

    /** The public form: rate-limited at the edge; a filled honeypot is accepted silently and dropped. */
    async reportPublic(
      input: PublicIncidentReportInput,
      meta: { ip: string | null; requestId: string | null },
    ) {
      const settings = await getSetting<PublicIntakeSettings>(db, PUBLIC_INTAKE_KEY);
      if (!settings?.enabled) throw new DomainError('intake.disabled');
      if (input.website) return { accepted: true, code: null };
      const unit = input.unitCode ? await findUnitByCode(db, input.unitCode) : undefined;
      const unitId = unit?.id ?? settings.defaultUnitId;
      if (!unitId) throw new DomainError('not_found', { entity: 'unit' });
      const actor: RequestActor = {
        ...SYSTEM_ACTOR,
        label: `public:${input.reporterName.slice(0, 60)}`,
        ip: meta.ip,
        requestId: meta.requestId,
      };
      const result = await file(
        actor,
        {
          title: input.title,
          description: input.description,
          detectedAt: input.detectedAt,
          contact: {
            name: input.reporterName,
            ...(input.reporterPhone ? { phone: input.reporterPhone } : {}),
            ...(input.reporterEmail ? { email: input.reporterEmail } : {}),
          },
        },
        'public',
        unitId,
      );
      return { accepted: true, code: result.acknowledgement.code, message: result.acknowledgement.message };
    },
  };
}
export type IntakeService = ReturnType<typeof createIntakeService>;

/** The administrator turns the public report form on or off and names the unit that receives it. */
export function createIntakeSettingsService(deps: ServiceDeps) {
  return {
    async get(actor: RequestActor): Promise<PublicIntakeSettings> {
      if (!actor.roles.includes('admin') && !actor.roles.includes('coordinator'))
        throw new DomainError('forbidden');
      return (
        (await getSetting<PublicIntakeSettings>(deps.db, PUBLIC_INTAKE_KEY)) ?? {
          enabled: false,
          defaultUnitId: null,
        }
      );
    },
    async put(actor: RequestActor, settings: PublicIntakeSettings): Promise<PublicIntakeSettings> {
      if (!actor.roles.includes('admin')) throw new DomainError('forbidden');
      if (settings.defaultUnitId && !(await findUnitById(deps.db, settings.defaultUnitId)))
        throw new DomainError('not_found', { entity: 'unit' });
      const before = await getSetting<PublicIntakeSettings>(deps.db, PUBLIC_INTAKE_KEY);
      return mutate(deps, actor, async ({ trx, audit }) => {
        await putSetting(trx, PUBLIC_INTAKE_KEY, settings, deps.clock.now());
        await audit({
          action: 'settings.intake',
          entityType: 'setting',
          entityId: PUBLIC_INTAKE_KEY,
          before: before ?? null,
          after: settings,
        });
        return settings;
      });
    },
  };
}

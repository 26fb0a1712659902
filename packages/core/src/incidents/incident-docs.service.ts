import { DomainError } from '@ungcuu/domain/errors.ts';
import type { DocForm } from '@ungcuu/domain/incidents/incident-work-api.ts';
import { type IncidentState, STATE_LABELS } from '@ungcuu/domain/incidents/lifecycle.ts';
import { TIER_LABELS, type Tier } from '@ungcuu/domain/incidents/severity.ts';
import {
  CAUSE_GROUP_LABELS,
  type CauseGroup,
  SUBTYPE_LABELS,
  type Subtype,
} from '@ungcuu/domain/incidents/taxonomy.ts';
import { timelineEventText } from '@ungcuu/domain/incidents/timeline-events.ts';
import { triggerDefinition } from '@ungcuu/domain/incidents/triggers.ts';
import type { IncidentRow } from '../db/schema-incidents.ts';
import type { IncidentDocData } from '../documents/incident-doc-data.ts';
import { mau03Model, mau04Model } from '../documents/incident-forms.ts';
import { renderDocument } from '../documents/render.ts';
import { findUnitById } from '../org/unit.repository.ts';
import { findUserById } from '../org/user.repository.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { findSystemWithUnits } from '../systems/system.repository.ts';
import { peopleNames } from './doc-people.ts';
import { escalatedUnitNames } from './escalation.repository.ts';
import { findIncidentById, updateIncident } from './incident.repository.ts';
import { requireAction, requireVisible } from './incident-access.ts';
import { regimeById } from './regime.service.ts';
import {
  insertReportDoc,
  latestReportDoc,
  listReportDocsOfIncident,
  updateReportDoc,
} from './report-doc.repository.ts';
import { deadlinesOf } from './severity-assessment.ts';
import { listTimeline } from './timeline.repository.ts';

export type ReportForm = 'mau03' | 'mau04';

/** The regimes' form codes for the documents this service renders. */
const FORM_CODES: Record<ReportForm, string> = { mau03: 'mau_03', mau04: 'mau_04' };

/**
 * Mẫu 03 section 10 (Đề nghị hỗ trợ): a reporter who answered C6 ("the unit needs outside help")
 * has asked for support even if they wrote nothing more; what they wrote follows.
 */
export function supportRequestText(row: Pick<IncidentRow, 'triggers' | 'support_request'>): string | null {
  const needsHelp = (row.triggers as Record<string, boolean> | null)?.C6 === true;
  const lines = [
    needsHelp
      ? `Đơn vị đề nghị hỗ trợ ứng cứu từ bên ngoài: ${triggerDefinition('C6').label.vi.toLowerCase()}.`
      : null,
    row.support_request?.trim() || null,
  ].filter((l): l is string => l !== null);
  return lines.length === 0 ? null : lines.join('\n');
}

/** Mẫu 03 (initial) and Mẫu 04 (final) of TT 20/2017, pre-filled from the incident; issuing them is recorded. */
export function createIncidentDocsService(deps: ServiceDeps) {
  const { db, clock } = deps;

  async function docData(row: IncidentRow, now: Date): Promise<IncidentDocData> {
    const [unit, reporter, system, timeline, initial] = await Promise.all([
      findUnitById(db, row.reporting_unit_id),
      row.reporter_user_id ? findUserById(db, row.reporter_user_id) : Promise.resolve(undefined),
      row.system_id ? findSystemWithUnits(db, row.system_id) : Promise.resolve(undefined),
      listTimeline(db, row.id),
      latestReportDoc(db, row.id, 'mau03'),
    ]);
    const contact = (row.reporter_contact ?? {}) as { name?: string; phone?: string; email?: string };
    const escalations = await escalatedUnitNames(db, row.id);
    const addresses = (system?.addresses as { value: string }[] | undefined)?.map((a) => a.value) ?? [];
    const software =
      (system?.software as { product: string; version?: string }[] | undefined)?.map(
        (s) => `${s.product}${s.version ? ` ${s.version}` : ''}`,
      ) ?? [];
    const providers = (system?.providers ?? {}) as { security?: string; connectivity?: string };
    // People are printed by their full names, never by their sign-in names.
    const names = await peopleNames(db, [...timeline.map((t) => t.actor_user_id)]);
    return {
      code: row.code,
      title: row.title,
      description: row.description,
      detectedAt: new Date(row.detected_at).toISOString(),
      reportedAt: new Date(row.reported_at).toISOString(),
      reportTime: now.toISOString(),
      state: STATE_LABELS[row.state as IncidentState]?.vi ?? row.state,
      tierLabel: TIER_LABELS[row.tier as Tier]?.vi ?? row.tier,
      causeGroupLabel: row.cause_group ? CAUSE_GROUP_LABELS[row.cause_group as CauseGroup].vi : null,
      subtypeLabel: row.subtype ? SUBTYPE_LABELS[row.subtype as Subtype].vi : null,
      reportingUnit: {
        name: unit?.name ?? '—',
        address: unit?.address ?? null,
        phone: unit?.phone ?? null,
        email: unit?.email ?? null,
      },
      reporter: {
        name: reporter?.full_name ?? contact.name ?? '—',
        title: reporter?.title ?? null,
        phone: reporter?.phone ?? contact.phone ?? null,
        email: reporter?.email ?? contact.email ?? null,
      },
      operatingUnit: system ? { name: system.operating_unit_name } : null,
      ownerUnit: system ? { name: system.owner_unit_name } : null,
      system: system
        ? {
            name: system.name,
            level: system.security_level,
            addresses,
            securityProvider: providers.security ?? null,
            connectivityProvider: providers.connectivity ?? null,
            software,
          }
        : row.system_text
          ? { name: row.system_text, level: null, addresses: [], software: [] }
          : null,
      currentState: STATE_LABELS[row.state as IncidentState]?.vi ?? null,
      howDetected: row.how_detected,
      notifiedTo: escalations.map((e) => e.name),
      supportRequested: supportRequestText(row),
      confidential: row.keep_confidential,
      causeSummary: row.cause_summary,
      actionsTaken: row.actions_taken,
      lessonsLearned: row.lessons_learned,
      closedAt: row.closed_at ? new Date(row.closed_at).toISOString() : null,
      // Only a report recorded as sent has a sending date: issuing (downloading) it is not sending.
      initialReport: initial
        ? {
            reference: initial.reference,
            sentAt: initial.sent_at ? new Date(initial.sent_at).toISOString() : null,
          }
        : null,
      timeline: timeline.map((t) => {
        const what = t.text?.trim() || timelineEventText(t.event, t.data, 'vi');
        const who = t.actor_user_id ? names.get(t.actor_user_id) : undefined;
        return { at: new Date(t.at).toISOString(), text: who ? `${what} (${who})` : what };
      }),
      attachments: [],
    };
  }

  return {
    async list(actor: RequestActor, incidentId: string) {
      requireVisible(actor, await findIncidentById(db, incidentId));
      const rows = await listReportDocsOfIncident(db, incidentId);
      return rows.map((r) => ({
        id: r.id,
        form: r.form as DocForm,
        reference: r.reference,
        generatedAt: new Date(r.generated_at).toISOString(),
        sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
        sentTo: r.sent_to,
      }));
    },

    /** Renders the form; the issue is recorded (and audited) so the file trail matches what was sent. */
    async render(actor: RequestActor, incidentId: string, form: ReportForm, format: 'docx' | 'pdf' = 'docx') {
      const { row } = requireVisible(actor, await findIncidentById(db, incidentId));
      requireAction(actor, row, 'incident.report_docs');
      const now = clock.now();
      const data = await docData(row, now);
      const file = await renderDocument(
        form === 'mau03' ? mau03Model(data) : mau04Model(data),
        format,
        `${row.code}-${form === 'mau03' ? 'Mau03-bao-cao-ban-dau' : 'Mau04-bao-cao-ket-thuc'}`,
      );
      await mutate(deps, actor, async ({ trx, audit }) => {
        const doc = await insertReportDoc(trx, {
          incident_id: incidentId,
          form,
          reference: null,
          generated_by: actor.userId,
          generated_at: now,
          sent_at: null,
          sent_to: null,
        });
        await audit({
          action: `incident.document_${form}`,
          entityType: 'incident',
          entityId: incidentId,
          unitId: row.reporting_unit_id,
          after: doc,
        });
      });
      return file;
    },

    async recordSent(
      actor: RequestActor,
      incidentId: string,
      form: ReportForm,
      input: { sentAt: string; sentTo: string; reference?: string | undefined },
    ) {
      const { row } = requireVisible(actor, await findIncidentById(db, incidentId));
      requireAction(actor, row, 'incident.report_docs');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const latest = await latestReportDoc(trx, incidentId, form);
        if (!latest) throw new DomainError('not_found', { entity: 'document' });
        const doc = await updateReportDoc(trx, latest.id, {
          sent_at: new Date(input.sentAt),
          sent_to: input.sentTo,
          reference: input.reference ?? latest.reference,
        });
        // Sending the form meets the regime's deadlines that ask for it (e.g. TT 20 Điều 9 notification by Mẫu 03).
        const regime = await regimeById(trx, row.regime_id);
        const met = deadlinesOf(row, regime, clock.now()).filter(
          (d) => d.formCode === FORM_CODES[form] && !d.doneAt,
        );
        if (met.length > 0) {
          const done = { ...(row.deadlines_done as Record<string, string>) };
          for (const d of met) done[d.code] = new Date(input.sentAt).toISOString();
          await updateIncident(trx, incidentId, {
            deadlines_done: JSON.stringify(done),
            updated_at: clock.now(),
          });
        }
        await audit({
          action: `incident.document_sent`,
          entityType: 'incident',
          entityId: incidentId,
          unitId: row.reporting_unit_id,
          before: latest,
          after: doc,
        });
        await announce({ entity: 'incident', id: incidentId, action: 'document', unitIds: row.unit_ids });
        return {
          id: doc.id,
          form: doc.form as DocForm,
          reference: doc.reference,
          sentAt: input.sentAt,
          sentTo: doc.sent_to,
        };
      });
    },
  };
}

import { createHash } from 'node:crypto';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { RequestActor } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { mutate } from '../shared/mutation.ts';
import { inspectUpload } from '../shared/uploaded-file.ts';
import { sharesWithUnit } from './escalation.repository.ts';
import { findEvidenceOfIncident, insertEvidence, listEvidenceOfIncident } from './evidence.repository.ts';
import { findIncidentById, lockIncident } from './incident.repository.ts';
import { requireAction, requireVisible } from './incident-access.ts';
import { addTimeline } from './timeline.repository.ts';

export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;

// What is accepted is decided on the content (shared/uploaded-file.ts): executables are refused,
// malware samples go to the response team through their own channel.

/** Evidence with chain of custody: SHA-256, size, type, who uploaded when; every download audited. */
export function createEvidenceService(deps: ServiceDeps) {
  const { db, clock } = deps;

  function view(r: {
    id: string;
    filename: string;
    content_type: string;
    size: number;
    sha256: string;
    description: string | null;
    uploaded_by: string;
    uploaded_at: Date | string;
  }) {
    return {
      id: r.id,
      filename: r.filename,
      contentType: r.content_type,
      size: r.size,
      sha256: r.sha256,
      description: r.description,
      uploadedBy: r.uploaded_by,
      uploadedAt: new Date(r.uploaded_at).toISOString(),
    };
  }

  /** Whether an escalation to the actor's (external) unit shared the evidence. */
  async function evidenceShared(actor: RequestActor, incidentId: string): Promise<boolean> {
    const shared = await sharesWithUnit(db, incidentId, actor.unitId);
    return shared.some((s) => (s.shared as { evidence?: boolean }).evidence);
  }

  return {
    async list(actor: RequestActor, incidentId: string) {
      const { row, visibility } = requireVisible(actor, await findIncidentById(db, incidentId));
      if (visibility === 'escalated') {
        if (!(await evidenceShared(actor, incidentId))) return [];
      } else requireAction(actor, row, 'evidence.read');
      const rows = await listEvidenceOfIncident(db, incidentId);
      return rows.map(view);
    },

    async upload(
      actor: RequestActor,
      incidentId: string,
      file: { filename: string; contentType: string; bytes: Buffer; description?: string | undefined },
    ) {
      if (file.bytes.length === 0) throw new DomainError('validation.failed', { detail: 'empty file' });
      if (file.bytes.length > MAX_EVIDENCE_BYTES) throw new DomainError('file.too_large', { max: '25 MB' });
      // The name and type the client sent are replaced by the normalised name and the detected type.
      const { filename, contentType } = await inspectUpload(file.filename, file.bytes);
      const sha256 = createHash('sha256').update(file.bytes).digest('hex');
      return mutate(deps, actor, async ({ trx, audit, announce }) => {
        const { row } = requireVisible(actor, await lockIncident(trx, incidentId));
        requireAction(actor, row, 'evidence.upload');
        const saved = await insertEvidence(trx, {
          incident_id: incidentId,
          filename,
          content_type: contentType,
          size: file.bytes.length,
          sha256,
          content: file.bytes,
          description: file.description ?? null,
          uploaded_by: actor.userId,
          uploaded_at: clock.now(),
        });
        await addTimeline(trx, {
          incidentId,
          at: clock.now(),
          kind: 'auto',
          event: 'evidence_added',
          actorUserId: actor.userId,
          actorLabel: actor.label,
          data: { evidenceId: saved.id, filename: saved.filename, sha256 },
        });
        await audit({
          action: 'evidence.upload',
          entityType: 'evidence',
          entityId: saved.id,
          unitId: row.reporting_unit_id,
          after: view(saved),
        });
        await announce({ entity: 'incident', id: incidentId, action: 'evidence', unitIds: row.unit_ids });
        return view(saved);
      });
    },

    /** A download is itself a custody event: audited with who and when. */
    async download(actor: RequestActor, incidentId: string, evidenceId: string) {
      const { row, visibility } = requireVisible(actor, await findIncidentById(db, incidentId));
      // A body the evidence was shared with downloads what it is shown in the list.
      if (visibility === 'escalated') {
        if (!(await evidenceShared(actor, incidentId))) throw new DomainError('forbidden');
      } else requireAction(actor, row, 'evidence.read');
      const file = await findEvidenceOfIncident(db, incidentId, evidenceId);
      if (!file) throw new DomainError('not_found', { entity: 'evidence' });
      await mutate(deps, actor, ({ audit }) =>
        audit({
          action: 'evidence.download',
          entityType: 'evidence',
          entityId: evidenceId,
          unitId: row.reporting_unit_id,
          after: { sha256: file.sha256, filename: file.filename },
        }),
      );
      return {
        filename: file.filename,
        contentType: file.content_type,
        sha256: file.sha256,
        bytes: Buffer.from(file.content),
      };
    },
  };
}

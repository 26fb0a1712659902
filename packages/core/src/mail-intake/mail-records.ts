import { createHash } from 'node:crypto';
import { DomainError } from '@ungcuu/domain/errors.ts';
import type { IncidentRow } from '../db/schema-incidents.ts';
import { addTimeline } from '../incidents/timeline.repository.ts';
import type { Trx } from '../shared/context.ts';
import type { MutationScope } from '../shared/mutation.ts';

// What a mail leaves on an incident: evidence files (with their SHA-256, as evidence.service.ts
// keeps them) and comments. Evidence and comments name the account that brought them in; a mail
// from someone without an account is brought in by the intake mailbox's own account.

export const MAIL_ACCOUNT_USERNAME = 'hop-thu-tiep-nhan';

/**
 * The intake mailbox's account: disabled and without a password (nobody signs in as it), in the
 * focal office, created the first time a stranger's mail is filed.
 */
export async function mailAccountId(trx: Trx): Promise<string> {
  const existing = await trx
    .selectFrom('users')
    .select('id')
    .where('username', '=', MAIL_ACCOUNT_USERNAME)
    .executeTakeFirst();
  if (existing) return existing.id;
  const focal = await trx
    .selectFrom('units')
    .select('id')
    .where('type', '=', 'focal_office')
    .where('archived', '=', false)
    .orderBy('created_at')
    .executeTakeFirst();
  if (!focal) throw new DomainError('not_found', { entity: 'unit' });
  const row = await trx
    .insertInto('users')
    .values({
      unit_id: focal.id,
      username: MAIL_ACCOUNT_USERNAME,
      full_name: 'Hộp thư tiếp nhận sự cố (thư điện tử)',
      title: null,
      email: null,
      phone: null,
      roles: ['viewer'],
      password_hash: null,
      totp_secret: null,
      disabled: true,
      locked_until: null,
      last_login_at: null,
      updated_at: new Date(),
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row) return row.id;
  return (
    await trx
      .selectFrom('users')
      .select('id')
      .where('username', '=', MAIL_ACCOUNT_USERNAME)
      .executeTakeFirstOrThrow()
  ).id;
}

export interface MailFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
  description: string;
}

/** Evidence with chain of custody, written in the filing transaction (timeline + audit). */
export async function addMailEvidence(
  scope: MutationScope,
  incident: Pick<IncidentRow, 'id' | 'reporting_unit_id' | 'unit_ids'>,
  files: MailFile[],
  uploadedBy: string,
  at: Date,
  actorLabel: string,
) {
  const saved: { id: string; filename: string; sha256: string; size: number }[] = [];
  for (const file of files) {
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const row = await scope.trx
      .insertInto('incident_evidence')
      .values({
        incident_id: incident.id,
        filename: file.filename,
        content_type: file.contentType,
        size: file.bytes.length,
        sha256,
        content: file.bytes,
        description: file.description,
        uploaded_by: uploadedBy,
        uploaded_at: at,
      })
      .returning(['id', 'filename', 'sha256', 'size'])
      .executeTakeFirstOrThrow();
    await addTimeline(scope.trx, {
      incidentId: incident.id,
      at,
      kind: 'auto',
      event: 'evidence_added',
      actorUserId: uploadedBy,
      actorLabel,
      data: { evidenceId: row.id, filename: row.filename, sha256 },
    });
    await scope.audit({
      action: 'evidence.upload',
      entityType: 'evidence',
      entityId: row.id,
      unitId: incident.reporting_unit_id,
      after: { ...row, contentType: file.contentType, source: 'email' },
    });
    saved.push(row);
  }
  return saved;
}

/** A reply by mail as a comment on the incident (timeline + audit + change notice). */
export async function addMailComment(
  scope: MutationScope,
  incident: Pick<IncidentRow, 'id' | 'reporting_unit_id' | 'unit_ids'>,
  authorUserId: string,
  body: string,
  at: Date,
  actorLabel: string,
) {
  const comment = await scope.trx
    .insertInto('incident_comments')
    .values({ incident_id: incident.id, author_user_id: authorUserId, body, mentions: [], created_at: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  await addTimeline(scope.trx, {
    incidentId: incident.id,
    at,
    kind: 'auto',
    event: 'commented',
    actorUserId: authorUserId,
    actorLabel,
    data: { commentId: comment.id, channel: 'email' },
  });
  await scope.audit({
    action: 'incident.comment',
    entityType: 'incident_comment',
    entityId: comment.id,
    unitId: incident.reporting_unit_id,
    after: comment,
  });
  await scope.announce({
    entity: 'incident',
    id: incident.id,
    action: 'comment',
    unitIds: incident.unit_ids,
  });
  return comment;
}

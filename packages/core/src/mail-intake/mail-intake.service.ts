import { createHash, randomUUID } from 'node:crypto';
import { DomainError } from '@ungcuu/domain/errors.ts';
import {
  acknowledgementText,
  incidentCodeIn,
  type MailAssignInput,
  type MailQueueQuery,
  type MailStatus,
  type QuarantineReason,
  threadIds,
  titleFromSubject,
} from '@ungcuu/domain/mail-intake/mail-intake.ts';
import type { Role } from '@ungcuu/domain/org/roles.ts';
import type { IncidentRow } from '../db/schema-incidents.ts';
import { findIncidentByCode, findIncidentById } from '../incidents/incident.repository.ts';
import { visibilityOf } from '../incidents/incident-access.ts';
import type { IntakeService } from '../incidents/incident-intake.service.ts';
import { findUnitById } from '../org/unit.repository.ts';
import { type RequestActor, SYSTEM_ACTOR } from '../shared/context.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { type MutationScope, mutate } from '../shared/mutation.ts';
import * as repo from './mail-intake.repository.ts';
import { addMailComment, addMailEvidence, mailAccountId } from './mail-records.ts';
import { type EnqueueMail, outboxAcknowledgement } from './outgoing-mail.ts';
import { emlFile, type ReadMail, readMail } from './read-mail.ts';

const MAX_DESCRIPTION = 20_000;
const PREVIEW_CHARS = 2_000;

export interface MailIntakeOptions {
  /** The acknowledgement sender; the notification outbox unless a test gives another. */
  enqueueMail?: EnqueueMail;
  /** Domain of the Message-IDs of acknowledgements. */
  hostname: string;
  /** A line in the server log for every mail set aside. */
  log: (msg: string, data: object) => void;
}

export interface Envelope {
  mailFrom: string | null;
  remoteAddress: string | null;
}

export type MailOutcome =
  | { status: 'filed'; mailId: string; incidentId: string; code: string }
  | { status: 'commented'; mailId: string; incidentId: string; code: string }
  | { status: 'pending'; mailId: string }
  | { status: 'quarantined'; mailId: string; reason: QuarantineReason }
  | { status: 'duplicate' };

function canManage(actor: RequestActor): boolean {
  return actor.roles.includes('admin') || actor.roles.includes('coordinator');
}

/** Turns mails into incident reports and comments (issue 9); the listener is apps/server/src/mail/. */
export function createMailIntakeService(
  deps: ServiceDeps,
  intake: IntakeService,
  options: MailIntakeOptions,
) {
  const { db, clock } = deps;

  /** The acknowledgement, threaded on the sender's mail; both Message-IDs are kept for replies. */
  async function acknowledge(trx: Parameters<EnqueueMail>[0], row: IncidentRow, mail: ReadMail) {
    const ack = acknowledgementText(row.code, row.title);
    const messageId = `ack.${randomUUID()}@${options.hostname}`;
    const refs = threadIds(undefined, mail.parsed.references);
    await (options.enqueueMail ?? outboxAcknowledgement)(trx, {
      to: mail.from,
      subject: ack.subject,
      text: ack.text,
      messageId: `<${messageId}>`,
      ...(mail.messageId ? { inReplyTo: `<${mail.messageId}>` } : {}),
      references: [...refs, ...(mail.messageId ? [mail.messageId] : [])].map((id) => `<${id}>`),
    });
    await repo.rememberMessageIds(trx, row.id, [
      { messageId, direction: 'out' },
      ...(mail.messageId ? [{ messageId: mail.messageId, direction: 'in' as const }] : []),
    ]);
  }

  /** Files a report for `unitId`: incident, attachments and .eml as evidence, acknowledgement. */
  async function fileReport(
    actor: RequestActor,
    uploaderId: string | null,
    mail: ReadMail,
    raw: Buffer,
    unitId: string,
    record: (scope: MutationScope, incidentId: string) => Promise<void>,
  ) {
    const result = await intake.reportByEmail(
      actor,
      {
        title: titleFromSubject(mail.parsed.subject, mail.from),
        description: mail.text.slice(0, MAX_DESCRIPTION),
        detectedAt: clock.now().toISOString(),
        contact: { ...(mail.fromName ? { name: mail.fromName.slice(0, 200) } : {}), email: mail.from },
      },
      unitId,
      async (scope, row) => {
        const uploader = uploaderId ?? (await mailAccountId(scope.trx));
        await addMailEvidence(
          scope,
          row,
          [...mail.files, emlFile(raw, row.code)],
          uploader,
          clock.now(),
          actor.label,
        );
        await acknowledge(scope.trx, row, mail);
        await record(scope, row.id);
      },
    );
    return { incidentId: result.incident.id as string, code: result.acknowledgement.code };
  }

  /** A reply is taken from the people of the incident's units, or from whoever reported it by mail. */
  async function mayReply(
    incident: IncidentRow,
    from: string,
    user: Awaited<ReturnType<typeof repo.userForSender>>,
  ) {
    if (user) {
      const actor = { userId: user.id, unitId: user.unit_id, roles: user.roles as Role[], label: from };
      if (visibilityOf(actor, incident) === 'full') return true;
    }
    const contact = incident.reporter_contact as { email?: string } | null;
    if (contact?.email?.toLowerCase() === from) return true;
    if ((await repo.mailSendersOf(db, incident.id)).includes(from)) return true;
    const unit = await repo.unitForSender(db, from);
    return !!unit && incident.unit_ids.includes(unit);
  }

  /** Keeps a mail that became neither report nor comment, with an audit record of its arrival. */
  async function keep(row: MailBase, label: string) {
    const actor: RequestActor = { ...SYSTEM_ACTOR, label, ip: row.remote_address ?? null };
    return mutate(deps, actor, async ({ trx, audit }) => {
      const saved = await repo.insertMail(trx, row);
      await audit({
        action: 'mail_intake.receive',
        entityType: 'mail_message',
        entityId: saved.id,
        after: {
          status: row.status,
          reason: row.reason ?? null,
          from: row.from_address,
          size: row.size,
          sha256: row.sha256,
        },
      });
      return saved;
    });
  }

  async function quarantine(
    raw: Buffer,
    base: MailBase,
    reason: QuarantineReason,
    extra: Partial<MailBase> = {},
  ) {
    const from = extra.from_address ?? base.from_address;
    const row = await keep(
      { ...base, ...extra, status: 'quarantined', reason, raw },
      `email:${from ?? '-'}`.slice(0, 200),
    );
    options.log('mail intake: mail quarantined', { reason, from, mailId: row.id, size: raw.length });
    return { status: 'quarantined' as const, mailId: row.id, reason };
  }

  type MailBase = Parameters<typeof repo.insertMail>[1];

  return {
    /** One mail as the listener received it; never throws for anything the sender wrote. */
    async receive(raw: Buffer, envelope: Envelope): Promise<MailOutcome> {
      const now = clock.now();
      const base: MailBase = {
        received_at: now,
        status: 'pending',
        size: raw.length,
        sha256: createHash('sha256').update(raw).digest('hex'),
        remote_address: envelope.remoteAddress,
        from_address: envelope.mailFrom?.toLowerCase().slice(0, 254) ?? null,
      };
      // A bounce (empty envelope sender) is never answered (RFC 5321 §4.5.5).
      if (!envelope.mailFrom) return quarantine(raw, base, 'auto_reply');
      const mail = await readMail(raw);
      if (typeof mail === 'string') return quarantine(raw, base, mail);
      const fields: Partial<MailBase> = {
        message_id: mail.messageId,
        from_address: mail.from.slice(0, 254),
        from_name: mail.fromName?.slice(0, 200) ?? null,
        subject: (mail.parsed.subject ?? '').slice(0, 500),
        text_preview: mail.text.slice(0, PREVIEW_CHARS),
        attachment_count: mail.files.length,
      };
      if (mail.messageId && (await repo.alreadyHandled(db, mail.messageId))) return { status: 'duplicate' };
      const user = await repo.userForSender(db, mail.from);
      const label = `email:${mail.from}`.slice(0, 200);

      // A reply: the code in the subject, or a Message-ID of the incident's thread.
      const code = incidentCodeIn(mail.parsed.subject);
      const byCode = code ? await findIncidentByCode(db, code) : undefined;
      const threadId = byCode
        ? null
        : await repo.incidentForThread(db, threadIds(mail.parsed.inReplyTo, mail.parsed.references));
      const incident = byCode ?? (threadId ? await findIncidentById(db, threadId) : undefined);
      if (incident) {
        if (!(await mayReply(incident, mail.from, user)))
          return quarantine(raw, base, 'reply_not_allowed', { ...fields, incident_id: incident.id });
        const actor: RequestActor = { ...SYSTEM_ACTOR, label, ip: envelope.remoteAddress };
        const mailId = await mutate(deps, actor, async (scope) => {
          const author = user?.id ?? (await mailAccountId(scope.trx));
          const body = `${mail.text || '(thư không có nội dung chữ)'}`.slice(0, MAX_DESCRIPTION);
          await addMailComment(scope, incident, author, `✉ ${mail.from}:\n${body}`, now, label);
          await addMailEvidence(
            scope,
            incident,
            [...mail.files, emlFile(raw, incident.code)],
            author,
            now,
            label,
          );
          if (mail.messageId)
            await repo.rememberMessageIds(scope.trx, incident.id, [
              { messageId: mail.messageId, direction: 'in' },
            ]);
          const row = await repo.insertMail(scope.trx, {
            ...base,
            ...fields,
            status: 'commented',
            incident_id: incident.id,
            unit_id: null,
            raw: null,
          });
          return row.id;
        });
        return { status: 'commented', mailId, incidentId: incident.id, code: incident.code };
      }

      const unitId = user?.unit_id ?? (await repo.unitForSender(db, mail.from));
      if (!unitId) {
        const row = await keep({ ...base, ...fields, status: 'pending', raw }, label);
        options.log('mail intake: sender not registered, kept for the focal office', {
          from: mail.from,
          mailId: row.id,
        });
        return { status: 'pending', mailId: row.id };
      }
      const actor: RequestActor = user
        ? {
            userId: user.id,
            unitId: user.unit_id,
            roles: user.roles as Role[],
            label,
            ip: envelope.remoteAddress,
          }
        : { ...SYSTEM_ACTOR, label, ip: envelope.remoteAddress };
      let mailId = '';
      const filed = await fileReport(
        actor,
        user?.id ?? null,
        mail,
        raw,
        unitId,
        async ({ trx }, incidentId) => {
          mailId = (
            await repo.insertMail(trx, {
              ...base,
              ...fields,
              status: 'filed',
              incident_id: incidentId,
              unit_id: unitId,
              raw: null,
            })
          ).id;
        },
      );
      return { status: 'filed', mailId, ...filed };
    },

    /** The focal office's list: mails from unknown senders (pending) and what was set aside. */
    async list(actor: RequestActor, query: MailQueueQuery) {
      if (!canManage(actor)) throw new DomainError('forbidden');
      const { rows, total } = await repo.listMails(db, query);
      return {
        total,
        items: rows.map((r) => ({
          id: r.id,
          fromAddress: r.from_address,
          fromName: r.from_name,
          subject: r.subject,
          receivedAt: new Date(r.received_at).toISOString(),
          status: r.status as MailStatus,
          reason: r.reason as QuarantineReason | null,
          size: r.size,
          textPreview: r.text_preview,
          attachmentCount: r.attachment_count,
          incidentId: r.incident_id,
          unitId: r.unit_id,
        })),
      };
    },

    /** The focal office names the unit of an unknown sender's mail: it becomes that unit's report. */
    async assign(actor: RequestActor, mailId: string, input: MailAssignInput) {
      if (!canManage(actor)) throw new DomainError('forbidden');
      const stored = await repo.findMail(db, mailId);
      if (!stored) throw new DomainError('not_found', { entity: 'mail_message' });
      if (stored.status !== 'pending') throw new DomainError('mail_intake.not_pending');
      if (!(await findUnitById(db, input.unitId))) throw new DomainError('not_found', { entity: 'unit' });
      const raw = await repo.rawMessageOf(db, mailId);
      // PGlite returns bytea as a Uint8Array, node-postgres as a Buffer.
      const bytes = raw ? Buffer.from(raw) : null;
      const mail = bytes ? await readMail(bytes) : 'malformed_mime';
      if (!bytes || typeof mail === 'string') throw new DomainError('mail_intake.not_pending');
      return fileReport(
        actor,
        actor.userId,
        mail,
        bytes,
        input.unitId,
        async ({ trx, audit }, incidentId) => {
          // Locked and re-checked inside the transaction: two coordinators assigning at once file one report.
          const locked = await repo.lockMail(trx, mailId);
          if (locked?.status !== 'pending') throw new DomainError('mail_intake.not_pending');
          await repo.updateMail(trx, mailId, {
            status: 'filed',
            incident_id: incidentId,
            unit_id: input.unitId,
            handled_by: actor.userId,
            handled_at: clock.now(),
            raw: null,
          });
          if (input.rememberSender) await repo.addSender(trx, input.unitId, mail.from, actor.userId);
          await audit({
            action: 'mail_intake.assign',
            entityType: 'mail_message',
            entityId: mailId,
            unitId: input.unitId,
            before: { status: 'pending', from: mail.from },
            after: {
              status: 'filed',
              incidentId,
              unitId: input.unitId,
              rememberSender: !!input.rememberSender,
            },
          });
        },
      );
    },

    /** Spam or a mail for nobody: set aside without a report (kept for the record). */
    async dismiss(actor: RequestActor, mailId: string) {
      if (!canManage(actor)) throw new DomainError('forbidden');
      return mutate(deps, actor, async ({ trx, audit }) => {
        const locked = await repo.lockMail(trx, mailId);
        if (!locked) throw new DomainError('not_found', { entity: 'mail_message' });
        if (locked.status !== 'pending' && locked.status !== 'quarantined')
          throw new DomainError('mail_intake.not_pending');
        await repo.updateMail(trx, mailId, {
          status: 'dismissed',
          handled_by: actor.userId,
          handled_at: clock.now(),
        });
        await audit({
          action: 'mail_intake.dismiss',
          entityType: 'mail_message',
          entityId: mailId,
          before: { status: locked.status, from: locked.from_address, subject: locked.subject },
          after: { status: 'dismissed' },
        });
        return { id: mailId, status: 'dismissed' as const };
      });
    },
  };
}
export type MailIntakeService = ReturnType<typeof createMailIntakeService>;

import type { MailStatus } from '@ungcuu/domain/mail-intake/mail-intake.ts';
import { senderPatterns } from '@ungcuu/domain/mail-intake/mail-intake.ts';
import type { Insertable } from 'kysely';
import type { MailIntakeMessagesTable } from '../db/schema-mail-intake.ts';
import type { Executor } from '../shared/context.ts';

// SQL of the mail intake: registered senders, received mails, Message-IDs of incident threads.

/** The unit a sender address belongs to: its own registration first, then its domain's. */
export async function unitForSender(db: Executor, address: string): Promise<string | null> {
  const patterns = senderPatterns(address);
  if (patterns.length === 0) return null;
  const rows = await db
    .selectFrom('unit_mail_senders as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .select(['s.unit_id', 's.pattern'])
    .where('s.pattern', 'in', patterns)
    .where('u.archived', '=', false)
    .execute();
  for (const p of patterns) {
    const hit = rows.find((r) => r.pattern === p);
    if (hit) return hit.unit_id;
  }
  return null;
}

/** An enabled account whose email is the sender's: the person is known, and writes as themself. */
export async function userForSender(db: Executor, address: string) {
  return db
    .selectFrom('users')
    .select(['id', 'unit_id', 'roles', 'full_name'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', address.toLowerCase()))
    .where('disabled', '=', false)
    .orderBy('created_at')
    .executeTakeFirst();
}

export async function listSenders(db: Executor, unitId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('unit_mail_senders')
    .select('pattern')
    .where('unit_id', '=', unitId)
    .orderBy('pattern')
    .execute();
  return rows.map((r) => r.pattern);
}

/** Patterns already held by another unit (a sender names one unit only). */
export async function sendersHeldElsewhere(db: Executor, unitId: string, patterns: string[]) {
  if (patterns.length === 0) return [];
  return db
    .selectFrom('unit_mail_senders')
    .select(['pattern', 'unit_id'])
    .where('pattern', 'in', patterns)
    .where('unit_id', '<>', unitId)
    .execute();
}

export async function replaceSenders(db: Executor, unitId: string, patterns: string[], by: string | null) {
  await db.deleteFrom('unit_mail_senders').where('unit_id', '=', unitId).execute();
  if (patterns.length > 0)
    await db
      .insertInto('unit_mail_senders')
      .values(patterns.map((pattern) => ({ unit_id: unitId, pattern, created_by: by })))
      .execute();
}

export async function addSender(db: Executor, unitId: string, pattern: string, by: string | null) {
  await db
    .insertInto('unit_mail_senders')
    .values({ unit_id: unitId, pattern, created_by: by })
    .onConflict((oc) => oc.column('pattern').doNothing())
    .execute();
}

export async function insertMail(db: Executor, row: Insertable<MailIntakeMessagesTable>) {
  return db.insertInto('mail_intake_messages').values(row).returning(['id']).executeTakeFirstOrThrow();
}

/** A mail already turned into a report or a comment (a sender's server retried after a time-out). */
export async function alreadyHandled(db: Executor, messageId: string): Promise<boolean> {
  const row = await db
    .selectFrom('mail_intake_messages')
    .select('id')
    .where('message_id', '=', messageId)
    .where('status', 'in', ['filed', 'commented', 'pending'])
    .executeTakeFirst();
  return !!row;
}

export async function lockMail(db: Executor, id: string) {
  return db
    .selectFrom('mail_intake_messages')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** The mail as received (kept only while it waits in the queue; null once handled). */
export async function rawMessageOf(db: Executor, id: string): Promise<Buffer | null> {
  const row = await db
    .selectFrom('mail_intake_messages')
    .select('raw')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.raw ?? null;
}

export async function findMail(db: Executor, id: string) {
  return db
    .selectFrom('mail_intake_messages')
    .select([
      'id',
      'message_id',
      'from_address',
      'from_name',
      'subject',
      'received_at',
      'status',
      'reason',
      'size',
      'sha256',
      'text_preview',
      'attachment_count',
      'incident_id',
      'unit_id',
      'handled_by',
      'handled_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listMails(
  db: Executor,
  filter: { status?: MailStatus; limit: number; offset: number },
) {
  let q = db.selectFrom('mail_intake_messages');
  if (filter.status) q = q.where('status', '=', filter.status);
  const [rows, total] = await Promise.all([
    q
      .select([
        'id',
        'from_address',
        'from_name',
        'subject',
        'received_at',
        'status',
        'reason',
        'size',
        'text_preview',
        'attachment_count',
        'incident_id',
        'unit_id',
        'handled_at',
      ])
      .orderBy('received_at', 'desc')
      .orderBy('id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function updateMail(
  db: Executor,
  id: string,
  patch: {
    status: MailStatus;
    incident_id?: string | null;
    unit_id?: string | null;
    handled_by?: string | null;
    handled_at?: Date;
    raw?: null;
  },
) {
  await db
    .updateTable('mail_intake_messages')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** The incident a reply threads onto through a Message-ID we sent or received for it. */
export async function incidentForThread(db: Executor, ids: string[]): Promise<string | null> {
  if (ids.length === 0) return null;
  const row = await db
    .selectFrom('incident_mail_ids')
    .select('incident_id')
    .where('message_id', 'in', ids)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row?.incident_id ?? null;
}

export async function rememberMessageIds(
  db: Executor,
  incidentId: string,
  ids: { messageId: string; direction: 'in' | 'out' }[],
) {
  if (ids.length === 0) return;
  await db
    .insertInto('incident_mail_ids')
    .values(ids.map((i) => ({ message_id: i.messageId, incident_id: incidentId, direction: i.direction })))
    .onConflict((oc) => oc.column('message_id').doNothing())
    .execute();
}

/** Addresses that wrote mails tied to an incident (they may keep writing about it). */
export async function mailSendersOf(db: Executor, incidentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('mail_intake_messages')
    .select('from_address')
    .distinct()
    .where('incident_id', '=', incidentId)
    .where('status', '=', 'filed')
    .execute();
  return rows.map((r) => r.from_address).filter((a): a is string => !!a);
}

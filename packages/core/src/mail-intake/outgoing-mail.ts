import { enqueueMail, type OutgoingMail } from '../notifications/outbox.ts';
import type { Trx } from '../shared/context.ts';

export type { OutgoingMail };

/**
 * How the mail intake sends its acknowledgements: called inside the transaction that files the
 * report, so the outbox keeps the mail with the report (and drops it if the report is rolled back).
 */
export type EnqueueMail = (trx: Trx, mail: OutgoingMail) => Promise<void>;

/**
 * Acknowledgements through the notification outbox: the delivery worker sends them with the
 * administrator's SMTP settings and retries them like any notice; without SMTP settings they wait
 * in the outbox (and fail after their attempts), visible to the administrator.
 */
export const outboxAcknowledgement: EnqueueMail = async (trx, mail) => {
  await enqueueMail(trx, { ...mail, autoSubmitted: 'auto-replied' }, { kind: 'mail_intake.ack' });
};

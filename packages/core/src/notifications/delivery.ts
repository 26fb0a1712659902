import { getSetting } from '../auth/settings.repository.ts';
import type { Db } from '../shared/context.ts';
import { createEmailSender, type SmtpSettings } from './channels/email.channel.ts';
import { createHttpSenders } from './channels/http.channel.ts';
import type { ChannelSenders } from './outbox-worker.ts';

export const SMTP_SETTING_KEY = 'notifications.smtp';

/** The senders of every channel, reading SMTP settings and endpoints from the database at send time. */
export function createChannelSenders(db: Db, ctx: { baseUrl: string }): ChannelSenders {
  const email = createEmailSender(
    async () => (await getSetting<SmtpSettings>(db, SMTP_SETTING_KEY)) ?? null,
    ctx,
  );
  const http = createHttpSenders(
    async (id) =>
      (await db.selectFrom('notification_endpoints').selectAll().where('id', '=', id).executeTakeFirst()) ??
      null,
    ctx,
  );
  return { email, webhook: http.webhook, telegram: http.telegram, chat: http.chat };
}

import type { Generated } from 'kysely';
import type { CreatedAt, Timestamp } from './schema.ts';

// Tables of the mail intake (migrations/20261205-0800-mail-intake.ts).

export interface UnitMailSendersTable {
  id: Generated<string>;
  unit_id: string;
  /** `user@domain` or `@domain`, lower-case. */
  pattern: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface MailIntakeMessagesTable {
  id: Generated<string>;
  message_id: string | null;
  from_address: string | null;
  from_name: string | null;
  subject: Generated<string>;
  received_at: Timestamp;
  status: string;
  reason: string | null;
  size: number;
  sha256: string;
  /** The original message; emptied once it is kept as incident evidence. */
  raw: Buffer | null;
  text_preview: Generated<string>;
  attachment_count: Generated<number>;
  remote_address: string | null;
  incident_id: string | null;
  unit_id: string | null;
  handled_by: string | null;
  handled_at: Timestamp | null;
  version: Generated<number>;
}

export interface IncidentMailIdsTable {
  message_id: string;
  incident_id: string;
  direction: string;
  created_at: CreatedAt;
}

export interface MailIntakeTables {
  unit_mail_senders: UnitMailSendersTable;
  mail_intake_messages: MailIntakeMessagesTable;
  incident_mail_ids: IncidentMailIdsTable;
}

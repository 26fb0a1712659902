import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { MAIL_STATUSES, QUARANTINE_REASONS } from './mail-intake.ts';

// Response schemas of the mail intake routes; the web screens take their types from them.

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTimeString = Type.String({ format: 'date-time' });

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Uuid = Type.String({ format: 'uuid' });

export const MailItemSchema = Type.Object({
  id: Uuid,
  fromAddress: Nullable(Type.String()),
  fromName: Nullable(Type.String()),
  subject: Type.String(),
  receivedAt: DateTimeString,
  status: literals(MAIL_STATUSES),
  reason: Nullable(literals(QUARANTINE_REASONS)),
  size: Type.Integer(),
  textPreview: Type.String(),
  attachmentCount: Type.Integer(),
  incidentId: Nullable(Uuid),
  unitId: Nullable(Uuid),
});
export type MailItem = Static<typeof MailItemSchema>;
export const MailPageSchema = Type.Object({
  items: Type.Array(MailItemSchema),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
export type MailPage = Static<typeof MailPageSchema>;

export const MailFiledSchema = Type.Object({ incidentId: Uuid, code: Type.String() });
export const MailDismissedSchema = Type.Object({ id: Uuid, status: Type.Literal('dismissed') });

export type MailFiled = Static<typeof MailFiledSchema>;

export const MailSendersViewSchema = Type.Object({ unitId: Uuid, patterns: Type.Array(Type.String()) });
export type MailSendersView = Static<typeof MailSendersViewSchema>;

/** Whether the listener runs and where (read from the server's configuration). */
export const MailIntakeStatusSchema = Type.Object({
  enabled: Type.Boolean(),
  address: Nullable(Type.String()),
  port: Nullable(Type.Integer()),
  starttls: Type.Boolean(),
  maxBytes: Type.Integer(),
  maxRecipients: Type.Integer(),
  perSenderPerHour: Type.Integer(),
  acknowledgements: Type.Boolean(),
});
export type MailIntakeStatus = Static<typeof MailIntakeStatusSchema>;

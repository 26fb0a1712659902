import { Type } from '@sinclair/typebox';
import { MAIL_STATUSES, QUARANTINE_REASONS } from '@ungcuu/domain/mail-intake/mail-intake.ts';
import { DateTimeString, Nullable, Paged } from '../systems/row-values.ts';

// Response schemas of the mail intake routes.

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
export const MailPageSchema = Paged(MailItemSchema);

export const MailFiledSchema = Type.Object({ incidentId: Uuid, code: Type.String() });
export const MailDismissedSchema = Type.Object({ id: Uuid, status: Type.Literal('dismissed') });

export const MailSendersViewSchema = Type.Object({ unitId: Uuid, patterns: Type.Array(Type.String()) });

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

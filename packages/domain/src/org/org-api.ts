import { type Static, Type } from '@sinclair/typebox';
import { DateTimeString, Nullable, Paged } from '../api-shapes.ts';
import { RoleSchema, UnitTypeSchema } from './schemas.ts';

// Response schemas of the org endpoints (units, users, response team, spreadsheet import). The
// server serialises through them, so a property missing here never leaves the server (a user's
// password hash cannot leak by accident); the web app derives its types from them.

/** A focal point as stored: what the form or an import gave (empty strings included). */
export const FocalPointViewSchema = Type.Object({
  name: Type.String(),
  title: Type.Optional(Type.String()),
  phone: Type.Optional(Type.String()),
  mobile: Type.Optional(Type.String()),
  email: Type.Optional(Type.String()),
});
export type FocalPoint = Static<typeof FocalPointViewSchema>;

export const UnitViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  parentId: Nullable(Type.String({ format: 'uuid' })),
  code: Type.String(),
  name: Type.String(),
  type: UnitTypeSchema,
  address: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  website: Nullable(Type.String()),
  leaderName: Nullable(Type.String()),
  leaderTitle: Nullable(Type.String()),
  intakeEmail: Nullable(Type.String()),
  focalMain: Nullable(FocalPointViewSchema),
  focalBackup: Nullable(FocalPointViewSchema),
  notes: Nullable(Type.String()),
  archived: Type.Boolean(),
  version: Type.Integer(),
  createdAt: DateTimeString,
  updatedAt: DateTimeString,
  /** What the viewer may do with this unit (the UI hides the rest). */
  allowedActions: Type.Array(
    Type.Union([Type.Literal('unit.update'), Type.Literal('unit.delete'), Type.Literal('user.create')]),
  ),
});
export type UnitView = Static<typeof UnitViewSchema>;
export const UnitPageSchema = Paged(UnitViewSchema);

export const LocaleSchema = Type.Union([Type.Literal('vi'), Type.Literal('en')]);

/** A user as the API shows it: never the password hash or the TOTP secret. */
export const UserViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  unitId: Type.String({ format: 'uuid' }),
  username: Type.String(),
  fullName: Type.String(),
  title: Nullable(Type.String()),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  roles: Type.Array(RoleSchema),
  locale: LocaleSchema,
  totpEnabled: Type.Boolean(),
  disabled: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  lockedUntil: Nullable(DateTimeString),
  lastLoginAt: Nullable(DateTimeString),
  version: Type.Integer(),
  createdAt: DateTimeString,
  allowedActions: Type.Array(Type.Union([Type.Literal('user.update'), Type.Literal('user.reset_password')])),
});
export type UserView = Static<typeof UserViewSchema>;
export const UserPageSchema = Paged(UserViewSchema);

/** A new user; the one-time password is shown once (null when the administrator chose one). */
export const UserCreatedSchema = Type.Object({
  user: UserViewSchema,
  oneTimePassword: Nullable(Type.String()),
});
export type UserCreated = Static<typeof UserCreatedSchema>;

export const OneTimePasswordSchema = Type.Object({ oneTimePassword: Type.String() });
export type OneTimePassword = Static<typeof OneTimePasswordSchema>;

export const TeamMemberViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  userId: Nullable(Type.String({ format: 'uuid' })),
  unitId: Type.String({ format: 'uuid' }),
  fullName: Type.String(),
  teamRole: Nullable(Type.String()),
  skills: Type.Array(Type.String()),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  onCall: Type.Boolean(),
  active: Type.Boolean(),
  notes: Nullable(Type.String()),
  version: Type.Integer(),
  allowedActions: Type.Array(Type.Literal('team.manage')),
});
export type TeamMemberView = Static<typeof TeamMemberViewSchema>;
export const TeamMemberPageSchema = Paged(TeamMemberViewSchema);

export const ImportKindSchema = Type.Union([Type.Literal('units'), Type.Literal('users')]);

/** What an import did (or, in a dry run, would do): every row's problems, and what was created. */
export const ImportReportSchema = Type.Object({
  kind: ImportKindSchema,
  dryRun: Type.Boolean(),
  total: Type.Integer(),
  valid: Type.Integer(),
  rows: Type.Array(
    Type.Object({
      row: Type.Integer(),
      key: Type.String(),
      errors: Type.Array(Type.Object({ path: Type.String(), message: Type.String() })),
    }),
  ),
  created: Type.Integer(),
  /** Users created without a password get a one-time password, listed once here. */
  credentials: Type.Optional(
    Type.Array(Type.Object({ username: Type.String(), oneTimePassword: Type.String() })),
  ),
});
export type ImportReport = Static<typeof ImportReportSchema>;

import { type Static, Type } from '@sinclair/typebox';
import { DateTimeString, Nullable } from '../api-shapes.ts';
import { LocaleSchema, UserViewSchema } from '../org/org-api.ts';
import { PasswordSchema, RoleSchema, UsernameSchema } from '../org/schemas.ts';

// Request and response schemas of signing in, the session and the security settings.

export const LoginBodySchema = Type.Object(
  {
    username: UsernameSchema,
    password: PasswordSchema,
    totp: Type.Optional(Type.String({ maxLength: 10 })),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBodySchema>;

/** The session cookie is set on the side; the CSRF token goes in the `x-csrf-token` header. */
export const LoginResultSchema = Type.Object({ csrfToken: Type.String(), expiresAt: DateTimeString });
export type LoginResult = Static<typeof LoginResultSchema>;

export const MeSchema = Type.Object({
  user: UserViewSchema,
  /** null for a bearer token (no session, no CSRF). */
  csrfToken: Nullable(Type.String()),
  mustChangePassword: Type.Boolean(),
  totpSetupRequired: Type.Boolean(),
});
export type Me = Static<typeof MeSchema>;

export const LocaleBodySchema = Type.Object({ locale: LocaleSchema }, { additionalProperties: false });
export const LocaleResultSchema = Type.Object({ locale: LocaleSchema });

/** Signed out everywhere: how many sessions ended. */
export const LogoutAllResultSchema = Type.Object({ ok: Type.Literal(true), sessions: Type.Integer() });
export type LogoutAllResult = Static<typeof LogoutAllResultSchema>;

export const PasswordChangeBodySchema = Type.Object(
  { current: PasswordSchema, next: PasswordSchema },
  { additionalProperties: false },
);

/** The secret to type into an authenticator app, and the otpauth:// URI its QR code holds. */
export const TotpSetupSchema = Type.Object({ secret: Type.String(), uri: Type.String() });
export type TotpSetup = Static<typeof TotpSetupSchema>;

export const TotpEnableBodySchema = Type.Object(
  { code: Type.String({ pattern: '^\\d{6}$' }) },
  { additionalProperties: false },
);

/** The roles whose members must sign in with a second factor. */
export const SecuritySettingsSchema = Type.Object({ totpRequiredRoles: Type.Array(RoleSchema) });
export type SecuritySettings = Static<typeof SecuritySettingsSchema>;
export const SecuritySettingsBodySchema = Type.Object(
  { totpRequiredRoles: Type.Array(RoleSchema, { uniqueItems: true }) },
  { additionalProperties: false },
);

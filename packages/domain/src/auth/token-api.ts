import { type Static, Type } from '@sinclair/typebox';
import { DateTimeString, Items, Nullable } from '../api-shapes.ts';
import { TOKEN_SCOPES } from './token-scopes.ts';

// Request and response schemas of personal API tokens.

export const TokenScopeSchema = Type.Union(TOKEN_SCOPES.map((s) => Type.Literal(s)));

export const TokenCreateBodySchema = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 100 }),
    scopes: Type.Array(TokenScopeSchema, { minItems: 1, uniqueItems: true }),
    expiresAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
export type TokenCreateBody = Static<typeof TokenCreateBodySchema>;

/** A token as listed: never its secret or hash, only the first characters to recognise it. */
export const TokenViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  userId: Type.String({ format: 'uuid' }),
  name: Type.String(),
  prefix: Type.String(),
  scopes: Type.Array(TokenScopeSchema),
  createdAt: DateTimeString,
  lastUsedAt: Nullable(DateTimeString),
  expiresAt: Nullable(DateTimeString),
  revokedAt: Nullable(DateTimeString),
});
export type TokenView = Static<typeof TokenViewSchema>;
export const TokenListSchema = Items(TokenViewSchema);
export type TokenList = Static<typeof TokenListSchema>;

/** The secret is returned once, at creation; only its hash is kept. */
export const TokenCreatedSchema = Type.Object({ token: TokenViewSchema, secret: Type.String() });
export type TokenCreated = Static<typeof TokenCreatedSchema>;

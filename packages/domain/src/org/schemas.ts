import { type Static, Type } from '@sinclair/typebox';
import { RefId } from '../refs.ts';
import { ROLES } from './roles.ts';
import { UNIT_TYPES } from './unit-types.ts';

// Input schemas of the org module; routes validate with them and the importer checks rows with them.

const trimmed = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
const optionalText = (max: number) =>
  Type.Optional(Type.Union([Type.String({ maxLength: max }), Type.Null()]));

export const EmailSchema = Type.String({ format: 'email', maxLength: 254 });
export const PhoneSchema = Type.String({ pattern: '^[0-9+() .-]{6,20}$' });

export const FocalPointSchema = Type.Object(
  {
    name: trimmed(200, 1),
    title: Type.Optional(trimmed(200)),
    phone: Type.Optional(Type.Union([PhoneSchema, Type.Literal('')])),
    mobile: Type.Optional(Type.Union([PhoneSchema, Type.Literal('')])),
    email: Type.Optional(Type.Union([EmailSchema, Type.Literal('')])),
  },
  { additionalProperties: false },
);

export const UnitTypeSchema = Type.Union(UNIT_TYPES.map((t) => Type.Literal(t)));
export const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));

export const UnitInputSchema = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_.-]+$' }),
    name: trimmed(300, 2),
    type: UnitTypeSchema,
    parentId: Type.Optional(Type.Union([RefId('unit'), Type.Null()])),
    address: optionalText(500),
    phone: Type.Optional(Type.Union([PhoneSchema, Type.Literal(''), Type.Null()])),
    email: Type.Optional(Type.Union([EmailSchema, Type.Literal(''), Type.Null()])),
    website: optionalText(300),
    leaderName: optionalText(200),
    leaderTitle: optionalText(200),
    intakeEmail: Type.Optional(Type.Union([EmailSchema, Type.Literal(''), Type.Null()])),
    focalMain: Type.Optional(Type.Union([FocalPointSchema, Type.Null()])),
    focalBackup: Type.Optional(Type.Union([FocalPointSchema, Type.Null()])),
    notes: optionalText(4000),
  },
  { additionalProperties: false },
);
export type UnitInput = Static<typeof UnitInputSchema>;

export const UnitPatchSchema = Type.Partial(UnitInputSchema, { additionalProperties: false });
export type UnitPatch = Static<typeof UnitPatchSchema>;

export const UsernameSchema = Type.String({ minLength: 3, maxLength: 60, pattern: '^[A-Za-z0-9_.@-]+$' });
export const PasswordSchema = Type.String({ minLength: 1, maxLength: 200 });

export const UserInputSchema = Type.Object(
  {
    username: UsernameSchema,
    fullName: trimmed(200, 2),
    unitId: RefId('unit'),
    roles: Type.Array(RoleSchema, { minItems: 1, maxItems: ROLES.length, uniqueItems: true }),
    title: optionalText(200),
    email: Type.Optional(Type.Union([EmailSchema, Type.Literal(''), Type.Null()])),
    phone: Type.Optional(Type.Union([PhoneSchema, Type.Literal(''), Type.Null()])),
    locale: Type.Optional(Type.Union([Type.Literal('vi'), Type.Literal('en')])),
    password: Type.Optional(PasswordSchema),
  },
  { additionalProperties: false },
);
export type UserInput = Static<typeof UserInputSchema>;

export const UserPatchSchema = Type.Partial(
  Type.Object({
    fullName: trimmed(200, 2),
    unitId: RefId('unit'),
    roles: Type.Array(RoleSchema, { minItems: 1, maxItems: ROLES.length, uniqueItems: true }),
    title: optionalText(200),
    email: Type.Union([EmailSchema, Type.Literal(''), Type.Null()]),
    phone: Type.Union([PhoneSchema, Type.Literal(''), Type.Null()]),
    locale: Type.Union([Type.Literal('vi'), Type.Literal('en')]),
    disabled: Type.Boolean(),
  }),
  { additionalProperties: false },
);
export type UserPatch = Static<typeof UserPatchSchema>;

export const TeamMemberInputSchema = Type.Object(
  {
    unitId: RefId('unit'),
    userId: Type.Optional(Type.Union([RefId('user'), Type.Null()])),
    fullName: trimmed(200, 2),
    teamRole: optionalText(200),
    skills: Type.Optional(Type.Array(trimmed(80, 1), { maxItems: 30 })),
    phone: Type.Optional(Type.Union([PhoneSchema, Type.Literal(''), Type.Null()])),
    email: Type.Optional(Type.Union([EmailSchema, Type.Literal(''), Type.Null()])),
    onCall: Type.Optional(Type.Boolean()),
    active: Type.Optional(Type.Boolean()),
    notes: optionalText(2000),
  },
  { additionalProperties: false },
);
export type TeamMemberInput = Static<typeof TeamMemberInputSchema>;
export const TeamMemberPatchSchema = Type.Partial(TeamMemberInputSchema, { additionalProperties: false });
export type TeamMemberPatch = Static<typeof TeamMemberPatchSchema>;

export const PageQuerySchema = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  q: Type.Optional(Type.String({ maxLength: 200 })),
});

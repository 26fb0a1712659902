import { type Static, type TSchema, Type } from '@sinclair/typebox';

// Building blocks of the response schemas (the `*-api.ts` files): the server serialises its
// answers by them, the OpenAPI document publishes them, the web app derives its types from them.

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
export const LocalizedTextSchema = Type.Object({ vi: Type.String(), en: Type.String() });
export const DayString = Type.String({ format: 'date' });
export const DateTimeString = Type.String({ format: 'date-time' });
export const Uuid = Type.String({ format: 'uuid' });
export const AllowedActions = Type.Array(Type.String());
export const literals = <T extends string>(values: readonly T[]) =>
  Type.Union(values.map((v) => Type.Literal(v)));
export const Paged = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    limit: Type.Integer(),
    offset: Type.Integer(),
  });
/** `{ items: [...] }`: a list that is not paged (small, bounded by its parent record). */
export const Items = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item) });
/** The answer to a DELETE of a record: which one is gone. */
export const DeletedSchema = Type.Object({ id: Uuid, deleted: Type.Boolean() });
/** The answer of an action that has nothing else to say. */
export const OkSchema = Type.Object({ ok: Type.Literal(true) });
export type Ok = Static<typeof OkSchema>;

import { type Static, type TSchema, Type } from '@sinclair/typebox';

// Building blocks of the response schemas every module's `*-api.ts` declares.

/** An instant as the API writes it: ISO 8601 in UTC (a Date serialises to this). */
export const DateTime = Type.String({ format: 'date-time' });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** One page of a list: the items, the total matching the filter, and the page asked for. */
export const PageOf = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    limit: Type.Integer(),
    offset: Type.Integer(),
  });

/** `{ items }` of a list that is not paged (short by nature: tokens, playbooks, regimes). */
export const ItemsOf = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item) });

/** The answer of an action that has nothing else to say. */
export const OkSchema = Type.Object({ ok: Type.Literal(true) });
export type Ok = Static<typeof OkSchema>;

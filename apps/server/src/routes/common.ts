import { Type } from '@sinclair/typebox';
import { RefId, type RefKind } from '@ungcuu/domain/refs.ts';

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const Paging = {
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
};

export const SearchText = Type.String({ maxLength: 200 });

/** Path parameters `{ id }` naming a record of `kind`: the reference check answers 404 for one the caller may not see. */
export const RefParams = (kind: RefKind) => Type.Object({ id: RefId(kind) });

/** The largest value of a PostgreSQL `integer` column: the bound of record versions. */
export const INT4_MAX = 2_147_483_647;

/** `?version=` of a record a PATCH expects to change (optimistic locking). */
export const VersionQuery = Type.Object({
  version: Type.Optional(Type.Integer({ minimum: 1, maximum: INT4_MAX })),
});

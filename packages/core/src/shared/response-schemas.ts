import { type TSchema, Type } from '@sinclair/typebox';

// Building blocks of response schemas: the API documents what it returns, and views are typed by them.
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
export const LocalizedTextSchema = Type.Object({ vi: Type.String(), en: Type.String() });
export const DayString = Type.String({ format: 'date' });
export const DateTimeString = Type.String({ format: 'date-time' });
export const AllowedActions = Type.Array(Type.String());
export const Paged = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    limit: Type.Integer(),
    offset: Type.Integer(),
  });

import { type Static, Type } from '@sinclair/typebox';
import { Items } from '../api-shapes.ts';
import { ReportingRegimeSchema } from './regime.ts';

// Request and response schemas of the reporting-regime endpoints. A saved regime is checked by
// validateRegime (issues with paths), so the body is any object here.

export const RegimeBodySchema = Type.Object({}, { additionalProperties: true });

/** A regime as listed: the regime plus the JSON paths of its values not yet checked against the law. */
export const RegimeItemSchema = Type.Object({
  ...ReportingRegimeSchema.properties,
  unverifiedPaths: Type.Array(Type.String()),
});
export type RegimeItem = Static<typeof RegimeItemSchema>;
export const RegimeListSchema = Items(RegimeItemSchema);
export { ReportingRegimeSchema };

import { type Static, Type } from '@sinclair/typebox';
import { DateTimeString } from '../api-shapes.ts';
import { AdvisorySchema } from './advisory.ts';
import { FeedTlpSchema, TlpSchema } from './tlp.ts';

// Request and response schemas of the sharing endpoints: incident export/import, the TLP feeds.

/** The answer to an import: what was added, the marking kept, what was left out. */
export const IndicatorImportResultSchema = Type.Object({
  format: AdvisorySchema.properties.format,
  title: Type.String(),
  /** Indicators in the document; `added` of them were new to the incident. */
  found: Type.Integer(),
  added: Type.Integer(),
  cves: AdvisorySchema.properties.cves,
  /** The incident's marking after the import (the stricter of its own and the document's). */
  tlp: TlpSchema,
  tlpRaised: Type.Boolean(),
  warnings: AdvisorySchema.properties.warnings,
});
export type IndicatorImportResult = Static<typeof IndicatorImportResultSchema>;

export const IncidentTlpInputSchema = Type.Object({ tlp: TlpSchema }, { additionalProperties: false });

export const FeedParamsSchema = Type.Object({ tlp: FeedTlpSchema });
export const FeedQuerySchema = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
});

const OpenObject = Type.Record(Type.String(), Type.Unknown());

/**
 * MISP feed page: a manifest (event uuid → its header, as MISP's feed fetcher reads
 * manifest.json) and the events themselves, newest change first.
 */
export const MispFeedSchema = Type.Object({
  manifest: Type.Record(Type.String(), OpenObject),
  events: Type.Array(Type.Object({ Event: OpenObject })),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

/** TAXII 2.1-style envelope of STIX objects; `next` is the offset of the following page. */
export const StixFeedSchema = Type.Object({
  more: Type.Boolean(),
  next: Type.Optional(Type.String()),
  objects: Type.Array(OpenObject),
  generated: DateTimeString,
});

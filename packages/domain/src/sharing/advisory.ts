import { type Static, Type } from '@sinclair/typebox';
import { LocalizedTextSchema } from '../api-shapes.ts';
import { ObservableKindSchema } from '../incidents/observables.ts';
import { TlpSchema } from './tlp.ts';

/** Caps on what one shared document may hold: beyond them the import is refused whole. */
export const SHARING_LIMITS = {
  /** Bytes of JSON text (the HTTP body limit of the import endpoints is the same). */
  maxBytes: 5 * 1024 * 1024,
  /** Nesting of objects and arrays; MISP and STIX documents need about 8. */
  maxDepth: 32,
  /** Every value in the document (objects, arrays, strings, numbers) counted once. */
  maxNodes: 400_000,
  /** Attributes of a MISP event (objects' included) or objects of a STIX bundle. */
  maxItems: 20_000,
  /** Indicators one import may add. */
  maxIndicators: 5_000,
} as const;

export const SharedIndicatorSchema = Type.Object(
  {
    type: ObservableKindSchema,
    /** The normalised form (incidents/observables.ts), the one compared and searched. */
    value: Type.String({ minLength: 1, maxLength: 2048 }),
    comment: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type SharedIndicator = Static<typeof SharedIndicatorSchema>;

export const AffectedProductSchema = Type.Object(
  {
    vendor: Type.Optional(Type.String({ maxLength: 200 })),
    product: Type.String({ minLength: 1, maxLength: 200 }),
    version: Type.Optional(Type.String({ maxLength: 100 })),
    cpe: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type AffectedProduct = Static<typeof AffectedProductSchema>;

export const SharingWarningSchema = Type.Object({
  code: Type.String({ maxLength: 60 }),
  message: LocalizedTextSchema,
});
export type SharingWarning = Static<typeof SharingWarningSchema>;

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const AdvisorySeveritySchema = Type.Union(SEVERITIES.map((s) => Type.Literal(s)));

/** One MISP event or STIX bundle, normalised: what a warning or an incident takes from it. */
export const AdvisorySchema = Type.Object({
  format: Type.Union([Type.Literal('misp'), Type.Literal('stix')]),
  title: Type.String({ maxLength: 500 }),
  description: Type.String({ maxLength: 20_000 }),
  /** The strictest marking found anywhere in the document (AMBER when it carries none). */
  tlp: TlpSchema,
  severity: Type.Optional(AdvisorySeveritySchema),
  cves: Type.Array(Type.String({ maxLength: 30 }), { maxItems: 1000 }),
  indicators: Type.Array(SharedIndicatorSchema, { maxItems: SHARING_LIMITS.maxIndicators }),
  products: Type.Array(AffectedProductSchema, { maxItems: 1000 }),
  malware: Type.Array(Type.String({ maxLength: 200 }), { maxItems: 1000 }),
  /** What was left out and why (unknown object types counted, patterns not understood). */
  warnings: Type.Array(SharingWarningSchema, { maxItems: 200 }),
});
export type Advisory = Static<typeof AdvisorySchema>;

/**
 * What the exporters take: an incident's observables today, a warning's tomorrow. `key` names the
 * record for the deterministic ids ("incident:<uuid>"), so a re-export gives the same ids.
 */
export interface Shareable {
  key: string;
  title: string;
  description: string;
  tlp: Static<typeof TlpSchema>;
  /** ISO date-time the record was created (the objects' created/valid_from). */
  created: string;
  /** ISO date-time of the last change; defaults to created. */
  modified?: string;
  indicators: SharedIndicator[];
  cves?: string[];
  malware?: string[];
}

/** The office that publishes (STIX identity, MISP Orgc). */
export interface SharingOffice {
  name: string;
}

export const CVE_RE = /^CVE-\d{4}-(0\d{3}|[1-9]\d{3,})$/;

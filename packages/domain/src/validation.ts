import type { Static, TSchema } from '@sinclair/typebox';
import { FormatRegistry } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

// TypeBox checks formats only once they are registered. The HTTP layer validates with Ajv
// (which knows these formats); this is for everything else (imports, CLI, jobs).
const FORMATS: Record<string, (v: string) => boolean> = {
  email: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  'date-time': (v) => !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v),
};

export function registerFormats(): void {
  for (const [name, check] of Object.entries(FORMATS)) {
    if (!FormatRegistry.Has(name)) FormatRegistry.Set(name, check);
  }
}

export interface ValidationIssue {
  path: string;
  message: string;
}

/** Checks a value against a schema; returns the issues (empty when valid). */
export function validationIssues<T extends TSchema>(schema: T, value: unknown): ValidationIssue[] {
  registerFormats();
  if (Value.Check(schema, value)) return [];
  return [...Value.Errors(schema, value)]
    .slice(0, 20)
    .map((e) => ({ path: e.path || '/', message: e.message }));
}

export function isValid<T extends TSchema>(schema: T, value: unknown): value is Static<T> {
  registerFormats();
  return Value.Check(schema, value);
}

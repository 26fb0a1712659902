/** JSON with sorted keys: the same value always hashes the same, whatever built it. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(sortKeys);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value as Record<string, unknown>).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out;
}

/** Plain JSON data (dates as ISO strings), as it will read back from a jsonb column. */
export function toPlainJson<T>(value: T): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

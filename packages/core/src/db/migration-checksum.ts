import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Migration } from './migrations/index.ts';

/**
 * SHA-256 of the migration's file text (line endings normalised, so a checkout on Windows does not
 * count as a change). A migration without a file (tests build some in memory) is hashed from its code.
 */
export function migrationChecksum(migration: Migration): string {
  const text = migration.source ? readFileSync(migration.source, 'utf8') : migration.up.toString();
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}

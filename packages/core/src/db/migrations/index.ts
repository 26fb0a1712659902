import type { Kysely } from 'kysely';
import * as platform from './20261127-1500-platform.ts';
import * as preparedness from './20261127-1600-preparedness.ts';
import * as incidents from './20261127-1700-incidents.ts';
import * as auditChains from './20261127-1800-audit-chains.ts';
import * as auditKeyed from './20261205-0500-audit-keyed.ts';

export interface Migration {
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

// Ordered; names never change once landed (the table ungcuu_migrations records them).
export const MIGRATIONS: Migration[] = [
  { name: '20261127-1500-platform', up: platform.up },
  { name: '20261127-1600-preparedness', up: preparedness.up },
  { name: '20261127-1700-incidents', up: incidents.up },
  { name: '20261127-1800-audit-chains', up: auditChains.up },
  { name: '20261205-0500-audit-keyed', up: auditKeyed.up },
];

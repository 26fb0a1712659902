import type { Clock, Db } from './context.ts';

/** What every service is built from. Passed explicitly: no globals, no import-time side effects. */
export interface ServiceDeps {
  db: Db;
  clock: Clock;
}

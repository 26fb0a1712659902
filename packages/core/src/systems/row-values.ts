// Moved: row values live in shared/row-values.ts, list reach in shared/read-reach.ts, response schema
// pieces in shared/response-schemas.ts. This re-export stays only until the notifications helper moves
// readiness/notification.service.ts (its last importer); delete it then.
export { type ReadReach, readReach } from '../shared/read-reach.ts';
export {
  AllowedActions,
  DateTimeString,
  DayString,
  LocalizedTextSchema,
  Nullable,
  Paged,
} from '../shared/response-schemas.ts';
export { blank, toDay, toInt, toIso } from '../shared/row-values.ts';

import type { Generated, Selectable } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './schema.ts';
import type { DateColumn } from './schema-preparedness.ts';

// Tables of requests to units (migration 20261205-1131-unit-requests).

export interface UnitRequestsTable {
  id: Generated<string>;
  title: string;
  instructions: Generated<string>;
  template: string | null;
  /** The form: RequestField[] of domain/requests/request-form.ts. */
  fields: Json<unknown[]>;
  /** Who was asked: { mode: 'all' | 'types' | 'units', unitTypes?, unitIds? }. */
  targeting: Json<Record<string, unknown>>;
  /** Calendar day (YYYY-MM-DD) by which units answer. */
  deadline: DateColumn;
  state: Generated<string>;
  created_by: string | null;
  sent_at: Timestamp;
  closed_at: Timestamp | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UnitRequestAnswersTable {
  request_id: string;
  unit_id: string;
  status: Generated<string>;
  answers: Json<Record<string, unknown>>;
  submitted_at: Timestamp | null;
  submitted_by: string | null;
  reopened_at: Timestamp | null;
  reopen_reason: string | null;
  reminded_at: Timestamp | null;
  escalated_at: Timestamp | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface RequestTables {
  unit_requests: UnitRequestsTable;
  unit_request_answers: UnitRequestAnswersTable;
}

export type UnitRequestRow = Selectable<UnitRequestsTable>;
export type UnitRequestAnswerRow = Selectable<UnitRequestAnswersTable>;

import type { Generated, Selectable } from 'kysely';
import type { CreatedAt, Timestamp } from './schema.ts';

// Proposals (kiến nghị, đề xuất) for the leaders (migration 20261205-1140-dashboards).
export interface ProposalsTable {
  id: Generated<string>;
  title: string;
  content: string;
  raised_by_user_id: string;
  /** The raising unit: its people see the proposal. */
  unit_id: string;
  /** Every unit sees it (a town-wide difficulty). */
  shared_with_all: Generated<boolean>;
  incident_id: string | null;
  risk_id: string | null;
  budget_line_id: string | null;
  status: Generated<string>;
  answer: string | null;
  answered_by: string | null;
  answered_at: Timestamp | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type ProposalRow = Selectable<ProposalsTable>;

export interface ProposalTables {
  proposals: ProposalsTable;
}

import type { Generated, Selectable } from 'kysely';
import type { CreatedAt, Timestamp } from './schema.ts';
import type { DateColumn } from './schema-preparedness.ts';

// Tables of the documents module, created by migrations/20261205-1150-documents.ts.

/** One Mẫu 05 report per period: what the incident data cannot know, and its sending. */
export interface PeriodicReportsTable {
  id: Generated<string>;
  kind: string;
  year: number;
  regime_id: string;
  report_code: string;
  period_start: DateColumn;
  period_end: DateColumn;
  member_code: string | null;
  damage_notes: string | null;
  helpers_domestic: string | null;
  helpers_foreign: string | null;
  proposals: string | null;
  notes: string | null;
  reference: string | null;
  generated_at: Timestamp | null;
  sent_at: Timestamp | null;
  sent_to: string | null;
  updated_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** The annual plan of one year: the document's frame (number, place, signer). */
export interface PlanDocumentsTable {
  id: Generated<string>;
  year: number;
  number: string | null;
  place: string;
  signer_name: string | null;
  signer_title: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** Every version of every section of a plan; the highest version of a key is the current text. */
export interface PlanSectionsTable {
  id: Generated<string>;
  plan_id: string;
  key: string;
  version: number;
  body: string;
  source: string;
  edited_by: string | null;
  created_at: CreatedAt;
}

export interface DocumentTables {
  periodic_reports: PeriodicReportsTable;
  plan_documents: PlanDocumentsTable;
  plan_sections: PlanSectionsTable;
}

export type PeriodicReportRow = Selectable<PeriodicReportsTable>;
export type PlanDocumentRow = Selectable<PlanDocumentsTable>;
export type PlanSectionRow = Selectable<PlanSectionsTable>;

import type { Generated, Selectable } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './schema.ts';

// Tables of the classifier's learning from the office (migration 20261205-0800-classifier).

export interface ClassifierExamplesTable {
  id: Generated<string>;
  incident_id: string;
  text: string;
  subtype: string;
  /** What was suggested when the report came in (null: no suggestion). */
  suggested_subtype: string | null;
  suggested_confidence: number | null;
  model_version: string | null;
  confirmed_by: string | null;
  confirmed_at: Timestamp;
  created_at: CreatedAt;
}

export interface ClassifierModelsTable {
  id: Generated<string>;
  version: number;
  data: Json<unknown>;
  office_examples: number;
  train_ms: number;
  active: Generated<boolean>;
  trained_at: Timestamp;
  rolled_back_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface ClassifierTables {
  classifier_examples: ClassifierExamplesTable;
  classifier_models: ClassifierModelsTable;
}

export type ClassifierExampleRow = Selectable<ClassifierExamplesTable>;
export type ClassifierModelRow = Selectable<ClassifierModelsTable>;

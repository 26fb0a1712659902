import type { LocalizedText } from '@ungcuu/domain/i18n-text.ts';
import type { Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import type { AssessmentAnswers } from '@ungcuu/domain/risks/assessment.ts';
import type { RiskBand, RiskRating } from '@ungcuu/domain/risks/risk-scoring.ts';

// Shapes of the risks API's answers (GET /api/risks…, /api/systems/:id/assessment).

export const RISK_TREATMENTS = ['mitigate', 'accept', 'transfer', 'avoid'] as const;
export type RiskTreatment = (typeof RISK_TREATMENTS)[number];
export const RISK_STATUSES = ['open', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export interface RiskView {
  id: string;
  systemId: string;
  systemName: string;
  unitIds: string[];
  subtype: Subtype;
  likelihood: RiskRating;
  impact: RiskRating;
  score: number;
  band: RiskBand;
  vulnerability: string | null;
  controls: string | null;
  treatment: RiskTreatment;
  mitigation: string | null;
  ownerUserId: string | null;
  ownerName: string | null;
  dueDate: string | null;
  reviewDate: string | null;
  status: RiskStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  allowedActions: 'risk.manage'[];
}

export interface RiskDetail extends RiskView {
  history: {
    likelihood: RiskRating;
    impact: RiskRating;
    score: number;
    band: RiskBand;
    changedBy: string | null;
    changedAt: string;
  }[];
}

export interface HeatMapView {
  scope: 'town' | 'unit';
  unitId: string | null;
  /** cells[likelihood − 1][impact − 1] = number of risks. */
  cells: number[][];
  total: number;
  byBand: Record<RiskBand, number>;
}

export interface AssessmentView {
  systemId: string;
  status: 'not_started' | 'draft' | 'completed';
  answers: AssessmentAnswers;
  defaults: AssessmentAnswers;
  issues: { key: string; code: string }[];
  suggestedRisks: {
    subtype: Subtype;
    likelihood: RiskRating;
    impact: RiskRating;
    score: number;
    band: RiskBand;
    rationale: LocalizedText;
    inRegister: boolean;
  }[];
  assessedBy: string | null;
  assessedAt: string | null;
  version: number;
  allowedActions: 'risk.manage'[];
}

/** The register row a form sends: everything but the system is patchable. */
export interface RiskInput {
  systemId: string;
  subtype: Subtype;
  likelihood: RiskRating;
  impact: RiskRating;
  vulnerability?: string;
  mitigation?: string;
  controls?: string | null;
  treatment?: RiskTreatment;
  ownerName?: string | null;
  dueDate?: string | null;
  reviewDate?: string | null;
  status?: RiskStatus;
}

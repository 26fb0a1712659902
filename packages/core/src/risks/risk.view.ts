import { type Actor, allowedActions } from '@ungcuu/domain/auth/permissions.ts';
import type { RiskView } from '@ungcuu/domain/risks/risk-api.ts';
import type { RiskRow } from '../db/schema-preparedness.ts';
import { toDay, toIso } from '../shared/row-values.ts';
import { systemUnitIds } from '../systems/system.view.ts';
import type { RiskWithSystem } from './risk.repository.ts';

const RISK_ACTIONS = ['risk.manage'] as const;

export function riskView(actor: Actor, row: RiskWithSystem): RiskView {
  const unitIds = systemUnitIds(row);
  return {
    id: row.id,
    systemId: row.system_id,
    systemName: row.system_name,
    unitIds,
    subtype: row.subtype as RiskView['subtype'],
    likelihood: row.likelihood as RiskView['likelihood'],
    impact: row.impact as RiskView['impact'],
    score: row.score,
    band: row.band as RiskView['band'],
    vulnerability: row.vulnerability,
    controls: row.controls,
    treatment: row.treatment as RiskView['treatment'],
    mitigation: row.mitigation,
    ownerUserId: row.owner_user_id,
    ownerName: row.owner_name,
    dueDate: toDay(row.due_date),
    reviewDate: toDay(row.review_date),
    status: row.status as RiskView['status'],
    version: row.version,
    createdAt: toIso(row.created_at)!,
    updatedAt: toIso(row.updated_at)!,
    allowedActions: allowedActions(actor, RISK_ACTIONS, { unitIds }),
  };
}

export function auditableRisk(row: RiskRow) {
  return { ...row, due_date: toDay(row.due_date), review_date: toDay(row.review_date) };
}

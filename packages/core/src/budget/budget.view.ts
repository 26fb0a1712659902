import { type Actor, allowedActions } from '@ungcuu/domain/auth/permissions.ts';
import { checkBudgetTransition } from '@ungcuu/domain/budget/budget.ts';
import type {
  BudgetHistoryEntry,
  BudgetLineView,
  EstimateResource,
  SpendingView,
} from '@ungcuu/domain/budget/budget-api.ts';
import type { BudgetSpendingRow } from '../db/schema-preparedness.ts';
import { toDay, toInt, toIso } from '../shared/row-values.ts';
import type { BudgetLineWithTotals } from './budget.repository.ts';

/** Appraising is offered on a submitted line to finance, deciding on an appraised one to the leader. */
function lineActions(actor: Actor, row: BudgetLineWithTotals): string[] {
  const status = row.status as BudgetLineView['status'];
  return allowedActions(actor, ['budget.manage', 'budget.appraise', 'budget.decide'], {
    unitIds: [row.unit_id],
  }).filter(
    (action) =>
      (action !== 'budget.appraise' || checkBudgetTransition(actor, status, 'appraised').ok) &&
      (action !== 'budget.decide' || checkBudgetTransition(actor, status, 'approved').ok),
  );
}

const money = (v: string | number | null): number | null => (v === null ? null : toInt(v));

export function budgetLineView(actor: Actor, row: BudgetLineWithTotals): BudgetLineView {
  return {
    id: row.id,
    fiscalYear: row.fiscal_year,
    unitId: row.unit_id,
    unitName: row.unit_name,
    category: row.category as BudgetLineView['category'],
    title: row.title,
    amount: toInt(row.amount),
    spent: toInt(row.spent),
    status: row.status as BudgetLineView['status'],
    fundingSource: row.funding_source as BudgetLineView['fundingSource'],
    fundingNote: row.funding_note,
    link:
      row.link_kind && row.link_id
        ? { kind: row.link_kind as NonNullable<BudgetLineView['link']>['kind'], id: row.link_id }
        : null,
    note: row.note,
    appraisal: row.appraisal as BudgetLineView['appraisal'],
    appraisedAmount: money(row.appraised_amount),
    appraisalNote: row.appraisal_note,
    appraisedBy: row.appraised_by,
    appraisedByName: row.appraised_by_name,
    appraisedAt: toIso(row.appraised_at),
    approvedAmount: money(row.approved_amount),
    decidedBy: row.decided_by,
    decidedByName: row.decided_by_name,
    decidedAt: toIso(row.decided_at),
    decisionNote: row.decision_note,
    version: row.version,
    createdAt: toIso(row.created_at)!,
    updatedAt: toIso(row.updated_at)!,
    allowedActions: lineActions(actor, row),
  };
}

export function spendingView(row: BudgetSpendingRow): SpendingView {
  return {
    id: row.id,
    lineId: row.line_id,
    amount: toInt(row.amount),
    spentOn: toDay(row.spent_on)!,
    note: row.note,
    createdBy: row.created_by,
    createdAt: toIso(row.created_at)!,
  };
}

type Stored = Record<string, unknown> | null;
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const whole = (v: unknown): number | null =>
  typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v)) ? Number(v) : null;

/** A step of the line read back from its audit record: the note and amount that step wrote. */
export function historyEntry(row: {
  action: string;
  at: Date;
  after: unknown;
  actor_label: string;
  actor_name: string | null;
}): BudgetHistoryEntry {
  const after = (typeof row.after === 'object' ? row.after : null) as Stored;
  const pick: Record<string, [string, string]> = {
    'budget.appraised': ['appraisal_note', 'appraised_amount'],
    'budget.approved': ['decision_note', 'approved_amount'],
    'budget.rejected': ['decision_note', ''],
    'budget.spend': ['note', 'amount'],
    'budget.create': ['note', 'amount'],
  };
  const [noteKey, amountKey] = pick[row.action] ?? ['step_note', ''];
  return {
    action: row.action,
    at: toIso(row.at)!,
    actorName: row.actor_name ?? row.actor_label,
    note: text(after?.[noteKey]),
    amount: amountKey ? whole(after?.[amountKey]) : null,
  };
}

export function staffResource(row: {
  full_name: string;
  team_role: string | null;
  unit_name: string;
}): EstimateResource {
  return { kind: 'staff', name: row.full_name, detail: row.team_role, unitName: row.unit_name, quantity: 1 };
}

// The estimate sheet is a Vietnamese document: equipment kinds as the readiness pages name them.
const EQUIPMENT_KIND_VI: Record<string, string> = {
  hardware: 'Thiết bị phần cứng',
  spare_hardware: 'Thiết bị dự phòng',
  security_tool: 'Công cụ bảo mật',
  backup_media: 'Thiết bị lưu trữ sao lưu',
  ups: 'Bộ lưu điện (UPS), máy phát',
  network: 'Thiết bị mạng',
  other: 'Khác',
};

export function materialResource(row: {
  name: string;
  category: string;
  quantity: number;
  location: string | null;
  unit_name: string;
}): EstimateResource {
  const label = EQUIPMENT_KIND_VI[row.category];
  return {
    kind: 'material',
    name: row.name,
    detail: [label, row.location].filter(Boolean).join(' — ') || null,
    unitName: row.unit_name,
    quantity: row.quantity,
  };
}

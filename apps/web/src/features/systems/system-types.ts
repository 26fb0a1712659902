import type { InformationSystemInput, SecurityLevelOrUnclassified } from '@ungcuu/domain/systems/system.ts';

// Shapes of the systems API's answers (GET /api/systems…); inputs are the domain's schema types.

export type SystemAction = 'system.update' | 'system.delete' | 'risk.manage';

export type SystemView = Omit<InformationSystemInput, 'notes'> & {
  id: string;
  ownerUnitName: string;
  operatingUnitName: string;
  notes: string | null;
  archived: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  allowedActions: SystemAction[];
};

export interface SystemRef {
  id: string;
  name: string;
  securityLevel: SecurityLevelOrUnclassified;
  nationalCritical: boolean;
  ownerUnitId: string;
  operatingUnitId: string;
}

export interface DependenciesView {
  systemId: string;
  dependsOn: { system: SystemRef; note: string | null }[];
  dependants: { system: SystemRef; note: string | null }[];
}

export interface AtRiskView {
  systemId: string;
  /** Direct and indirect dependants, nearest first. */
  items: SystemRef[];
  hiddenCount: number;
}

export interface SystemImportReport {
  kind: 'systems';
  dryRun: boolean;
  total: number;
  valid: number;
  rows: { row: number; key: string; errors: { path: string; message: string }[] }[];
  created: number;
}

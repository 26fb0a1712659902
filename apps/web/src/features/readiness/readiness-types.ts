import type { LocalizedText } from '@ungcuu/domain/i18n-text.ts';
import type { UnitType } from '@ungcuu/domain/org/unit-types.ts';
import type { ReadinessCriterionCode } from '@ungcuu/domain/readiness/criteria.ts';

// Shapes of the readiness API (GET /api/readiness…); the record kinds of seed II.4.b.

export const EQUIPMENT_CATEGORIES = [
  'hardware',
  'spare_hardware',
  'security_tool',
  'backup_media',
  'ups',
  'network',
  'other',
] as const;
export const EQUIPMENT_STATUSES = ['ready', 'maintenance', 'broken', 'retired'] as const;
export const LICENCE_KINDS = ['antivirus', 'firewall', 'other'] as const;
export const DRILL_KINDS = ['drill', 'scan'] as const;

/** A licence counts as "expires soon" within this many days (the reminder job's default window). */
export const EXPIRY_WARNING_DAYS = 30;

export type ItemPath = 'equipment' | 'licences' | 'contracts' | 'trainings' | 'drills';

interface ItemBase {
  id: string;
  unitId: string;
  unitName: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  allowedActions: 'readiness.manage'[];
}

export interface EquipmentView extends ItemBase {
  name: string;
  category: (typeof EQUIPMENT_CATEGORIES)[number];
  quantity: number;
  status: (typeof EQUIPMENT_STATUSES)[number];
  location: string | null;
  acquiredOn: string | null;
  notes: string | null;
}

export interface LicenceView extends ItemBase {
  kind: (typeof LICENCE_KINDS)[number];
  product: string;
  vendor: string | null;
  seats: number | null;
  expiresOn: string;
  daysToExpiry: number;
  expired: boolean;
  notes: string | null;
}

export interface Contact {
  name: string;
  title?: string;
  phone?: string;
  email?: string;
}

export interface ContractView extends ItemBase {
  provider: string;
  scope: string;
  contractRef: string | null;
  contacts: Contact[];
  startsOn: string | null;
  endsOn: string | null;
  active: boolean;
  notes: string | null;
}

export interface TrainingView extends ItemBase {
  title: string;
  heldOn: string;
  organiser: string | null;
  hours: number | null;
  attendeeUserIds: string[];
  notes: string | null;
}

export interface DrillView extends ItemBase {
  kind: (typeof DRILL_KINDS)[number];
  title: string;
  scenarioSubtype: string | null;
  heldOn: string;
  participants: string[];
  findings: string | null;
  systemIds: string[];
}

export type CriterionStatus = 'met' | 'not_met' | 'not_applicable';

export interface UnitReadiness {
  unitId: string;
  unitCode: string;
  unitName: string;
  unitType: UnitType;
  score: number;
  criteria: {
    code: ReadinessCriterionCode;
    status: CriterionStatus;
    met: boolean;
    weight: number;
    label: LocalizedText;
    reason: LocalizedText;
  }[];
  computedAt: string;
}

export interface ReadinessSummary {
  units: number;
  averageScore: number | null;
  distribution: { band: string; from: number; to: number; count: number }[];
  criteria: {
    code: ReadinessCriterionCode;
    label: LocalizedText;
    met: number;
    notMet: number;
    notApplicable: number;
  }[];
  computedAt: string;
}

export interface DueLicence {
  id: string;
  unitId: string;
  unitName: string;
  kind: string;
  product: string;
  expiresOn: string;
  daysToExpiry: number;
}

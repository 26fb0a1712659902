import { createBudgetService } from '../budget/budget.service.ts';
import { createInspectionService } from '../inspections/inspection.service.ts';
import { createInspectionConductService } from '../inspections/inspection-conduct.service.ts';
import { createRemediationService } from '../inspections/remediation.service.ts';
import { createLessonService } from '../lessons/lesson.service.ts';
import { createNotificationService } from '../notifications/notification.service.ts';
import { createReadinessService } from '../readiness/readiness.service.ts';
import { createReadinessItemService } from '../readiness/readiness-items.service.ts';
import { CONTRACTS, DRILLS, EQUIPMENT, LICENCES, TRAININGS } from '../readiness/readiness-kinds.ts';
import { createAssessmentService } from '../risks/assessment.service.ts';
import { createRiskService } from '../risks/risk.service.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { createSystemService } from './system.service.ts';
import { createSystemImportService } from './system-import.service.ts';

/** The preparedness use cases (P0): spread into createServices() as one entry. */
export function createPreparednessServices(deps: ServiceDeps) {
  const inspections = createInspectionService(deps);
  return {
    systems: createSystemService(deps),
    systemImport: createSystemImportService(deps),
    risks: createRiskService(deps),
    riskAssessments: createAssessmentService(deps),
    readiness: createReadinessService(deps),
    readinessItems: {
      equipment: createReadinessItemService(deps, EQUIPMENT),
      licences: createReadinessItemService(deps, LICENCES),
      contracts: createReadinessItemService(deps, CONTRACTS),
      trainings: createReadinessItemService(deps, TRAININGS),
      drills: createReadinessItemService(deps, DRILLS),
    },
    notifications: createNotificationService(deps),
    inspections,
    inspectionConduct: createInspectionConductService(deps, inspections),
    remediation: createRemediationService(deps),
    budget: createBudgetService(deps),
    lessons: createLessonService(deps),
  };
}

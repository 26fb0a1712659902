import { createAssessmentService } from '../risks/assessment.service.ts';
import { createRiskService } from '../risks/risk.service.ts';
import type { ServiceDeps } from '../shared/deps.ts';
import { createSystemImportService } from './system-import.service.ts';
import { createSystemService } from './system.service.ts';

/** The preparedness use cases (P0): spread into createServices() as one entry. */
export function createPreparednessServices(deps: ServiceDeps) {
  const systems = createSystemService(deps);
  return {
    systems,
    systemImport: createSystemImportService(deps),
    risks: createRiskService(deps),
    riskAssessments: createAssessmentService(deps),
  };
}

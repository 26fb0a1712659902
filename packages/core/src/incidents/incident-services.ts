import type { ServiceDeps } from '../shared/deps.ts';
import { createClassifierService } from './classifier.service.ts';
import { createCollaborationService } from './collaboration.service.ts';
import { createEscalationService } from './escalation.service.ts';
import { createEvidenceService } from './evidence.service.ts';
import { createIncidentService } from './incident.service.ts';
import { createIncidentClosureService } from './incident-closure.service.ts';
import { createIncidentDocsService } from './incident-docs.service.ts';
import { createIntakeService, createIntakeSettingsService } from './incident-intake.service.ts';
import { createMergeSplitService } from './merge-split.service.ts';
import { createPlaybookService } from './playbook.service.ts';
import { createRegimeService } from './regime.service.ts';
import { createSavedFilterService } from './saved-filter.service.ts';
import { createSimilarService } from './similar.service.ts';
import { createTaskService } from './task.service.ts';

/** The incidents module's use cases, grouped so services.ts adds one line. */
export function createIncidentServices(deps: ServiceDeps) {
  return {
    intake: createIntakeService(deps),
    intakeSettings: createIntakeSettingsService(deps),
    incidents: { ...createIncidentService(deps), ...createIncidentClosureService(deps) },
    tasks: createTaskService(deps),
    collaboration: createCollaborationService(deps),
    mergeSplit: createMergeSplitService(deps),
    evidence: createEvidenceService(deps),
    escalations: createEscalationService(deps),
    savedFilters: createSavedFilterService(deps),
    playbooks: createPlaybookService(deps),
    regimes: createRegimeService(deps),
    incidentDocs: createIncidentDocsService(deps),
    classifier: createClassifierService(deps),
    similarIncidents: createSimilarService(deps),
  };
}

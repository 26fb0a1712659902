import type { ServiceDeps } from '../shared/deps.ts';
import type { SystemService } from '../systems/system.service.ts';
import { createSystemProductService } from './system-product.service.ts';
import { createWarningService } from './warning.service.ts';
import { createWarningResponseService } from './warning-response.service.ts';

/** The warnings use cases (issue 11): spread into createServices() as one entry. */
export function createWarningServices(deps: ServiceDeps, systems: SystemService) {
  const warnings = createWarningService(deps);
  return {
    warnings,
    warningResponses: createWarningResponseService(deps, warnings),
    systemProducts: createSystemProductService(deps, systems),
  };
}

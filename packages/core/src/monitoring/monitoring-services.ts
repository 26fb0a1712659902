import type { ServiceDeps } from '../shared/deps.ts';
import { createMonitorService } from './monitor.service.ts';
import { createMonitorEngine } from './monitor-engine.ts';
import { createProbeService } from './probe.service.ts';

/** The monitoring module's services (issue 10), built once per process. */
export function createMonitoringServices(deps: ServiceDeps) {
  const monitorEngine = createMonitorEngine(deps);
  return {
    monitors: createMonitorService(deps),
    probes: createProbeService(deps, monitorEngine),
    /** Records results and files incidents; used by the checker (monitor-runner.ts). */
    monitorEngine,
  };
}

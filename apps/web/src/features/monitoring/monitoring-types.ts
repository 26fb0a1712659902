// Shapes of the monitoring API (GET /api/monitors/…, /api/monitor-probes), derived from the response schemas.

export type {
  BaselineDiff,
  MonitorDetail,
  MonitorView,
  ProbeCreated,
  ProbeView,
  UnitStatus,
} from '@ungcuu/domain/monitoring/monitoring-api.ts';

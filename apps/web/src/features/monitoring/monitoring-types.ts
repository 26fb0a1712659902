import type { Static } from '@sinclair/typebox';
import type {
  DiffSchema,
  MonitorDetailSchema,
  MonitorViewSchema,
  ProbeCreatedSchema,
  ProbeViewSchema,
  UnitStatusSchema,
} from '@ungcuu/core/monitoring/monitor.schemas.ts';

// Shapes of the monitoring API, from the server's response schemas (type-only: nothing of core is bundled).
export type MonitorView = Static<typeof MonitorViewSchema>;
export type MonitorDetail = Static<typeof MonitorDetailSchema>;
export type BaselineDiff = Static<typeof DiffSchema>;
export type UnitStatus = Static<typeof UnitStatusSchema>;
export type ProbeView = Static<typeof ProbeViewSchema>;
export type ProbeCreated = Static<typeof ProbeCreatedSchema>;

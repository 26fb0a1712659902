import type { Config } from '@ungcuu/core/config.ts';
import type { DatabaseHandle } from '@ungcuu/core/db/engine.ts';
import type { Services } from '@ungcuu/core/services.ts';
import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { alertsRoutes } from './alerts/alerts.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { budgetRoutes } from './budget/budget.routes.ts';
import { catalogueRoutes } from './catalogue/catalogue.routes.ts';
import { classifierRoutes } from './classifier/classifier.routes.ts';
import { documentsRoutes } from './documents/documents.routes.ts';
import { healthRoutes } from './health/health.routes.ts';
import { importRoutes } from './import/import.routes.ts';
import { incidentsModule } from './incidents/index.ts';
import { inspectionsRoutes } from './inspections/inspections.routes.ts';
import { lessonsRoutes } from './lessons/lessons.routes.ts';
import { mailIntakeRoutes } from './mail-intake/mail-intake.routes.ts';
import { monitoringRoutes } from './monitoring/monitoring.routes.ts';
import { notificationSettingsRoutes } from './notifications/notification-settings.routes.ts';
import { notificationsRoutes } from './notifications/notifications.routes.ts';
import { orgRoutes } from './org/org.routes.ts';
import { proposalsRoutes } from './proposals/proposals.routes.ts';
import { readinessRoutes } from './readiness/readiness.routes.ts';
import { requestsRoutes } from './requests/requests.routes.ts';
import { risksRoutes } from './risks/risks.routes.ts';
import { sharingRoutes } from './sharing/sharing.routes.ts';
import { statisticsRoutes } from './statistics/statistics.routes.ts';
import { systemsRoutes } from './systems/systems.routes.ts';
import { tasksRoutes } from './tasks/tasks.routes.ts';
import { tokenRoutes } from './tokens/tokens.routes.ts';
import { warningsModule } from './warnings/index.ts';

export interface RouteDeps {
  services: Services;
  config: Config;
  handle: DatabaseHandle;
  registry: Registry;
}

/** Every module's routes, one line each; each module lives in `routes/<module>/`. */
export async function registerRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  await healthRoutes(app, deps);
  await authRoutes(app, deps);
  await orgRoutes(app, deps);
  await auditRoutes(app, deps);
  await tokenRoutes(app, deps);
  await importRoutes(app, deps);
  await systemsRoutes(app, deps);
  await risksRoutes(app, deps);
  await readinessRoutes(app, deps);
  await notificationsRoutes(app, deps);
  await notificationSettingsRoutes(app, deps);
  await inspectionsRoutes(app, deps);
  await budgetRoutes(app, deps);
  await lessonsRoutes(app, deps);
  await incidentsModule(app, deps);
  await tasksRoutes(app, deps);
  await classifierRoutes(app, deps);
  await mailIntakeRoutes(app, deps);
  await monitoringRoutes(app, deps);
  await alertsRoutes(app, deps);
  await statisticsRoutes(app, deps);
  await proposalsRoutes(app, deps);
  await catalogueRoutes(app, deps);
  await warningsModule(app, deps);
  await sharingRoutes(app, deps);
  await requestsRoutes(app, deps);
  await documentsRoutes(app, deps);
}

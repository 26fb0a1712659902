import { createAlertService } from './alerts/alert.service.ts';
import { listAuditRecords, verifyAuditChain } from './audit/audit.service.ts';
import { type CheckpointOptions, createCheckpointService } from './audit/audit-checkpoint.service.ts';
import { createAuthService } from './auth/auth.service.ts';
import { createTokenService } from './auth/token.service.ts';
import type { DatabaseHandle } from './db/engine.ts';
import { createActivityReportService } from './documents/activity.service.ts';
import { createMau05Service } from './documents/mau05.service.ts';
import { createMemberFormsService } from './documents/member-forms.service.ts';
import { createPlanService } from './documents/plan.service.ts';
import { createIncidentServices } from './incidents/incident-services.ts';
import { createMailIntakeService, type MailIntakeOptions } from './mail-intake/mail-intake.service.ts';
import { createMailSendersService } from './mail-intake/mail-senders.service.ts';
import { createMonitoringServices } from './monitoring/monitoring-services.ts';
import { createNotificationSettingsService } from './notifications/notification-settings.service.ts';
import { createOrgImportService } from './org/org-import.service.ts';
import { createTeamService } from './org/team.service.ts';
import { createUnitService } from './org/unit.service.ts';
import { createUserService } from './org/user.service.ts';
import { createProposalService } from './proposals/proposal.service.ts';
import { createRequestsService } from './requests/requests.service.ts';
import { type Clock, systemClock } from './shared/context.ts';
import type { ServiceDeps } from './shared/deps.ts';
import { createRefChecker } from './shared/ref-visibility.ts';
import { createSharingService } from './sharing/sharing.service.ts';
import { createStatisticsService } from './statistics/statistics.service.ts';
import { createPreparednessServices } from './systems/preparedness-services.ts';
import { createWarningServices } from './warnings/warning-services.ts';

/**
 * Every use case of the product, built once per process from the database and a clock.
 * `auditCheckpoints.dir`: the folder outside the database where signed checkpoints are kept.
 */
export function createServices(
  handle: DatabaseHandle,
  clock: Clock = systemClock,
  options: { auditCheckpoints?: CheckpointOptions; mailIntake?: MailIntakeOptions } = {},
) {
  const checkpointOptions = options.auditCheckpoints ?? {};
  const deps: ServiceDeps = { db: handle.db, clock };
  const incidents = createIncidentServices(deps);
  const preparedness = createPreparednessServices(deps);
  const mailIntake = options.mailIntake ?? { hostname: 'localhost', log: () => {} };
  return {
    deps,
    units: createUnitService(deps),
    users: createUserService(deps),
    team: createTeamService(deps),
    auth: createAuthService(deps),
    tokens: createTokenService(deps),
    orgImport: createOrgImportService(deps),
    /** Every id a client names must be a record the caller may see (see shared/ref-visibility.ts). */
    refs: createRefChecker(deps.db),
    ...incidents,
    /** Incident reports by email (issue 9); the SMTP listener is started by apps/server/src/server.ts. */
    mailIntake: createMailIntakeService(deps, incidents.intake, mailIntake),
    mailSenders: createMailSendersService(deps),
    ...preparedness,
    ...createWarningServices(deps, preparedness.systems),
    /** MISP/STIX export and import of incidents' indicators, TLP feeds (issue 11). */
    sharing: createSharingService(deps),
    /** Requests to units: scan campaigns, data calls (issue 11). */
    requests: createRequestsService(deps),
    notificationSettings: createNotificationSettingsService(deps),
    ...createMonitoringServices(deps),
    /** Alerts from the units' security tools (issue 10): webhooks, groups, mapping, rules. */
    alerts: createAlertService(deps),
    /** Dashboards' figures and the leader's page (issue 12). */
    statistics: createStatisticsService(deps),
    proposals: createProposalService(deps),
    /** Reports for leadership (issue 12): Mẫu 05 per period, the annual plan. */
    mau05: createMau05Service(deps),
    plans: createPlanService(deps),
    memberForms: createMemberFormsService(deps),
    activityReport: createActivityReportService(deps),
    audit: {
      list: (actor: Parameters<typeof listAuditRecords>[1], filter: Parameters<typeof listAuditRecords>[2]) =>
        listAuditRecords(deps.db, actor, filter),
      /** `checkpoints`: texts of checkpoints kept elsewhere (files a leader kept). */
      verify: (checkpoints: { source: string; text: string }[] = []) =>
        verifyAuditChain(deps.db, 1000, { checkpoints, checkpointDir: checkpointOptions.dir }),
      checkpoints: createCheckpointService(deps, checkpointOptions),
    },
  };
}
export type Services = ReturnType<typeof createServices>;

import type { Kysely } from 'kysely';
import * as platform from './20261127-1500-platform.ts';
import * as preparedness from './20261127-1600-preparedness.ts';
import * as incidents from './20261127-1700-incidents.ts';
import * as auditChains from './20261127-1800-audit-chains.ts';
import * as authThrottleLast from './20261205-0440-auth-throttle-last.ts';
import * as auditKeyed from './20261205-0500-audit-keyed.ts';
import * as incidentClosure from './20261205-0500-incident-closure.ts';
import * as initialReportFields from './20261205-0500-initial-report-fields.ts';
import * as classifier from './20261205-0800-classifier.ts';
import * as mailIntake from './20261205-0800-mail-intake.ts';
import * as monitoring from './20261205-0800-monitoring.ts';
import * as notificationOutbox from './20261205-0800-notification-outbox.ts';
import * as alertIntake from './20261205-1100-alert-intake.ts';
import * as warnings from './20261205-1120-warnings.ts';
import * as incidentTlp from './20261205-1130-incident-tlp.ts';
import * as unitRequests from './20261205-1131-unit-requests.ts';
import * as dashboards from './20261205-1140-dashboards.ts';
import * as documents from './20261205-1150-documents.ts';
import * as budgetAppraisal from './20261205-1160-budget-appraisal.ts';
import * as lessons from './20261205-1161-lessons.ts';
import * as auditChainHeads from './20261205-1170-audit-chain-heads.ts';
import * as jobRuns from './20261205-1171-job-runs.ts';
import * as incidentUnitGin from './20261205-1440-incident-unit-gin.ts';
import * as incidentDuplicateIndex from './20261205-1500-incident-duplicate-index.ts';

export interface Migration {
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
  /** The file that holds it: its text is checksummed so an applied migration cannot change unnoticed. */
  source?: URL;
}

function fromFile(name: string, up: Migration['up']): Migration {
  return { name, up, source: new URL(`./${name}.ts`, import.meta.url) };
}

// Ordered; names and files never change once landed (ungcuu_migrations records name and checksum).
export const MIGRATIONS: Migration[] = [
  fromFile('20261127-1500-platform', platform.up),
  fromFile('20261127-1600-preparedness', preparedness.up),
  fromFile('20261127-1700-incidents', incidents.up),
  fromFile('20261127-1800-audit-chains', auditChains.up),
  fromFile('20261205-0440-auth-throttle-last', authThrottleLast.up),
  fromFile('20261205-0500-audit-keyed', auditKeyed.up),
  fromFile('20261205-0500-incident-closure', incidentClosure.up),
  fromFile('20261205-0500-initial-report-fields', initialReportFields.up),
  fromFile('20261205-0800-classifier', classifier.up),
  fromFile('20261205-0800-mail-intake', mailIntake.up),
  fromFile('20261205-0800-monitoring', monitoring.up),
  fromFile('20261205-0800-notification-outbox', notificationOutbox.up),
  fromFile('20261205-1100-alert-intake', alertIntake.up),
  fromFile('20261205-1120-warnings', warnings.up),
  fromFile('20261205-1130-incident-tlp', incidentTlp.up),
  fromFile('20261205-1131-unit-requests', unitRequests.up),
  fromFile('20261205-1140-dashboards', dashboards.up),
  fromFile('20261205-1150-documents', documents.up),
  fromFile('20261205-1160-budget-appraisal', budgetAppraisal.up),
  fromFile('20261205-1161-lessons', lessons.up),
  fromFile('20261205-1170-audit-chain-heads', auditChainHeads.up),
  fromFile('20261205-1171-job-runs', jobRuns.up),
  fromFile('20261205-1440-incident-unit-gin', incidentUnitGin.up),
  fromFile('20261205-1500-incident-duplicate-index', incidentDuplicateIndex.up),
];

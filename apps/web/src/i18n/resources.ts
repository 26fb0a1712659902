import { enAccess } from './en/access.ts';
import { enAdmin } from './en/admin.ts';
import { enAlerts } from './en/alerts.ts';
import { enCatalogue } from './en/catalogue.ts';
import { enClassifier } from './en/classifier.ts';
import { enCommon } from './en/common.ts';
import { enDashboards } from './en/dashboards.ts';
import { enFirstPaint } from './en/first-paint.ts';
import { enIncidentWork } from './en/incident-work.ts';
import { enIncidents } from './en/incidents.ts';
import { enLessons } from './en/lessons.ts';
import { enMailIntake } from './en/mail-intake.ts';
import { enMonitoring } from './en/monitoring.ts';
import { enNotifications } from './en/notifications.ts';
import { enPreparedness } from './en/preparedness.ts';
import { enReports } from './en/reports.ts';
import { enRequests } from './en/requests.ts';
import { enWarnings } from './en/warnings.ts';
import type { Messages } from './messages.ts';
import { viAccess } from './vi/access.ts';
import { viAdmin } from './vi/admin.ts';
import { viAlerts } from './vi/alerts.ts';
import { viCatalogue } from './vi/catalogue.ts';
import { viClassifier } from './vi/classifier.ts';
import { viCommon } from './vi/common.ts';
import { viDashboards } from './vi/dashboards.ts';
import { viFirstPaint } from './vi/first-paint.ts';
import { viIncidentWork } from './vi/incident-work.ts';
import { viIncidents } from './vi/incidents.ts';
import { viLessons } from './vi/lessons.ts';
import { viMailIntake } from './vi/mail-intake.ts';
import { viMonitoring } from './vi/monitoring.ts';
import { viNotifications } from './vi/notifications.ts';
import { viPreparedness } from './vi/preparedness.ts';
import { viReports } from './vi/reports.ts';
import { viRequests } from './vi/requests.ts';
import { viWarnings } from './vi/warnings.ts';

export const vi = {
  ...viFirstPaint,
  ...viCommon,
  ...viAdmin,
  ...viAccess,
  ...viIncidents,
  ...viIncidentWork,
  ...viPreparedness,
  ...viCatalogue,
  ...viClassifier,
  ...viMailIntake,
  ...viNotifications,
  // Several files extend the navigation labels: merged here so that none overwrites another.
  nav: { ...viCatalogue.nav, ...viClassifier.nav, ...viNotifications.nav, ...viAlerts.nav },
  ...viMonitoring,
  alerts: viAlerts.alerts,
  ...viWarnings,
  ...viDashboards,
  ...viRequests,
  ...viLessons,
  ...viReports,
};
export const en: Messages<typeof vi> = {
  ...enFirstPaint,
  ...enCommon,
  ...enAdmin,
  ...enAccess,
  ...enIncidents,
  ...enIncidentWork,
  ...enPreparedness,
  ...enCatalogue,
  ...enClassifier,
  ...enMailIntake,
  ...enNotifications,
  nav: { ...enCatalogue.nav, ...enClassifier.nav, ...enNotifications.nav, ...enAlerts.nav },
  ...enMonitoring,
  alerts: enAlerts.alerts,
  ...enWarnings,
  ...enDashboards,
  ...enRequests,
  ...enLessons,
  ...enReports,
};

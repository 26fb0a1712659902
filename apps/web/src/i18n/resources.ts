import { enAccess } from './en/access.ts';
import { enAdmin } from './en/admin.ts';
import { enCatalogue } from './en/catalogue.ts';
import { enCommon } from './en/common.ts';
import { enIncidents } from './en/incidents.ts';
import { enMonitoring } from './en/monitoring.ts';
import { enPreparedness } from './en/preparedness.ts';
import type { Messages } from './messages.ts';
import { viAccess } from './vi/access.ts';
import { viAdmin } from './vi/admin.ts';
import { viCatalogue } from './vi/catalogue.ts';
import { viCommon } from './vi/common.ts';
import { viIncidents } from './vi/incidents.ts';
import { viMonitoring } from './vi/monitoring.ts';
import { viPreparedness } from './vi/preparedness.ts';

export const vi = {
  ...viCommon,
  ...viAdmin,
  ...viAccess,
  ...viIncidents,
  ...viPreparedness,
  ...viCatalogue,
  ...viMonitoring,
};
export const en: Messages<typeof vi> = {
  ...enCommon,
  ...enAdmin,
  ...enAccess,
  ...enIncidents,
  ...enPreparedness,
  ...enCatalogue,
  ...enMonitoring,
};

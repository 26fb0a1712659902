// Shapes of the public intake API, derived from the schemas.

export type {
  IntakeSettingsView as IntakeSettings,
  PublicAcknowledgement,
} from '@ungcuu/domain/incidents/incident-api.ts';
export type { PublicIncidentReportInput as PublicReportInput } from '@ungcuu/domain/incidents/schemas.ts';

/** The public page's address; `?unit=CODE` sends a report straight to one unit. */
export const PUBLIC_REPORT_PATH = '/bao-cao-su-co';
export const UNIT_PARAM = 'unit';

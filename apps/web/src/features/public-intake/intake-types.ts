import type { LocalizedText } from '@ungcuu/domain/i18n-text.ts';
import type { PublicIncidentReportInput } from '@ungcuu/domain/incidents/schemas.ts';

export type PublicReportInput = PublicIncidentReportInput;

/** The answer to a public report (202); `code` is null when the honeypot caught a robot. */
export interface PublicAcknowledgement {
  accepted: boolean;
  code: string | null;
  message?: LocalizedText;
}

export interface IntakeSettings {
  enabled: boolean;
  defaultUnitId: string | null;
}

/** The public page's address; `?unit=CODE` sends a report straight to one unit. */
export const PUBLIC_REPORT_PATH = '/bao-cao-su-co';
export const UNIT_PARAM = 'unit';

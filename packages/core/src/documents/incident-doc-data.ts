/**
 * What the official incident reports of TT 20/2017 (Mẫu 03 initial report, Mẫu 04 final report)
 * print, already resolved to display text by the caller: labels in Vietnamese, units and people
 * by name. Instants are ISO strings; the renderers print them in Vietnam time (UTC+7).
 */
export interface IncidentDocData {
  /** The incident code, e.g. "SC-2026-0042". */
  code: string;
  title: string;
  description: string;
  detectedAt: string;
  /** When the incident was first reported into the system. */
  reportedAt: string;
  /** When this document is issued ("Thời gian báo cáo"). */
  reportTime: string;
  state: string;
  tierLabel: string;
  causeGroupLabel: string | null;
  subtypeLabel: string | null;
  reportingUnit: { name: string; address?: string | null; phone?: string | null; email?: string | null };
  reporter: { name: string; title?: string | null; phone?: string | null; email?: string | null };
  operatingUnit?: { name: string } | null;
  ownerUnit?: { name: string } | null;
  system?: {
    name: string;
    level: number | null;
    /** Domain names, URLs and IP addresses of the system, in any order. */
    addresses: string[];
    securityProvider?: string | null;
    connectivityProvider?: string | null;
    software: string[];
    purpose?: string | null;
  } | null;
  currentState?: string | null;
  howDetected?: string | null;
  notifiedTo: string[];
  supportRequested?: string | null;
  confidential: boolean;
  causeSummary?: string | null;
  actionsTaken?: string | null;
  lessonsLearned?: string | null;
  closedAt?: string | null;
  initialReport?: { reference: string | null; sentAt: string | null } | null;
  timeline: { at: string; text: string }[];
  attachments: string[];
}

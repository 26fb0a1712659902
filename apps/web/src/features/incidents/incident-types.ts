import type { LocalizedText } from '@ungcuu/domain/i18n-text.ts';
import type { DeadlineStatus } from '@ungcuu/domain/incidents/deadlines.ts';
import type { IncidentState, TransitionCode } from '@ungcuu/domain/incidents/lifecycle.ts';
import type { ObservableKind } from '@ungcuu/domain/incidents/observables.ts';
import type { SeverityRule, Tier } from '@ungcuu/domain/incidents/severity.ts';
import type { CauseGroup, Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import type { TriggerFlags } from '@ungcuu/domain/incidents/triggers.ts';
import type { UnitType } from '@ungcuu/domain/org/unit-types.ts';
import type { Phase } from '@ungcuu/domain/playbooks/playbook.ts';

// Shapes of the incidents API's answers (request bodies come from the domain's schemas).

export interface IncidentSummary {
  id: string;
  code: string;
  title: string;
  state: IncidentState;
  tier: Tier;
  serious: boolean;
  causeGroup: CauseGroup | null;
  subtype: Subtype | null;
  classificationConfirmed: boolean;
  detectedAt: string;
  reportedAt: string;
  reportingUnitId: string;
  systemId: string | null;
  systemText: string | null;
  leadUserId: string | null;
  updatedAt: string;
}

export type IncidentAction =
  | 'incident.update'
  | 'incident.triage'
  | 'incident.assign'
  | 'incident.transition'
  | 'incident.escalate'
  | 'incident.merge'
  | 'incident.report_docs'
  | 'task.create'
  | 'evidence.upload'
  | 'evidence.read'
  | 'comment.create';

export interface Suggestion {
  causeGroup: CauseGroup;
  subtype: Subtype;
  confidence: number;
  evidence: string[];
  alternatives: { subtype: Subtype; score: number }[];
}

export interface Severity {
  tier: Tier;
  serious: boolean;
  unclassifiedLevel: boolean;
  effectiveLevel: number;
  rule: SeverityRule;
  reasons: LocalizedText[];
}

export interface AvailableTransition {
  code: TransitionCode;
  to: IncidentState;
  label: LocalizedText;
  missing: string[];
}

export interface Deadline {
  code: string;
  label: LocalizedText;
  dueAt: string;
  startsAt: string;
  immediate: boolean;
  status: DeadlineStatus;
  remainingMs: number;
  doneAt: string | null;
  /** Recorded as not sent when the incident was closed. */
  waived: { at: string; reason: string } | null;
  /** Set once the incident has ended: its clocks no longer count. */
  clockStoppedAt: string | null;
  basis: string;
  unverified: boolean;
}

export interface TimelineItem {
  id: number | string;
  at: string;
  kind: 'auto' | 'manual';
  event: string;
  actorLabel: string;
  /** The person's full name when the entry was made by a user. */
  actorName?: string | null;
  text: string | null;
  data: Record<string, unknown> | null;
}

export interface Contact {
  name?: string;
  phone?: string;
  email?: string;
}

export interface IncidentDetail extends IncidentSummary {
  description: string | null;
  reporterContact: Contact | null;
  channel: string;
  triggers: TriggerFlags;
  ciaAffected: boolean;
  personalData: boolean;
  nationalSecurityHarm: boolean;
  suggestion: Suggestion | null;
  confirmedBy: string | null;
  confirmedAt: string | null;
  severity: Severity;
  regimeId: string;
  regime: { id: string; name: LocalizedText };
  respondingUnitIds: string[];
  escalatedUnitIds: string[];
  playbookCode: string | null;
  playbookVersion: number | null;
  playbookTitle?: LocalizedText | null;
  causeSummary: string | null;
  actionsTaken: string | null;
  lessonsLearned: string | null;
  /** Mẫu 03 sections 7, 10, 11. */
  howDetected: string | null;
  supportRequest: string | null;
  keepConfidential: boolean;
  rejectionReason: string | null;
  duplicateOfId: string | null;
  mergedIntoId: string | null;
  closedAt: string | null;
  version: number;
  visibility: 'full' | 'escalated';
  allowedActions: IncidentAction[];
  transitions: AvailableTransition[];
  deadlines: Deadline[];
  units: { id: string; name: string; type: UnitType }[];
  timeline: TimelineItem[];
}

export interface Acknowledgement {
  incident: IncidentDetail;
  acknowledgement: { code: string; receivedAt: string; message: LocalizedText };
}

export type TaskStatus = 'open' | 'accepted' | 'declined' | 'in_progress' | 'done' | 'cancelled';
export type TaskAction = 'accept' | 'decline' | 'start' | 'complete' | 'reopen' | 'cancel';

export interface Task {
  id: string;
  incidentId: string;
  title: LocalizedText;
  instructions: LocalizedText | null;
  phase: Phase | null;
  stepKey: string | null;
  evidenceHint: LocalizedText | null;
  assigneeUnitId: string | null;
  assigneeUserId: string | null;
  dueAt: string | null;
  overdue: boolean;
  status: TaskStatus;
  declineReason: string | null;
  resultNote: string | null;
  completedAt: string | null;
  actions: TaskAction[];
}

export interface MyTask extends Task {
  incidentCode: string;
  incidentTitle: string;
}

export interface Comment {
  id: string;
  body: string;
  mentions: string[];
  createdAt: string;
  author: { id: string; fullName: string; username: string } | null;
}

export interface ObservableItem {
  id: string;
  kind: ObservableKind;
  value: string;
  normalized: string;
  source: string;
  sharedWith: { id: string; code: string; title: string }[];
}

/** A link as seen from this incident: `id`, `code`, `title`, `state` are the other incident's. */
export interface IncidentLink {
  /** related, duplicate, or split_from (written by a split). */
  kind: string;
  id: string;
  code: string;
  title: string;
  state: IncidentState;
}

export interface Evidence {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  description: string | null;
  uploadedBy: string;
  uploadedAt: string;
}

export type EscalationChannel = 'email' | 'letter' | 'phone' | 'portal' | 'other';

export interface Escalation {
  id: string;
  toUnitId: string;
  toUnitName: string;
  sentAt: string;
  channel: EscalationChannel;
  summary: string;
  shared: { description?: boolean; timeline?: boolean; evidence?: boolean; observables?: boolean };
}

export type DocForm = 'mau03' | 'mau04';

export interface OfficialDocument {
  id: string;
  form: DocForm;
  reference: string | null;
  generatedAt: string | null;
  sentAt: string | null;
  sentTo: string | null;
}

export interface SavedFilter {
  id: string;
  name: string;
  query: Record<string, unknown>;
}

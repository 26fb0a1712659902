import type { Messages } from '../messages.ts';
import type { viAccess } from '../vi/access.ts';

// English texts of roles and permissions, and of the audit trail; same keys as the Vietnamese.
export const enAccess: Messages<typeof viAccess> = {
  roles: {
    title: 'Roles and permissions',
    intro:
      'What each role may do (read only). The server checks every permission; the interface only hides buttons you cannot use.',
    action: 'Action',
    legend: 'Scope legend',
    groups: {
      org: 'Organisation: units, users, response team',
      admin: 'System administration',
      incidents: 'Incidents and response',
      preparedness: 'Preparedness: systems, risks, readiness, inspections, budget',
      other: 'Other',
    },
    scope: {
      all: 'Every unit',
      own_unit: 'Own unit',
      self: 'Own records',
      none: 'Not allowed',
    },
    actions: {
      unit: { read: 'View units', create: 'Add units', update: 'Edit units', delete: 'Archive units' },
      user: {
        read: 'View users',
        create: 'Add users',
        update: 'Edit users',
        reset_password: 'Issue new passwords',
      },
      team: { read: 'View the response team', manage: 'Manage the response team' },
      audit: { read: 'View the audit log' },
      token: { manage: 'Manage API tokens' },
      import: { run: 'Import from files' },
      incident: {
        read: 'View incidents',
        report: 'Report incidents',
        update: 'Update incident details',
        triage: 'Verify and classify incidents',
        assign: 'Assign incidents',
        transition: 'Move incidents between phases',
        escalate: 'Escalate incidents',
        merge: 'Merge duplicate incidents',
        report_docs: 'Draft incident reports (forms 03, 04)',
      },
      task: {
        read: 'View response tasks',
        create: 'Assign response tasks',
        update: 'Update response tasks',
        respond: 'Carry out and answer tasks',
      },
      evidence: { read: 'View evidence', upload: 'Upload evidence' },
      comment: { create: 'Write comments' },
      playbook: { read: 'View playbooks', manage: 'Manage playbooks' },
      regime: { read: 'View reporting regimes', manage: 'Manage reporting regimes' },
      system: {
        read: 'View information systems',
        create: 'Add information systems',
        update: 'Edit information systems',
        delete: 'Delete information systems',
      },
      risk: { read: 'View risk assessments', manage: 'Manage risk assessments' },
      readiness: { read: 'View readiness resources', manage: 'Manage readiness resources' },
      inspection: {
        read: 'View inspections',
        plan: 'Plan inspections',
        conduct: 'Conduct inspections',
        answer: 'Answer inspection items',
      },
      remediation: { update: 'Update remediation after inspections' },
      budget: {
        read: 'View the budget',
        manage: 'Draft and adjust the budget',
        approve: 'Approve the budget',
      },
      notification: { read: 'View notifications' },
    },
  },
  audit: {
    title: 'Audit log',
    intro:
      'Every change is recorded with who made it, when and from which IP address. Records are hash-chained so that tampering shows.',
    filters: {
      entityType: 'Record type',
      entityId: 'Record identifier',
      action: 'Action',
      from: 'From',
      to: 'To',
      clear: 'Clear filters',
    },
    cols: {
      at: 'Time',
      actor: 'By',
      action: 'Action',
      entity: 'Record',
      ip: 'IP address',
    },
    before: 'Before the change',
    after: 'After the change',
    empty: '(none)',
    showDetails: 'Show details of record {{id}}',
    hideDetails: 'Hide details of record {{id}}',
    verify: 'Verify integrity',
    verifyOk: 'The audit chain is intact: {{count}} records checked.',
    verifyBroken:
      'The audit chain is broken at record {{id}} ({{reason}}); {{count}} records before it checked.',
    reasons: {
      hash_mismatch: 'content does not match its hash',
      prev_link_mismatch: 'wrong link to the previous record',
    },
  },
};

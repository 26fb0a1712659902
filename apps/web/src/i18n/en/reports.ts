import type { Messages } from '../messages.ts';
import type { viReports } from '../vi/reports.ts';

// English texts of the reports module.
export const enReports: Messages<typeof viReports> = {
  reports: {
    title: 'Reports',
    intro:
      "The six-month and annual summary (Form 05), computed from the period's incidents under the reporting regime in force, and next year's incident response plan built from live data.",
    year: 'Year',
    mau05: {
      title: 'Summary report (Form 05)',
      sixMonth: 'Six months',
      annual: 'Year',
      due: 'due before {{day}}',
      unverified: 'Default period, not verified',
      sentBadge: 'Sent {{day}} — {{to}}',
      type: 'Attack type',
      total: 'Total',
      cells: {
        count: 'Incidents',
        alone: 'Handled alone',
        domestic: 'Domestic help',
        foreign: 'Foreign help',
        coordinator: 'National coordinator asked',
        damage: 'Damage (đồng)',
      },
      helpersFromIncidents: 'Helping organisations named on incidents',
      fields: {
        memberCode: 'Response network member code',
        helpersDomestic: 'Domestic organisations that helped (one per line)',
        helpersForeign: 'Foreign organisations that helped (one per line)',
        damageNotes: 'Notes on damage',
        proposals: 'Proposals',
        notes: 'Notes',
      },
      sentTo: 'Sent to',
      reference: 'Reference number',
      recordSent: 'Record as sent',
      sentSaved: 'The sending is recorded.',
    },
    incidentFacts: {
      title: 'Figures for Form 05',
      intro:
        'The six-month and annual summary counts attacks by how they were handled and their estimated damage.',
      helpDomestic: 'Helped by a domestic organisation',
      helpForeign: 'Helped by a foreign organisation',
      coordinatorSupportRequested: 'Support requested from the national coordinator',
      helpingOrganisations: 'Organisations that helped (one per line)',
      damageEstimate: 'Estimated damage (đồng)',
      alone: 'Handled alone, no damage recorded',
    },
    memberForms: { mau01: 'Member profile (Form 01)', mau02: 'Application to join the network (Form 02)' },
    plans: {
      title: 'Incident response plans',
      name: 'Plan for {{year}}',
      intro:
        'Each section is built from the data (systems, risks, playbooks, inspections, budget); edit any section, then download Word or PDF. Every save is a new version.',
      create: 'Draw up the plan for {{year}}',
      empty: 'No plan yet.',
      number: 'Plan number',
      updatedAt: 'Updated',
      regenerate: 'Rebuild from data',
      regenerated: 'The section was rebuilt from the current data.',
      source: { generated: 'From data', edited: 'Edited' },
    },
  },
};

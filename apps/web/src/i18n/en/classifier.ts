import type { Messages } from '../messages.ts';
import type { viClassifier } from '../vi/classifier.ts';
import { enCatalogue } from './catalogue.ts';

// English texts of the classification suggester's screen and of similar incidents (issue 14).
export const enClassifier: Messages<typeof viClassifier> = {
  nav: { ...enCatalogue.nav, classifier: 'Classification suggester' },
  classifier: {
    title: 'Incident classification suggester',
    intro:
      'Every time a coordinator confirms or corrects a classification, the suggester learns from it (retrained hourly). This page shows how well its suggestions match the office’s decisions.',
    usingShipped: 'Using the suggester shipped with the product.',
    usingOffice: 'Using the suggester trained on this office’s decisions (version {{version}}).',
    pending: 'New decisions waiting for the next training: {{n}}.',
    modelLine: 'Version {{version}}: trained at {{at}} on {{n}} office decisions',
    active: 'in use',
    rolledBack: 'rolled back at {{at}}',
    retrain: 'Retrain now',
    retrained: 'The suggester was retrained.',
    rollback: 'Roll back to the shipped suggester',
    rollbackConfirm:
      'The suggester will forget what it learned from this office until new classifications are made. Continue?',
    rolledBackDone: 'Rolled back to the shipped suggester.',
    howMeasured:
      'Accuracy is measured on incidents whose classification the office confirmed: did the suggestion made at intake match the confirmed class?',
    noDecisions: 'No incident had its classification confirmed in this period.',
    overall: '{{n}} confirmed incidents: right cause group {{group}}, right subtype {{subtype}}.',
    byMonth: 'By month',
    byGroup: 'By cause group',
    bySubtype: 'By subtype',
    confirmed: 'Confirmed',
    groupRight: 'Right group',
    subtypeRight: 'Right subtype',
    confusion: 'Confusion table',
    confusionHint:
      'Each row: confirmed subtype, suggested subtype and count. Red rows are wrong suggestions.',
    confirmedAs: 'Confirmed as',
    suggestedAs: 'Suggested',
    count: 'Incidents',
    none: '(no suggestion)',
  },
  similar: {
    title: 'Similar incidents',
    hint: 'Open or recent incidents like this one (wording, indicators, system). Many alike reports from several communes may be one campaign.',
    draftTitle: 'This may already have been reported:',
    score: '{{percent}} % alike',
    text: 'wording {{percent}} %',
    sameSystem: 'same system',
    sameUnit: 'same unit',
    link: 'Link',
    mergeInto: 'Merge into {{code}}',
  },
};

import type { Messages } from '../messages.ts';
import type { viLessons } from '../vi/lessons.ts';

export const enLessons: Messages<typeof viLessons> = {
  lessons: {
    title: 'Lessons learned',
    intro:
      'Lessons from closed incidents (final report, Mẫu 04), shared between agencies and units (section I.2 of the plan). Incidents of other units come without unit, reporter, evidence or technical indicators.',
    one: 'Lesson learned',
    search: 'Search the lessons',
    searchHint: 'With or without accents, e.g. sao luu',
    empty: 'No lesson matches.',
    someUnit: 'a unit',
    redacted: 'Another unit’s incident',
    redactedNote:
      'This incident is outside your unit: the unit, reporter, evidence and IP addresses, domains, hashes… are hidden.',
    closedAt: 'closed',
    noneForRisk: 'No lesson is linked to this risk yet.',
    openLibrary: 'Open the lessons library',
    fields: {
      lessons: 'Lesson',
      cause: 'Cause',
      actions: 'Actions taken',
      causeGroup: 'Cause group',
    },
    risks: {
      title: 'Related risks',
      none: 'Not linked to any risk.',
      pick: 'Link to a risk',
      link: 'Link',
      linked: 'Lesson linked to the risk.',
      unlink: 'Unlink the risk',
      unlinked: 'Risk unlinked.',
    },
    followups: {
      title: 'What changed',
      none: 'Nothing recorded as changed after this lesson yet.',
      action: 'Change',
      doneBy: 'By whom',
      status: 'Status',
      add: 'Add',
      added: 'Change recorded.',
      remove: 'Delete the change',
      due: 'due {{day}}',
      doneOn: 'done {{day}}',
      count: '{{done}}/{{total}} done',
    },
  },
};

import type { ErrorInfo } from '../errors.ts';

// The lessons library (seed I.2, docs/decisions/0026); part of ERRORS (errors.ts).
export const LESSON_ERRORS = {
  'lesson.link_exists': {
    status: 409,
    message: {
      vi: 'Bài học đã được liên kết với rủi ro này.',
      en: 'The lesson is already linked to this risk.',
    },
  },
} as const satisfies Record<string, ErrorInfo>;

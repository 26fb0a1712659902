import type { ErrorInfo } from '../errors.ts';

// Proposals (kiến nghị, đề xuất) for the leaders; part of ERRORS (errors.ts).
export const PROPOSAL_ERRORS = {
  'proposal.already_answered': {
    status: 409,
    message: {
      vi: 'Kiến nghị đã được lãnh đạo trả lời; không thể thay đổi.',
      en: 'The proposal has already been answered and cannot change.',
    },
  },
  'proposal.answer_required': {
    status: 400,
    message: {
      vi: 'Khi không chấp thuận hoặc ghi nhận, hãy ghi rõ ý kiến trả lời.',
      en: 'Declining or noting a proposal needs a written answer.',
    },
  },
} satisfies Record<string, ErrorInfo>;

// Shapes of the lessons API (GET /api/lessons…), derived from the response schemas.

export type { FollowupInput, FollowupView, LessonView } from '@ungcuu/domain/lessons/lessons-api.ts';

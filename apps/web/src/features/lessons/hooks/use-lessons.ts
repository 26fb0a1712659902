import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CauseGroup } from '@ungcuu/domain/incidents/taxonomy.ts';
import { api, apiGet } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';
import type { FollowupInput, LessonView } from '../lessons-types.ts';

// Query keys start with 'lessons' so that the server's change events (app/realtime.ts) refresh them.

export interface LessonFilters {
  causeGroup: CauseGroup | null;
}

export function useLessons(q: string, filters: LessonFilters, limit: number, offset: number) {
  return useQuery({
    queryKey: ['lessons', 'list', q, filters, limit, offset],
    queryFn: ({ signal }) =>
      apiGet<Page<LessonView>>('/api/lessons', { q: q || undefined, ...filters, limit, offset }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLesson(id: string | null) {
  return useQuery({
    queryKey: ['lessons', 'one', id],
    queryFn: ({ signal }) => apiGet<LessonView>(`/api/lessons/${id}`, undefined, signal),
    enabled: !!id,
  });
}

/** The lessons that touch a risk (shown on the risk's dialog). */
export function useRiskLessons(riskId: string | null) {
  return useQuery({
    queryKey: ['lessons', 'risk', riskId],
    queryFn: ({ signal }) =>
      apiGet<{ items: LessonView[] }>(`/api/risks/${riskId}/lessons`, undefined, signal),
    enabled: !!riskId,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['lessons'] });
}

export function useLinkRisk(lessonId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (riskId: string) =>
      api<LessonView>('POST', `/api/lessons/${lessonId}/risks`, { body: { riskId } }),
    onSuccess: invalidate,
  });
}

export function useUnlinkRisk(lessonId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (riskId: string) => api<LessonView>('DELETE', `/api/lessons/${lessonId}/risks/${riskId}`),
    onSuccess: invalidate,
  });
}

export function useAddFollowup(lessonId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: FollowupInput) =>
      api<LessonView>('POST', `/api/lessons/${lessonId}/followups`, { body: input }),
    onSuccess: invalidate,
  });
}

export function useUpdateFollowup() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, version, patch }: { id: string; version: number; patch: Partial<FollowupInput> }) =>
      api<LessonView>('PATCH', `/api/lesson-followups/${id}`, { body: patch, query: { version } }),
    onSuccess: invalidate,
  });
}

export function useRemoveFollowup() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/lesson-followups/${id}`),
    onSuccess: invalidate,
  });
}

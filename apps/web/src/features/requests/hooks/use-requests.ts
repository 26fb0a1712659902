import type { Static } from '@sinclair/typebox';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerInput,
  RequestDetail,
  RequestInput,
  RequestListSchema,
  RequestTemplateListSchema,
} from '@ungcuu/domain/requests/request-api.ts';
import { api, apiGet } from '../../../api/client.ts';

// Query keys start with 'requests'; every change refreshes them.

export type RequestList = Static<typeof RequestListSchema>;
export type RequestTemplates = Static<typeof RequestTemplateListSchema>;

export function useRequestList(paging: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ['requests', 'list', paging],
    queryFn: ({ signal }) => apiGet<RequestList>('/api/requests', paging, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRequest(id: string) {
  return useQuery({
    queryKey: ['requests', 'one', id],
    queryFn: ({ signal }) => apiGet<RequestDetail>(`/api/requests/${id}`, undefined, signal),
  });
}

export function useRequestTemplates() {
  return useQuery({
    queryKey: ['requests', 'templates'],
    queryFn: ({ signal }) => apiGet<RequestTemplates>('/api/request-templates', undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['requests'] });
}

export function useSendRequest() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: RequestInput) => api<RequestDetail>('POST', '/api/requests', { body: input }),
    onSuccess: refresh,
  });
}

export function useAnswerRequest(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: AnswerInput) =>
      api<RequestDetail>('PUT', `/api/requests/${id}/answer`, { body: input }),
    onSuccess: refresh,
  });
}

export function useReopenAnswer(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ unitId, reason }: { unitId: string; reason: string }) =>
      api<RequestDetail>('POST', `/api/requests/${id}/answers/${unitId}/reopen`, { body: { reason } }),
    onSuccess: refresh,
  });
}

export function useCloseRequest(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => api<RequestDetail>('POST', `/api/requests/${id}/close`),
    onSuccess: refresh,
  });
}

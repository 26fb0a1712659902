import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TeamMemberInput, TeamMemberPatch } from '@ungcuu/domain/org/schemas.ts';
import { api, apiGet } from '../../../api/client.ts';
import type { Page, TeamMember } from '../../../api/types.ts';

export function useTeamList(params: { q?: string; onCall?: boolean; limit: number; offset: number }) {
  return useQuery({
    queryKey: ['team', 'list', params],
    queryFn: ({ signal }) => apiGet<Page<TeamMember>>('/api/team', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSaveTeamMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: TeamMemberInput | TeamMemberPatch }) =>
      id
        ? api<TeamMember>('PATCH', `/api/team/${id}`, { body: input, quiet: true })
        : api<TeamMember>('POST', '/api/team', { body: input, quiet: true }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['team'] }),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProposalAnswer, ProposalCreate, ProposalView } from '@ungcuu/domain/proposals/proposal-api.ts';
import { api, apiGet } from '../../../api/client.ts';
import type { Page } from '../../../api/types.ts';

export function useProposals(status: 'open' | null, limit = 50) {
  return useQuery({
    queryKey: ['proposals', 'list', status, limit],
    queryFn: ({ signal }) =>
      apiGet<Page<ProposalView>>('/api/proposals', { status, limit, offset: 0 }, signal),
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['proposals'] });
    void client.invalidateQueries({ queryKey: ['dashboard'] });
  };
}

export function useRaiseProposal() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: ProposalCreate) => api<ProposalView>('POST', '/api/proposals', { body: input }),
    onSuccess: invalidate,
  });
}

export function useAnswerProposal() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string; version: number; input: ProposalAnswer }) =>
      api<ProposalView>('POST', `/api/proposals/${id}/answer`, { body: input, query: { version } }),
    onSuccess: invalidate,
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Subtype } from '@ungcuu/domain/incidents/taxonomy.ts';
import type { Playbook } from '@ungcuu/domain/playbooks/playbook.ts';
import type { PlaybookList } from '@ungcuu/domain/playbooks/playbook-api.ts';
import { api, apiGet } from '../../../api/client.ts';

const KEY = ['playbooks'] as const;

export function usePlaybooks() {
  return useQuery({
    queryKey: [...KEY, 'list'],
    queryFn: ({ signal }) => apiGet<PlaybookList>('/api/playbooks', undefined, signal),
    select: (data) => data.items,
  });
}

export function usePlaybook(subtype: Subtype | null) {
  return useQuery({
    queryKey: [...KEY, 'detail', subtype],
    queryFn: ({ signal }) => apiGet<Playbook>(`/api/playbooks/${subtype}`, undefined, signal),
    enabled: subtype !== null,
  });
}

/** Saves the whole playbook; the server gives it the next version. Refusals are shown in the form. */
export function useSavePlaybook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (playbook: Playbook) =>
      api<Playbook>('PUT', `/api/playbooks/${playbook.subtype}`, { body: playbook, quiet: true }),
    onSuccess: async (saved) => {
      client.setQueryData([...KEY, 'detail', saved.subtype], saved);
      await client.invalidateQueries({ queryKey: [...KEY, 'list'] });
    },
  });
}

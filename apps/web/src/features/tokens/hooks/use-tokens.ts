import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TokenScope } from '@ungcuu/domain/auth/token-scopes.ts';
import { api, apiGet } from '../../../api/client.ts';
import type { ApiToken } from '../../../api/types.ts';

export function useTokens() {
  return useQuery({
    queryKey: ['tokens'],
    queryFn: ({ signal }) => apiGet<{ items: ApiToken[] }>('/api/tokens', undefined, signal),
  });
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; scopes: TokenScope[]; expiresAt?: string }) =>
      api<{ token: ApiToken; secret: string }>('POST', '/api/tokens', { body: input, quiet: true }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tokens'] }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/tokens/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tokens'] }),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TokenCreated, TokenList } from '@ungcuu/domain/auth/token-api.ts';
import type { TokenScope } from '@ungcuu/domain/auth/token-scopes.ts';
import { api, apiGet } from '../../../api/client.ts';

export function useTokens() {
  return useQuery({
    queryKey: ['tokens'],
    queryFn: ({ signal }) => apiGet<TokenList>('/api/tokens', undefined, signal),
  });
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; scopes: TokenScope[]; expiresAt?: string }) =>
      api<TokenCreated>('POST', '/api/tokens', { body: input, quiet: true }),
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

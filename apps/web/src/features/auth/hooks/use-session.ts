import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Ok } from '@ungcuu/domain/api-shapes.ts';
import type { LogoutAllResult } from '@ungcuu/domain/auth/auth-api.ts';
import type { Actor } from '@ungcuu/domain/auth/permissions.ts';
import { useNavigate } from 'react-router';
import { api, setCsrfToken } from '../../../api/client.ts';
import type { User } from '../../../api/types.ts';
import { fetchMe } from '../session-api.ts';

export { fetchMe, saveLocale, syncLocale } from '../session-api.ts';

export const ME_KEY = ['auth', 'me'] as const;

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });
}

export function actorOf(user: User): Actor {
  return { userId: user.id, unitId: user.unitId, roles: user.roles };
}

export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async (everywhere: boolean): Promise<Ok | LogoutAllResult> =>
      everywhere ? api<LogoutAllResult>('POST', '/api/auth/logout-all') : api<Ok>('POST', '/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(ME_KEY, null);
      void navigate('/sign-in', { replace: true, state: { signedOut: true } });
    },
  });
}

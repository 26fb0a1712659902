import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Ok } from '@ungcuu/domain/api-shapes.ts';
import type { LoginResult, LogoutAllResult } from '@ungcuu/domain/auth/auth-api.ts';
import type { Actor } from '@ungcuu/domain/auth/permissions.ts';
import type { Locale } from '@ungcuu/domain/i18n-text.ts';
import { useNavigate } from 'react-router';
import { ApiError, api, setCsrfToken } from '../../../api/client.ts';
import type { Me, User } from '../../../api/types.ts';
import { changeLocale, hasStoredLocale, storedLocale } from '../../../i18n/i18n.ts';

export const ME_KEY = ['auth', 'me'] as const;

/** Who is signed in, or null. Keeps the CSRF token for the writes that follow. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api<Me>('GET', '/api/auth/me', { quiet: true });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });
}

export function actorOf(user: User): Actor {
  return { userId: user.id, unitId: user.unitId, roles: user.roles };
}

/**
 * The language follows the person: a choice made on this browser wins and is saved to the
 * account when allowed; on a browser that never chose, the account's language applies.
 */
export async function syncLocale(user: User): Promise<void> {
  if (!hasStoredLocale()) {
    await changeLocale(user.locale);
    return;
  }
  const local = storedLocale();
  if (local !== user.locale) await saveLocale(user, local);
}

export async function saveLocale(user: User, locale: Locale): Promise<void> {
  if (user.locale === locale) return;
  await api('PATCH', '/api/auth/me', { body: { locale }, quiet: true }).catch(() => undefined);
}

export interface SignInInput {
  username: string;
  password: string;
  totp?: string;
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: SignInInput) => {
      const result = await api<LoginResult>('POST', '/api/auth/login', {
        body: input,
        // The sign-in form shows its own errors next to the fields.
        quiet: true,
      });
      setCsrfToken(result.csrfToken);
      client.clear();
      const me = await fetchMe();
      if (me) await syncLocale(me.user);
      client.setQueryData(ME_KEY, me);
      return me;
    },
  });
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
